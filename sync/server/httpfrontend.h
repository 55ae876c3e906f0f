#pragma once

#include "server/syncservice.h"

#include <QAbstractHttpServer>

namespace groundwork::sync {

// Puts the SyncService on HTTP(S) with Qt HttpServer. Every endpoint is `POST /v1/...` with
// a protobuf body; TLS is configured by the caller with sslSetup() before listen().
// Note: Qt HttpServer 6.4 reads a whole request before handing it over, so the body-size
// limit is enforced when decoding; an organisation exposing the server to the internet puts
// a reverse proxy with a request-size cap in front (see sync/README.md).
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpFrontend(SyncService &service, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SyncService &m_service;
};

} // namespace groundwork::sync
