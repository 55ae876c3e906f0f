#include "server/walcheckpointer.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>

namespace groundwork::sync {

WalCheckpointer::WalCheckpointer(QString databasePath, int intervalMs)
    : m_path(std::move(databasePath)), m_intervalMs(intervalMs), m_thread([this] { run(); })
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::committed()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::waitUntilCaughtUp()
{
    std::unique_lock lock(m_mutex);
    m_caughtUp.wait_for(lock, std::chrono::milliseconds(100),
                        [this] { return !m_working || m_stop || (!m_pending && !m_running); });
}

void WalCheckpointer::checkpointOnce(QSqlQuery &checkpoint)
{
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qWarning("groundwork-server: a background checkpoint failed: %s", qPrintable(checkpoint.lastError().text()));
    checkpoint.finish();
}

void WalCheckpointer::run()
{
    // A Qt SQL connection belongs to the thread that made it: made, used and removed here.
    static QAtomicInt counter;
    const QString name = QStringLiteral("groundwork-wal-checkpoint-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (!db.open()) {
            qWarning("groundwork-server: no background checkpoints (%s); SQLite checkpoints as it writes",
                     qPrintable(db.lastError().text()));
        } else {
            QSqlQuery checkpoint(db);
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=FULL"));
            std::unique_lock lock(m_mutex);
            m_working = true;
            // Right after each commit, while the writer reads its next requests: a checkpoint
            // that has copied every frame when the writer begins again lets the log start anew
            // from its beginning. Checkpoints at a fixed pace never caught the writer between
            // two commits under load, so the log grew to the writer's own threshold and the
            // writer checkpointed on the request path (a database fsync of 16-42 ms every ~0.5 s).
            for (;;) {
                m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop || m_pending; });
                if (m_stop)
                    break;
                m_pending = false;
                m_running = true;
                lock.unlock();
                checkpointOnce(checkpoint);
                lock.lock();
                m_running = false;
                if (!m_pending)
                    m_caughtUp.notify_all();
            }
            m_working = false;
            m_caughtUp.notify_all();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace groundwork::sync
