#pragma once

#include "server/syncservice.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <optional>

namespace groundwork::sync {

// Puts the SyncService on HTTP(S) with Qt HttpServer. Every endpoint is `POST /v1/...` with
// a protobuf body. Qt HttpServer 6.4 reads a whole request before handing it over; serve()
// caps what one request may send (kMaxBufferedRequestBytes) as it arrives, and the 1 MiB body
// limit is enforced when decoding.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // Well above the body limit, so that a body a little too large still gets the ordinary,
    // decoded TOO_LARGE answer; far below what could hurt the server.
    static constexpr qint64 kMaxBufferedRequestBytes = 4 * 1024 * 1024;

    explicit HttpFrontend(SyncService &service, QObject *parent = nullptr);

    // Listens on address:port, with TLS when `tls` is given. Returns the port, 0 on failure.
    quint16 serve(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);

    // Reverse proxies whose X-Forwarded-For is believed. Behind a proxy every request comes
    // from its address, so the per-caller limit on wrong codes would shut everyone out at once.
    void setTrustedProxies(QList<QHostAddress> proxies) { m_trustedProxies = std::move(proxies); }

    // Who sent a request that arrived from `peer`: the peer itself, unless it is a trusted
    // proxy; then the nearest address in X-Forwarded-For that is not a trusted proxy (read from
    // the right, where trusted proxies append; anything left of it could be forged).
    static QString clientAddress(const QHostAddress &peer, QByteArrayView forwardedFor,
                                 const QList<QHostAddress> &trustedProxies);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SyncService &m_service;
    QList<QHostAddress> m_trustedProxies;
};

} // namespace groundwork::sync
