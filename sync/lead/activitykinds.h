#pragma once

#include <QString>

#include <optional>

namespace groundwork::sync::lead {

// The coarse kinds the server keeps of a public-track event once content is end-to-end
// encrypted. Lead figures are built from these and a UTC day, never from a payload.
enum class CoarseKind { LessonStarted, LessonFinished, DrillPractised, QuickCheck, GoalSet };

// The event kinds (as stored today) behind each coarse kind; anything else is not counted.
std::optional<CoarseKind> coarseKindOf(const QString &kind);
// The stored kind text of a coarse kind, for queries.
QString storedKindOf(CoarseKind kind);
// Practice: every coarse kind but setting a goal.
bool isPractice(CoarseKind kind);

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace groundwork::sync::lead
