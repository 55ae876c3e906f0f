#include "appoptions.h"

#include <QCommandLineParser>
#include <QTest>

using groundwork::app::AppOptions;
using groundwork::core::Preferences;

class TestAppOptions : public QObject
{
    Q_OBJECT

    // Parses `args` (without the program name) as the app does; returns whether they were taken.
    static bool read(const QStringList &args, AppOptions *options, QString *problem)
    {
        QCommandLineParser parser;
        groundwork::app::describeOptions(parser);
        if (!parser.parse(QStringList{QStringLiteral("groundwork")} + args)) {
            *problem = parser.errorText();
            return false;
        }
        return groundwork::app::readOptions(parser, options, problem);
    }

private slots:
    void themeDefaultsToSystem()
    {
        AppOptions options;
        QString problem;
        options.colorScheme = Preferences::Theme::Dark; // overwritten by the default
        QVERIFY(read({}, &options, &problem));
        QCOMPARE(options.colorScheme, Preferences::Theme::System);
        QCOMPARE(problem, QString());
    }

    void themeWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<Preferences::Theme>("expected");
        QTest::newRow("system") << QStringLiteral("system") << Preferences::Theme::System;
        QTest::newRow("light") << QStringLiteral("light") << Preferences::Theme::Light;
        QTest::newRow("dark") << QStringLiteral("dark") << Preferences::Theme::Dark;
    }

    void themeWords()
    {
        QFETCH(QString, word);
        QFETCH(Preferences::Theme, expected);
        AppOptions options;
        QString problem;
        QVERIFY(read({QStringLiteral("--theme"), word}, &options, &problem));
        QCOMPARE(options.colorScheme, expected);
        QVERIFY(read({QStringLiteral("--theme=") + word}, &options, &problem));
        QCOMPARE(options.colorScheme, expected);
    }

    void otherThemesAreRefused_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("unknown") << QStringLiteral("purple");
        QTest::newRow("capitalised") << QStringLiteral("Dark");
        QTest::newRow("enum number") << QStringLiteral("2");
        QTest::newRow("empty") << QString();
    }

    void otherThemesAreRefused()
    {
        QFETCH(QString, word);
        AppOptions options;
        QString problem;
        QVERIFY(!read({QStringLiteral("--theme"), word}, &options, &problem));
        QCOMPARE(problem, QStringLiteral("--theme must be system, light or dark"));
    }

    // Off unless asked for: a normal start never shows a reminder outside its schedule.
    void reminderPreviewOnlyWhenAsked()
    {
        AppOptions options;
        QString problem;
        QVERIFY(read({}, &options, &problem));
        QVERIFY(!options.previewReminder);
        QVERIFY(read({QStringLiteral("--preview-reminder")}, &options, &problem));
        QVERIFY(options.previewReminder);
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
