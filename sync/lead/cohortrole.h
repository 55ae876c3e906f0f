#pragma once

#include <QString>
#include <QStringList>

namespace groundwork::sync::v1 {
class CohortRole;
}

namespace groundwork::sync::lead {

// What a lead may write into the role the cohort trains for. The server checks it (the app
// checks it first, to say what is wrong before sending); both read these limits.
struct CohortRoleLimits
{
    static constexpr int kMaxTitle = 120;
    static constexpr int kMaxTemplateId = 80;
    static constexpr int kMaxItems = 12;       // per list (decisions owned, not owned, 90-day success)
    static constexpr int kMaxItemLength = 300;
    static constexpr quint32 kMaxSpanOfControl = 100;
    static constexpr double kMaxWeight = 100;
};

// The dimensions a role may weigh: the content pack's (catalogue/dimensions.yaml). The server
// holds no content pack; tst_lead_rules checks this list against the built pack.
const QStringList &roleDimensions();

// Empty when the role may be stored; otherwise the first problem in plain words.
QString cohortRoleProblem(const v1::CohortRole &role);

} // namespace groundwork::sync::lead
