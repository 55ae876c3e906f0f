// The rules that keep the readiness assessment's two forms parallel (drill counts, measured
// decisions, per-dimension counts, every dimension three times, the scenario mix), each
// reported once at its exact "path:line: message".

#include "assessmentfixture.h"

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;

class TestParallelForms : public QObject
{
    Q_OBJECT

private slots:
    void sameNumberOfDrills();
    void measuredDecisionsWithinOne();
    void dimensionCountsWithinOne();
    void everyDimensionThreeTimesInEachForm();
    void scenarioMixWithinOne();
};

void TestParallelForms::sameNumberOfDrills()
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

void TestParallelForms::measuredDecisionsWithinOne()
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

void TestParallelForms::dimensionCountsWithinOne()
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

void TestParallelForms::everyDimensionThreeTimesInEachForm()
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

void TestParallelForms::scenarioMixWithinOne()
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

QTEST_GUILESS_MAIN(TestParallelForms)
#include "tst_parallelforms.moc"
