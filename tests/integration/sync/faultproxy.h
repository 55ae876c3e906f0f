#pragma once

#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace groundwork::sync::testing {

// A TCP proxy in front of a plain-HTTP server that spoils a share of exchanges (a burst of
// client bytes and the response to it). It does not parse HTTP: an exchange starts when the
// client sends after the server has answered. Faults:
//   Drop      - the request never reaches the server; the client connection is cut.
//   Duplicate - the request also goes to the server over a second connection, kept open
//               until the server answers the copy (the answer is discarded), so the server
//               sees it twice. duplicatesAnswered() counts, by request path, the copies the
//               server answered 200: proof it handled them.
//   Truncate  - the server answers, the client gets only half the answer, then a close.
//   Reset     - the server answers, the client's connection is reset before any of it.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum Fault { None, Drop, Duplicate, Truncate, Reset, FaultKinds };

    FaultProxy(quint16 upstreamPort, double faultShare, quint32 seed);
    quint16 port() const { return m_server.serverPort(); }
    int count(Fault f) const { return m_counts[f]; }
    int exchanges() const { return m_exchanges; }
    // Duplicated requests to `path` (e.g. "/v1/upload") that the server answered with 200.
    int duplicatesAnswered(const QByteArray &path) const { return m_duplicatesAnswered.value(path); }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QPointer<QTcpSocket> duplicate;
        Fault fault = None;
        bool awaitingRequest = true;
        qsizetype responseBytes = 0;
    };

    void accept();
    void fromClient(Link *link);
    void fromUpstream(Link *link);
    void close(Link *link, bool reset);
    void sendDuplicate(Link *link, const QByteArray &firstBytes);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    double m_faultShare;
    QRandomGenerator m_random;
    int m_counts[FaultKinds] = {};
    int m_exchanges = 0;
    QHash<QByteArray, int> m_duplicatesAnswered;
};

} // namespace groundwork::sync::testing
