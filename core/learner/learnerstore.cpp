#include "learner/learnerstore.h"

#include "learner/eventrows.h"
#include "learner/migrations.h"
#include "learner/storefile.h"

// Header-only: the hash is compiled in (inlined), no library is loaded at start.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <QSqlError>
#include <QUuid>
#include <QVariant>

namespace groundwork::core::learner {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Runs work() in one transaction: committed when it returns true, rolled back when it returns
// false (having set *error) or the commit fails. Its queries must be finished when it returns.
template<typename Work>
bool inTransaction(QSqlDatabase &db, QString *error, Work &&work)
{
    if (!db.transaction()) {
        setError(error, db.lastError().text());
        return false;
    }
    bool ok = work();
    if (ok && !db.commit()) {
        setError(error, db.lastError().text());
        ok = false;
    }
    if (!ok)
        db.rollback();
    return ok;
}

} // namespace

LearnerStore::LearnerStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connection(std::move(connectionName))
{
}

LearnerStore::~LearnerStore()
{
    m_insertEvent = QSqlQuery();
    m_insertOutbox = QSqlQuery();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

LearnerStore::OpenResult LearnerStore::fail(OpenError error, QString message)
{
    return {nullptr, error, std::move(message)};
}

LearnerStore::OpenResult LearnerStore::open(const QString &path, IntegrityCheck check)
{
    return open(path, Migrator::learnerSchema(), check);
}

LearnerStore::OpenResult LearnerStore::open(const QString &path, const Migrator &migrator,
                                            IntegrityCheck check)
{
    OpenError error = OpenError::None;
    const QString problem = checkStoreFile(path, migrator.latestVersion(), &error, check);
    if (error != OpenError::None)
        return fail(error, problem);

    std::unique_ptr<LearnerStore> store(
        new LearnerStore(path, newConnectionName("groundwork-learner-")));
    store->m_db = addSqliteDatabase(store->m_connection);
    store->m_db.setDatabaseName(path);
    store->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!store->m_db.open())
        return fail(OpenError::CannotOpen, QStringLiteral("cannot open the progress file %1: %2")
                                               .arg(path, store->m_db.lastError().text()));

    QSqlQuery q(store->m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(OpenError::CannotOpen,
                    QStringLiteral("cannot switch %1 to write-ahead logging: %2")
                        .arg(path, q.lastError().text()));
    if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return fail(OpenError::CannotOpen, QStringLiteral("cannot configure %1: %2")
                                               .arg(path, q.lastError().text()));
    q.finish();

    const QString migrationError = migrator.migrate(store->m_db);
    if (!migrationError.isEmpty())
        return fail(OpenError::MigrationFailed,
                    QStringLiteral("cannot upgrade the progress file %1: %2")
                        .arg(path, migrationError));

    // The device id is written on first open: a file whose check was left for later is
    // checked before that write.
    if (check == IntegrityCheck::BeforeFirstWrite && store->syncValue(QStringLiteral("device_id")).isEmpty()) {
        const QString damaged = store->integrityProblem();
        if (!damaged.isEmpty())
            return fail(OpenError::Corrupt, damaged);
    }
    QString prepareError;
    if (!store->prepare(&prepareError))
        return fail(OpenError::MigrationFailed, prepareError);
    return {std::move(store), OpenError::None, {}};
}

QString LearnerStore::integrityProblem() const
{
    QSqlDatabase db = m_db;
    const QString problem = learner::integrityProblem(db);
    return problem.isEmpty() ? QString() : damagedStoreMessage(m_path, problem);
}

bool LearnerStore::prepare(QString *error)
{
    m_deviceId = QString::fromUtf8(syncValue(QStringLiteral("device_id")));
    if (m_deviceId.isEmpty()) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!setSyncValue(QStringLiteral("device_id"), id.toUtf8())) {
            setError(error, QStringLiteral("cannot record the device id: %1")
                                .arg(m_db.lastError().text()));
            return false;
        }
        m_deviceId = id;
    }

    m_insertEvent = QSqlQuery(m_db);
    m_insertOutbox = QSqlQuery(m_db);
    if (!m_insertEvent.prepare(QStringLiteral("INSERT INTO events (%1) VALUES (?,?,?,?,?,?,?,?)")
                                   .arg(eventrows::columns()))
        || !m_insertOutbox.prepare(QStringLiteral("INSERT INTO outbox (event_id) VALUES (?)"))) {
        setError(error, QStringLiteral("cannot prepare statements: %1")
                            .arg(m_insertEvent.lastError().text()));
        return false;
    }
    return true;
}

bool LearnerStore::append(const Event &event, QString *error)
{
    return inTransaction(m_db, error, [&] {
        bool ok = eventrows::insert(m_insertEvent, event, error);
        if (ok && !event.isPrivate) {
            m_insertOutbox.bindValue(0, event.id);
            ok = m_insertOutbox.exec();
            if (!ok)
                setError(error, m_insertOutbox.lastError().text());
        }
        m_insertEvent.finish();
        m_insertOutbox.finish();
        return ok;
    });
}

QVector<Event> LearnerStore::events() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM events ORDER BY time_ms, device_id, id").arg(eventrows::readColumns())))
        return {};
    return eventrows::read(q);
}

int LearnerStore::eventCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool LearnerStore::holds(const QString &eventId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM events WHERE id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return true;
    return q.next();
}

QVector<Event> LearnerStore::outbox(int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1"
                                 " FROM outbox o JOIN events e ON e.id = o.event_id"
                                 " WHERE e.private = 0 ORDER BY o.rowid")
                      .arg(eventrows::readColumns(QStringLiteral("e")));
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!q.exec(sql))
        return {};
    return eventrows::read(q);
}

bool LearnerStore::markSent(const QStringList &eventIds, QString *error)
{
    return inTransaction(m_db, error, [&] {
        QSqlQuery q(m_db);
        bool ok = q.prepare(QStringLiteral("DELETE FROM outbox WHERE event_id = ?"));
        for (const QString &id : eventIds) {
            if (!ok)
                break;
            q.bindValue(0, id);
            ok = q.exec();
        }
        if (!ok)
            setError(error, q.lastError().text());
        return ok;
    });
}

int LearnerStore::importEvents(const QVector<Event> &events, QString *error)
{
    int added = 0;
    const bool done = inTransaction(m_db, error, [&] {
        QSqlQuery q(m_db);
        bool ok = q.prepare(QStringLiteral("INSERT OR IGNORE INTO events (%1) VALUES (?,?,?,?,?,?,?,?)")
                                .arg(eventrows::columns()));
        if (!ok)
            setError(error, q.lastError().text());
        for (const Event &e : events) {
            if (!ok)
                break;
            ok = eventrows::insert(q, e, error);
            if (ok)
                added += q.numRowsAffected() > 0 ? 1 : 0;
        }
        return ok;
    });
    return done ? added : -1;
}

namespace {

// Guards the snapshot's bytes against damage on disk (a torn write, a flipped bit), not
// against tampering: whoever can write the file can write the events too. XXH3-64 (xxHash)
// is made for exactly this, checking data at memory speed: start-up checks the whole
// snapshot (120 KB for five years of use), which cost 0.65 M instructions with BLAKE2b and
// 0.47 M with zlib's CRC-32. Stored big-endian in 8 bytes; a checksum of another length
// (BLAKE2b's 32 bytes, from earlier builds) does not match, so that snapshot is derived again
// once.
QByteArray snapshotChecksum(const QByteArray &state)
{
    const XXH64_hash_t hash = XXH3_64bits(state.constData(), size_t(state.size()));
    QByteArray sum(8, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        sum[i] = char((hash >> (8 * (7 - i))) & 0xff);
    return sum;
}

} // namespace

std::optional<LearnerStore::Snapshot> LearnerStore::snapshot(QString *why) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT last_time_ms, last_device_id, last_event_id, event_count, state, checksum"
                               " FROM derived_snapshot WHERE id = 1"))) {
        setError(why, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        setError(why, QStringLiteral("there is no snapshot"));
        return std::nullopt;
    }
    Snapshot s{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
               q.value(3).toInt(), q.value(4).toByteArray()};
    if (snapshotChecksum(s.state) != q.value(5).toByteArray()) {
        setError(why, QStringLiteral("the snapshot's bytes do not match their checksum"));
        return std::nullopt;
    }
    // The triggers keep the snapshot a prefix of the events; counting what it covers confirms
    // that nothing was added or removed behind them. Counted as all events (SQLite counts a
    // table page by page) less those after the position (a walk of the fold-order index over
    // the few events since the snapshot): counting up to the position walked every event it
    // covers, which made start-up grow with years of history.
    const int all = eventCount(), after = eventCountAfter(s);
    if (all < 0 || after < 0 || all - after != s.eventCount) {
        setError(why, QStringLiteral("the snapshot does not cover the events it says it covers"));
        return std::nullopt;
    }
    s.followingEvents = after;
    return s;
}

bool LearnerStore::saveSnapshot(const Snapshot &snapshot, QString *error)
{
    return inTransaction(m_db, error, [&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO derived_snapshot"
                                 " (id, last_time_ms, last_device_id, last_event_id, event_count, state, checksum)"
                                 " VALUES (1, ?, ?, ?, ?, ?, ?)"));
        q.bindValue(0, snapshot.lastTimeMs);
        q.bindValue(1, snapshot.lastDeviceId);
        q.bindValue(2, snapshot.lastEventId);
        q.bindValue(3, snapshot.eventCount);
        q.bindValue(4, snapshot.state);
        q.bindValue(5, snapshotChecksum(snapshot.state));
        const bool ok = q.exec();
        if (!ok)
            setError(error, q.lastError().text());
        return ok;
    });
}

int LearnerStore::eventCountAfter(const Snapshot &position) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE (time_ms, device_id, id) > (?, ?, ?)"));
    q.bindValue(0, position.lastTimeMs);
    q.bindValue(1, position.lastDeviceId);
    q.bindValue(2, position.lastEventId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

std::optional<QVector<Event>> LearnerStore::eventsAfter(const Snapshot &position) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE (time_ms, device_id, id) > (?, ?, ?)"
                             " ORDER BY time_ms, device_id, id")
                  .arg(eventrows::readColumns()));
    q.bindValue(0, position.lastTimeMs);
    q.bindValue(1, position.lastDeviceId);
    q.bindValue(2, position.lastEventId);
    if (!q.exec())
        return std::nullopt;
    return eventrows::read(q);
}

QByteArray LearnerStore::syncValue(const QString &key) const
{
    if (!m_syncValues) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT key, value FROM sync_state")))
            return {}; // nothing kept: the next call reads again
        QHash<QString, QByteArray> values;
        while (q.next())
            values.insert(q.value(0).toString(), q.value(1).toByteArray());
        m_syncValues = std::move(values);
    }
    return m_syncValues->value(key);
}

bool LearnerStore::setSyncValue(const QString &key, const QByteArray &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    if (!q.exec()) // autocommit: one durable statement
        return false;
    if (m_syncValues)
        m_syncValues->insert(key, value);
    return true;
}

} // namespace groundwork::core::learner
