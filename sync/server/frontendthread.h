#pragma once

#include "server/httpfrontend.h"

#include <QThread>

namespace groundwork::sync {

// An HttpFrontend on a thread of its own. Reading, parsing and answering HTTP is about a third
// of what a new day costs the server; on one thread it took turns with decoding and storing,
// and a second core sat partly idle under load. The service, its group commit and the store
// stay on the thread that made this object (a Qt SQL connection belongs to the thread that
// opened it): requests are posted to that thread and answers posted back. Each call below
// runs on the frontend's thread and waits for it.
class FrontendThread
{
public:
    explicit FrontendThread(SyncService &service, ConnectionLimits limits = {});
    ~FrontendThread(); // stop(), if not done
    FrontendThread(const FrontendThread &) = delete;
    FrontendThread &operator=(const FrontendThread &) = delete;

    quint16 serve(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);
    void shutDown();
    int openConnections();
    void setTls(const QSslConfiguration &tls);
    void setAccessLog(AccessLogSink sink);
    void setTrustedProxies(QList<QHostAddress> proxies);
    void addService(SyncService &service, QObject *context);
    // Ends the thread; the frontend (closed by then, or closing with it) comes back to this
    // thread. Nothing more is posted to the services after it.
    void stop();

    // For connecting to its signals (drained()); not for calling its functions from here.
    const HttpFrontend &frontend() const { return m_frontend; }

private:
    template <class Call>
    auto onFrontendThread(Call call);

    QObject m_serviceContext; // lives on the service's thread
    QThread m_thread;
    HttpFrontend m_frontend;
};

} // namespace groundwork::sync
