#include "server/accesslog.h"

#include <QDateTime>

#include <sodium.h>

#include <cstdio>

namespace groundwork::sync {

namespace {

// The path is the one thing in the line a caller chooses: keep it from forging fields or lines.
QByteArray safePath(const QString &path)
{
    QByteArray out;
    for (const QChar c : path.left(64)) {
        const char l = c.toLatin1();
        const bool plain = (l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z') || (l >= '0' && l <= '9')
                           || l == '/' || l == '_' || l == '.' || l == '-';
        out += plain ? l : '?';
    }
    return out.isEmpty() ? QByteArrayLiteral("-") : out;
}

} // namespace

QByteArray deviceHash(const QString &deviceId)
{
    if (deviceId.isEmpty())
        return QByteArrayLiteral("-");
    const QByteArray id = deviceId.toUtf8();
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(id.constData()),
                       quint64(id.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex();
}

QByteArray formatAccessLine(const AccessEntry &e)
{
    const QByteArray time = QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC)
                                .toString(Qt::ISODateWithMs).toLatin1();
    return QByteArrayLiteral("access time=") + time + " method=" + safePath(e.method)
           + " endpoint=" + safePath(e.endpoint) + " status=" + QByteArray::number(e.status)
           + " bytes_in=" + QByteArray::number(e.requestBytes) + " bytes_out=" + QByteArray::number(e.responseBytes)
           + " duration_ms=" + QByteArray::number(double(e.durationUs) / 1000.0, 'f', 3)
           + " device=" + deviceHash(e.deviceId);
}

AccessLogSink stdoutAccessLog()
{
    return [](const QByteArray &line) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout); // one line at a time reaches journald even when stdout is a pipe
    };
}

} // namespace groundwork::sync
