#pragma once

#include "learner/derivation.h"

#include <QDate>
#include <QVector>

namespace groundwork::core::learner {

// One week (Monday to Sunday) measured against the weekly goal in effect at its end.
struct WeekProgress
{
    QDate weekStart;
    int sessions = 0;   // days with practice (a day counts once, rest days included)
    int target = 0;     // min(sessions per week, days that are not rest days)
    bool onTrack = false;
    bool current = false; // the week of `today`, still in progress
};

// Gentle habit tracking: how many weeks met the goal. There is deliberately no daily streak
// and nothing is "lost": a missed week simply does not count, and rest days are never misses.
struct WeeklyGoalSummary
{
    static constexpr int kDefaultSessionsPerWeek = 4;

    GoalPayload goal;            // in effect today
    WeekProgress thisWeek;
    int weeksOnTrack = 0;        // finished weeks that met their goal, plus this week if met
    int weeksCounted = 0;        // finished weeks since the first practice, plus this week if met
    QVector<WeekProgress> weeks; // from the first practice week to this week
};

WeeklyGoalSummary summarizeWeeklyGoal(const LearnerState &state, QDate today);

} // namespace groundwork::core::learner
