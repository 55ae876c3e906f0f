#include "appoptions.h"
#include "importpaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
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

    // The app's modules first, then Qt's installed ones; the copies of Qt's qmldir files in
    // resources are searched only where Qt's modules are not installed on disk (static builds).
    void qmlImportPathsPreferWhatIsOnDisk()
    {
        QTemporaryDir installed;
        QVERIFY(installed.isValid());
        const QStringList defaults{QStringLiteral("/opt/app/bin"), QStringLiteral("qrc:/qt-project.org/imports"),
                                   installed.path()};
        // Nothing installed there yet: the defaults are kept, after the app's modules.
        QCOMPARE(groundwork::app::qmlImportPaths(defaults, installed.path()),
                 QStringList({QStringLiteral("qrc:/qt/qml"), QStringLiteral("/opt/app/bin"),
                              QStringLiteral("qrc:/qt-project.org/imports"), installed.path()}));
        QVERIFY(QDir(installed.path()).mkpath(QStringLiteral("QtQuick")));
        QFile qmldir(installed.filePath(QStringLiteral("QtQuick/qmldir")));
        QVERIFY(qmldir.open(QIODevice::WriteOnly));
        qmldir.write("module QtQuick\n");
        qmldir.close();
        QCOMPARE(groundwork::app::qmlImportPaths(defaults, installed.path()),
                 QStringList({QStringLiteral("qrc:/qt/qml"), installed.path(), QStringLiteral("/opt/app/bin")}));
        // Asked twice, a path is listed once.
        QCOMPARE(groundwork::app::qmlImportPaths(defaults + QStringList{QStringLiteral("qrc:/qt/qml")}, installed.path())
                     .count(QStringLiteral("qrc:/qt/qml")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
