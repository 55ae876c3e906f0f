#include "learner/eventrows.h"

#include <QHash>
#include <QSqlError>
#include <QVariant>

namespace groundwork::core::learner::eventrows {

namespace {

// Texts that repeat from row to row (device ids, content versions): decoded once, then the
// same QString is shared, which also lets the derivation compare them by identity.
class RepeatedTexts
{
public:
    QString get(const QByteArray &utf8)
    {
        if (m_hasLast && utf8 == m_lastBytes)
            return m_lastText;
        auto it = m_texts.constFind(utf8);
        if (it == m_texts.cend())
            it = m_texts.insert(utf8, QString::fromUtf8(utf8));
        m_lastBytes = utf8;
        m_lastText = *it;
        m_hasLast = true;
        return m_lastText;
    }

private:
    QHash<QByteArray, QString> m_texts;
    QByteArray m_lastBytes;
    QString m_lastText;
    bool m_hasLast = false;
};

} // namespace

QString columns()
{
    return QStringLiteral("id, kind, time_ms, utc_offset_min, device_id, content_version, private, payload");
}

QString readColumns(const QString &table)
{
    const QString t = table.isEmpty() ? QString() : table + QLatin1Char('.');
    return QStringLiteral("CAST(%1id AS BLOB), CAST(%1kind AS BLOB), %1time_ms, %1utc_offset_min,"
                          " CAST(%1device_id AS BLOB), CAST(%1content_version AS BLOB), %1private,"
                          " %1payload")
        .arg(t);
}

bool insert(QSqlQuery &q, const Event &e, QString *error)
{
    if (e.id.isEmpty() || e.deviceId.isEmpty()) {
        if (error)
            *error = QStringLiteral("an event needs an id and a device id");
        return false;
    }
    q.bindValue(0, e.id);
    q.bindValue(1, kindName(e.kind));
    q.bindValue(2, e.timeMs);
    q.bindValue(3, e.utcOffsetMinutes);
    q.bindValue(4, e.deviceId);
    q.bindValue(5, e.contentVersion);
    q.bindValue(6, e.isPrivate ? 1 : 0);
    q.bindValue(7, e.payload);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QVector<Event> read(QSqlQuery &q)
{
    QVector<Event> out;
    RepeatedTexts devices;
    RepeatedTexts versions;
    while (q.next()) {
        const auto kind = kindFromUtf8(q.value(1).toByteArray());
        if (!kind)
            continue; // written by a newer app on another device; it will know what to do
        Event e;
        e.id = QString::fromUtf8(q.value(0).toByteArray());
        e.kind = *kind;
        e.timeMs = q.value(2).toLongLong();
        // QSQLITE hands integers over as qlonglong: toLongLong() reads them directly, where
        // toInt() goes through a generic conversion.
        e.utcOffsetMinutes = int(q.value(3).toLongLong());
        e.deviceId = devices.get(q.value(4).toByteArray());
        e.contentVersion = versions.get(q.value(5).toByteArray());
        e.isPrivate = q.value(6).toLongLong() != 0;
        e.payload = q.value(7).toByteArray();
        out.append(std::move(e));
    }
    return out;
}

} // namespace groundwork::core::learner::eventrows
