#include "server/requestcap.h"

#include "protocol/wirecodec.h"

#include <memory>

namespace groundwork::sync {

namespace {

QByteArray tooLargeResponse(qint64 maxBytes)
{
    const QByteArray body = encodeError(
        {WireError::TooLarge, QStringLiteral("A request may be at most %1 bytes.").arg(maxBytes)});
    return QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\n"
                             "Content-Type: application/x-protobuf\r\n"
                             "Connection: close\r\n"
                             "Content-Length: ")
           + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
}

} // namespace

void capRequestBytes(QTcpSocket &socket, qint64 maxBytes)
{
    struct Count
    {
        qint64 received = 0;
        bool refused = false;
    };
    auto count = std::make_shared<Count>();
    // Connected before the HTTP server's own handler, so it runs first on every arrival.
    QObject::connect(&socket, &QIODevice::readyRead, &socket, [&socket, count, maxBytes] {
        if (count->refused) {
            socket.skip(socket.bytesAvailable());
            return;
        }
        count->received += socket.bytesAvailable();
        if (count->received <= maxBytes)
            return;
        count->refused = true;
        socket.skip(socket.bytesAvailable());
        socket.write(tooLargeResponse(maxBytes));
        socket.disconnectFromHost();
    });
    QObject::connect(&socket, &QIODevice::bytesWritten, &socket, [count] {
        if (!count->refused)
            count->received = 0;
    });
}

} // namespace groundwork::sync
