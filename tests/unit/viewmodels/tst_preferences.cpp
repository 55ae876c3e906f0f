#include "settings/preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using groundwork::core::MemoryPreferences;
using groundwork::core::Preferences;
using groundwork::core::SettingsPreferences;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        MemoryPreferences p;
        QCOMPARE(p.theme(), QStringLiteral("system"));
        QCOMPARE(p.textScale(), 1.0);
        QCOMPARE(p.narrationRate(), 1.0);
        QCOMPARE(p.language(), QStringLiteral("system"));
        QCOMPARE(p.trackId(), QStringLiteral("ready-to-lead"));
        QCOMPARE(p.roleId(), QString());
        QCOMPARE(p.firstRunDone(), false);
        QCOMPARE(p.cohortInviteCode(), QString());
        QCOMPARE(p.lastError(), QString());
    }

    void invalidValuesAreIgnoredOrClamped()
    {
        MemoryPreferences p;
        QSignalSpy themeSpy(&p, &Preferences::themeChanged);
        p.setTheme(QStringLiteral("purple"));
        QCOMPARE(p.theme(), QStringLiteral("system"));
        QCOMPARE(themeSpy.count(), 0);
        p.setLanguage(QStringLiteral("fr"));
        QCOMPARE(p.language(), QStringLiteral("system"));
        p.setTextScale(3.0);
        QCOMPARE(p.textScale(), Preferences::kMaxTextScale);
        p.setTextScale(0.1);
        QCOMPARE(p.textScale(), Preferences::kMinTextScale);
        p.setNarrationRate(9);
        QCOMPARE(p.narrationRate(), Preferences::kMaxNarrationRate);
        p.setNarrationRate(0.2);
        QCOMPARE(p.narrationRate(), Preferences::kMinNarrationRate);
        p.setTrackId(QStringLiteral("  "));
        QCOMPARE(p.trackId(), QStringLiteral("ready-to-lead"));
        p.setCohortInviteCode(QStringLiteral("  ab12 cd "));
        QCOMPARE(p.cohortInviteCode(), QStringLiteral("AB12CD"));
    }

    void signalsOnlyOnRealChanges()
    {
        MemoryPreferences p;
        QSignalSpy theme(&p, &Preferences::themeChanged);
        QSignalSpy scale(&p, &Preferences::textScaleChanged);
        QSignalSpy firstRun(&p, &Preferences::firstRunDoneChanged);
        p.setTheme(QStringLiteral("dark"));
        p.setTheme(QStringLiteral("dark"));
        QCOMPARE(theme.count(), 1);
        p.setTextScale(1.2);
        p.setTextScale(1.2);
        QCOMPARE(scale.count(), 1);
        p.setFirstRunDone(true);
        p.setFirstRunDone(true);
        QCOMPARE(firstRun.count(), 1);
    }

    void everyWriteIsOnDiskAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/settings.ini"));
        SettingsPreferences p(path);
        p.setTheme(QStringLiteral("light"));
        p.setTextScale(1.25);
        p.setNarrationRate(1.5);
        p.setLanguage(QStringLiteral("de"));
        p.setTrackId(QStringLiteral("back-to-ic"));
        p.setRoleId(QStringLiteral("em"));
        p.setFirstRunDone(true);
        p.setCohortInviteCode(QStringLiteral("team-7"));
        QCOMPARE(p.lastError(), QString());

        // A second reader while the first object is still alive (as after a kill: no
        // destructor ran) sees every value.
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("light"));

        SettingsPreferences again(path);
        QCOMPARE(again.theme(), QStringLiteral("light"));
        QCOMPARE(again.textScale(), 1.25);
        QCOMPARE(again.narrationRate(), 1.5);
        QCOMPARE(again.language(), QStringLiteral("de"));
        QCOMPARE(again.trackId(), QStringLiteral("back-to-ic"));
        QCOMPARE(again.roleId(), QStringLiteral("em"));
        QCOMPARE(again.firstRunDone(), true);
        QCOMPARE(again.cohortInviteCode(), QStringLiteral("TEAM-7"));
    }

    void damagedValuesFallBackToDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("appearance/theme"), QStringLiteral("neon"));
            raw.setValue(QStringLiteral("appearance/textScale"), QStringLiteral("huge"));
            raw.setValue(QStringLiteral("narration/rate"), 7);
        }
        SettingsPreferences p(path);
        QCOMPARE(p.theme(), QStringLiteral("system"));
        QCOMPARE(p.textScale(), 1.0);
        QCOMPARE(p.narrationRate(), Preferences::kMaxNarrationRate);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
