#pragma once

// How SqlStore binds values (its .cpp files only). The SQL drivers send a null QByteArray or
// QString as NULL; NOT NULL columns need "" instead.
#include <QByteArray>
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

} // namespace groundwork::sync::sqlvalue
