// Content errors in a drill's graph and keys: cycles, unreachable decisions, path lengths,
// option counts and keys, each at its exact "path:line: message", and large drills checked
// quickly.

#include "contentfixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;

class TestContentDrills : public QObject
{
    Q_OBJECT

private slots:
    void branchingCycle();
    void unreachableDecision();
    void pathTooShort();
    void pathTooLong();
    void optionCount_data();
    void optionCount() { runEdit(); }
    void optionMissingKey();
    void keyForUnmeasuredDimension();
    void keyOutOfRange();
    void decisionMeasuresNothing();
    void unknownDimensionListedFirst();
    void nonFiniteWeight_data();
    void nonFiniteWeight() { runEdit(); }
    void longChainOfDecisions();
    void longLoopIsNamedByItsEnds();
    void manyOptionsAreCheckedQuickly();
};
void TestContentDrills::branchingCycle()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    QVERIFY(content.write(drill, drillYaml(QStringLiteral("a"),
                                           {{QStringLiteral("a"), {"b", "b", "b"}},
                                            {QStringLiteral("b"), {"c", "", ""}},
                                            {QStringLiteral("c"), {"", "a", ""}}})));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("next: a"))
                                        + QStringLiteral(": option 'o2' of decision 'c' leads back "
                                                         "to decision 'a', which makes a loop: a → "
                                                         "b → c → a; a drill must always move "
                                                         "forward"));
    QCOMPARE(result.diagnostics.size(), 1); // no path report for a drill that loops
}

void TestContentDrills::unreachableDecision()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    QVERIFY(content.write(drill, drillYaml(QStringLiteral("a"),
                                           {{QStringLiteral("a"), {"b", "b", "b"}},
                                            {QStringLiteral("b"), {"", "", ""}},
                                            {QStringLiteral("orphan"), {"b", "b", "b"}}})));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- id: orphan"))
                                        + QStringLiteral(": decision 'orphan' cannot be reached "
                                                         "from the start decision 'a': no option's "
                                                         "'next' leads to it"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentDrills::pathTooShort()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    QVERIFY(content.write(drill, drillYaml(QStringLiteral("a"),
                                           {{QStringLiteral("a"), {"b", "", "b"}},
                                            {QStringLiteral("b"), {"", "", ""}}})));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- id: o2"))
                                        + QStringLiteral(": path start → a → end has 1 decision; "
                                                         "every path from start to an end needs 2 "
                                                         "to 4 decisions"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentDrills::pathTooLong()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    // b → c branches and joins at d: a long way round (5 decisions) and a short one (4).
    QVERIFY(content.write(drill, drillYaml(QStringLiteral("a"),
                                           {{QStringLiteral("a"), {"b", "b", "b"}},
                                            {QStringLiteral("b"), {"c", "d", "d"}},
                                            {QStringLiteral("c"), {"d", "d", "d"}},
                                            {QStringLiteral("d"), {"e", "e", "e"}},
                                            {QStringLiteral("e"), {"", "", ""}}})));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("next: e"))
                                        + QStringLiteral(": path start → a → b → c → d → e → … has "
                                                         "more than 4 decisions; every path from "
                                                         "start to an end needs 2 to 4 decisions"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentDrills::optionCount_data()
{
    addEditColumns();
    const QString twoOptions = drillYaml(QStringLiteral("a"), {{QStringLiteral("a"), {"b", "b"}},
                                                               {QStringLiteral("b"), {"", "", ""}}});
    const QString fiveOptions = drillYaml(
        QStringLiteral("a"),
        {{QStringLiteral("a"), {"b", "b", "b", "b", "b"}}, {QStringLiteral("b"), {"", "", ""}}});
    addEdit("two options", "drills/shaped.yaml", "", twoOptions, "drills/shaped.yaml", "options:",
            "decision 'a' has 2 options; a decision needs 3 or 4");
    addEdit("five options", "drills/shaped.yaml", "", fiveOptions, "drills/shaped.yaml",
            "options:", "decision 'a' has 5 options; a decision needs 3 or 4");
}

void TestContentDrills::optionMissingKey()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/one.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("key: {coaching: 2, trust: 3}\n        feedback: Passive."),
                            QStringLiteral("key: {coaching: 2}\n        feedback: Passive.")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("key: {coaching: 2}"))
                                        + QStringLiteral(": option 'c' of decision 'first' has no "
                                                         "key for 'trust', which this drill "
                                                         "measures; rate it from 1 to 5"));
}

void TestContentDrills::keyForUnmeasuredDimension()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/two.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("trust: 5\n"),
                            QStringLiteral("trust: 5\n          coaching: 3\n")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("coaching: 3"))
                                        + QStringLiteral(": option 'talk' of decision 'open' has a "
                                                         "key for 'coaching', which this drill does "
                                                         "not measure (it measures: trust); remove "
                                                         "it or add 'coaching' to 'measures'"));
}

void TestContentDrills::keyOutOfRange()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/two.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("trust: 5\n"), QStringLiteral("trust: 7\n")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("trust: 7"))
                                        + QStringLiteral(": the key for 'trust' in option 'talk' of "
                                                         "decision 'open' is 7; keys go from 1 "
                                                         "(very ineffective) to 5 (very "
                                                         "effective)"));
}

void TestContentDrills::decisionMeasuresNothing()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/two.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("trust: 5\n"), QStringLiteral("trust: 3\n")));
    QVERIFY(content.replace(drill, QStringLiteral("trust: 1\n        feedback: Bottleneck."),
                            QStringLiteral("trust: 3\n        feedback: Bottleneck.")));
    QVERIFY(content.replace(drill, QStringLiteral("trust: 2\n"), QStringLiteral("trust: 3\n")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- id: open"))
                                        + QStringLiteral(": decision 'open' measures nothing: for "
                                                         "every dimension it measures, all "
                                                         "its options have the same key; give "
                                                         "better and worse options different "
                                                         "keys"));
    QCOMPARE(result.diagnostics.size(), 1);
}

// A half-finished edit: the first measured dimension is not in the catalogue yet. Its options
// cannot rate it, and the check that a decision measures something must skip it (it aborted
// the compiler in protobuf's map lookup before).
void TestContentDrills::unknownDimensionListedFirst()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/one.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("measures:\n  - coaching"),
                            QStringLiteral("measures:\n  - empathy\n  - coaching")));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- empathy"))
                                        + QStringLiteral(": unknown dimension 'empathy' (known "
                                                         "dimensions: coaching, trust)"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentDrills::nonFiniteWeight_data()
{
    addEditColumns();
    const auto row = [this](const char *name, const QString &weight) {
        addEdit(name, "roles/lead.yaml", "  trust: 1.5", "  trust: " + weight, "roles/lead.yaml",
                "trust:",
                QStringLiteral("the weight of 'trust' in role 'lead' is %1, which is not a finite "
                               "number; weigh it with a number such as 1.5")
                    .arg(weight));
    };
    row("inf", QStringLiteral("inf"));
    row("YAML's .inf", QStringLiteral(".inf"));
    row("negative infinity", QStringLiteral("-.Inf"));
    row("nan", QStringLiteral("nan"));
    row("too large for a double", QStringLiteral("1e999"));
}

void TestContentDrills::longChainOfDecisions()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    constexpr int count = 2000;
    QVERIFY(content.write(drill, numberedDrill(count, [](int i) {
        const QString next = i + 1 < count ? QStringLiteral("d%1").arg(i + 1) : QString();
        return QStringList{next, next, next};
    })));
    // Nothing may walk the chain's 3^2000 paths (the graph check and the cue audit stop early).
    QElapsedTimer timer;
    timer.start();
    const CompileResult result = content.compile();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("- id: d85"))
                                        + QStringLiteral(": this drill has 2000 decisions, more "
                                                         "than can ever be reached: with at most 4 "
                                                         "options to a decision and 4 decisions on "
                                                         "a path, a drill reaches at most 85; this "
                                                         "is decision 86"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentDrills::longLoopIsNamedByItsEnds()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    QVERIFY(content.write(drill, numberedDrill(20, [](int i) {
        return i < 19 ? QStringList{QStringLiteral("d%1").arg(i + 1), QString(), QString()}
                      : QStringList{QString(), QStringLiteral("d0"), QString()};
    })));
    const CompileResult result = content.compile();
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("next: d0"))
                                        + QStringLiteral(": option 'o2' of decision 'd19' leads "
                                                         "back to decision 'd0', which makes a "
                                                         "loop: d0 → d1 → d2 → … (14 more) → d17 → "
                                                         "d18 → d19 → d0; a drill must always "
                                                         "move forward"));
    QCOMPARE(result.diagnostics.size(), 1);
}

void TestContentDrills::manyOptionsAreCheckedQuickly()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/shaped.yaml");
    // Every path is valid (a → b → c → d), but there are 300^4 of them to walk one by one.
    QVERIFY(content.write(drill, numberedDrill(4, [](int i) {
        return QStringList(300, i < 3 ? QStringLiteral("d%1").arg(i + 1) : QString());
    }).replace(QRegularExpression(QStringLiteral("trust: (\\d+)")), QStringLiteral("trust: 3"))
                                 .replace(QStringLiteral("      - id: o1\n        text: Do 1.\n"
                                                         "        key: {trust: 3}"),
                                          QStringLiteral("      - id: o1\n        text: Do 1.\n"
                                                         "        key: {trust: 5}"))));
    QElapsedTimer timer;
    timer.start();
    const CompileResult result = content.compile();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    EXPECT_EXACT_DIAGNOSTIC(result, location(content, drill, QStringLiteral("options:"))
                                        + QStringLiteral(": decision 'd0' has 300 options; a "
                                                         "decision needs 3 or 4"));
    QCOMPARE(result.diagnostics.size(), 4);
}

QTEST_GUILESS_MAIN(TestContentDrills)
#include "tst_contentdrills.moc"
