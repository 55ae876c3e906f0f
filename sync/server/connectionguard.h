#pragma once

#include <QHash>
#include <QObject>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace groundwork::sync {

// What one server process lets its clients hold. Qt HttpServer 6.4 buffers a whole request
// before the server sees it and keeps a connection open as long as the client likes, so a few
// hundred slow or idle clients could otherwise hold any amount of memory and every socket.
struct ConnectionLimits
{
    int maxConnections = 512;                      // open at once; more are answered 503
    qint64 maxRequestBytes = 4 * 1024 * 1024;      // one request; more is answered 413
    qint64 maxBufferedBytes = 32 * 1024 * 1024;    // all requests not yet answered, together
    int idleTimeoutMs = 30'000;                    // no byte either way: the connection closes
    int readTimeoutMs = 30'000;                    // first to last byte of one request: 408
};

// Counts and times every connection before the HTTP server reads from it (its slots are
// connected first, so they run first on each arrival). A connection that breaks a limit gets a
// complete HTTP error answer with a protobuf Error body, what else it sends is dropped unread,
// and it is closed. A request's bytes count against the budget until its answer goes out.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionGuard(ConnectionLimits limits, QObject *parent = nullptr);

    // Takes `socket` under guard, or refuses it (503, closed) when the process is full.
    bool admit(QTcpSocket &socket);

    // Graceful shutdown: connections waiting for their next request close now; the others
    // close as soon as their answer is written. Emits drained() when none is left.
    void drain();

    int openConnections() const { return m_open; }
    qint64 bufferedBytes() const { return m_buffered; }
    const ConnectionLimits &limits() const { return m_limits; }

signals:
    void drained();

private:
    struct State;
    void onReadyRead(QTcpSocket &socket, State &state);
    void refuse(QTcpSocket &socket, State &state, int status, const QString &message);
    void release(State &state);

    ConnectionLimits m_limits;
    int m_open = 0;
    qint64 m_buffered = 0;
    bool m_draining = false;
    QHash<QTcpSocket *, State *> m_states;
};

// A TCP (or TLS) server whose connections all pass `guard` before the HTTP server sees them.
template <class Server>
class GuardedServer final : public Server
{
public:
    GuardedServer(ConnectionGuard &guard, QObject *parent) : Server(parent), m_guard(guard) {}

    QTcpSocket *nextPendingConnection() override
    {
        // Refused connections are answered and closed here; the HTTP server gets the next one.
        while (QTcpSocket *socket = Server::nextPendingConnection()) {
            if (m_guard.admit(*socket))
                return socket;
        }
        return nullptr;
    }

private:
    ConnectionGuard &m_guard;
};

} // namespace groundwork::sync
