#include "lead/cohortrole.h"

#include "groundwork/sync/v1/sync.pb.h"

#include <QSet>

#include <cmath>

namespace groundwork::sync::lead {

namespace {

using Limits = CohortRoleLimits;

QString listProblem(const google::protobuf::RepeatedPtrField<std::string> &items, const QString &what)
{
    if (items.size() > Limits::kMaxItems)
        return QStringLiteral("%1: at most %2 items.").arg(what).arg(Limits::kMaxItems);
    for (const std::string &item : items) {
        const QString text = QString::fromStdString(item);
        if (text.trimmed().isEmpty())
            return QStringLiteral("%1: an item is empty.").arg(what);
        if (text.size() > Limits::kMaxItemLength)
            return QStringLiteral("%1: an item is longer than %2 characters.").arg(what).arg(Limits::kMaxItemLength);
    }
    return {};
}

QString weightsProblem(const v1::CohortRole &role)
{
    QSet<QString> seen;
    double total = 0;
    for (const v1::DimensionWeight &w : role.weights()) {
        const QString id = QString::fromStdString(w.dimension_id());
        if (!roleDimensions().contains(id))
            return QStringLiteral("Weights: \"%1\" is not a known dimension.").arg(id.left(40));
        if (seen.contains(id))
            return QStringLiteral("Weights: \"%1\" is given twice.").arg(id);
        seen.insert(id);
        if (!std::isfinite(w.weight()))
            return QStringLiteral("Weights: the weight of \"%1\" is not a number.").arg(id);
        if (w.weight() < 0)
            return QStringLiteral("Weights: the weight of \"%1\" is negative.").arg(id);
        if (w.weight() > Limits::kMaxWeight)
            return QStringLiteral("Weights: the weight of \"%1\" is above %2.").arg(id).arg(Limits::kMaxWeight);
        total += w.weight();
    }
    if (!(total > 0))
        return QStringLiteral("Weights: at least one dimension needs a weight above 0.");
    return {};
}

} // namespace

const QStringList &roleDimensions()
{
    static const QStringList ids{QStringLiteral("building-capability"),   QStringLiteral("candour-with-care"),
                                 QStringLiteral("calibrated-standards"),  QStringLiteral("delegation-and-trust"),
                                 QStringLiteral("role-based-assessment"), QStringLiteral("outcome-focus"),
                                 QStringLiteral("influence-without-authority")};
    return ids;
}

QString cohortRoleProblem(const v1::CohortRole &role)
{
    const QString title = QString::fromStdString(role.title());
    if (title.trimmed().isEmpty())
        return QStringLiteral("The role needs a title.");
    if (title.size() > Limits::kMaxTitle)
        return QStringLiteral("The title is longer than %1 characters.").arg(Limits::kMaxTitle);
    const QString templateId = QString::fromStdString(role.template_id());
    if (templateId.size() > Limits::kMaxTemplateId)
        return QStringLiteral("The template id is longer than %1 characters.").arg(Limits::kMaxTemplateId);
    for (const QChar c : templateId)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return QStringLiteral("The template id holds a character that is not printable ASCII.");
    if (role.span_of_control() > Limits::kMaxSpanOfControl)
        return QStringLiteral("The span of control is above %1 direct reports.").arg(Limits::kMaxSpanOfControl);
    for (const auto &[items, what] : {std::pair{&role.decisions_owned(), QStringLiteral("Decisions owned")},
                                      std::pair{&role.decisions_not_owned(), QStringLiteral("Decisions not owned")},
                                      std::pair{&role.success_at_90_days(), QStringLiteral("Success at 90 days")}})
        if (QString problem = listProblem(*items, what); !problem.isEmpty())
            return problem;
    return weightsProblem(role);
}

} // namespace groundwork::sync::lead
