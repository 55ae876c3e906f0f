#include "lead/stallrule.h"

#include <QSet>

#include <algorithm>

namespace groundwork::sync::lead {

namespace {

bool isRestWeek(const std::optional<GoalPlan> &plan, QDate monday)
{
    if (!plan)
        return false;
    // A plan in which every day is a rest day makes every week a rest week.
    return plan->restWeeks.contains(monday) || plan->restDays.size() >= 7;
}

int plannedDays(const GoalPlan &plan)
{
    QSet<int> rest(plan.restDays.cbegin(), plan.restDays.cend());
    int planned = 0;
    for (int day = 1; day <= 7; ++day)
        planned += rest.contains(day) ? 0 : 1;
    return planned;
}

int weeklyTarget(const GoalPlan &plan)
{
    return std::min(std::max(plan.sessionsPerWeek, 0), plannedDays(plan));
}

int practiceDaysIn(const QSet<QDate> &days, QDate monday)
{
    int count = 0;
    for (int i = 0; i < 7; ++i)
        count += days.contains(monday.addDays(i)) ? 1 : 0;
    return count;
}

// A week is judged against the goal only when the member belonged to it from its Monday.
bool missedGoal(const QSet<QDate> &days, const GoalPlan &plan, const std::optional<GoalPlan> &known,
                QDate monday, QDate joined)
{
    if (monday < joined || isRestWeek(known, monday))
        return false;
    return practiceDaysIn(days, monday) < weeklyTarget(plan);
}

int idleDays(const ActivityHistory &history, const std::optional<GoalPlan> &plan, QDate today)
{
    QDate last = history.joined.addDays(-1); // joining starts the count, as if active the day before
    for (const QDate &d : history.activeDays)
        if (d <= today && d > last)
            last = d;
    int idle = 0;
    for (QDate d = last.addDays(1); d <= today; d = d.addDays(1))
        idle += isRestWeek(plan, weekStart(d)) ? 0 : 1;
    return idle;
}

} // namespace

QDate weekStart(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

StallVerdict judgeStall(const ActivityHistory &history, const std::optional<GoalPlan> &plan, QDate today)
{
    StallVerdict verdict;
    verdict.restingThisWeek = isRestWeek(plan, weekStart(today));
    verdict.idleDays = idleDays(history, plan, today);
    if (verdict.idleDays >= kIdleDaysToStall) {
        verdict.reason = StallReason::IdleFourteenDays;
        return verdict;
    }
    if (!plan)
        return verdict;
    const QSet<QDate> days(history.activeDays.cbegin(), history.activeDays.cend());
    const QDate lastWeek = weekStart(today).addDays(-7);
    if (missedGoal(days, *plan, plan, lastWeek, history.joined)
        && missedGoal(days, *plan, plan, lastWeek.addDays(-7), history.joined))
        verdict.reason = StallReason::MissedOwnGoalTwice;
    return verdict;
}

std::optional<int> weeksOnOwnGoal(const ActivityHistory &history, const std::optional<GoalPlan> &plan, QDate today)
{
    if (!plan)
        return std::nullopt;
    const QSet<QDate> days(history.activeDays.cbegin(), history.activeDays.cend());
    const int target = weeklyTarget(*plan);
    int weeks = 0;
    const QDate thisWeek = weekStart(today);
    for (QDate monday = weekStart(history.joined); monday <= thisWeek; monday = monday.addDays(7)) {
        const bool met = target > 0 && practiceDaysIn(days, monday) >= target;
        weeks += met ? 1 : 0;
    }
    return weeks;
}

} // namespace groundwork::sync::lead
