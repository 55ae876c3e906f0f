#include "leadrole.h"

#include "content/contentpack.h"
#include "lead/cohortrole.h"

#include <cmath>

namespace groundwork::lead {

namespace v1 = sync::v1;
using core::toQString;

namespace {

template <class Items>
QString joinLines(const Items &items)
{
    QStringList lines;
    for (const auto &item : items)
        lines << QString::fromStdString(item);
    return lines.join(u'\n');
}

// One item a line; blank lines and surrounding spaces do not count.
void splitLines(const QString &text, google::protobuf::RepeatedPtrField<std::string> *out)
{
    for (const QString &line : text.split(u'\n')) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            *out->Add() = item.toStdString();
    }
}

} // namespace

// RoleWeightsModel ---------------------------------------------------------------------------

int RoleWeightsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoleWeightsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case DimensionIdRole:
        return r.id;
    case NameRole:
        return r.name;
    case WeightRole:
        return r.weight;
    }
    return {};
}

QHash<int, QByteArray> RoleWeightsModel::roleNames() const
{
    return {{DimensionIdRole, "dimensionId"}, {NameRole, "name"}, {WeightRole, "weight"}};
}

void RoleWeightsModel::setRows(QList<Row> rows)
{
    if (rows.size() == m_rows.size()) { // same dimensions: keep the delegates (and focus)
        m_rows = std::move(rows);
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

bool RoleWeightsModel::setWeight(int row, double weight)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].weight == weight)
        return false;
    m_rows[row].weight = weight;
    emit dataChanged(index(row), index(row), {WeightRole});
    return true;
}

// LeadRole -----------------------------------------------------------------------------------

LeadRole::LeadRole(std::shared_ptr<const core::ContentPack> pack, QObject *parent)
    : QObject(parent), m_pack(std::move(pack))
{
    setFromServer(nullptr);
}

QVariantList LeadRole::templates() const
{
    QVariantList list;
    if (!m_pack)
        return list;
    for (const auto &role : m_pack->data().roles())
        list << QVariantMap{{QStringLiteral("templateId"), toQString(role.id())},
                            {QStringLiteral("title"), toQString(role.title())}};
    return list;
}

void LeadRole::markEdited()
{
    m_dirty = true;
    emit edited();
}

void LeadRole::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    markEdited();
}

void LeadRole::setDecisionsOwned(const QString &text)
{
    if (text == m_decisionsOwned)
        return;
    m_decisionsOwned = text;
    markEdited();
}

void LeadRole::setDecisionsNotOwned(const QString &text)
{
    if (text == m_decisionsNotOwned)
        return;
    m_decisionsNotOwned = text;
    markEdited();
}

void LeadRole::setSuccessAt90Days(const QString &text)
{
    if (text == m_successAt90Days)
        return;
    m_successAt90Days = text;
    markEdited();
}

void LeadRole::setSpanOfControl(int span)
{
    if (span == m_spanOfControl)
        return;
    m_spanOfControl = span;
    markEdited();
}

void LeadRole::setWeight(int row, double weight)
{
    if (m_weights.setWeight(row, weight))
        markEdited();
}

QString LeadRole::problem() const
{
    const QString english = sync::lead::cohortRoleProblem(toWire());
    if (english.isEmpty())
        return {};
    // The server's words are English; the common cases are said in the app's language.
    double total = 0;
    for (const auto &row : m_weights.rows())
        total += row.weight;
    if (m_title.trimmed().isEmpty())
        return tr("Give the role a title.");
    if (!(total > 0))
        return tr("Give at least one dimension a weight above 0.");
    if (const QString said = rarerProblem(); !said.isEmpty())
        return said;
    return english;
}

// The limits a lead can reach by typing (sync/lead/cohortrole.h), said in the app's language.
QString LeadRole::rarerProblem() const
{
    using Limits = sync::lead::CohortRoleLimits;
    const v1::CohortRole role = toWire();
    if (m_title.trimmed().size() > Limits::kMaxTitle)
        return tr("Shorten the title to at most %1 characters.").arg(Limits::kMaxTitle);
    const std::pair<const google::protobuf::RepeatedPtrField<std::string> *, QString> lists[] = {
        {&role.decisions_owned(), tr("Decisions this manager owns")},
        {&role.decisions_not_owned(), tr("Decisions this manager does not own")},
        {&role.success_at_90_days(), tr("Success at 90 days")}};
    for (const auto &[items, what] : lists) {
        if (items->size() > Limits::kMaxItems)
            return tr("%1: at most %2 lines, one item each.").arg(what).arg(Limits::kMaxItems);
        for (const std::string &item : *items)
            if (QString::fromStdString(item).size() > Limits::kMaxItemLength)
                return tr("%1: a line is longer than %2 characters.").arg(what).arg(Limits::kMaxItemLength);
    }
    if (role.span_of_control() > Limits::kMaxSpanOfControl)
        return tr("The span of control is at most %1 direct reports.").arg(Limits::kMaxSpanOfControl);
    for (const auto &row : m_weights.rows())
        if (row.weight > Limits::kMaxWeight)
            return tr("The weight of %1 is at most %2.").arg(row.name).arg(Limits::kMaxWeight);
    return {};
}

void LeadRole::useTemplate(const QString &templateId)
{
    const core::pb::RoleTemplate *role = m_pack ? m_pack->role(templateId) : nullptr;
    if (!role)
        return;
    m_templateId = templateId;
    m_title = toQString(role->title());
    m_decisionsOwned = joinLines(role->decisions_owned());
    m_decisionsNotOwned = joinLines(role->decisions_not_owned());
    m_successAt90Days = joinLines(role->success_at_90_days());
    m_spanOfControl = int(role->span_of_control());
    QList<RoleWeightsModel::Row> rows;
    for (const auto &dim : m_pack->data().dimensions()) {
        const auto it = role->weights().find(dim.id());
        rows << RoleWeightsModel::Row{toQString(dim.id()), toQString(dim.name()),
                                      it == role->weights().end() ? 0.0 : it->second};
    }
    m_weights.setRows(std::move(rows));
    markEdited();
}

v1::CohortRole LeadRole::toWire() const
{
    v1::CohortRole role;
    role.set_template_id(m_templateId.toStdString());
    role.set_title(m_title.trimmed().toStdString());
    splitLines(m_decisionsOwned, role.mutable_decisions_owned());
    splitLines(m_decisionsNotOwned, role.mutable_decisions_not_owned());
    splitLines(m_successAt90Days, role.mutable_success_at_90_days());
    role.set_span_of_control(quint32(std::max(0, m_spanOfControl)));
    for (const auto &row : m_weights.rows()) {
        if (row.weight == 0)
            continue; // not weighed: left out, as in the pack
        v1::DimensionWeight *w = role.add_weights();
        w->set_dimension_id(row.id.toStdString());
        w->set_weight(row.weight);
    }
    return role;
}

void LeadRole::setFromServer(const v1::CohortRole *role)
{
    if (!role) {
        m_version = 0;
        m_changedAt = {};
        const auto list = templates();
        if (!list.isEmpty())
            useTemplate(list.first().toMap().value(QStringLiteral("templateId")).toString());
        m_dirty = false;
        emit edited();
        emit saved();
        return;
    }
    m_templateId = QString::fromStdString(role->template_id());
    m_title = QString::fromStdString(role->title());
    m_decisionsOwned = joinLines(role->decisions_owned());
    m_decisionsNotOwned = joinLines(role->decisions_not_owned());
    m_successAt90Days = joinLines(role->success_at_90_days());
    m_spanOfControl = int(role->span_of_control());
    QList<RoleWeightsModel::Row> rows;
    if (m_pack) {
        for (const auto &dim : m_pack->data().dimensions()) {
            double weight = 0;
            for (const v1::DimensionWeight &w : role->weights())
                if (w.dimension_id() == dim.id())
                    weight = w.weight();
            rows << RoleWeightsModel::Row{toQString(dim.id()), toQString(dim.name()), weight};
        }
    }
    m_weights.setRows(std::move(rows));
    m_version = role->version();
    m_changedAt = QDateTime::fromMSecsSinceEpoch(role->changed_at_ms(), Qt::UTC);
    m_dirty = false;
    emit edited();
    emit saved();
}

} // namespace groundwork::lead
