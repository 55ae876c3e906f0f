// The content the app ships (the repository's content/ folder) must compile with no errors and
// no warnings, and the compiler must print its coverage report.

#include "compiler/compiler.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace groundwork::contentc;

namespace {

const QString kContentDir = QStringLiteral(GROUNDWORK_SOURCE_DIR "/content");

} // namespace

class TestShippedContent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compilesWithoutErrorsOrWarnings();
    void coverageReportNamesEveryScenarioType();
};

void TestShippedContent::initTestCase()
{
    // The content is written alongside the compiler; until pack.yaml exists there is nothing to
    // check (once it exists, any problem fails this test).
    if (!QFile::exists(kContentDir + QStringLiteral("/pack.yaml")))
        QSKIP("content/pack.yaml does not exist yet");
}

void TestShippedContent::compilesWithoutErrorsOrWarnings()
{
    CompileOptions options;
    options.sourceDir = kContentDir;
    const CompileResult result = compileContent(options);
    QStringList problems;
    for (const Diagnostic &diagnostic : result.diagnostics)
        problems.append(diagnostic.toString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(result.pack.lessons_size() > 0);
    QVERIFY(result.pack.drills_size() > 0);
    QVERIFY(result.pack.scenario_types_size() > 0);
}

void TestShippedContent::coverageReportNamesEveryScenarioType()
{
    QProcess contentc;
    contentc.start(QStringLiteral(GROUNDWORK_BINARY_DIR "/bin/groundwork-contentc"),
                   {QStringLiteral("--source"), kContentDir, QStringLiteral("--check"),
                    QStringLiteral("--werror")});
    QVERIFY(contentc.waitForFinished(120000));
    const QString report = QString::fromUtf8(contentc.readAllStandardOutput());
    QVERIFY2(contentc.exitCode() == 0, qPrintable(QString::fromUtf8(contentc.readAllStandardError())));

    CompileOptions options;
    options.sourceDir = kContentDir;
    const CompileResult result = compileContent(options);
    QCOMPARE(report, formatCoverageReport(result.coverage) + formatCueAudits(result));
    QVERIFY(report.contains(QStringLiteral("Cue audit passed.")));
    QVERIFY(report.contains(QStringLiteral("Coverage: drills per scenario type")));
    QVERIFY(report.contains(QStringLiteral("Coverage: traps each drill guards against")));
    for (const auto &scenario : result.pack.scenario_types())
        QVERIFY2(report.contains(QString::fromStdString(scenario.name())),
                 scenario.name().c_str());
    for (const auto &drill : result.pack.drills())
        QVERIFY2(report.contains(QString::fromStdString(drill.id())), drill.id().c_str());
}

QTEST_GUILESS_MAIN(TestShippedContent)
#include "tst_shippedcontent.moc"
