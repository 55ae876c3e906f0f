// SqlStore's upkeep, apart from the data it keeps: the connection's session and its
// reconnection, migrations, backups and the purge of what expired.
#include "server/sqlstore.h"

#include "server/sqliteeventwriter.h"
#include "server/walcheckpointer.h"
#include "server/walsyncer.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace groundwork::sync {

void SqlStore::startSession()
{
    for (const QString &statement : std::as_const(m_session))
        run(statement);
    if (m_checkpointer || m_syncer)
        watchCommits();
}

void SqlStore::watchCommits()
{
    const qint64 pageSize = std::max<qint64>(512, queryValue(QStringLiteral("PRAGMA page_size")).toLongLong());
    m_writerCheckpointFrames = int(WalCheckpointer::kWriterCheckpointBytes / pageSize);
    const qint64 restartBytes = m_restartBytes > 0 ? m_restartBytes : WalCheckpointer::kRestartBytes;
    m_restartFrames = int(std::clamp<qint64>(restartBytes / pageSize, 1, m_writerCheckpointFrames));
    // Called by SQLite after each commit on this connection, with the frames now in the log.
    // It replaces SQLite's own automatic checkpoint (which is this same hook), kept here as the
    // safety net: a passive checkpoint by the writer once the log is that large.
    const auto onCommit = [](void *context, sqlite3 *db, const char *name, int frames) {
        auto *store = static_cast<SqlStore *>(context);
        if (store->m_syncer)
            store->m_syncer->committed();
        if (store->m_checkpointer)
            store->m_checkpointer->committed();
        store->m_restartWanted = frames >= store->m_restartFrames;
        if (frames >= store->m_writerCheckpointFrames)
            sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    };
    sqlite3_wal_hook(sqliteHandle(m_db), onCommit, this);
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

void SqlStore::restartLogAt(qint64 bytes)
{
    m_restartBytes = std::max<qint64>(1, bytes);
    if (m_checkpointer || m_syncer)
        watchCommits();
}

void SqlStore::checkpointInBackground(int intervalMs)
{
    if (m_backend != u"sqlite" || m_checkpointer)
        return;
    m_checkpointer = std::make_unique<WalCheckpointer>(m_db.databaseName(), intervalMs);
    watchCommits();
}

void SqlStore::syncInBackground(QObject *releaseContext)
{
    if (m_backend != u"sqlite" || bool(m_syncer) == bool(releaseContext))
        return;
    const QString full = QStringLiteral("PRAGMA synchronous=FULL");
    const QString normal = QStringLiteral("PRAGMA synchronous=NORMAL");
    if (!releaseContext) {
        // Each commit flushes itself again before the last ones are flushed here. (Should the
        // connection be broken, the next one opens with FULL all the same.)
        m_session.replaceInStrings(normal, full);
        try {
            run(full);
        } catch (const StoreError &e) {
            qWarning("groundwork-server: %s", e.what());
        }
        m_syncer.reset();
        return;
    }
    // The syncer first, so that it counts every commit made without a flush.
    const char *log = sqlite3_filename_wal(sqlite3_db_filename(sqliteHandle(m_db), "main"));
    m_syncer = std::make_unique<WalSyncer>(WalSyncer::fileFlush(QFile::decodeName(log)), releaseContext);
    watchCommits();
    run(normal);
    m_session.replaceInStrings(full, normal);
}

void SqlStore::whenDurable(std::function<void(bool onDisk)> release)
{
    if (m_syncer)
        m_syncer->whenDurable(std::move(release));
    else
        release(true);
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
