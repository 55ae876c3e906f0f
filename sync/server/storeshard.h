#pragma once

#include "server/servicestack.h"

#include <QThread>

#include <memory>

namespace groundwork::sync {

// One more connection to a PostgreSQL database, with a service and group commit of its own, on
// a thread of its own. A connection waits for each round trip; with several, one group's
// statements run while the next is being judged, as two server processes over one database
// would, without a second process and its HTTP front. Everything it holds is made, used and
// destroyed on its thread (a Qt SQL connection belongs to the thread that opened it).
class StoreShard
{
public:
    StoreShard(const QString &databaseSpec, const Clock &clock, int maxCodeFailures, ServiceLimits quotas);
    ~StoreShard(); // stop(), if not done
    StoreShard(const StoreShard &) = delete;
    StoreShard &operator=(const StoreShard &) = delete;

    // Empty when the connection opened; otherwise why not.
    QString error() const { return m_error; }
    // For HttpFrontend::addService(): requests for this service are posted to `context`.
    SyncService &service() { return m_stack->service; }
    QObject *context() { return &m_context; }

    // Stores what its group commit holds, closes the connection and ends the thread; returns
    // the uploads it stored in all.
    quint64 stop();

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceStack> m_stack;
    QString m_error;
};

} // namespace groundwork::sync
