#include "lead/activitykinds.h"

namespace groundwork::sync::lead {

std::optional<CoarseKind> coarseKindOf(const QString &kind)
{
    for (CoarseKind k : {CoarseKind::LessonStarted, CoarseKind::LessonFinished, CoarseKind::DrillPractised,
                         CoarseKind::QuickCheck, CoarseKind::GoalSet}) {
        if (storedKindOf(k) == kind)
            return k;
    }
    return std::nullopt;
}

QString storedKindOf(CoarseKind kind)
{
    switch (kind) {
    case CoarseKind::LessonStarted: return QStringLiteral("lesson.started");
    case CoarseKind::LessonFinished: return QStringLiteral("lesson.finished");
    case CoarseKind::DrillPractised: return QStringLiteral("drill.decision");
    case CoarseKind::QuickCheck: return QStringLiteral("quickcheck.answered");
    case CoarseKind::GoalSet: return QStringLiteral("goal.changed");
    }
    return {};
}

bool isPractice(CoarseKind kind)
{
    return kind != CoarseKind::GoalSet;
}

} // namespace groundwork::sync::lead
