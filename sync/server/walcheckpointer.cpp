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
            while (!m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; })) {
                lock.unlock();
                if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                    qWarning("groundwork-server: a background checkpoint failed: %s",
                             qPrintable(checkpoint.lastError().text()));
                checkpoint.finish();
                lock.lock();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace groundwork::sync
