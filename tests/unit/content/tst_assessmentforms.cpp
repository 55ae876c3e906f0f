// The readiness assessment in the content format: `assessment_form: a` or `b` marks a drill of
// one of two parallel forms, never served as practice. Each rule of the forms is reported at
// its exact "path:line: message", and the coverage report and cue audit show the forms.

#include "compiler/assessment.h"
#include "compiler/cueaudit.h"
#include "contentfixture.h"

#include <QProcess>
#include <QRegularExpression>

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;
namespace pb = groundwork::content::v1;

namespace {

// One decision of a generated drill: the dimensions it measures ("" for the drill's, both
// baseline dimensions) and where it leads (empty: the drill ends).
struct Step
{
    QString id;
    QString measures;
    QString next;
    QString branch = {}; // where the third option leads instead of `next`, when set
};

// Keys of an option on the baseline's dimensions, coaching then trust.
struct Keys
{
    int coaching;
    int trust;
};

QString keyText(const QString &measures, Keys keys)
{
    if (measures == QLatin1String("coaching"))
        return QStringLiteral("{coaching: %1}").arg(keys.coaching);
    if (measures == QLatin1String("trust"))
        return QStringLiteral("{trust: %1}").arg(keys.trust);
    return QStringLiteral("{coaching: %1, trust: %2}").arg(keys.coaching).arg(keys.trust);
}

// A drill of the given decisions (a chain, unless a step branches). Its options tell nothing by
// their form: the best is neither first nor longest nor shortest, and a runner-up is 1 key point
// behind. With `gameable`, the best is always the first and the longest instead.
QString assessmentDrill(const QString &id, const QString &form, const QString &scenario,
                        const QList<Step> &steps, bool gameable = false)
{
    QString yaml = QStringLiteral("id: %1\ntitle: Assessed %1\nscenario_type: %2\n"
                                  "measures: [coaching, trust]\n")
                       .arg(id, scenario);
    if (!form.isEmpty())
        yaml += QStringLiteral("assessment_form: %1\n").arg(form);
    yaml +=
        QStringLiteral("setting: A new situation.\nstart: %1\ndecisions:\n").arg(steps.first().id);
    struct Option
    {
        const char *id;
        const char *text;
        Keys keys;
    };
    const QList<Option> fair{{"decide", "Decide it yourself.", {1, 2}},
                             {"ask", "Ask them what they need from you.", {5, 4}},
                             {"talk", "Talk it through with both of them today.", {4, 3}}};
    const QList<Option> tells{{"talk", "Talk it through with both of them today.", {5, 5}},
                              {"ask", "Ask them what they need.", {3, 2}},
                              {"decide", "Decide it yourself.", {1, 1}}};
    for (const Step &step : steps) {
        yaml += QStringLiteral("  - id: %1\n    prompt: What now?\n").arg(step.id);
        if (!step.measures.isEmpty())
            yaml += QStringLiteral("    measures: [%1]\n").arg(step.measures);
        yaml += QStringLiteral("    options:\n");
        for (const Option &option : gameable ? tells : fair) {
            yaml += QStringLiteral("      - id: %1\n        text: %2\n        key: %3\n"
                                   "        feedback: Because.\n")
                        .arg(QLatin1String(option.id), QLatin1String(option.text),
                             keyText(step.measures, option.keys));
            const QString next =
                !step.branch.isEmpty() && QLatin1String(option.id) == QLatin1String("decide")
                    ? step.branch
                    : step.next;
            if (!next.isEmpty())
                yaml += QStringLiteral("        next: %1\n").arg(next);
        }
    }
    return yaml;
}

// A chain of n decisions d1 -> d2 -> ..., each measuring `measures` ("" for both).
QList<Step> chain(int n, const QString &measures = {})
{
    QList<Step> steps;
    for (int i = 1; i <= n; ++i)
        steps.append({QStringLiteral("d%1").arg(i), measures,
                      i < n ? QStringLiteral("d%1").arg(i + 1) : QString()});
    return steps;
}

bool writeDrill(const ContentFixture &content, const QString &id, const QString &form,
                const QString &scenario, const QList<Step> &steps, bool gameable = false)
{
    return content.write(QStringLiteral("drills/%1.yaml").arg(id),
                         assessmentDrill(id, form, scenario, steps, gameable));
}

QString drillFile(const QString &id)
{
    return QStringLiteral("drills/%1.yaml").arg(id);
}

// The line of `marker` in a drill file, as a diagnostic names it.
QString at(const ContentFixture &content, const QString &id, const QString &marker)
{
    return content.path(drillFile(id)) + QLatin1Char(':') +
           QString::number(content.lineOf(drillFile(id), marker));
}

// Empty when the run's errors are exactly `expected` ("path:line: message", in any order);
// otherwise what was expected and what came.
QString unlessOnly(const CompileResult &result, const QStringList &expected)
{
    QStringList errors;
    for (const Diagnostic &diagnostic : result.diagnostics)
        if (!diagnostic.warning)
            errors.append(diagnostic.toString());
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    errors.sort();
    if (errors == sortedExpected)
        return {};
    return QStringLiteral("expected:\n  %1\ngot:\n%2")
        .arg(expected.join(QStringLiteral("\n  ")), allDiagnostics(result));
}

#define EXPECT_ONLY_ERRORS(result, ...)                                                            \
    do {                                                                                           \
        const QString problem = unlessOnly(result, __VA_ARGS__);                                   \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                          \
    } while (false)

} // namespace

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
    void sameNumberOfDrills();
    void measuredDecisionsWithinOne();
    void dimensionCountsWithinOne();
    void everyDimensionThreeTimesInEachForm();
    void scenarioMixWithinOne();
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

void TestAssessmentForms::sameNumberOfDrills()
{
    ContentFixture content;
    // Form A: 2 drills of 2 decisions; form B: 1 drill of 4. Decisions, dimensions and scenario
    // types match within the rules; only the number of drills differs.
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-one"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(2)));
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-two"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(2)));
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-one"), QStringLiteral("b"),
                       QStringLiteral("conflict"), chain(4)));
    const CompileResult result = content.compile();
    EXPECT_ONLY_ERRORS(
        result, {at(content, QStringLiteral("assess-a-one"), QStringLiteral("assessment_form")) +
                 QStringLiteral(": form A of the readiness assessment has 2 drills "
                                "and form B 1; the two forms need the same number "
                                "of drills")});
}

void TestAssessmentForms::measuredDecisionsWithinOne()
{
    ContentFixture content;
    // Form A: 7 decisions, 4 of them on coaching and 4 on trust. Its first drill branches, and
    // both alternatives (d2, d2b) count. Form B: 5 decisions, 5 on each dimension. Only the
    // number of decisions differs by more than 1.
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-one"), QStringLiteral("a"),
                       QStringLiteral("conflict"),
                       {{QStringLiteral("d1"), QStringLiteral("coaching"), QStringLiteral("d2"),
                         QStringLiteral("d2b")},
                        {QStringLiteral("d2"), QStringLiteral("trust"), QStringLiteral("d3")},
                        {QStringLiteral("d2b"), QStringLiteral("coaching"), QStringLiteral("d3")},
                        {QStringLiteral("d3"), QStringLiteral("trust"), QString()}}));
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-two"), QStringLiteral("a"),
                       QStringLiteral("conflict"),
                       {{QStringLiteral("e1"), QString(), QStringLiteral("e2")},
                        {QStringLiteral("e2"), QStringLiteral("coaching"), QStringLiteral("e3")},
                        {QStringLiteral("e3"), QStringLiteral("trust"), QString()}}));
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-one"), QStringLiteral("b"),
                       QStringLiteral("conflict"), chain(3)));
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-two"), QStringLiteral("b"),
                       QStringLiteral("conflict"), chain(2)));
    const CompileResult result = content.compile();
    QCOMPARE(result.coverage.assessmentForms[0].decisions, 7);
    QCOMPARE(
        result.coverage.assessmentForms[0].decisionsByDimension.value(QStringLiteral("coaching")),
        4);
    QCOMPARE(result.coverage.assessmentForms[1].decisions, 5);
    EXPECT_ONLY_ERRORS(
        result, {at(content, QStringLiteral("assess-a-one"), QStringLiteral("assessment_form")) +
                 QStringLiteral(": form A of the readiness assessment has 7 "
                                "measured decisions and form B 5; the two forms "
                                "need the same number within 1")});

    // One apart is within the rule: form A with 6 decisions, 4 on each dimension.
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-two"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(2)));
    const CompileResult close = content.compile();
    QVERIFY2(close.diagnostics.isEmpty(), qPrintable(allDiagnostics(close)));
}

void TestAssessmentForms::dimensionCountsWithinOne()
{
    ContentFixture content;
    // 5 decisions in each form; coaching 5 in A and 3 in B, trust the other way round.
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-one"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(3)));
    QVERIFY(writeDrill(content, QStringLiteral("assess-a-two"), QStringLiteral("a"),
                       QStringLiteral("conflict"), chain(2, QStringLiteral("coaching"))));
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-one"), QStringLiteral("b"),
                       QStringLiteral("conflict"), chain(3)));
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-two"), QStringLiteral("b"),
                       QStringLiteral("conflict"), chain(2, QStringLiteral("trust"))));
    const CompileResult result = content.compile();
    // At the first drill of the form with more that measures the dimension, on 'measures'.
    EXPECT_ONLY_ERRORS(result,
                       {at(content, QStringLiteral("assess-a-one"), QStringLiteral("measures:")) +
                            QStringLiteral(": the forms of the readiness assessment differ in "
                                           "decisions measuring 'coaching': form A has 5 and "
                                           "form B 3; each dimension's count must be within 1 "
                                           "between the forms"),
                        at(content, QStringLiteral("assess-b-one"), QStringLiteral("measures:")) +
                            QStringLiteral(": the forms of the readiness assessment differ in "
                                           "decisions measuring 'trust': form A has 3 and "
                                           "form B 5; each dimension's count must be within 1 "
                                           "between the forms")});
}

void TestAssessmentForms::everyDimensionThreeTimesInEachForm()
{
    ContentFixture content;
    // Trust is measured by 2 decisions in each form; coaching by 4.
    for (const QString &form : {QStringLiteral("a"), QStringLiteral("b")}) {
        QVERIFY(writeDrill(content, QStringLiteral("assess-%1-one").arg(form), form,
                           QStringLiteral("conflict"), chain(2)));
        QVERIFY(writeDrill(content, QStringLiteral("assess-%1-two").arg(form), form,
                           QStringLiteral("conflict"), chain(2, QStringLiteral("coaching"))));
    }
    const CompileResult result = content.compile();
    QStringList expected;
    for (const QString &form : {QStringLiteral("a"), QStringLiteral("b")})
        expected << at(content, QStringLiteral("assess-%1-one").arg(form),
                       QStringLiteral("assessment_form")) +
                        QStringLiteral(": form %1 of the readiness assessment has 2 decisions "
                                       "measuring 'trust'; every dimension needs at least 3 in "
                                       "each form, or the form's result on it rests on too "
                                       "little evidence")
                            .arg(form.toUpper());
    EXPECT_ONLY_ERRORS(result, expected);
}

void TestAssessmentForms::scenarioMixWithinOne()
{
    ContentFixture content;
    // Both of form A's drills are conflicts, both of form B's performance issues.
    for (const QString &name : {QStringLiteral("one"), QStringLiteral("two")}) {
        QVERIFY(writeDrill(content, QStringLiteral("assess-a-") + name, QStringLiteral("a"),
                           QStringLiteral("conflict"), chain(2)));
        QVERIFY(writeDrill(content, QStringLiteral("assess-b-") + name, QStringLiteral("b"),
                           QStringLiteral("performance"), chain(2)));
    }
    const CompileResult result = content.compile();
    EXPECT_ONLY_ERRORS(
        result, {at(content, QStringLiteral("assess-a-one"), QStringLiteral("scenario_type")) +
                     QStringLiteral(": the forms of the readiness assessment differ in "
                                    "'conflict' drills: form A has 2 and form B 0; each "
                                    "scenario type's count must be within 1 drill "
                                    "between the forms"),
                 at(content, QStringLiteral("assess-b-one"), QStringLiteral("scenario_type")) +
                     QStringLiteral(": the forms of the readiness assessment differ in "
                                    "'performance' drills: form A has 0 and form B 2; "
                                    "each scenario type's count must be within 1 drill "
                                    "between the forms")});

    // One drill apart is within the rule.
    QVERIFY(writeDrill(content, QStringLiteral("assess-b-one"), QStringLiteral("b"),
                       QStringLiteral("conflict"), chain(2)));
    const CompileResult close = content.compile();
    QVERIFY2(close.diagnostics.isEmpty(), qPrintable(allDiagnostics(close)));
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
