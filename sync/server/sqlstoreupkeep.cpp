// SqlStore's upkeep, apart from the data it keeps: the connection's session and its
// reconnection, migrations, backups and the purge of what expired.
#include "server/sqlstore.h"

#include "server/walcheckpointer.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace groundwork::sync {

void SqlStore::startSession()
{
    for (const QString &statement : std::as_const(m_session))
        run(statement);
}

bool SqlStore::ping()
{
    if (m_transactionDepth > 0)
        return true; // inside a transaction the connection is in use, hence alive
    try {
        run(QStringLiteral("SELECT 1"));
        return true;
    } catch (const StoreError &) {
    }
    // The database restarted or the network dropped: statements prepared on the old
    // connection are gone with it, so they are made again as they are next used.
    forgetPrepared();
    m_db.close();
    if (!m_db.open())
        return false;
    try {
        startSession();
        run(QStringLiteral("SELECT 1"));
        return true;
    } catch (const StoreError &) {
        return false;
    }
}

QVariant SqlStore::queryValue(const QString &sql)
{
    QSqlQuery q = run(sql);
    return q.next() ? q.value(0) : QVariant();
}

void SqlStore::backupTo(const QString &path)
{
    if (m_backend != u"sqlite")
        throw StoreError("back up PostgreSQL with pg_dump (see docs/server.md)");
    run(QStringLiteral("VACUUM INTO ?"), {path});
}

void SqlStore::checkpointInBackground(int intervalMs)
{
    if (m_backend != u"sqlite" || m_checkpointer)
        return;
    const QString pages = QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(WalCheckpointer::kWriterCheckpointPages);
    run(pages);
    m_session << pages; // kept after a reconnect
    m_checkpointer = std::make_unique<WalCheckpointer>(m_db.databaseName(), intervalMs);
}

int SqlStore::purgeExpired(qint64 nowMs, qint64 noncesBeforeMs)
{
    int deleted = 0;
    transaction([&] {
        deleted += run(QStringLiteral("DELETE FROM link_codes WHERE expires_ms < ?"), {nowMs}).numRowsAffected();
        deleted += run(QStringLiteral("DELETE FROM join_nonces WHERE seen_ms < ?"), {noncesBeforeMs}).numRowsAffected();
        // Wrong codes count for a minute; an hour is plenty (not counted in the total).
        run(QStringLiteral("DELETE FROM code_failures WHERE at_ms < ?"), {nowMs - 3'600'000});
        // Joins count against their address for an hour (the quota's window).
        run(QStringLiteral("DELETE FROM join_sources WHERE at_ms < ?"), {nowMs - 3'600'000});
        return true;
    });
    return deleted;
}

void SqlStore::migrate(const QList<Migration> &migrations)
{
    run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations"
                       " (version INTEGER PRIMARY KEY, applied_ms BIGINT NOT NULL)"));
    const int current = schemaVersion();
    int known = 0;
    for (const Migration &m : migrations)
        known = qMax(known, m.version);
    if (current > known)
        throw StoreError(QStringLiteral("the database schema is at version %1, newer than this groundwork-server "
                                        "knows (%2): it was upgraded by a newer release; run that release, or "
                                        "restore a backup taken before the upgrade")
                             .arg(current).arg(known).toStdString());
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        transaction([&] {
            for (const QString &statement : m.statements)
                run(statement);
            run(QStringLiteral("INSERT INTO schema_migrations (version, applied_ms) VALUES (?, ?)"),
                {m.version, QDateTime::currentMSecsSinceEpoch()});
            return true;
        });
    }
}

int SqlStore::schemaVersion()
{
    QSqlQuery q = run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace groundwork::sync
