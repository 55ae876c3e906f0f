#include "server/accesslog.h"

#include <QDateTime>
#include <QTimer>

#include <sodium.h>

#include <cstdio>
#include <memory>

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

namespace {

// "2026-12-06T18:20:20.792Z". Formatting a QDateTime was half of a line's cost, once per
// request: the part up to the second is made once per second (per thread), the rest appended.
void appendTime(QByteArray &out, qint64 timeMs)
{
    thread_local qint64 second = -1;
    thread_local QByteArray upToSecond;
    const qint64 s = timeMs >= 0 ? timeMs / 1000 : (timeMs - 999) / 1000;
    if (s != second) {
        second = s;
        upToSecond = QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate).toLatin1();
        upToSecond.chop(1); // the 'Z'
    }
    const int ms = int(timeMs - s * 1000);
    out += upToSecond;
    out += '.';
    out += char('0' + ms / 100);
    out += char('0' + ms / 10 % 10);
    out += char('0' + ms % 10);
    out += 'Z';
}

} // namespace

QByteArray formatAccessLine(const AccessEntry &e)
{
    QByteArray line;
    line.reserve(192);
    line += "access time=";
    appendTime(line, e.timeMs);
    line += " method=";
    line += safePath(e.method);
    line += " endpoint=";
    line += safePath(e.endpoint);
    line += " status=";
    line += QByteArray::number(e.status);
    line += " bytes_in=";
    line += QByteArray::number(e.requestBytes);
    line += " bytes_out=";
    line += QByteArray::number(e.responseBytes);
    line += " duration_ms=";
    line += QByteArray::number(double(e.durationUs) / 1000.0, 'f', 3);
    line += " device=";
    line += deviceHash(e.deviceId);
    return line;
}

AccessLogSink stdoutAccessLog()
{
    // Flushed once per pass of the event loop, not per line: a group commit answers many
    // uploads at once, and their lines now leave in one write instead of one write each.
    // Lines still reach journald within the same pass, whole and in order.
    auto flushQueued = std::make_shared<bool>(false);
    return [flushQueued](const QByteArray &line) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fputc('\n', stdout);
        if (*flushQueued)
            return;
        *flushQueued = true;
        QTimer::singleShot(0, [flushQueued] {
            *flushQueued = false;
            std::fflush(stdout);
        });
    };
}

} // namespace groundwork::sync
