#pragma once

#include <QByteArray>
#include <QTcpServer>

namespace groundwork::sync::testing {

// A loopback server that answers every request with one canned HTTP response, then closes the
// connection (e.g. a server that says the app is too old).
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray response);

private:
    QByteArray m_response;
};

// A whole HTTP/1.1 response with a protobuf body.
QByteArray httpResponse(int status, const char *reason, const QByteArray &body);

} // namespace groundwork::sync::testing
