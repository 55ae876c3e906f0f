#pragma once

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace groundwork::sync {

// Qt HttpServer 6.4 buffers a whole request before it hands it over, so a hostile client could
// make the server hold any amount of memory. This stops that early: the bytes of each request
// on `socket` are counted as they arrive, before the HTTP server reads them; past `maxBytes`
// the connection is answered 413 (TOO_LARGE), and whatever else it sends is dropped unread
// until it closes. The count starts again whenever a response goes out (keep-alive).
void capRequestBytes(QTcpSocket &socket, qint64 maxBytes);

// A TCP (or TLS) server whose every connection is capped so, before the HTTP server sees it.
template <class Server>
class RequestCappingServer final : public Server
{
public:
    RequestCappingServer(qint64 maxBytes, QObject *parent) : Server(parent), m_maxBytes(maxBytes) {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            capRequestBytes(*socket, m_maxBytes);
        return socket;
    }

private:
    qint64 m_maxBytes;
};

} // namespace groundwork::sync
