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
        // 9: quotas. Each account keeps the count and payload bytes
        // of its events, maintained by triggers so every way of storing, replacing or
        // deleting an event keeps them right (read on every upload; counting rows would read
        // the whole account). Successful joins per caller (IPv4 address or IPv6 /64) for an
        // hour, for the per-address join quota across server processes.
        {9,
         {
             QStringLiteral("ALTER TABLE accounts ADD COLUMN stored_events INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE accounts ADD COLUMN stored_bytes INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE accounts SET"
                            " stored_events = (SELECT COUNT(*) FROM events e WHERE e.account_id = accounts.id),"
                            " stored_bytes = (SELECT COALESCE(SUM(length(e.payload) + COALESCE(length(e.sealed), 0)), 0)"
                            " FROM events e WHERE e.account_id = accounts.id)"),
             QStringLiteral("CREATE TRIGGER events_usage_insert AFTER INSERT ON events BEGIN"
                            " UPDATE accounts SET stored_events = stored_events + 1,"
                            " stored_bytes = stored_bytes + length(NEW.payload) + COALESCE(length(NEW.sealed), 0)"
                            " WHERE id = NEW.account_id; END"),
             QStringLiteral("CREATE TRIGGER events_usage_update AFTER UPDATE OF payload, sealed ON events BEGIN"
                            " UPDATE accounts SET stored_bytes = stored_bytes"
                            " - length(OLD.payload) - COALESCE(length(OLD.sealed), 0)"
                            " + length(NEW.payload) + COALESCE(length(NEW.sealed), 0)"
                            " WHERE id = NEW.account_id; END"),
             QStringLiteral("CREATE TRIGGER events_usage_delete AFTER DELETE ON events BEGIN"
                            " UPDATE accounts SET stored_events = stored_events - 1,"
                            " stored_bytes = stored_bytes - length(OLD.payload) - COALESCE(length(OLD.sealed), 0)"
                            " WHERE id = OLD.account_id; END"),
             QStringLiteral("CREATE TABLE join_sources (caller TEXT NOT NULL, at_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX join_sources_caller ON join_sources (caller, at_ms)"),
             QStringLiteral("CREATE INDEX join_sources_at ON join_sources (at_ms)"),
         }},
        // 10: the printable recovery key (protocol 3): the keyring wrapped under it, the hash of its
        // verifier, its public key with the MAC vouching for it, and later epochs sealed for it.
        {10,
         {
             QStringLiteral("CREATE TABLE recovery_keys (account_id TEXT PRIMARY KEY REFERENCES accounts(id),"
                            " verifier_hash BLOB NOT NULL UNIQUE, wrapped_keyring BLOB NOT NULL,"
                            " public_key BLOB NOT NULL, key_epoch INTEGER NOT NULL, key_mac BLOB NOT NULL,"
                            " created_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE recovery_envelopes (account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " epoch INTEGER NOT NULL, envelope BLOB NOT NULL, created_ms INTEGER NOT NULL,"
                            " PRIMARY KEY (account_id, epoch))"),
         }},
        // 11: a public track's "completed" milestone keeps the track's id in clear beside its
        // ciphertext (only with coarse kind 6, track completed; '' on every other event).
        {11,
         {
             QStringLiteral("ALTER TABLE events ADD COLUMN public_track_id TEXT NOT NULL DEFAULT ''"),
         }},
        // 12: the usage counters are kept by the event writer (SqliteEventWriter), once per
        // upload in its transaction, instead of by triggers per row: the triggers cost a fifth of
        // every insert and a statement journal with it. Recounted from the rows, so the counters
        // are exact whatever wrote the rows before.
        // And `seq` without AUTOINCREMENT (the table rebuilt, every seq kept): each insert read
        // and rewrote sqlite_sequence. A new seq is still above every seq the table holds, and
        // events leave the table only with their account, so a download cursor (the seq of an
        // event the account still holds) is never passed by a later event of that account; a
        // seq can come back only after the highest rows went with a deleted account, whose
        // devices went with it (tst_sync_store seqAfterDeletionsStaysAheadOfCursors).
        {12,
         {
             QStringLiteral("DROP TRIGGER events_usage_insert"),
             QStringLiteral("DROP TRIGGER events_usage_update"),
             QStringLiteral("DROP TRIGGER events_usage_delete"),
             QStringLiteral("CREATE TABLE events_v12 (seq INTEGER PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " event_id TEXT NOT NULL, device_id TEXT NOT NULL,"
                            " device_time_ms INTEGER NOT NULL, kind TEXT NOT NULL,"
                            " content_version TEXT NOT NULL, payload BLOB NOT NULL,"
                            " received_ms INTEGER NOT NULL,"
                            " origin_device TEXT NOT NULL DEFAULT '',"
                            " utc_offset_min INTEGER NOT NULL DEFAULT 0,"
                            " epoch INTEGER NOT NULL DEFAULT 0, sealed BLOB,"
                            " coarse_kind INTEGER NOT NULL DEFAULT 0, utc_day INTEGER NOT NULL DEFAULT 0,"
                            " public_track_id TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (account_id, event_id))"),
             QStringLiteral("INSERT INTO events_v12 (seq, account_id, event_id, device_id, device_time_ms, kind,"
                            " content_version, payload, received_ms, origin_device, utc_offset_min, epoch, sealed,"
                            " coarse_kind, utc_day, public_track_id)"
                            " SELECT seq, account_id, event_id, device_id, device_time_ms, kind, content_version,"
                            " payload, received_ms, origin_device, utc_offset_min, epoch, sealed, coarse_kind,"
                            " utc_day, public_track_id FROM events"),
             QStringLiteral("DROP TABLE events"),
             QStringLiteral("ALTER TABLE events_v12 RENAME TO events"),
             QStringLiteral("CREATE INDEX events_account_seq ON events (account_id, seq)"),
             // A credential cache in each server process (SqlStore::deviceByToken) reads this
             // one number per request: any change to what a token stands for (a device revoked
             // or deleted, its account changed or deleted), by any process, moves it.
             QStringLiteral("CREATE TABLE credential_changes (id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " generation INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO credential_changes (id, generation) VALUES (1, 0)"),
             QStringLiteral("CREATE TRIGGER devices_credentials_update AFTER UPDATE OF id, account_id, token_hash,"
                            " revoked_ms ON devices BEGIN"
                            " UPDATE credential_changes SET generation = generation + 1; END"),
             QStringLiteral("CREATE TRIGGER devices_credentials_delete AFTER DELETE ON devices BEGIN"
                            " UPDATE credential_changes SET generation = generation + 1; END"),
             QStringLiteral("CREATE TRIGGER accounts_credentials_update AFTER UPDATE OF id, cohort_id, role,"
                            " display_name ON accounts BEGIN"
                            " UPDATE credential_changes SET generation = generation + 1; END"),
             QStringLiteral("CREATE TRIGGER accounts_credentials_delete AFTER DELETE ON accounts BEGIN"
                            " UPDATE credential_changes SET generation = generation + 1; END"),
             QStringLiteral("UPDATE accounts SET"
                            " stored_events = (SELECT COUNT(*) FROM events e WHERE e.account_id = accounts.id),"
                            " stored_bytes = (SELECT COALESCE(SUM(length(e.payload) + COALESCE(length(e.sealed), 0)), 0)"
                            " FROM events e WHERE e.account_id = accounts.id)"),
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
        // 9: per-account event count and payload bytes kept by a
        // trigger, and joins per caller for an hour (see the SQLite migration).
        {9,
         {
             QStringLiteral("ALTER TABLE accounts ADD COLUMN stored_events BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE accounts ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE accounts SET"
                            " stored_events = (SELECT COUNT(*) FROM events e WHERE e.account_id = accounts.id),"
                            " stored_bytes = (SELECT COALESCE(SUM(octet_length(e.payload) + COALESCE(octet_length(e.sealed), 0)), 0)"
                            " FROM events e WHERE e.account_id = accounts.id)"),
             // Statement-level, over the rows the statement changed: one UPDATE per account and
             // statement, where a row-level trigger would rewrite the account's row per event.
             QStringLiteral("CREATE FUNCTION events_usage() RETURNS trigger LANGUAGE plpgsql AS $$"
                            " BEGIN"
                            " IF TG_OP IN ('UPDATE', 'DELETE') THEN"
                            "  UPDATE accounts a SET stored_events = a.stored_events - d.n, stored_bytes = a.stored_bytes - d.b"
                            "  FROM (SELECT account_id, COUNT(*) AS n,"
                            "   SUM(octet_length(payload) + COALESCE(octet_length(sealed), 0)) AS b"
                            "   FROM old_rows GROUP BY account_id) d WHERE a.id = d.account_id;"
                            " END IF;"
                            " IF TG_OP IN ('UPDATE', 'INSERT') THEN"
                            "  UPDATE accounts a SET stored_events = a.stored_events + d.n, stored_bytes = a.stored_bytes + d.b"
                            "  FROM (SELECT account_id, COUNT(*) AS n,"
                            "   SUM(octet_length(payload) + COALESCE(octet_length(sealed), 0)) AS b"
                            "   FROM new_rows GROUP BY account_id) d WHERE a.id = d.account_id;"
                            " END IF;"
                            " RETURN NULL;"
                            " END $$"),
             QStringLiteral("CREATE TRIGGER events_usage_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows"
                            " FOR EACH STATEMENT EXECUTE FUNCTION events_usage()"),
             QStringLiteral("CREATE TRIGGER events_usage_update AFTER UPDATE ON events"
                            " REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
                            " FOR EACH STATEMENT EXECUTE FUNCTION events_usage()"),
             QStringLiteral("CREATE TRIGGER events_usage_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows"
                            " FOR EACH STATEMENT EXECUTE FUNCTION events_usage()"),
             QStringLiteral("CREATE TABLE join_sources (caller TEXT NOT NULL, at_ms BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX join_sources_caller ON join_sources (caller, at_ms)"),
             QStringLiteral("CREATE INDEX join_sources_at ON join_sources (at_ms)"),
         }},
        // 10: the printable recovery key (protocol 3): the keyring wrapped under it, the hash of its
        // verifier, its public key with the MAC vouching for it, and later epochs sealed for it.
        {10,
         {
             QStringLiteral("CREATE TABLE recovery_keys (account_id TEXT PRIMARY KEY REFERENCES accounts(id),"
                            " verifier_hash BYTEA NOT NULL UNIQUE, wrapped_keyring BYTEA NOT NULL,"
                            " public_key BYTEA NOT NULL, key_epoch INTEGER NOT NULL, key_mac BYTEA NOT NULL,"
                            " created_ms BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE recovery_envelopes (account_id TEXT NOT NULL REFERENCES accounts(id),"
                            " epoch INTEGER NOT NULL, envelope BYTEA NOT NULL, created_ms BIGINT NOT NULL,"
                            " PRIMARY KEY (account_id, epoch))"),
         }},
        // 11: a public track's "completed" milestone keeps the track's id in clear beside its
        // ciphertext (only with coarse kind 6, track completed; '' on every other event).
        {11,
         {
             QStringLiteral("ALTER TABLE events ADD COLUMN public_track_id TEXT NOT NULL DEFAULT ''"),
         }},
        // 12: the generation of credentials a server process's cache checks on every request
        // (see the SQLite migration), moved by statement triggers. (SQLite's 12 also moves its
        // usage counters from per-row triggers to the event writer; PostgreSQL's trigger already
        // runs once per statement.)
        {12,
         {
             QStringLiteral("CREATE TABLE credential_changes (id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " generation BIGINT NOT NULL)"),
             QStringLiteral("INSERT INTO credential_changes (id, generation) VALUES (1, 0)"),
             QStringLiteral("CREATE FUNCTION credentials_changed() RETURNS trigger LANGUAGE plpgsql AS $$"
                            " BEGIN UPDATE credential_changes SET generation = generation + 1; RETURN NULL; END $$"),
             QStringLiteral("CREATE TRIGGER devices_credentials_update AFTER UPDATE OF id, account_id, token_hash,"
                            " revoked_ms ON devices FOR EACH STATEMENT EXECUTE FUNCTION credentials_changed()"),
             QStringLiteral("CREATE TRIGGER devices_credentials_delete AFTER DELETE ON devices"
                            " FOR EACH STATEMENT EXECUTE FUNCTION credentials_changed()"),
             QStringLiteral("CREATE TRIGGER accounts_credentials_update AFTER UPDATE OF id, cohort_id, role,"
                            " display_name ON accounts FOR EACH STATEMENT EXECUTE FUNCTION credentials_changed()"),
             QStringLiteral("CREATE TRIGGER accounts_credentials_delete AFTER DELETE ON accounts"
                            " FOR EACH STATEMENT EXECUTE FUNCTION credentials_changed()"),
         }},
        // 13: no foreign key from events to accounts. PostgreSQL checks one with a trigger per
        // inserted row (a query and a row lock each): a quarter to a third of its CPU per upload under load.
        // The store checks the account once per upload instead: it locks the account's row
        // before inserting its events (SqlStore::lockAccount, or beginWrites for a group) and
        // refuses them when the row is gone; the lock holds until the commit, so the account
        // cannot be deleted in between, and a deletion removes the account's events first in
        // its own transaction (tst_sync_store eventsOfAMissingAccountAreRefused). SQLite keeps
        // its key: there the check is one lookup in the page cache.
        {13,
         {
             QStringLiteral("ALTER TABLE events DROP CONSTRAINT events_account_id_fkey"),
         }},
    };
}

} // namespace groundwork::sync
