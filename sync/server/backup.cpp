#include "server/backup.h"

#include "server/storefactory.h"

#include <QFile>
#include <QFileInfo>

#include <filesystem>

namespace groundwork::sync {

int backupSqlite(Store &store, const QString &to, QTextStream &out, QTextStream &err)
{
    if (to.isEmpty()) {
        err << "backup needs --to FILE\n";
        return 2;
    }
    if (QFileInfo::exists(to)) {
        err << to << " exists; backup never overwrites a file\n";
        return 1;
    }
    store.backupTo(QFileInfo(to).absoluteFilePath());
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out << "backed up schema v" << store.schemaVersion() << " to " << to << '\n';
    return 0;
}

int restoreSqlite(const QString &databaseSpec, const QString &from, QTextStream &out, QTextStream &err)
{
    if (isPostgresSpec(databaseSpec)) {
        err << "restore is for SQLite; restore PostgreSQL with pg_restore (docs/server.md)\n";
        return 2;
    }
    if (from.isEmpty() || !QFileInfo(from).isFile()) {
        err << "restore needs --from FILE, an existing backup\n";
        return 2;
    }
    const QString path = QFileInfo(databaseSpec.startsWith(u"sqlite:") ? databaseSpec.mid(7) : databaseSpec)
                             .absoluteFilePath();
    const QString staged = path + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(from, staged)) {
        err << "cannot copy " << from << " to " << staged << '\n';
        return 1;
    }
    QString error;
    int version = 0;
    if (auto check = openStore(staged, &error)) {
        version = check->schemaVersion();
    } else {
        QFile::remove(staged);
        err << "not restored: " << error << '\n';
        return 1;
    }
    // The old database's log files belong to it; left beside the restored file, SQLite would
    // replay them into it.
    for (const char *suffix : {"-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
        QFile::remove(staged + QLatin1String(suffix));
    }
    std::error_code failed;
    std::filesystem::rename(staged.toStdString(), path.toStdString(), failed); // atomic replace
    if (failed) {
        err << "cannot move the restored database into place: " << QString::fromStdString(failed.message()) << '\n';
        return 1;
    }
    out << "restored " << from << " (schema v" << version << ") into " << path << '\n';
    return 0;
}

} // namespace groundwork::sync
