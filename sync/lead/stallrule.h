#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace groundwork::sync::lead {

// A member's own weekly plan, when the server knows it (see planFor in the server).
struct GoalPlan
{
    int sessionsPerWeek = 0;  // days with practice the member aims for
    QList<int> restDays;      // Qt::DayOfWeek, 1 (Monday) .. 7 (Sunday)
    QList<QDate> restWeeks;   // Mondays of weeks the member declared as rest weeks
};

// What the server knows of a member's practice: UTC days, nothing else.
struct ActivityHistory
{
    QDate joined;             // the UTC day the member joined
    QList<QDate> activeDays;  // days with practice; any order, repeats allowed
};

enum class StallReason { None, MissedOwnGoalTwice, IdleFourteenDays };

struct StallVerdict
{
    StallReason reason = StallReason::None;
    bool restingThisWeek = false; // today's week is a declared rest week
    int idleDays = 0;             // days since the last activity, declared rest weeks not counted
    bool stalled() const { return reason != StallReason::None; }
};

constexpr int kIdleDaysToStall = 14;

QDate weekStart(QDate day); // the Monday of its week

// "Stalled", judged by the member's own plan and never by scores:
//  - no activity for 14 days (days in declared rest weeks do not count), or
//  - with a known plan: the two most recent finished weeks both missed the member's own goal
//    (fewer practice days than min(sessions per week, days that are not rest days)). Weeks
//    before joining, the week of joining and declared rest weeks are never misses.
// Without a plan only the idle rule applies: it needs nothing but activity days. The server
// knows no plan today (knownGoalPlan() in server/leadreports.h), so the idle rule, with no rest
// weeks either, is all a lead ever sees; the lead's screens say exactly that.
StallVerdict judgeStall(const ActivityHistory &history, const std::optional<GoalPlan> &plan, QDate today);

// Finished weeks since joining that met the member's own goal, plus this week once met;
// nullopt without a plan.
std::optional<int> weeksOnOwnGoal(const ActivityHistory &history, const std::optional<GoalPlan> &plan, QDate today);

} // namespace groundwork::sync::lead
