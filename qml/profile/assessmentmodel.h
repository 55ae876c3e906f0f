#pragma once

#include "learner/assessment.h"
#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace groundwork::profile {

struct AssessmentRow
{
    core::learner::AssessmentResult result;
    QString formName; // "A" or "B"
    QString dateText; // when it was completed, in the learner's locale
    QString summary;  // the overall figure and its interval in words

    bool sameItem(const AssessmentRow &other) const { return result.form == other.result.form; }
};

// One row per completed sitting of the readiness assessment, in the order taken.
//
// Roles (names as QML sees them):
//   form       string  "A" or "B"
//   dateText   string  the day it was completed
//   overall    real    role-weighted result, 0..1
//   low, high  real    its 90% interval, 0..1
//   decisions  int     scored answers behind it
//   summary    string  the result in words ("About 58 out of 100, likely between 49 and 67")
class AssessmentModel : public ui::RowListModel<AssessmentRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of ProfileViewModel")

public:
    explicit AssessmentModel(QObject *parent = nullptr);
};

} // namespace groundwork::profile
