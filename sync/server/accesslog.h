#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace groundwork::sync {

// One line per request, in logfmt (key=value, one line; journald keeps it as MESSAGE and log
// shippers such as Vector, Fluent Bit or Loki's logfmt parser read it without a pattern).
// Never a token or a body: who called is a short hash of the device id, so the lines of one
// device can be followed without the log naming it.
struct AccessEntry
{
    qint64 timeMs = 0;
    QString method;
    QString endpoint; // the path, capped in length and stripped of anything but [A-Za-z0-9/_.-]
    int status = 0;
    qint64 requestBytes = 0;
    qint64 responseBytes = 0;
    qint64 durationUs = 0;
    QString deviceId; // empty: not signed in
};

QByteArray formatAccessLine(const AccessEntry &entry);

// 16 hex digits of a BLAKE2b hash of the device id; "-" for none.
QByteArray deviceHash(const QString &deviceId);

// Where the lines go; standard output by default (journald under systemd).
using AccessLogSink = std::function<void(const QByteArray &line)>;
AccessLogSink stdoutAccessLog();

} // namespace groundwork::sync
