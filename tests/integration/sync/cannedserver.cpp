#include "cannedserver.h"

#include <QTcpSocket>

namespace groundwork::sync::testing {

CannedServer::CannedServer(QByteArray response) : m_response(std::move(response))
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                s->readAll();
                s->write(m_response);
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    listen(QHostAddress::LocalHost, 0);
}

QByteArray httpResponse(int status, const char *reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: application/x-protobuf\r\nConnection: close\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace groundwork::sync::testing
