#include "server/httpfrontend.h"


#include <QHttpServerRequest>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerResponder>

#include <algorithm>

namespace groundwork::sync {

namespace {

const QByteArray kProtobufType = QByteArrayLiteral("application/x-protobuf");

QByteArray header(const QHttpServerRequest &request, const char *wanted)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray trimmed = header(request, "authorization").trimmed();
    if (trimmed.size() > 7 && trimmed.first(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(trimmed.sliced(7).trimmed());
    return {};
}

} // namespace

HttpFrontend::HttpFrontend(SyncService &service, ConnectionLimits limits, QObject *parent)
    : QAbstractHttpServer(parent), m_service(service), m_guard(limits), m_accessLog(stdoutAccessLog())
{
    connect(&m_guard, &ConnectionGuard::drained, this, &HttpFrontend::drained);
}

quint16 HttpFrontend::serve(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *secure = new GuardedServer<QSslServer>(m_guard, this);
        secure->setSslConfiguration(*tls);
        // A handshake that never finishes holds a socket; it is not a connection yet.
        secure->setHandshakeTimeout(qMin(m_guard.limits().idleTimeoutMs, 10'000));
        server = secure;
    } else {
        server = new GuardedServer<QTcpServer>(m_guard, this);
    }
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    m_listeners << server;
    return server->serverPort();
}

void HttpFrontend::shutDown()
{
    for (QTcpServer *server : std::as_const(m_listeners))
        server->close();
    m_guard.drain();
}

void HttpFrontend::setTls(const QSslConfiguration &tls)
{
    for (QTcpServer *server : std::as_const(m_listeners)) {
        if (auto *secure = qobject_cast<QSslServer *>(server))
            secure->setSslConfiguration(tls);
    }
}

QString HttpFrontend::clientAddress(const QHostAddress &peer, QByteArrayView forwardedFor,
                                   const QList<QHostAddress> &trustedProxies)
{
    // Tolerant: on a dual-stack socket an IPv4 proxy arrives as ::ffff:a.b.c.d.
    const auto trusted = [&trustedProxies](const QHostAddress &address) {
        return std::any_of(trustedProxies.cbegin(), trustedProxies.cend(), [&address](const QHostAddress &proxy) {
            return proxy.isEqual(address, QHostAddress::TolerantConversion);
        });
    };
    if (!trusted(peer))
        return peer.toString();
    const QList<QByteArray> hops = QByteArray(forwardedFor.data(), forwardedFor.size()).split(',');
    QHostAddress client = peer;
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            break; // not an address: the chain cannot be followed further
        client = address;
        if (!trusted(address))
            break;
    }
    return client.toString();
}

Reply HttpFrontend::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (request.method() == QHttpServerRequest::Method::Get && path == u"/healthz")
        return Reply{200, QByteArrayLiteral("ok\n"), {}};
    if (request.method() == QHttpServerRequest::Method::Get && path == u"/readyz") {
        if (m_service.storeReachable())
            return Reply{200, QByteArrayLiteral("ready\n"), {}};
        return Reply{503, QByteArrayLiteral("database unreachable\n"), {}};
    }
    if (request.method() != QHttpServerRequest::Method::Post)
        return Reply{405, encodeError({WireError::Malformed, QStringLiteral("use POST")}), {}};
    return m_service.handle(path, bearerToken(request), request.body(),
                            clientAddress(request.remoteAddress(), header(request, "x-forwarded-for"), m_trustedProxies),
                            header(request, "content-encoding"));
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer took;
    took.start();
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    const Reply reply = route(request);
    const bool probe = request.method() == QHttpServerRequest::Method::Get;
    makeResponder(request, socket)
        .write(reply.body, probe ? QByteArrayLiteral("text/plain") : kProtobufType,
               QHttpServerResponder::StatusCode(reply.status));
    if (m_accessLog) {
        const QByteArray method = request.method() == QHttpServerRequest::Method::Get ? "GET"
                                  : request.method() == QHttpServerRequest::Method::Post ? "POST" : "OTHER";
        m_accessLog(formatAccessLine({startedMs, QString::fromLatin1(method), request.url().path(), reply.status,
                                      request.body().size(), reply.body.size(), took.nsecsElapsed() / 1000,
                                      reply.deviceId}));
    }
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(encodeError({WireError::NotFound, QStringLiteral("no such endpoint")}), kProtobufType,
               QHttpServerResponder::StatusCode::NotFound);
}

} // namespace groundwork::sync
