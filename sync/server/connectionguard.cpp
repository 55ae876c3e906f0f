#include "server/connectionguard.h"

#include "protocol/wirecodec.h"

#include <QTimer>

#include <memory>

namespace groundwork::sync {

namespace {

constexpr int kLingerMs = 1'000;
constexpr qint64 kReadSlackBytes = 64 * 1024;

QByteArray statusLine(int status)
{
    switch (status) {
    case 408: return QByteArrayLiteral("HTTP/1.1 408 Request Timeout\r\n");
    case 413: return QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\n");
    default: return QByteArrayLiteral("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n");
    }
}

// A complete answer written straight to the socket: the HTTP server never saw this request.
QByteArray errorResponse(int status, const QString &message)
{
    const WireError code = status == 413 ? WireError::TooLarge
                                 : status == 408 ? WireError::Malformed
                                                 : WireError::Internal; // 503: retry with backoff
    const QByteArray body = encodeError({code, message});
    return statusLine(status)
           + QByteArrayLiteral("Content-Type: application/x-protobuf\r\nConnection: close\r\nContent-Length: ")
           + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
}

} // namespace

struct ConnectionGuard::State
{
    qint64 requestBytes = 0; // of the request being received, counted in m_buffered
    bool refused = false;
    bool released = false;
    QTimer idle;
    QTimer read;
};

ConnectionGuard::ConnectionGuard(ConnectionLimits limits, QObject *parent)
    : QObject(parent), m_limits(limits)
{
}

bool ConnectionGuard::admit(QTcpSocket &socket)
{
    QObject::connect(&socket, &QAbstractSocket::disconnected, &socket, &QObject::deleteLater);
    if (m_draining || m_open >= m_limits.maxConnections) {
        socket.write(errorResponse(503, QStringLiteral("The server is busy. Try again shortly.")));
        socket.disconnectFromHost();
        return false;
    }
    ++m_open;
    // Qt reads everything the kernel holds into the socket's buffer before anyone sees it; a
    // bounded buffer leaves the rest in the kernel, and TCP makes a fast sender wait.
    // (Above the request cap: the HTTP server reads a request inside a QIODevice transaction,
    // which keeps all of it in this buffer until it is complete.)
    socket.setReadBufferSize(m_limits.maxRequestBytes + kReadSlackBytes);
    auto state = std::make_shared<State>();
    state->idle.setSingleShot(true);
    state->idle.setInterval(m_limits.idleTimeoutMs);
    state->read.setSingleShot(true);
    state->read.setInterval(m_limits.readTimeoutMs);
    // A silent connection only holds a socket: close it without a word.
    connect(&state->idle, &QTimer::timeout, &socket, [&socket] { socket.abort(); });
    connect(&state->read, &QTimer::timeout, &socket, [this, &socket, s = state.get()] {
        refuse(socket, *s, 408, QStringLiteral("The request took too long to arrive."));
    });
    connect(&socket, &QIODevice::readyRead, this, [this, &socket, s = state.get()] { onReadyRead(socket, *s); });
    connect(&socket, &QIODevice::bytesWritten, this, [this, &socket, s = state.get()] {
        s->idle.start();
        if (s->refused)
            return;
        // An answer is going out: the request it answers is no longer buffered.
        m_buffered -= s->requestBytes;
        s->requestBytes = 0;
        s->read.stop();
        if (m_draining)
            socket.disconnectFromHost(); // after what is still queued is written
    });
    // The state lives as long as the socket; its accounting ends with it.
    connect(&socket, &QObject::destroyed, this, [this, state, key = &socket] {
        m_states.remove(key);
        release(*state);
    });
    connect(&socket, &QAbstractSocket::disconnected, this, [this, s = state.get()] { release(*s); });
    m_states.insert(&socket, state.get());
    state->idle.start();
    return true;
}

void ConnectionGuard::onReadyRead(QTcpSocket &socket, State &state)
{
    // The HTTP server reads everything on each arrival, so what is available now is new.
    const qint64 arrived = socket.bytesAvailable();
    state.idle.start();
    if (state.requestBytes == 0 && arrived > 0)
        state.read.start();
    state.requestBytes += arrived;
    m_buffered += arrived;
    if (state.requestBytes > m_limits.maxRequestBytes)
        refuse(socket, state, 413, QStringLiteral("A request may be at most %1 bytes.").arg(m_limits.maxRequestBytes));
    else if (m_buffered > m_limits.maxBufferedBytes)
        refuse(socket, state, 503, QStringLiteral("The server is busy. Try again shortly."));
}

void ConnectionGuard::refuse(QTcpSocket &socket, State &state, int status, const QString &message)
{
    state.refused = true;
    state.read.stop();
    m_buffered -= state.requestBytes;
    state.requestBytes = 0;
    // The HTTP server reads inside a transaction, which keeps every byte read in the socket's
    // buffer; commit it so what was read is freed, and from now on only this guard reads
    // (dropping everything) so the HTTP server never starts another.
    if (socket.isTransactionStarted())
        socket.commitTransaction();
    socket.skip(socket.bytesAvailable());
    QObject::disconnect(&socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(&socket, &QIODevice::readyRead, &socket, [&socket] { socket.skip(socket.bytesAvailable()); });
    socket.write(errorResponse(status, message));
    // Closing at once, with the client still sending, would make the kernel reset the
    // connection, and a reset can destroy the answer before the client reads it. So go on
    // dropping what arrives for a moment (a lingering close), then close.
    QTimer::singleShot(kLingerMs, &socket, [&socket] { socket.abort(); });
}

void ConnectionGuard::release(State &state)
{
    if (state.released)
        return;
    state.released = true;
    state.idle.stop();
    state.read.stop();
    m_buffered -= state.requestBytes;
    state.requestBytes = 0;
    --m_open;
    if (m_draining && m_open == 0)
        emit drained();
}

void ConnectionGuard::drain()
{
    m_draining = true;
    // A connection is either between requests (close it) or receiving one or waiting for its
    // answer (an upload waits for its group commit): its bytes stay counted until the answer
    // is written, so let it finish and be answered.
    const auto sockets = m_states.keys();
    for (QTcpSocket *socket : sockets) {
        if (m_states.value(socket)->requestBytes == 0)
            socket->disconnectFromHost();
    }
    if (m_open == 0)
        emit drained();
}

} // namespace groundwork::sync
