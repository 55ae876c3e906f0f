// When the gentle reminder is due: practice days only, once a day, never after today's session
// or a met weekly goal, at the learner's wall-clock time across time zones and clock changes.
// Expected instants are written out in UTC, worked out by hand from the zones' offsets.

#include "reminder/reminderschedule.h"

#include <QtTest>

using namespace groundwork::core::reminder;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kNewYork("America/New_York");

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

ReminderSettings on(QTime at = QTime(18, 0), QVector<int> restDays = {})
{
    ReminderSettings settings;
    settings.enabled = true;
    settings.at = at;
    settings.restDays = std::move(restDays);
    return settings;
}

PracticeState day(QDate today)
{
    PracticeState state;
    state.today = today;
    return state;
}

} // namespace

class TestReminderSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(kBerlin.isValid() && kNewYork.isValid(), "the system time zone database (tzdata)");
    }

    void offByDefault()
    {
        const ReminderSettings settings;
        QVERIFY(!settings.enabled);
        QVERIFY(!nextReminder(settings, day(QDate(2026, 1, 13)), utc(2026, 1, 13, 8), kBerlin));
        QVERIFY(!remindsOn(settings, day(QDate(2026, 1, 13)), QDate(2026, 1, 13)));
    }

    void todayAtTheChosenTime()
    {
        // Tuesday 13 January 2026, 09:00 in Berlin (UTC+1): today at 18:00 is 17:00 UTC.
        const auto next = nextReminder(on(), day(QDate(2026, 1, 13)), utc(2026, 1, 13, 8), kBerlin);
        QVERIFY(next);
        QCOMPARE(*next, utc(2026, 1, 13, 17));
    }

    void neverOnARestDay()
    {
        // Tuesday is a rest day: the next reminder is Wednesday's.
        const auto next = nextReminder(on(QTime(18, 0), {Qt::Tuesday}), day(QDate(2026, 1, 13)),
                                       utc(2026, 1, 13, 8), kBerlin);
        QVERIFY(next);
        QCOMPARE(*next, utc(2026, 1, 14, 17));
        QVERIFY(!remindsOn(on(QTime(18, 0), {Qt::Tuesday}), day(QDate(2026, 1, 13)), QDate(2026, 1, 20)));
    }

    void everyDayARestDayMeansNoReminder()
    {
        QVERIFY(!nextReminder(on(QTime(18, 0), {1, 2, 3, 4, 5, 6, 7}), day(QDate(2026, 1, 13)),
                              utc(2026, 1, 13, 8), kBerlin));
    }

    void neverAfterTodaysSessionIsDone()
    {
        PracticeState state = day(QDate(2026, 1, 13));
        state.practisedToday = true;
        const auto next = nextReminder(on(), state, utc(2026, 1, 13, 8), kBerlin);
        QVERIFY(next);
        QCOMPARE(*next, utc(2026, 1, 14, 17)); // tomorrow is a new day
        QVERIFY(!dueNow(on(), state, utc(2026, 1, 13, 17), kBerlin));
    }

    void onceADay()
    {
        PracticeState state = day(QDate(2026, 1, 13));
        state.lastShown = QDate(2026, 1, 13);
        QCOMPARE(*nextReminder(on(), state, utc(2026, 1, 13, 8), kBerlin), utc(2026, 1, 14, 17));
    }

    void aPassedTimeIsNotCaughtUpOn()
    {
        // 20:00 in Berlin, the 18:00 reminder was missed (the app was not running): tomorrow.
        QCOMPARE(*nextReminder(on(), day(QDate(2026, 1, 13)), utc(2026, 1, 13, 19), kBerlin),
                 utc(2026, 1, 14, 17));
        QVERIFY(!dueNow(on(), day(QDate(2026, 1, 13)), utc(2026, 1, 13, 19), kBerlin));
    }

    void aMetGoalQuietsTheRestOfTheWeek()
    {
        // Thursday 15 January with the week's goal met: next is Monday 19 January.
        PracticeState state = day(QDate(2026, 1, 15));
        state.weeklyGoalMet = true;
        QCOMPARE(*nextReminder(on(), state, utc(2026, 1, 15, 8), kBerlin), utc(2026, 1, 19, 17));
    }

    void dueNowAllowsALittleLateness()
    {
        const PracticeState state = day(QDate(2026, 1, 13));
        QVERIFY(!dueNow(on(), state, utc(2026, 1, 13, 16, 59), kBerlin)); // early
        QVERIFY(dueNow(on(), state, utc(2026, 1, 13, 17, 0), kBerlin));
        QVERIFY(dueNow(on(), state, utc(2026, 1, 13, 17, 10), kBerlin));
        QVERIFY(!dueNow(on(), state, utc(2026, 1, 13, 17, 11), kBerlin)); // too late
    }

    void theWallClockTimeFollowsTheLearnersZone()
    {
        // 20:00 UTC on Tuesday 13 January: 21:00 in Berlin (today's 18:00 has passed), 15:00 in
        // New York (UTC-5; today's 18:00 is 23:00 UTC). After a flight, New York's clock counts.
        const PracticeState state = day(QDate(2026, 1, 13));
        QCOMPARE(*nextReminder(on(), state, utc(2026, 1, 13, 20), kBerlin), utc(2026, 1, 14, 17));
        QCOMPARE(*nextReminder(on(), state, utc(2026, 1, 13, 20), kNewYork), utc(2026, 1, 13, 23));
    }

    void theWallClockTimeStaysAcrossDaylightSaving()
    {
        // Berlin moves from UTC+1 to UTC+2 on Sunday 29 March 2026 at 01:00 UTC.
        QCOMPARE(wallTimeOn(QDate(2026, 3, 28), QTime(18, 0), kBerlin), utc(2026, 3, 28, 17));
        QCOMPARE(wallTimeOn(QDate(2026, 3, 29), QTime(18, 0), kBerlin), utc(2026, 3, 29, 16));
        QCOMPARE(*nextReminder(on(), day(QDate(2026, 3, 28)), utc(2026, 3, 28, 18), kBerlin),
                 utc(2026, 3, 29, 16));
    }

    void aTimeTheClocksSkipIsShownWhenTheyJump()
    {
        // 02:30 does not exist in Berlin on 29 March 2026: the clocks go from 02:00 to 03:00.
        const QDateTime due = wallTimeOn(QDate(2026, 3, 29), QTime(2, 30), kBerlin);
        QCOMPARE(due, utc(2026, 3, 29, 1));
        QCOMPARE(due.toTimeZone(kBerlin).time(), QTime(3, 0));
    }

    void aTimeTheClocksShowTwiceIsShownOnce()
    {
        // 02:30 happens twice in Berlin on 25 October 2026 (00:30 and 01:30 UTC): the first.
        QCOMPARE(wallTimeOn(QDate(2026, 10, 25), QTime(2, 30), kBerlin), utc(2026, 10, 25, 0, 30));
        PracticeState state = day(QDate(2026, 10, 25));
        QVERIFY(dueNow(on(QTime(2, 30)), state, utc(2026, 10, 25, 0, 31), kBerlin));
        state.lastShown = QDate(2026, 10, 25); // shown at the first 02:30
        QVERIFY(!dueNow(on(QTime(2, 30)), state, utc(2026, 10, 25, 1, 31), kBerlin));
    }
};

QTEST_GUILESS_MAIN(TestReminderSchedule)
#include "tst_reminderschedule.moc"
