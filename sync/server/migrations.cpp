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
        // 3: content versions are text (e.g. "2026.11.0+3f9a2c1d"); events keep the recording
        // device's own id and UTC offset. SQLite cannot retype a column: rebuild the table.
        {3,
         {
             QStringLiteral("CREATE TABLE events_v3 (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " event_id TEXT NOT NULL, device_id TEXT NOT NULL,"
                            " device_time_ms INTEGER NOT NULL, kind TEXT NOT NULL,"
                            " content_version TEXT NOT NULL, payload BLOB NOT NULL,"
                            " received_ms INTEGER NOT NULL,"
                            " origin_device TEXT NOT NULL DEFAULT '',"
                            " utc_offset_min INTEGER NOT NULL DEFAULT 0,"
                            " UNIQUE (account_id, event_id))"),
             QStringLiteral("INSERT INTO events_v3 (seq, account_id, event_id, device_id, device_time_ms,"
                            " kind, content_version, payload, received_ms)"
                            " SELECT seq, account_id, event_id, device_id, device_time_ms, kind,"
                            " CAST(content_version AS TEXT), payload, received_ms FROM events"),
             QStringLiteral("DROP TABLE events"),
             QStringLiteral("ALTER TABLE events_v3 RENAME TO events"),
             QStringLiteral("CREATE INDEX events_account_seq ON events (account_id, seq)"),
         }},
        // 4: the learner's choice to share the readiness profile is the account's, and the
        // last choice made wins: keep when it was made (device time; 0 for earlier choices).
        {4,
         {
             QStringLiteral("ALTER TABLE accounts ADD COLUMN profile_chosen_ms INTEGER NOT NULL DEFAULT 0"),
         }},
        // 5: wrong invite/link codes, counted in the database so that every server process
        // over it enforces one limit (rows older than an hour are purged).
        {5,
         {
             QStringLiteral("CREATE TABLE code_failures (caller TEXT NOT NULL, at_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX code_failures_caller ON code_failures (caller, at_ms)"),
             QStringLiteral("CREATE INDEX code_failures_at ON code_failures (at_ms)"),
         }},
        // 6: end-to-end encryption (protocol 3). A sealed event keeps its ciphertext and epoch,
        // and in clear only a coarse kind and a UTC day (0 for private ones); its readable
        // columns stay empty. Devices register a public key vouched for by the account key; a
        // link code may carry the account keyring wrapped under a secret the server never
        // sees (deleted with the code); a sign-out leaves the next epoch sealed for each
        // remaining device.
        {6,
         {
             QStringLiteral("ALTER TABLE events ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE events ADD COLUMN sealed BLOB"),
             QStringLiteral("ALTER TABLE events ADD COLUMN coarse_kind INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE events ADD COLUMN utc_day INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE devices ADD COLUMN public_key BLOB"),
             QStringLiteral("ALTER TABLE devices ADD COLUMN key_epoch INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE devices ADD COLUMN key_mac BLOB"),
             QStringLiteral("ALTER TABLE link_codes ADD COLUMN wrapped_keyring BLOB"),
             QStringLiteral("CREATE TABLE key_envelopes (device_id TEXT NOT NULL REFERENCES devices(id),"
                            " epoch INTEGER NOT NULL, envelope BLOB NOT NULL, created_ms INTEGER NOT NULL,"
                            " PRIMARY KEY (device_id, epoch))"),
         }},
        // 7: the group readiness figure last shown to a cohort's lead, and whose shared
        // profiles are behind it (no differencing: it changes only when enough members did).
        {7,
         {
             QStringLiteral("CREATE TABLE group_figures (cohort_id TEXT PRIMARY KEY REFERENCES cohorts(id),"
                            " contributors TEXT NOT NULL, figure BLOB NOT NULL)"),
         }},
        // 8: the role the cohort trains for, as its lead set it (not a learner's data: readable).
        {8,
         {
             QStringLiteral("CREATE TABLE cohort_roles (cohort_id TEXT PRIMARY KEY REFERENCES cohorts(id),"
                            " version INTEGER NOT NULL, changed_ms INTEGER NOT NULL, role BLOB NOT NULL)"),
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
        // 3: content versions are text; events keep the recording device's id and UTC offset.
        {3,
         {
             QStringLiteral("ALTER TABLE events ALTER COLUMN content_version TYPE TEXT"
                            " USING content_version::text"),
             QStringLiteral("ALTER TABLE events ADD COLUMN origin_device TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE events ADD COLUMN utc_offset_min INTEGER NOT NULL DEFAULT 0"),
         }},
        // 4: when the learner made the account's profile-sharing choice (device time).
        {4,
         {
             QStringLiteral("ALTER TABLE accounts ADD COLUMN profile_chosen_ms BIGINT NOT NULL DEFAULT 0"),
         }},
        // 5: wrong codes, counted in the database for every server process over it.
        {5,
         {
             QStringLiteral("CREATE TABLE code_failures (caller TEXT NOT NULL, at_ms BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX code_failures_caller ON code_failures (caller, at_ms)"),
             QStringLiteral("CREATE INDEX code_failures_at ON code_failures (at_ms)"),
         }},
        // 6: end-to-end encryption (protocol 3). A sealed event keeps its ciphertext and epoch,
        // and in clear only a coarse kind and a UTC day (0 for private ones); its readable
        // columns stay empty. Devices register a public key vouched for by the account key; a
        // link code may carry the account keyring wrapped under a secret the server never
        // sees (deleted with the code); a sign-out leaves the next epoch sealed for each
        // remaining device.
        {6,
         {
             QStringLiteral("ALTER TABLE events ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE events ADD COLUMN sealed BYTEA"),
             QStringLiteral("ALTER TABLE events ADD COLUMN coarse_kind INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE events ADD COLUMN utc_day INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE devices ADD COLUMN public_key BYTEA"),
             QStringLiteral("ALTER TABLE devices ADD COLUMN key_epoch INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE devices ADD COLUMN key_mac BYTEA"),
             QStringLiteral("ALTER TABLE link_codes ADD COLUMN wrapped_keyring BYTEA"),
             QStringLiteral("CREATE TABLE key_envelopes (device_id TEXT NOT NULL REFERENCES devices(id),"
                            " epoch INTEGER NOT NULL, envelope BYTEA NOT NULL, created_ms BIGINT NOT NULL,"
                            " PRIMARY KEY (device_id, epoch))"),
         }},
        // 7: the group figure last shown to a cohort's lead (no differencing).
        {7,
         {
             QStringLiteral("CREATE TABLE group_figures (cohort_id TEXT PRIMARY KEY REFERENCES cohorts(id),"
                            " contributors TEXT NOT NULL, figure BYTEA NOT NULL)"),
         }},
        // 8: the role the cohort trains for, as its lead set it (not a learner's data: readable).
        {8,
         {
             QStringLiteral("CREATE TABLE cohort_roles (cohort_id TEXT PRIMARY KEY REFERENCES cohorts(id),"
                            " version INTEGER NOT NULL, changed_ms BIGINT NOT NULL, role BYTEA NOT NULL)"),
         }},
    };
}

} // namespace groundwork::sync
