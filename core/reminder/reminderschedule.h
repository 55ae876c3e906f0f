#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace groundwork::core::reminder {

// What the learner chose. The reminder is off until they switch it on.
struct ReminderSettings
{
    bool enabled = false;
    QTime at = QTime(18, 0);   // local wall-clock time, wherever the learner is
    QVector<int> restDays;     // Qt::DayOfWeek, 1 (Monday) .. 7 (Sunday)
};

// What the learner has done, as known on `today` (their local date). The facts belong to that
// day and its week: on a later day they no longer hold back a reminder.
struct PracticeState
{
    QDate today;
    bool practisedToday = false; // today's session is done
    bool weeklyGoalMet = false;  // this week's target is already reached
    QDate lastShown;             // the local day of the last reminder shown, if any
};

// A reminder is late by at most this much (a timer that fired late, a machine that woke up);
// later than that it is not shown at all, rather than at a time the learner did not choose.
constexpr int kLatenessSeconds = 10 * 60;

// Whether a reminder may be shown on `day`: switched on, a practice day (never a rest day), not
// shown yet that day, today's session not done, and this week's goal not met yet.
bool remindsOn(const ReminderSettings &settings, const PracticeState &state, QDate day);

// The moment the wall clock in `zone` shows `at` on `day`. When the clocks go forward over it,
// the moment they jump (the first time after the gap); when they go back and show it twice,
// the first of the two.
QDateTime wallTimeOn(QDate day, QTime at, const QTimeZone &zone);

// The next moment a reminder is due at or after `now`, or none (switched off, or every day a
// rest day). Today's time, once passed, is not caught up on.
std::optional<QDateTime> nextReminder(const ReminderSettings &settings, const PracticeState &state,
                                      const QDateTime &now, const QTimeZone &zone);

// Whether to show the reminder at `now` (a timer set for nextReminder() has fired): today is a
// reminder day and its time passed no more than kLatenessSeconds ago.
bool dueNow(const ReminderSettings &settings, const PracticeState &state, const QDateTime &now,
            const QTimeZone &zone);

} // namespace groundwork::core::reminder
