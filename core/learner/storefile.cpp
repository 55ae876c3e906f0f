#include "learner/storefile.h"

#include "learner/migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPluginLoader>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlDriverPlugin>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace groundwork::core::learner {

namespace {

} // namespace

QString integrityProblem(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != QLatin1String("ok"))
            return row;
    }
    return {};
}

QString damagedStoreMessage(const QString &path, const QString &reason)
{
    return QStringLiteral("the progress file %1 is damaged (%2); it was left untouched").arg(path, reason);
}

namespace {

// Whether opening will change the file: only a store at the latest schema is opened without
// writing (its device id is in it; WAL mode is already set).
bool needsUpgrade(QSqlDatabase &db, int latestVersion)
{
    return Migrator::userVersion(db, nullptr) != latestVersion;
}

// The schema version of an open, readable store file; an empty string when this app can open
// it, else the reason (with *error set).
QString checkSchema(QSqlDatabase &db, const QString &path, int latestVersion, LearnerStore::IntegrityCheck check,
                    LearnerStore::OpenError *error)
{
    using OpenError = LearnerStore::OpenError;
    const auto damaged = [&](const QString &reason) {
        *error = OpenError::Corrupt;
        return damagedStoreMessage(path, reason);
    };
    QSqlQuery q(db);
    if (check == LearnerStore::IntegrityCheck::OnOpen || needsUpgrade(db, latestVersion)) {
        const QString problem = integrityProblem(db);
        if (!problem.isEmpty())
            return damaged(problem);
    }
    QString versionError;
    const int version = Migrator::userVersion(db, &versionError);
    if (version < 0)
        return damaged(versionError);
    if (version > latestVersion) {
        *error = OpenError::NewerSchema;
        return QStringLiteral("the progress file %1 was written by a newer version of Groundwork (format %2; "
                              "this app reads up to %3). Please update the app; the file was left untouched.")
            .arg(path)
            .arg(version)
            .arg(latestVersion);
    }
    if (version == 0 && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()
        && q.value(0).toInt() > 0) {
        *error = OpenError::CannotOpen;
        return QStringLiteral("%1 is a database of some other program, not Groundwork progress; it was left "
                              "untouched")
            .arg(path);
    }
    return {};
}

} // namespace

QString newConnectionName(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString checkStoreFile(const QString &path, int latestVersion, LearnerStore::OpenError *error,
                       LearnerStore::IntegrityCheck check)
{
    using OpenError = LearnerStore::OpenError;
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
        return QStringLiteral("the progress file %1 is damaged (it is not a database); it was left untouched")
            .arg(path);
    }

    QString message;
    const QString probe = newConnectionName("groundwork-learner-probe-");
    {
        QSqlDatabase db = addSqliteDatabase(probe);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = OpenError::CannotOpen;
            message = QStringLiteral("cannot open the progress file %1: %2").arg(path, db.lastError().text());
        } else {
            message = checkSchema(db, path, latestVersion, check, error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probe);
    return message;
}

QSqlDatabase addSqliteDatabase(const QString &connectionName)
{
    static QSqlDriverPlugin *const plugin = [] {
        QPluginLoader loader(QLibraryInfo::path(QLibraryInfo::PluginsPath)
                             + QStringLiteral("/sqldrivers/qsqlite"));
        if (GROUNDWORK_SQLITE_DEEPBIND)
            loader.setLoadHints(QLibrary::DeepBindHint);
        return qobject_cast<QSqlDriverPlugin *>(loader.instance());
    }();
    QSqlDriver *driver = plugin ? plugin->create(QStringLiteral("QSQLITE")) : nullptr;
    if (!driver) // a static driver, or the plugin elsewhere: Qt finds it
        return QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    return QSqlDatabase::addDatabase(driver, connectionName);
}

} // namespace groundwork::core::learner
