#include "learner/migrations.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace groundwork::core::learner {

Migrator::Migrator(QList<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

Migrator Migrator::learnerSchema()
{
    // Never edit a released step: add a new one. tests/unit/learner/data keeps the schema of
    // every earlier version so the upgrade from each is tested.
    return Migrator({
        {1,
         QStringLiteral("events and outbox"),
         {QStringLiteral("CREATE TABLE events ("
                         " id TEXT PRIMARY KEY NOT NULL,"
                         " kind TEXT NOT NULL,"
                         " time_ms INTEGER NOT NULL,"
                         " device_id TEXT NOT NULL,"
                         " content_version TEXT NOT NULL,"
                         " payload BLOB NOT NULL)"),
          QStringLiteral("CREATE TABLE outbox ("
                         " event_id TEXT PRIMARY KEY NOT NULL REFERENCES events(id))")}},
        {2,
         QStringLiteral("local day and private events"),
         {QStringLiteral("ALTER TABLE events ADD COLUMN utc_offset_min INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE events ADD COLUMN private INTEGER NOT NULL DEFAULT 0"),
          // Version 1 had no private tracks; treat every earlier reflection as private and keep
          // it off the wire.
          QStringLiteral("UPDATE events SET private = 1 WHERE kind = 'reflection.saved'"),
          QStringLiteral("DELETE FROM outbox WHERE event_id IN"
                         " (SELECT id FROM events WHERE private = 1)")}},
        {3,
         QStringLiteral("fold order index, sync state, outbox guard"),
         {QStringLiteral("CREATE INDEX events_fold_order ON events(time_ms, device_id, id)"),
          QStringLiteral("CREATE TABLE sync_state ("
                         " key TEXT PRIMARY KEY NOT NULL,"
                         " value BLOB)"),
          QStringLiteral("CREATE TRIGGER outbox_never_private BEFORE INSERT ON outbox"
                         " WHEN (SELECT private FROM events WHERE id = NEW.event_id) = 1"
                         " BEGIN SELECT RAISE(ABORT, 'private events never enter the outbox'); END")}},
        {4,
         QStringLiteral("derived-state snapshot"),
         // One row: the derivation as of an event-set position (the last event folded and how
         // many), so start-up folds only the events after it. The triggers drop it, in the
         // same transaction, when an event arrives that sorts at or before that position (sync
         // downloads older events from another device) or an event is changed or deleted: it
         // then no longer covers a prefix of the events and is derived again.
         {QStringLiteral("CREATE TABLE derived_snapshot ("
                         " id INTEGER PRIMARY KEY CHECK (id = 1),"
                         " last_time_ms INTEGER NOT NULL,"
                         " last_device_id TEXT NOT NULL,"
                         " last_event_id TEXT NOT NULL,"
                         " event_count INTEGER NOT NULL,"
                         " state BLOB NOT NULL,"
                         " checksum BLOB NOT NULL)"),
          QStringLiteral("CREATE TRIGGER snapshot_behind_new_event AFTER INSERT ON events"
                         " WHEN EXISTS (SELECT 1 FROM derived_snapshot s WHERE (NEW.time_ms, NEW.device_id, NEW.id)"
                         " <= (s.last_time_ms, s.last_device_id, s.last_event_id))"
                         " BEGIN DELETE FROM derived_snapshot; END"),
          QStringLiteral("CREATE TRIGGER snapshot_gone_with_changed_event AFTER UPDATE ON events"
                         " BEGIN DELETE FROM derived_snapshot; END"),
          QStringLiteral("CREATE TRIGGER snapshot_gone_with_deleted_event AFTER DELETE ON events"
                         " BEGIN DELETE FROM derived_snapshot; END")}},
    });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

int Migrator::userVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

QString Migrator::migrate(QSqlDatabase &db) const
{
    QString error;
    const int current = userVersion(db, &error);
    if (current < 0)
        return QStringLiteral("cannot read the schema version: %1").arg(error);

    for (const Migration &m : m_migrations) {
        if (m.version <= current)
            continue;
        if (!db.transaction())
            return QStringLiteral("cannot start migration %1: %2")
                .arg(m.version)
                .arg(db.lastError().text());
        QString failure;
        QSqlQuery q(db);
        for (const QString &sql : m.statements) {
            if (!q.exec(sql)) {
                failure = q.lastError().text();
                break;
            }
        }
        if (failure.isEmpty() && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            failure = q.lastError().text();
        q.finish();
        if (failure.isEmpty() && !db.commit())
            failure = db.lastError().text();
        if (!failure.isEmpty()) {
            db.rollback();
            return QStringLiteral("migration %1 (%2) failed and was rolled back: %3")
                .arg(m.version)
                .arg(m.description, failure);
        }
    }
    return {};
}

} // namespace groundwork::core::learner
