// The shipped drills measure judgment, not test-wiseness: the cue audit's limits hold on the
// pack the app ships, and simulated learners whose judgment differs independently per
// dimension get profiles that tell the dimensions apart. The same learners sit both forms of
// the readiness assessment, which must agree and be of matched difficulty.
//
// GROUNDWORK_MEASURE_CONTENT=<content folder> runs the same checks on other content, compiled
// here even if it fails the audit (for comparing content versions before and after a change);
// by default the shipped pack is used.

#include "compiler/compiler.h"
#include "compiler/cueaudit.h"
#include "content/contentpack.h"
#include "key/drillkey.h"
#include "learner/estimate.h"
#include "learner/judgmentscorer.h"

#include <QResource>
#include <QtTest>

#include <cmath>
#include <map>
#include <random>

using namespace groundwork::core;
using groundwork::contentc::CueAudit;
using groundwork::contentc::CueLimits;

namespace {

// A learner's true judgment per dimension, in [-1, 1]: 1 reliably prefers what the dimension
// calls effective, 0 is indifferent to it, -1 is drawn to the trap it guards against.
using Truth = std::map<std::string, double>;

// How sharply a learner's choices follow their judgment: with 6, a learner of judgment 1 on
// the one dimension a decision measures picks an option judged 1 over one judged 0 about 95%
// of the time; the rest is the noise of a real day.
constexpr double kSharpness = 6.0;
constexpr int kLearners = 400;
constexpr double kMinTracking = 0.5;
constexpr double kMaxCross = 0.35;
constexpr double kMaxMeanCross = 0.2;
// Parallel forms (assessmentFormsAreParallel): the forms' systematic difference in mean score
// must stay below half of one sitting's own measurement error (the standard deviation of a
// learner's A - B difference over the square root of 2), so it is lost in the uncertainty the
// profile shows; and a learner's two scores must agree at the conventional minimum for
// parallel-forms reliability.
constexpr double kMaxFormDifferenceInErrors = 0.5;
constexpr double kMinFormAgreement = 0.7;

double pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    const double n = double(x.size());
    double mx = 0, my = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        mx += x[i] / n;
        my += y[i] / n;
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

// Uniform in [0, 1) from the generator's raw bits (its distributions differ between standard
// libraries; its bits do not), so the simulation is the same everywhere.
double uniform(std::mt19937_64 &random)
{
    return double(random() >> 11) * 0x1.0p-53;
}

const pb::Decision *findDecision(const pb::Drill &drill, const std::string &id)
{
    for (const auto &decision : drill.decisions())
        if (decision.id() == id)
            return &decision;
    return nullptr;
}

// The option a learner with `truth` picks: each option weighted by how well it suits the
// learner's judgment on the dimensions the decision measures.
int choose(const pb::Drill &drill, const pb::Decision &decision, const Truth &truth,
           std::mt19937_64 &random)
{
    std::vector<double> weights;
    for (int i = 0; i < decision.options_size(); ++i) {
        double utility = 0;
        for (const auto &judged : groundwork::drillkey::judgment(drill, decision, i))
            utility += truth.at(judged.dimension) * (judged.score - 0.5);
        weights.push_back(std::exp(kSharpness * utility));
    }
    double total = 0;
    for (double w : weights)
        total += w;
    double pick = uniform(random) * total;
    int chosen = 0;
    while (chosen + 1 < int(weights.size()) && pick >= weights[size_t(chosen)])
        pick -= weights[size_t(chosen++)];
    return chosen;
}

// Walks every drill once as a learner with `truth` would, scoring each choice with the app's
// scorer into the app's estimator; returns the profile's estimate per dimension.
std::map<std::string, double> simulate(const pb::ContentPack &pack, const Truth &truth,
                                       std::mt19937_64 &random)
{
    std::map<std::string, learner::DimensionAccumulator> evidence;
    qint64 day = 2461000;
    for (const auto &drill : pack.drills()) {
        const pb::Decision *at = findDecision(drill, drill.start());
        for (int step = 0; at && step < drill.decisions_size(); ++step) {
            const int chosen = choose(drill, *at, truth, random);
            const auto scored = learner::JudgmentScorer::scoreOption(drill, *at, chosen);
            for (const auto &score : scored.scores)
                evidence[score.dimensionId.toStdString()].add(day, score.score, QStringLiteral("sim"));
            at = findDecision(drill, at->options(chosen).next());
        }
        ++day;
    }
    std::map<std::string, double> estimates;
    for (const auto &[dimension, accumulator] : evidence)
        estimates[dimension] = accumulator.finish(QString::fromStdString(dimension)).mean;
    return estimates;
}

// One sitting of an assessment form by a learner with `truth`: the mean judgment (0..1) over
// the decisions walked, overall and per dimension.
struct Sitting
{
    double overall = 0;
    std::map<std::string, double> byDimension;
};

Sitting sit(const pb::ContentPack &pack, pb::AssessmentForm form, const Truth &truth,
            std::mt19937_64 &random)
{
    double sum = 0;
    int count = 0;
    std::map<std::string, std::pair<double, int>> dimensions;
    for (const auto &drill : pack.drills()) {
        if (drill.assessment_form() != form)
            continue;
        const pb::Decision *at = findDecision(drill, drill.start());
        for (int step = 0; at && step < drill.decisions_size(); ++step) {
            const int chosen = choose(drill, *at, truth, random);
            const auto judged = groundwork::drillkey::judgment(drill, *at, chosen);
            if (const auto mean = groundwork::drillkey::meanJudgment(judged)) {
                sum += *mean;
                ++count;
            }
            for (const auto &dimension : judged) {
                dimensions[dimension.dimension].first += dimension.score;
                ++dimensions[dimension.dimension].second;
            }
            at = findDecision(drill, at->options(chosen).next());
        }
    }
    Sitting sitting;
    sitting.overall = count ? sum / count : 0;
    for (const auto &[dimension, total] : dimensions)
        sitting.byDimension[dimension] = total.first / total.second;
    return sitting;
}

double mean(const std::vector<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.empty() ? 0 : sum / double(values.size());
}

} // namespace

class TestMeasurement : public QObject
{
    Q_OBJECT
    std::shared_ptr<const ContentPack> m_pack;
    pb::ContentPack m_whole; // every lesson and drill parsed: these tests read them all

    const pb::ContentPack &pack() const { return m_whole; }

private slots:
    void initTestCase()
    {
        const QString source = qEnvironmentVariable("GROUNDWORK_MEASURE_CONTENT");
        if (!source.isEmpty()) {
            groundwork::contentc::CompileOptions options;
            options.sourceDir = source;
            std::string bytes;
            QVERIFY(groundwork::contentc::compileContent(options).pack.SerializeToString(&bytes));
            auto loaded = ContentPack::fromBytes(QByteArray::fromStdString(bytes));
            QVERIFY2(loaded.pack, qPrintable(loaded.error));
            m_pack = loaded.pack;
            m_whole = m_pack->wholePack();
            return;
        }
        const QString rcc = QStringLiteral(GROUNDWORK_BINARY_DIR "/bin/groundwork-content.rcc");
        QVERIFY2(QResource::registerResource(rcc), qPrintable(rcc));
        auto loaded = ContentPack::fromFile(QStringLiteral(":/content/pack.bin"));
        QVERIFY2(loaded.pack, qPrintable(loaded.error));
        m_pack = loaded.pack;
        m_whole = m_pack->wholePack();
    }

    // The same audit the build enforces, run on what actually ships, so a pack built some
    // other way cannot slide back.
    void naiveStrategiesStayBelowTheLimits()
    {
        const CueAudit audit = groundwork::contentc::auditCues(pack());
        qInfo().noquote() << groundwork::contentc::formatCueAudit(audit);
        QVERIFY(audit.decisions.size() >= CueLimits::kMinDecisionsToEnforce);
        for (const auto &strategy : audit.strategies) {
            if (strategy.name == QLatin1String("random (expected)"))
                continue;
            QVERIFY2(strategy.drills <= CueLimits::kMaxNaiveScore, qPrintable(strategy.name));
            QVERIFY2(strategy.checks <= CueLimits::kMaxNaiveScore, qPrintable(strategy.name));
        }
        QVERIFY(audit.bestIsLongest() <= CueLimits::kMaxBestIsLongestShare * audit.decisions.size());
        QVERIFY(audit.competing() >= CueLimits::kMinCompetingShare * audit.decisions.size());
        QVERIFY(audit.checkCorrectIsLongest <= CueLimits::kMaxBestIsLongestShare * audit.checks);
        QVERIFY(audit.failures.isEmpty());
    }

    // Learners whose judgment differs independently per dimension. The profile must follow
    // each dimension's truth (kMinTracking: the estimate explains at least a quarter of the
    // true variation from one pass through the drills) and must not tie dimensions together
    // that the learners do not tie (kMaxCross for any pair, kMaxMeanCross on average: with 400
    // independent learners chance alone gives |r| of about 0.05, so larger values come from
    // keys that move together).
    void assessmentFormsAreParallel();

    void profileTellsDimensionsApart()
    {
        std::vector<std::string> dimensions;
        for (const auto &dimension : pack().dimensions())
            dimensions.push_back(dimension.id());
        std::mt19937_64 random(20261206);
        std::map<std::string, std::vector<double>> truths, estimates;
        for (int n = 0; n < kLearners; ++n) {
            Truth truth;
            for (const auto &dimension : dimensions)
                truth[dimension] = 2 * uniform(random) - 1;
            const auto estimate = simulate(pack(), truth, random);
            for (const auto &dimension : dimensions) {
                truths[dimension].push_back(truth[dimension]);
                estimates[dimension].push_back(estimate.count(dimension) ? estimate.at(dimension) : 0.5);
            }
        }
        double worstTracking = 1, worstCross = 0, sumCross = 0;
        int pairs = 0;
        QStringList problems;
        for (size_t i = 0; i < dimensions.size(); ++i) {
            const QString name = QString::fromStdString(dimensions[i]);
            const double tracking = pearson(truths[dimensions[i]], estimates[dimensions[i]]);
            qInfo("%-28s estimate ~ truth r = %.2f", dimensions[i].c_str(), tracking);
            if (tracking < kMinTracking)
                problems << QStringLiteral("%1 tracks its truth at r = %2").arg(name).arg(tracking, 0, 'f', 2);
            worstTracking = std::min(worstTracking, tracking);
            for (size_t j = i + 1; j < dimensions.size(); ++j) {
                const QString other = QString::fromStdString(dimensions[j]);
                const double cross = pearson(estimates[dimensions[i]], estimates[dimensions[j]]);
                qInfo("  %-28s ~ %-28s r = %+.2f", dimensions[i].c_str(), dimensions[j].c_str(), cross);
                if (std::abs(cross) > kMaxCross)
                    problems << QStringLiteral("%1 ~ %2: r = %3").arg(name, other).arg(cross, 0, 'f', 2);
                worstCross = std::max(worstCross, std::abs(cross));
                sumCross += std::abs(cross);
                ++pairs;
            }
        }
        const double meanCross = pairs ? sumCross / pairs : 0;
        qInfo("simulation: %d learners; weakest estimate ~ truth r = %.2f; between dimensions "
              "max |r| = %.2f, mean |r| = %.2f", kLearners, worstTracking, worstCross, meanCross);
        if (meanCross > kMaxMeanCross)
            problems << QStringLiteral("mean |r| between dimensions %1").arg(meanCross, 0, 'f', 2);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
};

// The two forms of the readiness assessment are parallel in what they measure, not only in
// their counts: the same simulated learners (judgment independent per dimension, as above)
// sit both forms. Matched difficulty: overall and per dimension, the forms' mean scores differ
// by less than kMaxFormDifferenceInErrors of one sitting's measurement error, so a learner's
// before/after difference is not the forms' difference. Matched content: a learner's two
// scores agree (parallel-forms r at least kMinFormAgreement), overall and per dimension, so
// both forms rank learners alike.
void TestMeasurement::assessmentFormsAreParallel()
{
    if (m_pack->assessmentDrills(pb::ASSESSMENT_FORM_A).isEmpty())
        QSKIP("this content has no readiness assessment");
    std::mt19937_64 random(20261207);
    std::vector<double> overall[2];
    std::map<std::string, std::vector<double>> byDimension[2];
    for (int n = 0; n < kLearners; ++n) {
        Truth truth;
        for (const auto &dimension : pack().dimensions())
            truth[dimension.id()] = 2 * uniform(random) - 1;
        const pb::AssessmentForm forms[2] = {pb::ASSESSMENT_FORM_A, pb::ASSESSMENT_FORM_B};
        for (int f = 0; f < 2; ++f) {
            const Sitting sitting = sit(pack(), forms[f], truth, random);
            overall[f].push_back(sitting.overall);
            for (const auto &dimension : pack().dimensions())
                byDimension[f][dimension.id()].push_back(sitting.byDimension.count(dimension.id())
                                                             ? sitting.byDimension.at(dimension.id())
                                                             : 0.5);
        }
    }
    QStringList problems;
    const auto compare = [&](const QString &what, const std::vector<double> &a,
                             const std::vector<double> &b) {
        std::vector<double> differences;
        for (size_t i = 0; i < a.size(); ++i)
            differences.push_back(a[i] - b[i]);
        const double d = mean(differences);
        double variance = 0;
        for (double x : differences)
            variance += (x - d) * (x - d) / double(differences.size() - 1);
        const double error = std::sqrt(variance / 2); // one sitting's measurement error
        const double r = pearson(a, b);
        qInfo("%-30s A %.3f, B %.3f: difference %+.3f (one sitting's error %.3f), r = %.2f",
              qPrintable(what), mean(a), mean(b), d, error, r);
        if (std::abs(d) > kMaxFormDifferenceInErrors * error)
            problems << QStringLiteral("%1: the forms differ by %2, more than %3 of one "
                                       "sitting's error %4")
                            .arg(what).arg(d, 0, 'f', 3).arg(kMaxFormDifferenceInErrors)
                            .arg(error, 0, 'f', 3);
        if (r < kMinFormAgreement)
            problems << QStringLiteral("%1: the forms agree at r = %2").arg(what).arg(r, 0, 'f', 2);
    };
    compare(QStringLiteral("overall"), overall[0], overall[1]);
    for (const auto &dimension : pack().dimensions())
        compare(QString::fromStdString(dimension.id()), byDimension[0][dimension.id()],
                byDimension[1][dimension.id()]);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestMeasurement)
#include "tst_measurement.moc"
