#include "server/httpfrontend.h"


#include <QHttpServerRequest>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <algorithm>

namespace groundwork::sync {

namespace {

const QByteArray kProtobufType = QByteArrayLiteral("application/x-protobuf");
constexpr int kListenBacklog = 4096;

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
    : QAbstractHttpServer(parent), m_routes{{&service, nullptr}}, m_guard(limits, this), m_accessLog(stdoutAccessLog())
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
    // Qt's default backlog is 50: a burst of learners connecting at once (the whole cohort
    // opening the app at nine) overflowed it, and the kernel dropped the handshakes it could
    // not queue, so those clients waited for TCP's retransmission (200 ms to over a second)
    // before their first request was even read. The kernel caps it at net.core.somaxconn.
    server->setListenBacklogSize(kListenBacklog);
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

struct HttpFrontend::PendingAnswer
{
    explicit PendingAnswer(QHttpServerResponder &&r) : responder(std::move(r)) {}
    QHttpServerResponder responder;
    std::optional<Reply> reply;
    bool probe = false;
    qint64 startedMs = 0;
    QElapsedTimer took;
    QString method;
    QString path;
    qint64 bytesIn = 0;
};

Reply HttpFrontend::probe(const QHttpServerRequest &request)
{
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    if (get && request.url().path() == u"/healthz")
        return Reply{200, QByteArrayLiteral("ok\n"), {}};
    return Reply{405, encodeError({WireError::Malformed, QStringLiteral("use POST")}), {}};
}

const HttpFrontend::Route &HttpFrontend::routeFor(const QString &bearerToken) const
{
    if (m_routes.size() == 1)
        return m_routes.first();
    return m_routes.at(qsizetype(qHash(bearerToken) % size_t(m_routes.size())));
}

void HttpFrontend::onServiceThread(const Route &route, std::function<void()> call)
{
    if (route.context && route.context->thread() != thread())
        QMetaObject::invokeMethod(route.context, std::move(call), Qt::QueuedConnection);
    else
        call();
}

SyncService::ReplyHandler HttpFrontend::backHere(const Route &route, SyncService::ReplyHandler deliver)
{
    if (!route.context || route.context->thread() == thread())
        return deliver;
    // Posted events for this object are dropped if it is destroyed first; the client retries.
    return [this, deliver = std::move(deliver)](Reply reply) {
        QMetaObject::invokeMethod(this, [deliver, reply = std::move(reply)]() mutable { deliver(std::move(reply)); },
                                  Qt::QueuedConnection);
    };
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto answer = std::make_shared<PendingAnswer>(makeResponder(request, socket));
    answer->took.start();
    answer->startedMs = QDateTime::currentMSecsSinceEpoch();
    const auto method = request.method();
    answer->method = method == QHttpServerRequest::Method::Get    ? QStringLiteral("GET")
                     : method == QHttpServerRequest::Method::Post ? QStringLiteral("POST")
                                                                  : QStringLiteral("OTHER");
    answer->path = request.url().path();
    answer->bytesIn = request.body().size();
    answer->probe = method == QHttpServerRequest::Method::Get;
    if (!m_answers.contains(socket))
        connect(socket, &QObject::destroyed, this, [this, socket] { m_answers.remove(socket); });
    m_answers[socket].append(answer);

    const QPointer<QTcpSocket> alive(socket);
    const auto deliver = [this, alive, answer](Reply reply) {
        answer->reply = std::move(reply);
        if (alive) // a connection closed meanwhile gets nothing; the client will retry
            answerReady(alive.data());
    };
    if (answer->probe && answer->path == u"/readyz") {
        const Route &route = m_routes.first();
        onServiceThread(route, [service = route.service, done = backHere(route, deliver)] {
            done(service->storeReachable() ? Reply{200, QByteArrayLiteral("ready\n"), {}}
                                           : Reply{503, QByteArrayLiteral("database unreachable\n"), {}});
        });
        return true;
    }
    if (method != QHttpServerRequest::Method::Post) {
        deliver(probe(request));
        return true;
    }
    // Inflated here: on the HTTP thread, beside the service's own work on its thread.
    QByteArray body = request.body();
    if (const QByteArray encoding = header(request, "content-encoding"); !encoding.isEmpty()) {
        auto decoded = SyncService::decodeBody(encoding, body);
        if (const Reply *refusal = std::get_if<Reply>(&decoded)) {
            deliver(*refusal);
            return true;
        }
        body = std::get<QByteArray>(std::move(decoded));
    }
    const QString token = bearerToken(request);
    const Route &route = routeFor(token);
    onServiceThread(route, [service = route.service, path = answer->path, token, body,
                            caller = clientAddress(request.remoteAddress(), header(request, "x-forwarded-for"), m_trustedProxies),
                            done = backHere(route, deliver)] {
        service->handleLater(path, token, body, caller, {}, done);
    });
    return true;
}

void HttpFrontend::answerReady(QTcpSocket *socket)
{
    const auto queue = m_answers.find(socket);
    if (queue == m_answers.end())
        return;
    while (!queue->isEmpty() && queue->first()->reply) {
        const std::shared_ptr<PendingAnswer> answer = queue->takeFirst();
        write(*answer);
    }
}

void HttpFrontend::write(PendingAnswer &answer)
{
    const Reply &reply = *answer.reply;
    answer.responder.write(reply.body, answer.probe ? QByteArrayLiteral("text/plain") : kProtobufType,
                           QHttpServerResponder::StatusCode(reply.status));
    if (m_accessLog)
        m_accessLog(formatAccessLine({answer.startedMs, answer.method, answer.path, reply.status, answer.bytesIn,
                                      reply.body.size(), answer.took.nsecsElapsed() / 1000, reply.deviceId}));
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(encodeError({WireError::NotFound, QStringLiteral("no such endpoint")}), kProtobufType,
               QHttpServerResponder::StatusCode::NotFound);
}

} // namespace groundwork::sync
