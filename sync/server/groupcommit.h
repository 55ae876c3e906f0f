#pragma once

#include "server/store.h"
#include "server/syncservice.h"

#include <QList>
#include <QObject>

#include <functional>

namespace groundwork::sync {

// Group commit: writes that arrive while the event loop is busy wait together and are stored
// in one transaction, so one durable commit (one fsync, or one PostgreSQL commit flush)
// serves all of them instead of one each. Each write runs under its own savepoint, so a
// write that fails undoes only itself; each is answered only after the commit that holds
// it, and when that commit fails every write of the group is answered as failed and none of
// the group is stored.
class GroupCommit final : public QObject
{
    Q_OBJECT
public:
    // Runs inside the group's transaction; a reply other than 200 undoes what it did.
    using Work = std::function<Reply()>;
    // The work's reply, and whether the commit holding it succeeded (false: nothing of the
    // work is stored, whatever the reply said).
    using Done = std::function<void(Reply reply, bool committed)>;

    explicit GroupCommit(Store &store, int maxGroup = 256, QObject *parent = nullptr);

    // Queues `work`; the group is committed once the event loop has read what else arrived.
    // `key` is the account the work stores for: the group's accounts are announced to the store
    // first (Store::beginWrites(), which on PostgreSQL locks them all in one statement and one
    // order, so processes over one database never deadlock), and writes run in key order
    // (arrival order for one key).
    void submit(const QString &key, Work work, Done done);

    int waiting() const { return int(m_waiting.size()); }
    quint64 groupsCommitted() const { return m_groups; }
    quint64 writesCommitted() const { return m_writes; }

    // Commits what waits now, without waiting for the event loop (shutdown, tests).
    void commitWaiting();

private:
    struct Job
    {
        QString key;
        Work work;
        Done done;
        Reply reply;
        bool failed = false;
    };
    void schedule();
    // Runs the group's writes in the current transaction; false (undo all) when one failed or
    // refused and `isolated` is not set; with it, each runs under its own savepoint.
    bool runAll(QList<Job> &group, bool isolated);

    Store &m_store;
    int m_maxGroup;
    QList<Job> m_waiting;
    bool m_scheduled = false;
    quint64 m_groups = 0;
    quint64 m_writes = 0;
};

} // namespace groundwork::sync
