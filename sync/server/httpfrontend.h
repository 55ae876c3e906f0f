#pragma once

#include "server/accesslog.h"
#include "server/connectionguard.h"
#include "server/syncservice.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace groundwork::sync {

// Puts the SyncService on HTTP(S) with Qt HttpServer. Every endpoint is `POST /v1/...` with
// a protobuf body; `GET /healthz` (the process answers) and `GET /readyz` (the database
// answers too) are for load balancers and service managers. Every connection passes a
// ConnectionGuard first (limits on connections, request bytes, time), and every request
// leaves one access-log line.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpFrontend(SyncService &service, ConnectionLimits limits = {}, QObject *parent = nullptr);

    // Listens on address:port, with TLS when `tls` is given. Returns the port, 0 on failure.
    quint16 serve(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);

    // Graceful shutdown: stops accepting, closes connections between requests, and lets those
    // receiving one finish and be answered; drained() follows when none is left open.
    void shutDown();
    int openConnections() const { return m_guard.openConnections(); }

    // A new certificate for new connections (SIGHUP); open ones keep theirs.
    void setTls(const QSslConfiguration &tls);

    void setAccessLog(AccessLogSink sink) { m_accessLog = std::move(sink); }

    // The service (and its store) lives on `context`'s thread: when that is not this object's
    // thread, requests are posted to it and its answers posted back here (FrontendThread).
    void setServiceContext(QObject *context) { m_routes.first().context = context; }
    // One more service over its own store connection (StoreShard). Requests are spread over
    // the services by bearer token, so one device's requests all go to one of them.
    void addService(SyncService &service, QObject *context) { m_routes.append({&service, context}); }

    // Reverse proxies whose X-Forwarded-For is believed. Behind a proxy every request comes
    // from its address, so the per-caller limit on wrong codes would shut everyone out at once.
    void setTrustedProxies(QList<QHostAddress> proxies) { m_trustedProxies = std::move(proxies); }

    // Who sent a request that arrived from `peer`: the peer itself, unless it is a trusted
    // proxy; then the nearest address in X-Forwarded-For that is not a trusted proxy (read from
    // the right, where trusted proxies append; anything left of it could be forged).
    static QString clientAddress(const QHostAddress &peer, QByteArrayView forwardedFor,
                                 const QList<QHostAddress> &trustedProxies);

signals:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // An answer being prepared: an upload's waits for its group commit. A connection's answers
    // go out in the order its requests came, whichever is ready first.
    struct PendingAnswer;
    void answerReady(QTcpSocket *socket);
    void write(PendingAnswer &answer);
    static Reply probe(const QHttpServerRequest &request);
    struct Route
    {
        SyncService *service;
        QObject *context; // where the service lives; null: this object's thread
    };
    const Route &routeFor(const QString &bearerToken) const;
    // Runs `call` where the route's service lives: here, or posted to its thread.
    void onServiceThread(const Route &route, std::function<void()> call);
    // `deliver` wrapped to run on this object's thread, wherever the route's service calls it.
    SyncService::ReplyHandler backHere(const Route &route, SyncService::ReplyHandler deliver);

    QList<Route> m_routes; // the first: the service given to the constructor
    ConnectionGuard m_guard; // a child, so that it moves with this object to another thread
    QList<QTcpServer *> m_listeners;
    AccessLogSink m_accessLog;
    QList<QHostAddress> m_trustedProxies;
    QHash<QTcpSocket *, QList<std::shared_ptr<PendingAnswer>>> m_answers;
};

} // namespace groundwork::sync
