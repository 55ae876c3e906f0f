#include "reminder/reminderschedule.h"

namespace groundwork::core::reminder {

namespace {

QDate weekStart(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// Two weeks reach the next practice day whatever the rest days (unless every day is one).
constexpr int kDaysAhead = 15;

} // namespace

bool remindsOn(const ReminderSettings &settings, const PracticeState &state, QDate day)
{
    if (!settings.enabled || !settings.at.isValid() || settings.restDays.contains(day.dayOfWeek()))
        return false;
    if (day == state.lastShown || day < state.today)
        return false;
    if (day == state.today && state.practisedToday)
        return false;
    // A met goal is not a reason to ask for more: the rest of that week stays quiet.
    return !(state.weeklyGoalMet && weekStart(day) == weekStart(state.today));
}

QDateTime wallTimeOn(QDate day, QTime at, const QTimeZone &zone)
{
    // The UTC offsets in force on that day: one, or two on the day the clocks change.
    const int offsets[] = {zone.offsetFromUtc(day.startOfDay(zone)),
                           zone.offsetFromUtc(day.endOfDay(zone))};
    const QDateTime wall(day, at, Qt::UTC);
    std::optional<QDateTime> first;
    for (const int offset : offsets) {
        // The instant the wall clock would show `at` under this offset, if the offset really
        // is in force then.
        const QDateTime candidate = wall.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!first || candidate < *first))
            first = candidate;
    }
    if (first)
        return *first;
    // In the gap: the clocks jump between the two candidates.
    const int later = qMax(offsets[0], offsets[1]);
    return zone.nextTransition(wall.addSecs(-later)).atUtc.toUTC();
}

std::optional<QDateTime> nextReminder(const ReminderSettings &settings, const PracticeState &state,
                                      const QDateTime &now, const QTimeZone &zone)
{
    const QDate localToday = now.toTimeZone(zone).date();
    for (int ahead = 0; ahead < kDaysAhead; ++ahead) {
        const QDate day = localToday.addDays(ahead);
        if (!remindsOn(settings, state, day))
            continue;
        const QDateTime due = wallTimeOn(day, settings.at, zone);
        if (due >= now)
            return due;
    }
    return std::nullopt;
}

bool dueNow(const ReminderSettings &settings, const PracticeState &state, const QDateTime &now,
            const QTimeZone &zone)
{
    const QDate localToday = now.toTimeZone(zone).date();
    if (!remindsOn(settings, state, localToday))
        return false;
    const qint64 late = wallTimeOn(localToday, settings.at, zone).secsTo(now);
    return late >= 0 && late <= kLatenessSeconds;
}

} // namespace groundwork::core::reminder
