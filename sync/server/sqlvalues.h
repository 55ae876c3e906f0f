#pragma once

// How SqlStore binds values (its .cpp files only). The SQL drivers send a null QByteArray or
// QString as NULL; NOT NULL columns need "" instead.
#include "protocol/wireevent.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace groundwork::sync::sqlvalue {

inline QVariant bytes(const QByteArray &b)
{
    return b.isNull() ? QVariant(QByteArray("")) : QVariant(b);
}

inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

inline QVariant nullableBytes(const std::optional<QByteArray> &b)
{
    return b ? bytes(*b) : QVariant(QMetaType::fromType<QByteArray>());
}

// The columns an event is read from, in this order, starting at a query's column `first`.
inline const char *const kEventColumns =
    "event_id, device_time_ms, kind, content_version, payload, origin_device, utc_offset_min,"
    " epoch, sealed, coarse_kind, utc_day, public_track_id";
inline WireEvent eventAt(const QSqlQuery &q, int first)
{
    WireEvent e;
    e.id = q.value(first).toString();
    e.deviceTimeMs = q.value(first + 1).toLongLong();
    e.kind = q.value(first + 2).toString();
    e.contentVersion = q.value(first + 3).toString();
    e.payload = q.value(first + 4).toByteArray();
    e.originDevice = q.value(first + 5).toString();
    e.utcOffsetMinutes = q.value(first + 6).toInt();
    e.epoch = quint32(q.value(first + 7).toLongLong());
    if (e.epoch != 0)
        e.sealed = q.value(first + 8).toByteArray();
    e.coarseKind = q.value(first + 9).toInt();
    e.utcDay = q.value(first + 10).toInt();
    e.publicTrackId = q.value(first + 11).toString();
    return e;
}

} // namespace groundwork::sync::sqlvalue
