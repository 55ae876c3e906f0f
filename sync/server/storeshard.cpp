#include "server/storeshard.h"

#include "server/storefactory.h"

namespace groundwork::sync {

StoreShard::StoreShard(const QString &databaseSpec, const Clock &clock, int maxCodeFailures, ServiceLimits quotas)
{
    m_thread.setObjectName(QStringLiteral("store"));
    m_context.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(&m_context, [&] {
        m_store = openStore(databaseSpec, &m_error);
        if (m_store)
            m_stack = std::make_unique<ServiceStack>(*m_store, clock, maxCodeFailures, quotas);
    }, Qt::BlockingQueuedConnection);
}

StoreShard::~StoreShard()
{
    stop();
}

quint64 StoreShard::stop()
{
    if (!m_thread.isRunning())
        return 0;
    quint64 writes = 0;
    QMetaObject::invokeMethod(&m_context, [this, &writes] {
        if (m_stack) {
            m_stack->commits.commitWaiting();
            writes = m_stack->commits.writesCommitted();
        }
        m_stack.reset();
        m_store.reset();
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    return writes;
}

} // namespace groundwork::sync
