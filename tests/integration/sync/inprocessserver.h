#pragma once

#include "server/clock.h"
#include "server/groupcommit.h"
#include "server/httpfrontend.h"
#include "server/provisioning.h"
#include "server/ratelimiter.h"
#include "server/syncservice.h"
#include "testbackends.h"

#include <QSslCertificate>
#include <QUrl>

#include <memory>

namespace groundwork::sync::testing {

// The cohort server's classes on a loopback port in the test's own event loop, over TLS with
// the build's development certificate unless `tls` is false.
class InProcessServer
{
public:
    InProcessServer(Store &store, bool tls, ServiceLimits limits = {});

    bool listening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl url() const;
    // The development certificate, for clients to trust.
    static QList<QSslCertificate> devCertificate();
    static QString devCertDir();

    Provisioning &provisioning() { return m_provisioning; }
    const GroupCommit &groupCommit() const { return m_commits; }

private:
    SystemClock m_clock;
    RateLimiter m_limiter;
    SyncService m_service;
    GroupCommit m_commits; // uploads commit in groups, as in groundwork-server
    HttpFrontend m_frontend;
    Provisioning m_provisioning;
    bool m_tls;
    quint16 m_port = 0;
};

// What most end-to-end tests start from: a fresh database of `backend` under `dir`, an
// in-process server over TLS on it, and one cohort ("Platform leads", lead "Dana", its invite
// valid for an hour). Use GW_SERVE_COHORT, which skips or fails as the back end requires.
struct ServedCohort
{
    ServedCohort(const QString &backend, const QString &dir);
    bool ready() const { return server && server->listening(); }

    FreshDatabase db;
    std::unique_ptr<Store> store;
    std::unique_ptr<InProcessServer> server;
    NewCohort cohort;
};

} // namespace groundwork::sync::testing

#define GW_SERVE_COHORT(name, backend, dir)                                                      \
    ::groundwork::sync::testing::ServedCohort name((backend), (dir));                             \
    GW_REQUIRE_BACKEND(name.db);                                                                  \
    QVERIFY2(name.ready(), "the in-process cohort server did not start")
