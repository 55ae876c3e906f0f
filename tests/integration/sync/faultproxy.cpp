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
        link->duplicate = nullptr; // the previous copy, if any, closes itself once answered
        if (link->fault == Duplicate)
            sendDuplicate(link, bytes);
    }
    if (link->fault == Drop) {
        close(link, false);
        return;
    }
    link->upstream->write(bytes);
    if (link->duplicate)
        link->duplicate->write(bytes);
}

// Sends a duplicated exchange's request over a second connection of its own. The copy's
// answer is discarded, but its status line is read first, so the test can tell the server
// really handled the copy; the connection lives on until then (it is the proxy's, not the
// client's), even when the client has moved on or gone.
void FaultProxy::sendDuplicate(Link *link, const QByteArray &firstBytes)
{
    // The exchange's first bytes start with the request line ("POST /v1/upload HTTP/1.1").
    const QList<QByteArray> requestLine = firstBytes.left(firstBytes.indexOf('\r')).split(' ');
    const QByteArray path = requestLine.size() == 3 ? requestLine[1] : QByteArray();
    auto *copy = new QTcpSocket(this);
    link->duplicate = copy;
    copy->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    connect(copy, &QTcpSocket::readyRead, copy, [this, copy, path] {
        if (!copy->canReadLine())
            return; // the status line is not complete yet
        if (copy->readLine().startsWith("HTTP/1.1 200 "))
            ++m_duplicatesAnswered[path];
        copy->abort();
        copy->deleteLater();
    });
    connect(copy, &QTcpSocket::disconnected, copy, &QObject::deleteLater);
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
