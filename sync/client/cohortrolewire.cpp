#include "client/cohortrolewire.h"

#include "groundwork/sync/v1/sync.pb.h"

namespace groundwork::sync {

namespace {

QStringList toList(const google::protobuf::RepeatedPtrField<std::string> &items)
{
    QStringList list;
    for (const std::string &item : items)
        list << QString::fromStdString(item);
    return list;
}

void fromList(const QStringList &items, google::protobuf::RepeatedPtrField<std::string> *out)
{
    for (const QString &item : items)
        *out->Add() = item.toStdString();
}

} // namespace

core::learner::CohortRole cohortRoleFromWire(const v1::CohortRole &role)
{
    core::learner::CohortRole r;
    r.templateId = QString::fromStdString(role.template_id());
    r.title = QString::fromStdString(role.title());
    r.decisionsOwned = toList(role.decisions_owned());
    r.decisionsNotOwned = toList(role.decisions_not_owned());
    r.successAt90Days = toList(role.success_at_90_days());
    r.spanOfControl = int(role.span_of_control());
    for (const v1::DimensionWeight &w : role.weights())
        r.weights.insert(QString::fromStdString(w.dimension_id()), w.weight());
    r.version = role.version();
    r.changedAtMs = role.changed_at_ms();
    return r;
}

void cohortRoleToWire(const core::learner::CohortRole &role, v1::CohortRole *out)
{
    out->set_template_id(role.templateId.toStdString());
    out->set_title(role.title.toStdString());
    fromList(role.decisionsOwned, out->mutable_decisions_owned());
    fromList(role.decisionsNotOwned, out->mutable_decisions_not_owned());
    fromList(role.successAt90Days, out->mutable_success_at_90_days());
    out->set_span_of_control(quint32(std::max(0, role.spanOfControl)));
    for (auto it = role.weights.cbegin(); it != role.weights.cend(); ++it) {
        v1::DimensionWeight *w = out->add_weights();
        w->set_dimension_id(it.key().toStdString());
        w->set_weight(it.value());
    }
    out->set_version(role.version);
    out->set_changed_at_ms(role.changedAtMs);
}

} // namespace groundwork::sync
