#include "learner/weeklygoal.h"

#include <algorithm>

namespace groundwork::core::learner {

namespace {

GoalPayload goalAt(const LearnerState &state, qint64 day)
{
    GoalPayload goal; // default: 4 sessions, no rest days
    for (const auto &change : state.goalChanges)
        if (change.day <= day)
            goal = change.goal;
    return goal;
}

int targetOf(const GoalPayload &goal)
{
    const int openDays = 7 - int(goal.restDays.size());
    return std::max(1, std::min(goal.sessionsPerWeek, openDays));
}

} // namespace

WeeklyGoalSummary summarizeWeeklyGoal(const LearnerState &state, QDate today)
{
    WeeklyGoalSummary s;
    const qint64 todayDay = today.toJulianDay();
    const qint64 thisMonday = mondayOf(todayDay);
    s.goal = goalAt(state, todayDay);

    qint64 firstMonday = thisMonday;
    if (!state.practiceDays.isEmpty())
        firstMonday = std::min(thisMonday, mondayOf(state.practiceDays.first()));

    auto day = state.practiceDays.cbegin();
    for (qint64 monday = firstMonday; monday <= thisMonday; monday += 7) {
        WeekProgress w;
        w.weekStart = QDate::fromJulianDay(monday);
        w.current = monday == thisMonday;
        const qint64 end = monday + 7;
        while (day != state.practiceDays.cend() && *day < monday)
            ++day;
        while (day != state.practiceDays.cend() && *day < end) {
            if (*day <= todayDay)
                ++w.sessions;
            ++day;
        }
        w.target = targetOf(goalAt(state, w.current ? todayDay : end - 1));
        w.onTrack = w.sessions >= w.target;
        // The week under way counts once it is met: on a Monday it has not been missed.
        if (!w.current || w.onTrack) {
            ++s.weeksCounted;
            s.weeksOnTrack += w.onTrack ? 1 : 0;
        }
        s.weeks.append(w);
    }
    s.thisWeek = s.weeks.last();
    return s;
}

} // namespace groundwork::core::learner
