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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SyncService &m_service;
};

} // namespace groundwork::sync
