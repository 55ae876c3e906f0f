-- The learner store as schema version 1 wrote it (kept forever: the upgrade from it is tested).
CREATE TABLE events ( id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, time_ms INTEGER NOT NULL, device_id TEXT NOT NULL, content_version TEXT NOT NULL, payload BLOB NOT NULL);
CREATE TABLE outbox ( event_id TEXT PRIMARY KEY NOT NULL REFERENCES events(id));
-- lesson.finished {1: "ready", 2: "l1"}
INSERT INTO events VALUES ('7f1c2a3e-0000-4000-8000-000000000001', 'lesson.finished', 1700000000000, 'dev-old', 'test-0', X'A20165726561647902626C31');
-- reflection.saved {1: "choice", 11: "c1", 12: "hi"}: version 1 had no private flag
INSERT INTO events VALUES ('7f1c2a3e-0000-4000-8000-000000000002', 'reflection.saved', 1700000100000, 'dev-old', 'test-0', X'A3016663686F6963650B6263310C626869');
INSERT INTO outbox VALUES ('7f1c2a3e-0000-4000-8000-000000000001');
INSERT INTO outbox VALUES ('7f1c2a3e-0000-4000-8000-000000000002');
PRAGMA user_version = 1;
