#include "server/httpfrontend.h"

#include "server/requestcap.h"

#include <QHttpServerRequest>
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

HttpFrontend::HttpFrontend(SyncService &service, QObject *parent)
    : QAbstractHttpServer(parent), m_service(service)
{
}

quint16 HttpFrontend::serve(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *secure = new RequestCappingServer<QSslServer>(kMaxBufferedRequestBytes, this);
        secure->setSslConfiguration(*tls);
        server = secure;
    } else {
        server = new RequestCappingServer<QTcpServer>(kMaxBufferedRequestBytes, this);
    }
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
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

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    if (request.method() != QHttpServerRequest::Method::Post) {
        responder.write(encodeError({WireError::Malformed, QStringLiteral("use POST")}), kProtobufType,
                        QHttpServerResponder::StatusCode::MethodNotAllowed);
        return true;
    }
    const Reply reply = m_service.handle(request.url().path(), bearerToken(request), request.body(),
                                         clientAddress(request.remoteAddress(), header(request, "x-forwarded-for"),
                                                       m_trustedProxies),
                                         header(request, "content-encoding"));
    responder.write(reply.body, kProtobufType, QHttpServerResponder::StatusCode(reply.status));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(encodeError({WireError::NotFound, QStringLiteral("no such endpoint")}), kProtobufType,
               QHttpServerResponder::StatusCode::NotFound);
}

} // namespace groundwork::sync
