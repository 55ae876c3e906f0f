#include "server/frontendthread.h"

namespace groundwork::sync {

template <class Call>
auto FrontendThread::onFrontendThread(Call call)
{
    using Result = std::invoke_result_t<Call>;
    if constexpr (std::is_void_v<Result>) {
        QMetaObject::invokeMethod(&m_frontend, std::move(call), Qt::BlockingQueuedConnection);
    } else {
        Result result{};
        QMetaObject::invokeMethod(&m_frontend, std::move(call), Qt::BlockingQueuedConnection, &result);
        return result;
    }
}

FrontendThread::FrontendThread(SyncService &service, ConnectionLimits limits) : m_frontend(service, limits)
{
    m_thread.setObjectName(QStringLiteral("http"));
    m_frontend.setServiceContext(&m_serviceContext);
    m_frontend.moveToThread(&m_thread);
    m_thread.start();
}

FrontendThread::~FrontendThread()
{
    stop();
}

void FrontendThread::stop()
{
    if (!m_thread.isRunning())
        return;
    // Back to this thread before its own stops, so that it and its sockets are destroyed where
    // they live; events it was sent meanwhile are dropped with it.
    QThread *home = m_serviceContext.thread();
    onFrontendThread([this, home] { m_frontend.moveToThread(home); });
    m_thread.quit();
    m_thread.wait();
}

quint16 FrontendThread::serve(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    return onFrontendThread([&] { return m_frontend.serve(address, port, tls); });
}

void FrontendThread::shutDown()
{
    onFrontendThread([this] { m_frontend.shutDown(); });
}

int FrontendThread::openConnections()
{
    return onFrontendThread([this] { return m_frontend.openConnections(); });
}

void FrontendThread::setTls(const QSslConfiguration &tls)
{
    onFrontendThread([&] { m_frontend.setTls(tls); });
}

void FrontendThread::setAccessLog(AccessLogSink sink)
{
    onFrontendThread([&] { m_frontend.setAccessLog(std::move(sink)); });
}

void FrontendThread::setTrustedProxies(QList<QHostAddress> proxies)
{
    onFrontendThread([&] { m_frontend.setTrustedProxies(std::move(proxies)); });
}

void FrontendThread::addService(SyncService &service, QObject *context)
{
    onFrontendThread([&] { m_frontend.addService(service, context); });
}

} // namespace groundwork::sync
