-- The learner store as schema version 3 wrote it (kept forever: the upgrade from it is tested).
CREATE TABLE events ( id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, time_ms INTEGER NOT NULL, device_id TEXT NOT NULL, content_version TEXT NOT NULL, payload BLOB NOT NULL, utc_offset_min INTEGER NOT NULL DEFAULT 0, private INTEGER NOT NULL DEFAULT 0);
CREATE TABLE outbox ( event_id TEXT PRIMARY KEY NOT NULL REFERENCES events(id));
-- lesson.finished {1: "ready", 2: "l1"}, recorded at UTC+1
INSERT INTO events VALUES ('7f1c2a3e-0000-4000-8000-000000000001', 'lesson.finished', 1700000000000, 'dev-old', 'test-0', X'A20165726561647902626C31', 60, 0);
-- reflection.saved {1: "back", 11: "b1", 12: "hi"}, private
INSERT INTO events VALUES ('7f1c2a3e-0000-4000-8000-000000000002', 'reflection.saved', 1700000100000, 'dev-old', 'test-0', X'A301646261636B0B6262310C626869', 60, 1);
-- lesson.started {1: "ready", 2: "l2"}
INSERT INTO events VALUES ('7f1c2a3e-0000-4000-8000-000000000003', 'lesson.started', 1700000200000, 'dev-old', 'test-0', X'A20165726561647902626C32', 60, 0);
INSERT INTO outbox VALUES ('7f1c2a3e-0000-4000-8000-000000000001');
INSERT INTO outbox VALUES ('7f1c2a3e-0000-4000-8000-000000000003');
CREATE INDEX events_fold_order ON events(time_ms, device_id, id);
CREATE TABLE sync_state ( key TEXT PRIMARY KEY NOT NULL, value BLOB);
INSERT INTO sync_state VALUES ('device_id', CAST('dev-old' AS BLOB));
CREATE TRIGGER outbox_never_private BEFORE INSERT ON outbox WHEN (SELECT private FROM events WHERE id = NEW.event_id) = 1 BEGIN SELECT RAISE(ABORT, 'private events never enter the outbox'); END;
PRAGMA user_version = 3;
