#include "server/migrations.h"

namespace groundwork::sync {

// The two dialects differ only in column types and the identity column of `events`; the
// event sequence number (`seq`) is the download cursor.

QList<Migration> sqliteMigrations()
{
    return {
        {1,
         {
             QStringLiteral("CREATE TABLE cohorts (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                            " invite_hash BLOB UNIQUE, invite_expires_ms INTEGER NOT NULL,"
                            " created_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY,"
                            " cohort_id TEXT REFERENCES cohorts(id),"
                            " role TEXT NOT NULL CHECK (role IN ('learner', 'lead', 'admin')),"
                            " display_name TEXT NOT NULL, shared_profile BLOB,"
                            " created_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " name TEXT NOT NULL, token_hash BLOB NOT NULL UNIQUE,"
                            " created_ms INTEGER NOT NULL, revoked_ms INTEGER)"),
             QStringLiteral("CREATE TABLE join_nonces (nonce BLOB PRIMARY KEY,"
                            " seen_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE link_codes (code_hash BLOB PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " expires_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " event_id TEXT NOT NULL, device_id TEXT NOT NULL,"
                            " device_time_ms INTEGER NOT NULL, kind TEXT NOT NULL,"
                            " content_version INTEGER NOT NULL, payload BLOB NOT NULL,"
                            " received_ms INTEGER NOT NULL, UNIQUE (account_id, event_id))"),
         }},
        {2,
         {
             QStringLiteral("CREATE INDEX events_account_seq ON events (account_id, seq)"),
             QStringLiteral("CREATE INDEX devices_account ON devices (account_id)"),
             QStringLiteral("CREATE INDEX accounts_cohort ON accounts (cohort_id)"),
         }},
    };
}

QList<Migration> postgresMigrations()
{
    return {
        {1,
         {
             QStringLiteral("CREATE TABLE cohorts (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                            " invite_hash BYTEA UNIQUE, invite_expires_ms BIGINT NOT NULL,"
                            " created_ms BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY,"
                            " cohort_id TEXT REFERENCES cohorts(id),"
                            " role TEXT NOT NULL CHECK (role IN ('learner', 'lead', 'admin')),"
                            " display_name TEXT NOT NULL, shared_profile BYTEA,"
                            " created_ms BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " name TEXT NOT NULL, token_hash BYTEA NOT NULL UNIQUE,"
                            " created_ms BIGINT NOT NULL, revoked_ms BIGINT)"),
             QStringLiteral("CREATE TABLE join_nonces (nonce BYTEA PRIMARY KEY,"
                            " seen_ms BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE link_codes (code_hash BYTEA PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " expires_ms BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE events (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " event_id TEXT NOT NULL, device_id TEXT NOT NULL,"
                            " device_time_ms BIGINT NOT NULL, kind TEXT NOT NULL,"
                            " content_version BIGINT NOT NULL, payload BYTEA NOT NULL,"
                            " received_ms BIGINT NOT NULL, UNIQUE (account_id, event_id))"),
         }},
        {2,
         {
             QStringLiteral("CREATE INDEX events_account_seq ON events (account_id, seq)"),
             QStringLiteral("CREATE INDEX devices_account ON devices (account_id)"),
             QStringLiteral("CREATE INDEX accounts_cohort ON accounts (cohort_id)"),
         }},
    };
}

} // namespace groundwork::sync
