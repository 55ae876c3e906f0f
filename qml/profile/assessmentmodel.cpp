#include "assessmentmodel.h"

namespace groundwork::profile {

AssessmentModel::AssessmentModel(QObject *parent)
    : RowListModel(
          {{"form", [](const AssessmentRow &r) -> QVariant { return r.formName; }},
           {"dateText", [](const AssessmentRow &r) -> QVariant { return r.dateText; }},
           {"overall", [](const AssessmentRow &r) -> QVariant { return r.result.profile.overall; }},
           {"low", [](const AssessmentRow &r) -> QVariant { return r.result.profile.overallLow; }},
           {"high", [](const AssessmentRow &r) -> QVariant { return r.result.profile.overallHigh; }},
           {"decisions", [](const AssessmentRow &r) -> QVariant { return r.result.decisions; }},
           {"summary", [](const AssessmentRow &r) -> QVariant { return r.summary; }}},
          "summary", parent)
{
}

} // namespace groundwork::profile
