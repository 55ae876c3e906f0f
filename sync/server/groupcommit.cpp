#include "server/groupcommit.h"

#include "server/servicereplies.h"

#include <QDebug>

#include <algorithm>

namespace groundwork::sync {

GroupCommit::GroupCommit(Store &store, int maxGroup, QObject *parent)
    : QObject(parent), m_store(store), m_maxGroup(std::max(1, maxGroup))
{
}

void GroupCommit::submit(const QString &key, Work work, Done done)
{
    m_waiting.append(Job{key, std::move(work), std::move(done), {}, false});
    schedule();
}

void GroupCommit::schedule()
{
    if (m_scheduled || m_waiting.isEmpty())
        return;
    m_scheduled = true;
    // Queued: the event loop first reads every request already waiting in the sockets, and
    // those join this group. While a commit waits for the disk, the next group gathers in
    // the kernel's socket buffers, so groups grow with the load by themselves.
    QMetaObject::invokeMethod(this, [this] {
        m_scheduled = false;
        commitWaiting();
    }, Qt::QueuedConnection);
}

bool GroupCommit::runAll(QList<Job> &group, bool isolated)
{
    QStringList accounts;
    for (const Job &job : group)
        if (accounts.isEmpty() || accounts.constLast() != job.key) // sorted: equal keys are neighbours
            accounts.append(job.key);
    if (isolated) {
        m_store.beginWrites(accounts);
    } else {
        try {
            m_store.beginWrites(accounts);
        } catch (const std::exception &) {
            return false; // run again, isolated
        }
    }
    for (Job &job : group) {
        if (!isolated) {
            try {
                job.reply = job.work();
            } catch (const std::exception &) {
                return false; // run again, isolated
            }
            if (job.reply.status != 200)
                return false;
            continue;
        }
        try {
            m_store.savepoint([&] {
                job.reply = job.work();
                return job.reply.status == 200;
            });
        } catch (const std::exception &e) {
            // Only this write's statements are undone; the others go on.
            qWarning("groundwork-server: a write of a group commit failed: %s", e.what());
            job.failed = true;
        }
    }
    if (isolated)
        return true;
    try {
        m_store.settleWrites(); // what the store held back, before the commit is decided
    } catch (const std::exception &) {
        return false; // run again, isolated
    }
    return true;
}

void GroupCommit::commitWaiting()
{
    if (m_waiting.isEmpty())
        return;
    const qsizetype size = std::min<qsizetype>(m_waiting.size(), m_maxGroup);
    QList<Job> group(std::make_move_iterator(m_waiting.begin()), std::make_move_iterator(m_waiting.begin() + size));
    m_waiting.remove(0, size);
    schedule(); // what is left goes in the next group
    std::stable_sort(group.begin(), group.end(), [](const Job &a, const Job &b) { return a.key < b.key; });

    bool committed = false;
    try {
        // Optimistic first: without a savepoint per write (each costs two round trips on
        // PostgreSQL, and without them the group's events go in one INSERT there). Should any
        // write fail or refuse, the whole group is undone and run again with savepoints, so
        // that only that write fails.
        if (!m_store.transaction([&] { return runAll(group, false); })) {
            for (Job &job : group)
                job.reply = {};
            m_store.transaction([&] { return runAll(group, true); });
        }
        committed = true;
        ++m_groups;
        m_writes += quint64(group.size());
    } catch (const std::exception &e) {
        qWarning("groundwork-server: the commit of %d writes failed, none was stored: %s", int(group.size()), e.what());
        try {
            m_store.ping(); // reconnects if the connection broke, so the clients' retries can succeed
        } catch (const std::exception &) {
        }
    }
    for (Job &job : group)
        job.done(std::move(job.reply), committed && !job.failed);
}

} // namespace groundwork::sync
