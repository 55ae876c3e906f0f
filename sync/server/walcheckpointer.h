#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

class QSqlQuery;

namespace groundwork::sync {

// Copies SQLite's write-ahead log into the database file on a thread and connection of its
// own (PRAGMA wal_checkpoint(PASSIVE) every `intervalMs`). Left to SQLite, the commit that
// makes the log pass 1,000 pages does it, on the request path: the uploads of that group
// waited for every page written back and the database file's fsync. A passive checkpoint
// waits for no one: commits go on appending to the log while it runs, readers keep their
// snapshot, and once it has caught up the next commit starts the log from its beginning.
// Durability is the log's (synchronous=FULL): a checkpoint only moves committed pages.
class WalCheckpointer
{
public:
    WalCheckpointer(QString databasePath, int intervalMs);
    ~WalCheckpointer(); // stops the thread (a checkpoint under way finishes first)
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // The writer committed: checkpoint now, while it reads its next requests (else at the
    // interval).
    void committed();
    // Returns once every commit so far is copied, at once if this thread has no connection, and
    // after 100 ms at most (a checkpoint kept back by a reader must not hold up the writer): a
    // write transaction begun then starts the log again from its beginning.
    void waitUntilCaughtUp();

    // The log may grow to this size before the connection that writes checkpoints itself: a
    // safety net should this thread fall behind (SQLite's own default is 1000 pages).
    static constexpr qint64 kWriterCheckpointBytes = 64LL * 1024 * 1024;
    // Past this length of log the writer's next transaction waits (waitUntilCaughtUp) so that
    // the log starts again: 16 MiB kept it at 22 MB under load, where without the wait it
    // reached 100-400 MB and the writer checkpointed on the request path.
    static constexpr qint64 kRestartBytes = 16LL * 1024 * 1024;

private:
    void run();
    void checkpointOnce(QSqlQuery &checkpoint);
    bool m_pending = false; // a commit since the last checkpoint began
    bool m_running = false; // a checkpoint under way
    bool m_working = false; // the thread's connection is open
    std::condition_variable m_caughtUp;

    QString m_path;
    int m_intervalMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace groundwork::sync
