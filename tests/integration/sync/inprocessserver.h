#pragma once

#include "server/clock.h"
#include "server/httpfrontend.h"
#include "server/provisioning.h"
#include "server/ratelimiter.h"
#include "server/syncservice.h"

#include <QSslCertificate>
#include <QUrl>

#include <memory>

namespace groundwork::sync::testing {

// The cohort server's classes on a loopback port in the test's own event loop, over TLS with
// the build's development certificate unless `tls` is false.
class InProcessServer
{
public:
    InProcessServer(Store &store, bool tls);

    bool listening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl url() const;
    // The development certificate, for clients to trust.
    static QList<QSslCertificate> devCertificate();
    static QString devCertDir();

    Provisioning &provisioning() { return m_provisioning; }

private:
    SystemClock m_clock;
    RateLimiter m_limiter;
    SyncService m_service;
    HttpFrontend m_frontend;
    Provisioning m_provisioning;
    bool m_tls;
    quint16 m_port = 0;
};

} // namespace groundwork::sync::testing
