#include "faultproxy.h"

namespace groundwork::sync::testing {

FaultProxy::FaultProxy(quint16 upstreamPort, double faultShare, quint32 seed)
    : m_upstreamPort(upstreamPort), m_faultShare(faultShare), m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *link = new Link;
        link->client = client;
        link->upstream = new QTcpSocket(client);
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        connect(client, &QTcpSocket::readyRead, this, [this, link] { fromClient(link); });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] { fromUpstream(link); });
        connect(link->upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QObject::destroyed, this, [link] { delete link; });
    }
}

void FaultProxy::fromClient(Link *link)
{
    if (!link->client)
        return;
    const QByteArray bytes = link->client->readAll();
    if (link->awaitingRequest) {
        link->awaitingRequest = false;
        link->responseBytes = 0;
        ++m_exchanges;
        link->fault = None;
        if (m_random.generateDouble() < m_faultShare)
            link->fault = Fault(1 + m_random.bounded(int(FaultKinds) - 1));
        ++m_counts[link->fault];
        if (link->duplicate) {
            link->duplicate->disconnectFromHost();
            link->duplicate = nullptr;
        }
        if (link->fault == Duplicate) {
            link->duplicate = new QTcpSocket(link->client);
            link->duplicate->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            connect(link->duplicate, &QTcpSocket::readyRead, link->duplicate, [d = link->duplicate] { d->readAll(); });
        }
    }
    if (link->fault == Drop) {
        close(link, false);
        return;
    }
    link->upstream->write(bytes);
    if (link->duplicate)
        link->duplicate->write(bytes);
}

void FaultProxy::fromUpstream(Link *link)
{
    if (!link->client)
        return;
    const QByteArray bytes = link->upstream->readAll();
    link->awaitingRequest = true; // the next client bytes start a new exchange
    switch (link->fault) {
    case Reset:
        close(link, true);
        return;
    case Truncate:
        link->client->write(bytes.first(bytes.size() / 2));
        link->client->flush();
        close(link, false);
        return;
    default:
        link->client->write(bytes);
    }
}

void FaultProxy::close(Link *link, bool reset)
{
    if (reset)
        link->client->abort();
    else
        link->client->disconnectFromHost();
    if (link->upstream)
        link->upstream->disconnectFromHost();
}

} // namespace groundwork::sync::testing
