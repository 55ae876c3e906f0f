// The cue audit (can an option's form give the key away?) on hand-built packs whose figures
// are worked out by hand, its limits, how the compiler reports a failing audit, and a
// decision that measures a subset of its drill's dimensions. The fields themselves:
// tst_contentformat.

#include "compiler/cueaudit.h"
#include "contentfixture.h"
#include "key/drillkey.h"

#include <QProcess>

using namespace groundwork::contentc;
using namespace groundwork::contentc::testing;
namespace pb = groundwork::content::v1;

namespace {

struct OptionSpec
{
    const char *id;
    const char *text;
    int a;
    int b;
    const char *next;
};

void addDecision(pb::Drill *drill, const char *id, std::initializer_list<OptionSpec> options)
{
    pb::Decision *decision = drill->add_decisions();
    decision->set_id(id);
    for (const OptionSpec &spec : options) {
        pb::Option *option = decision->add_options();
        option->set_id(spec.id);
        option->set_text(spec.text);
        (*option->mutable_key())["a"] = quint32(spec.a);
        (*option->mutable_key())["b"] = quint32(spec.b);
        option->set_next(spec.next);
    }
}

// Decision x: the best (o1, mean 4.5) is first and longest, the runner-up 1.5 behind, and o3
// has the same value on both dimensions. Decision y: the best (p1, mean 3.5) is first and
// shortest, the runner-up exactly 1 behind. o3 ends the drill.
void addWorkedDrill(pb::ContentPack &pack, const std::string &id)
{
    pb::Drill *drill = pack.add_drills();
    drill->set_id(id);
    drill->add_measures("a");
    drill->add_measures("b");
    drill->set_start("x");
    addDecision(drill, "x", {{"o1", "aaaa aaaa", 5, 4, "y"}, {"o2", "bb", 1, 3, "y"},
                             {"o3", "cccccc", 3, 3, ""}});
    addDecision(drill, "y", {{"p1", "x", 2, 5, ""}, {"p2", "yyyyyyyy", 4, 1, ""},
                             {"p3", "zzzz", 1, 1, ""}});
}

const StrategyScore &strategy(const CueAudit &audit, const QString &name)
{
    for (const auto &s : audit.strategies)
        if (s.name == name)
            return s;
    static const StrategyScore none;
    return none;
}

bool hasFailure(const CueAudit &audit, const QString &fragment)
{
    for (const auto &failure : audit.failures)
        if (failure.message.contains(fragment))
            return true;
    return false;
}

// A drill of two decisions in the baseline tree's dimensions whose keyed-best option is
// always the longest and listed first.
QString longestWinsDrill(int n)
{
    return QStringLiteral(
               "id: tell-%1\ntitle: Tell %1\nscenario_type: conflict\nmeasures: [coaching, trust]\n"
               "setting: A setting.\nstart: d1\ndecisions:\n"
               "  - id: d1\n    prompt: What now?\n    options:\n"
               "      - id: long\n        text: Talk it through with both of them and agree next steps.\n"
               "        key: {coaching: 5, trust: 5}\n        feedback: Because.\n        next: d2\n"
               "      - id: mid\n        text: Decide it yourself.\n        key: {coaching: 2, trust: 3}\n"
               "        feedback: Because.\n        next: d2\n"
               "      - id: short\n        text: Wait.\n        key: {coaching: 1, trust: 1}\n"
               "        feedback: Because.\n        next: d2\n"
               "  - id: d2\n    prompt: And then?\n    options:\n"
               "      - id: long\n        text: Check in with each of them a week later, separately.\n"
               "        key: {coaching: 4, trust: 5}\n        feedback: Because.\n"
               "      - id: mid\n        text: Take the work over.\n        key: {coaching: 1, trust: 2}\n"
               "        feedback: Because.\n"
               "      - id: short\n        text: Ignore it.\n        key: {coaching: 2, trust: 1}\n"
               "        feedback: Because.\n")
        .arg(n);
}

} // namespace

class TestCueAudit : public QObject
{
    Q_OBJECT

private slots:
    void perDecisionFigures();
    void naiveStrategiesOnTheJudgmentScale();
    void dimensionCorrelation();
    void quickChecks();
    void limitsAreEnforcedFromEnoughDecisions();
    void passesWhenFormTellsNothing();
    void compilerReportsAFailedAuditAndPrintsIt();
    void decisionMeasuresASubset();
};

void TestCueAudit::perDecisionFigures()
{
    pb::ContentPack pack;
    addWorkedDrill(pack, "worked");
    const CueAudit audit = auditCues(pack);
    QCOMPARE(audit.decisions.size(), 2);
    const DecisionCues &x = audit.decisions[0];
    QCOMPARE(x.bestPosition, 1);
    QCOMPARE(x.bestLength, 9.0);
    QCOMPARE(x.othersLength, 4.0);
    QVERIFY(x.bestIsLongest && !x.bestIsShortest);
    QCOMPARE(x.gap, 1.5);
    QCOMPARE(x.sameEverywhere, 1);
    const DecisionCues &y = audit.decisions[1];
    QVERIFY(y.bestIsShortest && !y.bestIsLongest);
    QCOMPARE(y.gap, 1.0);
    QCOMPARE(y.sameEverywhere, 1); // p3: 1 and 1
    QCOMPARE(audit.bestIsLongest(), 1);
    QCOMPARE(audit.competing(), 1); // y only: a gap of exactly 1 counts as competing
    QCOMPARE(audit.medianGap(), 1.25);
    QCOMPARE(audit.bestPositions, QList<int>{2});
}

void TestCueAudit::naiveStrategiesOnTheJudgmentScale()
{
    pb::ContentPack pack;
    addWorkedDrill(pack, "worked");
    const CueAudit audit = auditCues(pack);
    // Longest: o1 (1 on a, 1 on b) then p2 (a 1, b 0): (1 + 0.5) / 2.
    QCOMPARE(strategy(audit, QStringLiteral("always the longest")).drills, 0.75);
    // Shortest: o2 (0, 0) then p1 (a 1/3, b 1): (0 + 2/3) / 2.
    QVERIFY(qFuzzyCompare(strategy(audit, QStringLiteral("always the shortest")).drills, 1.0 / 3));
    // First: o1 (1) then p1 (2/3).
    QVERIFY(qFuzzyCompare(strategy(audit, QStringLiteral("always the first in the file")).drills, 5.0 / 6));
    // Random: x means (1 + 0 + 0.25) / 3 over 1 decision, y (2/3 + 1/2 + 0) / 3 reached with
    // probability 2/3: (5/12 + 2/3 * 7/18) / (1 + 2/3).
    const double expected = (5.0 / 12 + 2.0 / 3 * 7.0 / 18) / (5.0 / 3);
    QVERIFY(qFuzzyCompare(strategy(audit, QStringLiteral("random (expected)")).drills, expected));
}

void TestCueAudit::dimensionCorrelation()
{
    pb::ContentPack pack;
    addWorkedDrill(pack, "worked");
    const CueAudit audit = auditCues(pack);
    QCOMPARE(audit.correlations.size(), 1);
    QCOMPARE(audit.correlations[0].first, QStringLiteral("a"));
    QCOMPARE(audit.correlations[0].second, QStringLiteral("b"));
    QCOMPARE(audit.correlations[0].options, 6);
    // a = 5 1 3 2 4 1, b = 4 3 3 5 1 1 (worked out separately).
    QVERIFY(std::abs(audit.correlations[0].r - 0.127412) < 1e-5);
}

void TestCueAudit::quickChecks()
{
    pb::ContentPack pack;
    const auto addCheck = [&](std::initializer_list<std::pair<const char *, bool>> options) {
        pb::QuickCheck *check = pack.add_lessons()->mutable_check();
        for (const auto &[text, correct] : options) {
            auto *option = check->add_options();
            option->set_text(text);
            option->set_correct(correct);
        }
    };
    addCheck({{"longest of them all", true}, {"short", false}, {"medium one", false}});
    addCheck({{"a", false}, {"bb", true}, {"ccc", false}});
    addCheck({{"xx", false}, {"yyy", false}, {"z", true}});
    const CueAudit audit = auditCues(pack);
    QCOMPARE(audit.checks, 3);
    QCOMPARE(audit.checkCorrectIsLongest, 1);
    QCOMPARE(audit.checkCorrectIsShortest, 1);
    QCOMPARE(audit.checkCorrectPositions, (QList<int>{1, 1, 1}));
    QVERIFY(qFuzzyCompare(strategy(audit, QStringLiteral("always the longest")).checks, 1.0 / 3));
    QVERIFY(qFuzzyCompare(strategy(audit, QStringLiteral("always the shortest")).checks, 1.0 / 3));
    QVERIFY(qFuzzyCompare(strategy(audit, QStringLiteral("always the first in the file")).checks, 1.0 / 3));
    QVERIFY(audit.failures.isEmpty()); // 3 checks: too few to enforce
}

void TestCueAudit::limitsAreEnforcedFromEnoughDecisions()
{
    pb::ContentPack few;
    for (int i = 0; i < 5; ++i) // 10 decisions: reported, not enforced
        addWorkedDrill(few, "d" + std::to_string(i));
    QVERIFY(auditCues(few).failures.isEmpty());

    pb::ContentPack many;
    for (int i = 0; i < 6; ++i) // 12 decisions, half with the best the longest
        addWorkedDrill(many, "d" + std::to_string(i));
    const CueAudit audit = auditCues(many);
    QVERIFY(hasFailure(audit, QStringLiteral("choosing always the longest scores 0.75")));
    QVERIFY(hasFailure(audit, QStringLiteral("choosing always the first in the file scores 0.83")));
    QVERIFY(!hasFailure(audit, QStringLiteral("always the shortest")));
    QVERIFY(hasFailure(audit, QStringLiteral("the best option is the longest in 6 of 12")));
    QVERIFY(!hasFailure(audit, QStringLiteral("competing"))); // 6 of 12 is exactly half
    for (const auto &failure : audit.failures)
        QCOMPARE(failure.folder, QStringLiteral("drills"));
}

void TestCueAudit::passesWhenFormTellsNothing()
{
    // Every decision: the longest option first in the file and the shortest last, while the
    // best moves from first to second to third; the runner-up half a point behind.
    pb::ContentPack pack;
    for (int i = 0; i < 12; ++i) {
        pb::Drill *drill = pack.add_drills();
        drill->set_id("even" + std::to_string(i));
        drill->add_measures("a");
        drill->add_measures("b");
        drill->set_start("only");
        const int bestAt = i % 3;
        pb::Decision *decision = drill->add_decisions();
        decision->set_id("only");
        for (int o = 0; o < 3; ++o) {
            pb::Option *option = decision->add_options();
            option->set_id("o" + std::to_string(o));
            option->set_text(std::string(size_t(30 - 10 * o), 'w'));
            const int rank = (o - bestAt + 3) % 3; // 0 best
            (*option->mutable_key())["a"] = rank == 0 ? 5 : rank == 1 ? 4 : 1;
            (*option->mutable_key())["b"] = rank == 0 ? 4 : rank == 1 ? 4 : 2;
        }
    }
    const CueAudit audit = auditCues(pack);
    QVERIFY2(audit.failures.isEmpty(), qPrintable(formatCueAudit(audit)));
    QCOMPARE(audit.bestPositions, (QList<int>{4, 4, 4}));
    QCOMPARE(audit.competing(), 12);
    QCOMPARE(audit.bestIsLongest(), 4);
    // Longest (= first) meets the best, the worst and the runner-up in turn: (1 + 0 + 7/8) / 3.
    QCOMPARE(strategy(audit, QStringLiteral("always the longest")).drills, 0.625);
    QVERIFY(formatCueAudit(audit).contains(QStringLiteral("Cue audit passed.")));
}

void TestCueAudit::compilerReportsAFailedAuditAndPrintsIt()
{
    ContentFixture content;
    QVERIFY(content.isValid());
    for (int i = 0; i < 6; ++i)
        QVERIFY(content.write(QStringLiteral("drills/tell-%1.yaml").arg(i), longestWinsDrill(i)));
    const CompileResult result = content.compile();
    QCOMPARE(result.cueAudit.decisions.size(), 16); // 4 of the baseline, 12 written here
    EXPECT_DIAGNOSTIC(result, content.path(QStringLiteral("drills")), 0,
                      QStringLiteral("cue audit: the best option is the longest in 14 of 16 "
                                     "decisions; the limit is 40%"));
    EXPECT_DIAGNOSTIC(result, content.path(QStringLiteral("drills")), 0,
                      QStringLiteral("cue audit: choosing always the longest scores"));

    QProcess contentc;
    contentc.start(contentcExecutable(), {QStringLiteral("--source"), content.root(),
                                          QStringLiteral("--check")});
    QVERIFY(contentc.waitForFinished(60000));
    QCOMPARE(contentc.exitCode(), 1);
    const QString report = QString::fromUtf8(contentc.readAllStandardOutput());
    QVERIFY(report.contains(QStringLiteral("Cue audit: naive strategies")));
    QVERIFY(report.contains(QStringLiteral("tell-3/d2")));
    QVERIFY(report.contains(QStringLiteral("Cue audit FAILED (drills)")));
    QVERIFY(QString::fromUtf8(contentc.readAllStandardError())
                .contains(content.path(QStringLiteral("drills")) + QStringLiteral(": cue audit:")));
}

void TestCueAudit::decisionMeasuresASubset()
{
    ContentFixture content;
    const QString drill = QStringLiteral("drills/one.yaml");
    QVERIFY(content.replace(drill, QStringLiteral("prompt: And then?\n"),
                            QStringLiteral("prompt: And then?\n    measures: [coaching]\n")));
    QVERIFY(content.replace(drill, QStringLiteral("key: {coaching: 4, trust: 4}"), QStringLiteral("key: {coaching: 4}")));
    QVERIFY(content.replace(drill, QStringLiteral("key: {coaching: 1, trust: 1}"), QStringLiteral("key: {coaching: 1}")));
    QVERIFY(content.replace(drill, QStringLiteral("key: {coaching: 2, trust: 3}\n        feedback: Risky."),
                            QStringLiteral("key: {coaching: 2}\n        feedback: Risky.")));
    const CompileResult result = content.compile();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allDiagnostics(result)));
    const pb::Drill *one = nullptr;
    for (const auto &d : result.pack.drills())
        if (d.id() == "one")
            one = &d;
    QVERIFY(one);
    const pb::Decision &second = one->decisions(1);
    QCOMPARE(second.measures_size(), 1);
    QCOMPARE(second.measures(0), std::string("coaching"));
    QCOMPARE(groundwork::drillkey::measuredDimensions(*one, second), std::vector<std::string>{"coaching"});
    // Only coaching is judged there: "Check in" is the best, 4 of 1..4.
    const auto judged = groundwork::drillkey::judgment(*one, second, 0);
    QCOMPARE(judged.size(), size_t(1));
    QCOMPARE(judged[0].score, 1.0);
    // The first decision still measures both.
    QCOMPARE(groundwork::drillkey::measuredDimensions(*one, one->decisions(0)).size(), size_t(2));
}

QTEST_GUILESS_MAIN(TestCueAudit)
#include "tst_cueaudit.moc"
