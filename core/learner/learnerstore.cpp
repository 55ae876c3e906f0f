#include "learner/learnerstore.h"

#include "learner/migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

#include <array>
#include <optional>

namespace groundwork::core::learner {

namespace {

const QString kDriver = QStringLiteral("QSQLITE");
const QString kColumns = QStringLiteral(
    "id, kind, time_ms, utc_offset_min, device_id, content_version, private, payload");
// The same columns for reading (see readEvents()): text columns come as their UTF-8 bytes, so
// SQLite does not convert every value to UTF-16 for QSQLITE (a third of a full load's time).
QString readColumns(const QString &table)
{
    const QString t = table.isEmpty() ? QString() : table + QLatin1Char('.');
    return QStringLiteral("CAST(%1id AS BLOB), CAST(%1kind AS BLOB), %1time_ms, %1utc_offset_min,"
                          " CAST(%1device_id AS BLOB), CAST(%1content_version AS BLOB), %1private,"
                          " %1payload")
        .arg(t);
}

// Event kinds by their stored UTF-8 names.
std::optional<EventKind> kindFromUtf8(QByteArrayView name)
{
    static const auto names = [] {
        std::array<std::pair<QByteArray, EventKind>, 6> out;
        const EventKind kinds[] = {EventKind::LessonStarted,   EventKind::LessonFinished,
                                   EventKind::QuickCheckAnswered, EventKind::DrillDecision,
                                   EventKind::ReflectionSaved, EventKind::GoalChanged};
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = {kindName(kinds[i]).toUtf8(), kinds[i]};
        return out;
    }();
    for (const auto &[bytes, kind] : names)
        if (name == bytes)
            return kind;
    return std::nullopt;
}

// Texts that repeat from row to row (device ids, content versions): decoded once, then the
// same QString is shared, which also lets the derivation compare them by identity.
class RepeatedTexts
{
public:
    QString get(const QByteArray &utf8)
    {
        if (m_hasLast && utf8 == m_lastBytes)
            return m_lastText;
        auto it = m_texts.constFind(utf8);
        if (it == m_texts.cend())
            it = m_texts.insert(utf8, QString::fromUtf8(utf8));
        m_lastBytes = utf8;
        m_lastText = *it;
        m_hasLast = true;
        return m_lastText;
    }

private:
    QHash<QByteArray, QString> m_texts;
    QByteArray m_lastBytes;
    QString m_lastText;
    bool m_hasLast = false;
};

QString newConnectionName(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
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

// Looks at an existing file without writing to it: the header, an integrity check and the
// schema version, through a read-only connection.
QString LearnerStore::checkExisting(const QString &path, int latestVersion, OpenError *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile()) {
        *error = OpenError::CannotOpen;
        return QStringLiteral("%1 is not a file").arg(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = OpenError::CannotOpen;
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    }
    const QByteArray head = file.read(16);
    file.close();
    if (info.size() == 0)
        return {}; // SQLite treats an empty file as a new, empty database
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head != magic) {
        *error = OpenError::Corrupt;
        return QStringLiteral("the progress file %1 is damaged (it is not a database); it was "
                              "left untouched")
            .arg(path);
    }

    QString message;
    const QString probe = newConnectionName("groundwork-learner-probe-");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, probe);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = OpenError::CannotOpen;
            message = QStringLiteral("cannot open the progress file %1: %2")
                          .arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            QStringList problems;
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                problems << q.lastError().text();
            } else {
                while (q.next()) {
                    const QString row = q.value(0).toString();
                    if (row != QLatin1String("ok"))
                        problems << row;
                }
            }
            if (!problems.isEmpty()) {
                *error = OpenError::Corrupt;
                message = QStringLiteral("the progress file %1 is damaged (%2); it was left "
                                         "untouched")
                              .arg(path, problems.first());
            } else {
                QString versionError;
                const int version = Migrator::userVersion(db, &versionError);
                if (version < 0) {
                    *error = OpenError::Corrupt;
                    message = QStringLiteral("the progress file %1 is damaged (%2); it was left "
                                             "untouched")
                                  .arg(path, versionError);
                } else if (version > latestVersion) {
                    *error = OpenError::NewerSchema;
                    message = QStringLiteral("the progress file %1 was written by a newer version "
                                             "of Groundwork (format %2; this app reads up to %3). "
                                             "Please update the app; the file was left untouched.")
                                  .arg(path)
                                  .arg(version)
                                  .arg(latestVersion);
                } else if (version == 0 && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
                           && q.next() && q.value(0).toInt() > 0) {
                    *error = OpenError::CannotOpen;
                    message = QStringLiteral("%1 is a database of some other program, not "
                                             "Groundwork progress; it was left untouched")
                                  .arg(path);
                }
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probe);
    return message;
}

LearnerStore::OpenResult LearnerStore::open(const QString &path)
{
    return open(path, Migrator::learnerSchema());
}

LearnerStore::OpenResult LearnerStore::open(const QString &path, const Migrator &migrator)
{
    OpenError error = OpenError::None;
    const QString problem = checkExisting(path, migrator.latestVersion(), &error);
    if (error != OpenError::None)
        return fail(error, problem);

    std::unique_ptr<LearnerStore> store(
        new LearnerStore(path, newConnectionName("groundwork-learner-")));
    store->m_db = QSqlDatabase::addDatabase(kDriver, store->m_connection);
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

    QString prepareError;
    if (!store->prepare(&prepareError))
        return fail(OpenError::MigrationFailed, prepareError);
    return {std::move(store), OpenError::None, {}};
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
                                   .arg(kColumns))
        || !m_insertOutbox.prepare(QStringLiteral("INSERT INTO outbox (event_id) VALUES (?)"))) {
        setError(error, QStringLiteral("cannot prepare statements: %1")
                            .arg(m_insertEvent.lastError().text()));
        return false;
    }
    return true;
}

bool LearnerStore::insertEvent(QSqlQuery &q, const Event &e, QString *error)
{
    if (e.id.isEmpty() || e.deviceId.isEmpty()) {
        setError(error, QStringLiteral("an event needs an id and a device id"));
        return false;
    }
    q.bindValue(0, e.id);
    q.bindValue(1, kindName(e.kind));
    q.bindValue(2, e.timeMs);
    q.bindValue(3, e.utcOffsetMinutes);
    q.bindValue(4, e.deviceId);
    q.bindValue(5, e.contentVersion);
    q.bindValue(6, e.isPrivate ? 1 : 0);
    q.bindValue(7, e.payload);
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return false;
    }
    return true;
}

bool LearnerStore::append(const Event &event, QString *error)
{
    if (!m_db.transaction()) {
        setError(error, m_db.lastError().text());
        return false;
    }
    bool ok = insertEvent(m_insertEvent, event, error);
    if (ok && !event.isPrivate) {
        m_insertOutbox.bindValue(0, event.id);
        ok = m_insertOutbox.exec();
        if (!ok)
            setError(error, m_insertOutbox.lastError().text());
    }
    m_insertEvent.finish();
    m_insertOutbox.finish();
    if (ok && !m_db.commit()) {
        setError(error, m_db.lastError().text());
        ok = false;
    }
    if (!ok)
        m_db.rollback();
    return ok;
}

QVector<Event> LearnerStore::readEvents(QSqlQuery &q) const
{
    QVector<Event> out;
    RepeatedTexts devices;
    RepeatedTexts versions;
    while (q.next()) {
        const auto kind = kindFromUtf8(q.value(1).toByteArray());
        if (!kind)
            continue; // written by a newer app on another device; it will know what to do
        Event e;
        e.id = QString::fromUtf8(q.value(0).toByteArray());
        e.kind = *kind;
        e.timeMs = q.value(2).toLongLong();
        // QSQLITE hands integers over as qlonglong: toLongLong() reads them directly, where
        // toInt() goes through a generic conversion.
        e.utcOffsetMinutes = int(q.value(3).toLongLong());
        e.deviceId = devices.get(q.value(4).toByteArray());
        e.contentVersion = versions.get(q.value(5).toByteArray());
        e.isPrivate = q.value(6).toLongLong() != 0;
        e.payload = q.value(7).toByteArray();
        out.append(std::move(e));
    }
    return out;
}

QVector<Event> LearnerStore::events() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM events ORDER BY time_ms, device_id, id").arg(readColumns({}))))
        return {};
    return readEvents(q);
}

int LearnerStore::eventCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QVector<Event> LearnerStore::outbox(int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1"
                                 " FROM outbox o JOIN events e ON e.id = o.event_id"
                                 " WHERE e.private = 0 ORDER BY o.rowid")
                      .arg(readColumns(QStringLiteral("e")));
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!q.exec(sql))
        return {};
    return readEvents(q);
}

bool LearnerStore::markSent(const QStringList &eventIds, QString *error)
{
    if (!m_db.transaction()) {
        setError(error, m_db.lastError().text());
        return false;
    }
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
    q.finish();
    if (ok && !m_db.commit()) {
        setError(error, m_db.lastError().text());
        ok = false;
    }
    if (!ok)
        m_db.rollback();
    return ok;
}

int LearnerStore::importEvents(const QVector<Event> &events, QString *error)
{
    if (!m_db.transaction()) {
        setError(error, m_db.lastError().text());
        return -1;
    }
    QSqlQuery q(m_db);
    bool ok = q.prepare(QStringLiteral("INSERT OR IGNORE INTO events (%1) VALUES (?,?,?,?,?,?,?,?)")
                            .arg(kColumns));
    if (!ok)
        setError(error, q.lastError().text());
    int added = 0;
    for (const Event &e : events) {
        if (!ok)
            break;
        ok = insertEvent(q, e, error);
        if (ok)
            added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    q.finish();
    if (ok && !m_db.commit()) {
        setError(error, m_db.lastError().text());
        ok = false;
    }
    if (!ok) {
        m_db.rollback();
        return -1;
    }
    return added;
}

QByteArray LearnerStore::syncValue(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

bool LearnerStore::setSyncValue(const QString &key, const QByteArray &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    return q.exec(); // autocommit: one durable statement
}

} // namespace groundwork::core::learner
