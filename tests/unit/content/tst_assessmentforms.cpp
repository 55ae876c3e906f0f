// The readiness assessment in the content format: `assessment_form: a` or `b` marks a drill of
// one of two parallel forms, never served as practice. Its rules are reported at their exact
// "path:line: message", and the coverage report and cue audit show the forms. The rules that
// keep the two forms parallel: tst_parallelforms.

#include "assessmentfixture.h"
#include "compiler/assessment.h"
#include "compiler/cueaudit.h"

#include <QProcess>
#include <QRegularExpression>

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;
namespace pb = groundwork::content::v1;

class TestAssessmentForms : public QObject
{
    Q_OBJECT

private slots:
    void parallelFormsCompile();
    void formValue_data();
    void formValue();
    void idSaysTheForm();
    void neverInATrack();
    void bothFormsOrNone();
    void eachLargeFormIsAuditedAlone();
    void smallFormsAreAuditedWithTheCatalogue();
    void commandLinePrintsTheFormsTable();
};

void TestAssessmentForms::parallelFormsCompile()
{
    ContentFixture content;
    QVERIFY(content.isValid());
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-one"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(3)));
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-one"), QStringLiteral("b"),
                       QStringLiteral("conflict"), chain(3)));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));

    QCOMPARE(result.pack.drills_size(), 4);
    for (const auto &drill : result.pack.drills()) {
        const pb::AssessmentForm expected = drill.id() == "assess-a-one" ? pb::ASSESSMENT_FORM_A
                                            : drill.id() == "assess-b-one"
                                                ? pb::ASSESSMENT_FORM_B
                                                : pb::ASSESSMENT_FORM_NONE;
        QCOMPARE(drill.assessment_form(), expected);
    }
    // The practice tables leave the forms out; the forms have their own counts.
    QCOMPARE(result.coverage.drills, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QCOMPARE(result.coverage.assessmentForms.size(), 2);
    const AssessmentFormSummary &a = result.coverage.assessmentForms[0];
    QCOMPARE(a.name, QStringLiteral("A"));
    QCOMPARE(a.drills, QStringList{QStringLiteral("assess-a-one")});
    QCOMPARE(a.decisions, 3);
    QCOMPARE(a.decisionsByDimension.value(QStringLiteral("coaching")), 3);
    QCOMPARE(a.decisionsByDimension.value(QStringLiteral("trust")), 3);
    QCOMPARE(a.drillsByScenario.value(QStringLiteral("conflict")), 1);
    QCOMPARE(a.drillsByScenario.value(QStringLiteral("performance")), 0);
    QCOMPARE(result.coverage.assessmentForms[1].drills,
             QStringList{QStringLiteral("assess-b-one")});

    // Without assessment drills, nothing about forms is counted or printed.
    ContentFixture practiceOnly;
    const CompileResult plain = practiceOnly.compile();
    QVERIFY(plain.coverage.assessmentForms.isEmpty());
    QVERIFY(plain.formCueAudits.isEmpty());
    QVERIFY(!formatCoverageReport(plain.coverage).contains(QStringLiteral("Readiness assessment")));
    QVERIFY(formatCueAudits(plain) == formatCueAudit(plain.cueAudit));
}

void TestAssessmentForms::formValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("described");
    QTest::newRow("another letter") << QStringLiteral("c") << QStringLiteral("'c'");
    QTest::newRow("upper case") << QStringLiteral("A") << QStringLiteral("'A'");
    QTest::newRow("a word") << QStringLiteral("first") << QStringLiteral("'first'");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
}

void TestAssessmentForms::formValue()
{
    QFETCH(QString, value);
    QFETCH(QString, described);
    ContentFixture content;
    QVERIFY(content.write(drillFile(QStringLiteral("assess-a-one")),
                          assessmentDrill(QStringLiteral("assess-a-one"), QStringLiteral("X"),
                                          QStringLiteral("conflict"), chain(3))
                              .replace(QStringLiteral("assessment_form: X"),
                                       (QStringLiteral("assessment_form: ") + value).trimmed())));
    const CompileResult result = content.compile();
    EXPECT_ONLY_ERRORS(
        result, {at(content, QStringLiteral("assess-a-one"), QStringLiteral("assessment_form")) +
                 QStringLiteral(": 'assessment_form' in drill 'assess-a-one' is %1; "
                                "write a or b, the form of the readiness "
                                "assessment the drill belongs to, or leave it out "
                                "for a practice drill")
                     .arg(described)});
}

void TestAssessmentForms::idSaysTheForm()
{
    ContentFixture content;
    // Form b, id of form a; a form and a practice id; an assessment id and no form.
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-one"), QStringLiteral("b"),
                       QStringLiteral("conflict"), chain(3)));
    QVERIFY(writeDrill(content, QStringLiteral("quiet-one"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(3)));
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-two"), QString(),
                       QStringLiteral("conflict"), chain(3)));
    const CompileResult result = content.compile();
    EXPECT_ONLY_ERRORS(result, {at(content, QStringLiteral("assess-a-one"), QStringLiteral("id:")) +
                                    QStringLiteral(": drill 'assess-a-one' is in form B of the "
                                                   "readiness assessment; its id must start "
                                                   "with 'assess-b-', so that every list of "
                                                   "files shows it is never practised"),
                                at(content, QStringLiteral("quiet-one"), QStringLiteral("id:")) +
                                    QStringLiteral(": drill 'quiet-one' is in form A of the "
                                                   "readiness assessment; its id must start "
                                                   "with 'assess-a-', so that every list of "
                                                   "files shows it is never practised"),
                                at(content, QStringLiteral("assess-b-two"), QStringLiteral("id:")) +
                                    QStringLiteral(": drill 'assess-b-two' has the id of a "
                                                   "readiness assessment drill ('assess-...') "
                                                   "but no 'assessment_form'; add "
                                                   "'assessment_form: a' or 'b', or choose an "
                                                   "id not starting with 'assess-' for a "
                                                   "practice drill")});
}

void TestAssessmentForms::neverInATrack()
{
    ContentFixture content;
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-one"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(3)));
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-one"), QStringLiteral("b"),
                       QStringLiteral("conflict"), chain(3)));
    QVERIFY(content.replace(QStringLiteral("tracks/ready.yaml"), QStringLiteral("  - drill: two\n"),
                            QStringLiteral("  - drill: two\n  - drill: assess-b-one\n")));
    const CompileResult result = content.compile();
    EXPECT_ONLY_ERRORS(result,
                       {content.path(QStringLiteral("tracks/ready.yaml")) + QLatin1Char(':') +
                        QString::number(content.lineOf(QStringLiteral("tracks/ready.yaml"),
                                                       QStringLiteral("assess-b-one"))) +
                        QStringLiteral(": drill 'assess-b-one' is in form B of the "
                                       "readiness assessment, which is never served as "
                                       "practice; take it out of this track")});
}

void TestAssessmentForms::bothFormsOrNone()
{
    ContentFixture content;
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-one"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(3)));
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-two"), QStringLiteral("a"),
                       QStringLiteral("performance"), chain(3)));
    const CompileResult result = content.compile();
    // Once, at the first drill of the form that exists.
    EXPECT_ONLY_ERRORS(
        result, {at(content, QStringLiteral("assess-a-one"), QStringLiteral("assessment_form")) +
                 QStringLiteral(": drill 'assess-a-one' is in form A of the "
                                "readiness assessment, but no drill is in form B: "
                                "the assessment needs both parallel forms (one "
                                "taken at the start, the other weeks later), or no "
                                "assessment drills at all")});
}

void TestAssessmentForms::eachLargeFormIsAuditedAlone()
{
    ContentFixture content;
    // 12 decisions per form, enough to enforce the audit on each form alone. In form A the best
    // option is always the first and the longest; in form B its form tells nothing.
    for (const QString &name :
         {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}) {
        QVERIFY(writeDrill(content, QStringLiteral("assess-a-") + name, QStringLiteral("a"),
                           QStringLiteral("conflict"), chain(4), true));
        QVERIFY(writeDrill(content, QStringLiteral("assess-b-") + name, QStringLiteral("b"),
                           QStringLiteral("conflict"), chain(4)));
    }
    const CompileResult result = content.compile();
    QCOMPARE(result.formCueAudits.size(), 2);
    const FormCueAudit &a = result.formCueAudits[0];
    const FormCueAudit &b = result.formCueAudits[1];
    QCOMPARE(a.form, QStringLiteral("A"));
    QCOMPARE(a.audit.decisions.size(), 12);
    QVERIFY(a.enforced() && b.enforced());
    QCOMPARE(a.audit.bestIsLongest(), 12);
    QVERIFY(!a.audit.failures.isEmpty());
    QVERIFY2(b.audit.failures.isEmpty(), qPrintable(formatCueAudit(b.audit)));
    const QString drills = content.path(QStringLiteral("drills"));
    EXPECT_DIAGNOSTIC(result, drills, 0,
                      QStringLiteral("cue audit (assessment form A): the best option is the "
                                     "longest in 12 of 12 decisions"));
    EXPECT_DIAGNOSTIC(result, drills, 0,
                      QStringLiteral("cue audit (assessment form A): choosing always the longest "
                                     "scores 1.00"));
    for (const Diagnostic &diagnostic : result.diagnostics)
        QVERIFY2(!diagnostic.message.contains(QStringLiteral("form B")),
                 qPrintable(diagnostic.toString()));
    const QString printed = formatFormCueAudits(result.formCueAudits);
    QVERIFY2(printed.contains(QStringLiteral("Cue audit FAILED (form A): the best option is the "
                                             "longest in 12 of 12")),
             qPrintable(printed));
}

void TestAssessmentForms::smallFormsAreAuditedWithTheCatalogue()
{
    ContentFixture content;
    // Forms of 3 decisions, each option's form giving the key away: too small to judge alone,
    // but their decisions are in the whole catalogue's audit.
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-one"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(3), true));
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-one"), QStringLiteral("b"),
                       QStringLiteral("conflict"), chain(3), true));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
    QCOMPARE(result.cueAudit.decisions.size(), 4 + 3 + 3);
    QCOMPARE(result.formCueAudits.size(), 2);
    QVERIFY(!result.formCueAudits[0].enforced());
    QCOMPARE(result.formCueAudits[0].audit.bestIsLongest(), 3);
    QVERIFY(result.formCueAudits[0].audit.failures.isEmpty());
    const QString printed = formatFormCueAudits(result.formCueAudits);
    QVERIFY2(printed.contains(QStringLiteral("not enforced")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("(A form of fewer than 12 decisions is too small to "
                                             "judge alone; its drills are judged in the whole "
                                             "catalogue's audit above.)")),
             qPrintable(printed));
}

void TestAssessmentForms::commandLinePrintsTheFormsTable()
{
    ContentFixture content;
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-one"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(3)));
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-one"), QStringLiteral("b"),
                       QStringLiteral("performance"), chain(3)));
    QProcess contentc;
    contentc.start(contentcExecutable(), {QStringLiteral("--source"), content.root(),
                                          QStringLiteral("--check"), QStringLiteral("--werror")});
    QVERIFY(contentc.waitForFinished(60000));
    const QString report = QString::fromUtf8(contentc.readAllStandardOutput());
    QVERIFY2(contentc.exitCode() == 0,
             qPrintable(QString::fromUtf8(contentc.readAllStandardError())));

    const CompileResult result = content.compile();
    QCOMPARE(report, formatCoverageReport(result.coverage) + formatCueAudits(result));
    QVERIFY2(report.contains(QStringLiteral("\nReadiness assessment: the two parallel forms (never "
                                            "served as practice; decisions that measure each "
                                            "dimension, drills of each scenario type)\n")),
             qPrintable(report));
    // The rows: label, then form A's count and form B's.
    for (const char *row :
         {"drills +1 +1", "measured decisions +3 +3", "decisions: coaching +3 +3",
          "decisions: trust +3 +3", "drills: conflict +1 +0", "drills: performance +0 +1"})
        QVERIFY2(QRegularExpression(QStringLiteral("\n%1 *\n").arg(QLatin1String(row)))
                     .match(report)
                     .hasMatch(),
                 row);
    QVERIFY(report.contains(QStringLiteral("Form A: assess-a-one\nForm B: assess-b-one\n")));
    QVERIFY(report.contains(QStringLiteral("Coverage: drills per scenario type (rows) and "
                                           "dimension (columns), practice drills only\n")));
    QVERIFY(
        report.contains(QStringLiteral("Cue audit: each form of the readiness assessment alone")));
}

QTEST_GUILESS_MAIN(TestAssessmentForms)
#include "tst_assessmentforms.moc"
