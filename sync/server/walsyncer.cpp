#include "server/walsyncer.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaObject>

#include <cerrno>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace groundwork::sync {

namespace {

int retryOnInterrupt(const std::function<int()> &call)
{
    int result = 0;
    do {
        result = call();
    } while (result < 0 && errno == EINTR);
    return result;
}

// The log file as this process last opened it. Read-only is enough: a flush writes back the
// file's pages, whoever wrote them.
class FlushedFile
{
public:
    explicit FlushedFile(QString path) : m_path(std::move(path)) {}
    ~FlushedFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FlushedFile(const FlushedFile &) = delete;
    FlushedFile &operator=(const FlushedFile &) = delete;

    bool flush(QString *error)
    {
        if (!openCurrent(error))
            return false;
        if (retryOnInterrupt([this] { return ::fdatasync(m_fd); }) != 0)
            return fail(error, "cannot flush");
        return true;
    }

private:
    // The file now at the path: SQLite deletes the log when its last connection closes and makes
    // a new one later, and flushing the old one would make nothing durable.
    bool openCurrent(QString *error)
    {
        const QByteArray path = QFile::encodeName(m_path);
        struct stat now {};
        if (::stat(path.constData(), &now) != 0)
            return fail(error, "cannot find");
        if (m_fd >= 0 && now.st_ino == m_inode && now.st_dev == m_device)
            return true;
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = retryOnInterrupt([&] { return ::open(path.constData(), O_RDONLY | O_CLOEXEC); });
        if (m_fd < 0)
            return fail(error, "cannot open");
        struct stat opened {};
        if (::fstat(m_fd, &opened) != 0)
            return fail(error, "cannot read");
        m_inode = opened.st_ino;
        m_device = opened.st_dev;
        return flushFolder(error);
    }

    // A new file's name is in its folder, which fdatasync of the file does not write.
    bool flushFolder(QString *error)
    {
        const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
        const int fd = retryOnInterrupt([&] { return ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); });
        if (fd < 0)
            return fail(error, "cannot open the folder of");
        const bool flushed = retryOnInterrupt([fd] { return ::fsync(fd); }) == 0;
        ::close(fd);
        return flushed || fail(error, "cannot flush the folder of");
    }

    bool fail(QString *error, const char *what) const
    {
        if (error)
            *error = QStringLiteral("%1 %2: %3").arg(QLatin1String(what), m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }

    QString m_path;
    int m_fd = -1;
    ino_t m_inode = 0;
    dev_t m_device = 0;
};

} // namespace

WalSyncer::Flush WalSyncer::fileFlush(QString path)
{
    auto file = std::make_shared<FlushedFile>(std::move(path));
    return [file](QString *error) { return file->flush(error); };
}

WalSyncer::WalSyncer(Flush flush, QObject *releaseContext)
    : m_flush(std::move(flush)), m_releaseContext(releaseContext), m_thread([this] { run(); })
{
}

WalSyncer::~WalSyncer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalSyncer::committed()
{
    std::lock_guard lock(m_mutex);
    ++m_committed;
}

void WalSyncer::whenDurable(std::function<void(bool onDisk)> release)
{
    bool now = false;
    bool onDisk = true;
    {
        std::lock_guard lock(m_mutex);
        if (m_failed) {
            now = true;
            onDisk = false;
        } else if (m_durable >= m_committed) {
            now = true;
        } else {
            m_waiting.push_back({m_committed, std::move(release)});
        }
    }
    if (now)
        release(onDisk);
    else
        m_wake.notify_one();
}

void WalSyncer::releaseLater(std::vector<Waiting> ready, bool onDisk)
{
    if (ready.empty())
        return;
    // One event for all that this flush made durable.
    QMetaObject::invokeMethod(m_releaseContext, [ready = std::move(ready), onDisk] {
        for (const Waiting &waiting : ready)
            waiting.release(onDisk);
    }, Qt::QueuedConnection);
}

void WalSyncer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_waiting.empty(); });
        const bool stopping = m_stop;
        const quint64 target = m_committed; // commits after this point wait for the next flush
        if (m_failed || (stopping && m_durable >= target))
            break;
        lock.unlock();
        QString error;
        const bool flushed = m_flush(&error);
        if (!flushed)
            qCritical("groundwork-server: the database's log could not be flushed to disk (%s); no answer says "
                      "stored from now on: stop the server, check the disk, and start it again",
                      qPrintable(error));
        lock.lock();
        if (flushed)
            m_durable = target;
        else
            m_failed = true;
        std::vector<Waiting> ready;
        std::erase_if(m_waiting, [&](Waiting &waiting) {
            if (flushed && waiting.commits > m_durable)
                return false;
            ready.push_back(std::move(waiting));
            return true;
        });
        releaseLater(std::move(ready), flushed);
        if (stopping)
            break;
    }
}

} // namespace groundwork::sync
