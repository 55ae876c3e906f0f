// The reminder's choice in Preferences: off and 18:00 until the learner says otherwise, only
// "HH:mm" times are taken, a change is announced once, and the last shown day is kept.

#include "settings/preferences.h"

#include <QSignalSpy>
#include <QtTest>

using groundwork::core::MemoryPreferences;
using groundwork::core::Preferences;

class TestReminderPreferences : public QObject
{
    Q_OBJECT

private slots:
    void offAt18ByDefault()
    {
        MemoryPreferences preferences;
        QVERIFY(!preferences.reminderEnabled());
        QCOMPARE(preferences.reminderTime(), QStringLiteral("18:00"));
        QVERIFY(!preferences.reminderLastShown().isValid());
    }

    void changesAreAnnouncedOnce()
    {
        MemoryPreferences preferences;
        QSignalSpy changed(&preferences, &Preferences::reminderChanged);
        preferences.setReminderEnabled(true);
        preferences.setReminderEnabled(true);
        preferences.setReminderTime(QStringLiteral("07:30"));
        preferences.setReminderTime(QStringLiteral("07:30"));
        QCOMPARE(changed.size(), 2);
        QVERIFY(preferences.reminderEnabled());
        QCOMPARE(preferences.reminderTime(), QStringLiteral("07:30"));
    }

    void onlyWallClockTimesAreTaken()
    {
        MemoryPreferences preferences;
        for (const char *bad : {"7:30", "24:00", "18:60", "six", "", "18:00:00"})
            preferences.setReminderTime(QString::fromLatin1(bad));
        QCOMPARE(preferences.reminderTime(), QStringLiteral("18:00"));
    }

    void theLastShownDayIsKept()
    {
        MemoryPreferences preferences;
        preferences.setReminderLastShown(QDate(2026, 12, 6));
        QCOMPARE(preferences.reminderLastShown(), QDate(2026, 12, 6));
    }
};

QTEST_GUILESS_MAIN(TestReminderPreferences)
#include "tst_reminderpreferences.moc"
