#include "settings/preferences.h"

#include <QFile>
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
        QCOMPARE(p.theme(), Preferences::Theme::System);
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
        p.setTheme(static_cast<Preferences::Theme>(7)); // as QML could write a bad number
        QCOMPARE(p.theme(), Preferences::Theme::System);
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
        p.setTheme(Preferences::Theme::Dark);
        p.setTheme(Preferences::Theme::Dark);
        QCOMPARE(theme.count(), 1);
        QCOMPARE(p.theme(), Preferences::Theme::Dark);
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
        p.setTheme(Preferences::Theme::Light);
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
        QCOMPARE(again.theme(), Preferences::Theme::Light);
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
        QCOMPARE(p.theme(), Preferences::Theme::System);
        QCOMPARE(p.textScale(), 1.0);
        QCOMPARE(p.narrationRate(), Preferences::kMaxNarrationRate);
    }

    // settings.ini files written before the theme was an enum hold its word; they read the same.
    void storedThemeWords_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Preferences::Theme>("expected");
        QTest::newRow("system") << QByteArray("theme=system\n") << Preferences::Theme::System;
        QTest::newRow("light") << QByteArray("theme=light\n") << Preferences::Theme::Light;
        QTest::newRow("dark") << QByteArray("theme=dark\n") << Preferences::Theme::Dark;
        QTest::newRow("unknown word") << QByteArray("theme=neon\n") << Preferences::Theme::System;
        QTest::newRow("other case") << QByteArray("theme=Dark\n") << Preferences::Theme::System;
        QTest::newRow("empty") << QByteArray("theme=\n") << Preferences::Theme::System;
        QTest::newRow("a number") << QByteArray("theme=2\n") << Preferences::Theme::System;
        QTest::newRow("none stored") << QByteArray() << Preferences::Theme::System;
    }

    void storedThemeWords()
    {
        QFETCH(QByteArray, line);
        QFETCH(Preferences::Theme, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        // An old file, written by hand as the earlier versions wrote it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        file.write("[appearance]\ntextScale=1.1\n" + line);
        file.close();

        SettingsPreferences p(path);
        QCOMPARE(p.theme(), expected);
        QCOMPARE(p.textScale(), 1.1);
    }

    // The theme goes to disk as its word, never as the enum's number.
    void themeIsStoredAsItsWord_data()
    {
        QTest::addColumn<Preferences::Theme>("theme");
        QTest::addColumn<QString>("word");
        QTest::newRow("light") << Preferences::Theme::Light << QStringLiteral("light");
        QTest::newRow("dark") << Preferences::Theme::Dark << QStringLiteral("dark");
        QTest::newRow("system") << Preferences::Theme::System << QStringLiteral("system");
    }

    void themeIsStoredAsItsWord()
    {
        QFETCH(Preferences::Theme, theme);
        QFETCH(QString, word);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            SettingsPreferences p(path);
            // From another theme first, so that System is written too.
            p.setTheme(theme == Preferences::Theme::Dark ? Preferences::Theme::Light
                                                         : Preferences::Theme::Dark);
            p.setTheme(theme);
            QCOMPARE(p.theme(), theme);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("theme=" + word.toUtf8() + "\n"), text.constData());
        QCOMPARE(SettingsPreferences(path).theme(), theme);
    }

    void themeWords()
    {
        for (const auto theme : {Preferences::Theme::System, Preferences::Theme::Light,
                                 Preferences::Theme::Dark})
            QCOMPARE(Preferences::themeFromName(Preferences::themeName(theme)).value_or(
                         static_cast<Preferences::Theme>(-1)),
                     theme);
        QVERIFY(!Preferences::themeFromName(u"purple"));
        QVERIFY(!Preferences::themeFromName(u""));
        QCOMPARE(Preferences::themeName(static_cast<Preferences::Theme>(7)), QString());
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
