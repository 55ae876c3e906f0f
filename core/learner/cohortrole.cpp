#include "learner/cohortrole.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace groundwork::core::learner {

namespace {

QJsonArray toArray(const QStringList &items)
{
    return QJsonArray::fromStringList(items);
}

QStringList toList(const QJsonValue &value)
{
    QStringList items;
    for (const QJsonValue &v : value.toArray())
        items << v.toString();
    return items;
}

void compareLists(RoleChange::Field field, const QStringList &before, const QStringList &after,
                  QVector<RoleChange> &changes)
{
    RoleChange c;
    c.field = field;
    for (const QString &item : after)
        if (!before.contains(item))
            c.added << item;
    for (const QString &item : before)
        if (!after.contains(item))
            c.removed << item;
    if (!c.added.isEmpty() || !c.removed.isEmpty())
        changes << c;
}

} // namespace

QByteArray CohortRole::toJson() const
{
    QJsonObject weightsObject;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        weightsObject.insert(it.key(), it.value());
    const QJsonObject o{{QStringLiteral("templateId"), templateId},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("decisionsOwned"), toArray(decisionsOwned)},
                        {QStringLiteral("decisionsNotOwned"), toArray(decisionsNotOwned)},
                        {QStringLiteral("successAt90Days"), toArray(successAt90Days)},
                        {QStringLiteral("spanOfControl"), spanOfControl},
                        {QStringLiteral("weights"), weightsObject},
                        {QStringLiteral("version"), qint64(version)},
                        {QStringLiteral("changedAtMs"), QString::number(changedAtMs)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<CohortRole> CohortRole::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    CohortRole role;
    role.templateId = o.value(QStringLiteral("templateId")).toString();
    role.title = o.value(QStringLiteral("title")).toString();
    role.decisionsOwned = toList(o.value(QStringLiteral("decisionsOwned")));
    role.decisionsNotOwned = toList(o.value(QStringLiteral("decisionsNotOwned")));
    role.successAt90Days = toList(o.value(QStringLiteral("successAt90Days")));
    role.spanOfControl = o.value(QStringLiteral("spanOfControl")).toInt();
    const QJsonObject weights = o.value(QStringLiteral("weights")).toObject();
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it)
        role.weights.insert(it.key(), it.value().toDouble());
    role.version = quint32(o.value(QStringLiteral("version")).toInteger());
    role.changedAtMs = o.value(QStringLiteral("changedAtMs")).toString().toLongLong();
    if (role.title.isEmpty() || role.version == 0)
        return std::nullopt;
    return role;
}

QVector<RoleChange> roleChanges(const CohortRole &before, const CohortRole &after)
{
    QVector<RoleChange> changes;
    if (before.title != after.title) {
        RoleChange c;
        c.field = RoleChange::Field::Title;
        c.beforeText = before.title;
        c.afterText = after.title;
        changes << c;
    }
    compareLists(RoleChange::Field::DecisionsOwned, before.decisionsOwned, after.decisionsOwned, changes);
    compareLists(RoleChange::Field::DecisionsNotOwned, before.decisionsNotOwned, after.decisionsNotOwned, changes);
    compareLists(RoleChange::Field::SuccessAt90Days, before.successAt90Days, after.successAt90Days, changes);
    if (before.spanOfControl != after.spanOfControl) {
        RoleChange c;
        c.field = RoleChange::Field::SpanOfControl;
        c.before = before.spanOfControl;
        c.after = after.spanOfControl;
        changes << c;
    }
    QStringList dimensions = before.weights.keys();
    for (const QString &id : after.weights.keys())
        if (!dimensions.contains(id))
            dimensions << id;
    dimensions.sort();
    for (const QString &id : std::as_const(dimensions)) {
        const double was = before.weights.value(id), now = after.weights.value(id);
        if (std::abs(was - now) < 1e-9)
            continue;
        RoleChange c;
        c.field = RoleChange::Field::Weight;
        c.dimensionId = id;
        c.before = was;
        c.after = now;
        changes << c;
    }
    return changes;
}

} // namespace groundwork::core::learner
