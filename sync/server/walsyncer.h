#pragma once

#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace groundwork::sync {

// Makes a serving SQLite store's commits durable on a thread of its own, so that the writer
// goes on with the next group commit while the disk flushes the last one.
//
// With synchronous=FULL the commit itself waited for the log's fsync, on the only thread that
// may write, and nothing else was written meanwhile: 2-4 ms of each group's 9-15 ms at 200
// clients (the commit took 4-7 ms with the flush, 2.3-2.8 ms without). The
// serving connection commits with synchronous=NORMAL instead (the log's frames are written,
// not flushed), reports each commit here (committed()), and every answer waits in
// whenDurable() until a flush that began after the commits made before it has returned. So an
// upload is still acknowledged only once it is on disk, and no answer (a download included)
// shows anything a power cut could take back.
//
// A flush that fails is final: the kernel may have dropped the pages it could not write, and
// the log after them would not be read back, so every answer from then on says the server
// could not store (the process must be restarted, and SQLite recovers what reached the disk).
class WalSyncer
{
public:
    // Flushes the log to disk; false (with a reason in `error`) when it could not.
    using Flush = std::function<bool(QString *error)>;

    // Answers are released on `releaseContext`'s thread (the writer's); it must outlive this.
    WalSyncer(Flush flush, QObject *releaseContext);
    // Flushes what was committed, then stops; answers still waiting are posted to the context,
    // and dropped if its event loop has ended (their clients retry, and find what was stored).
    ~WalSyncer();
    WalSyncer(const WalSyncer &) = delete;
    WalSyncer &operator=(const WalSyncer &) = delete;

    // The writer committed a transaction (its frames are written, perhaps not yet flushed).
    void committed();
    // Runs `release(true)` once every commit reported so far is on disk: at once when they all
    // are, otherwise on the release context's thread after the flush; `release(false)` when a
    // flush failed.
    void whenDurable(std::function<void(bool onDisk)> release);

    // A flush of the file at `path` (fdatasync; the folder too, once per file, so the file's
    // name survives a power cut). The file is opened on first use and again if it was replaced.
    static Flush fileFlush(QString path);

private:
    struct Waiting
    {
        quint64 commits; // how many commits must be on disk
        std::function<void(bool)> release;
    };
    void run();
    void releaseLater(std::vector<Waiting> ready, bool onDisk);

    Flush m_flush;
    QObject *m_releaseContext;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    quint64 m_committed = 0;
    quint64 m_durable = 0;
    bool m_failed = false;
    bool m_stop = false;
    std::vector<Waiting> m_waiting;
    std::thread m_thread;
};

} // namespace groundwork::sync
