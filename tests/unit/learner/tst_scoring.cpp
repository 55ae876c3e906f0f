// Scoring the judgment (scaled per decision), Beta estimates with credible intervals, weekly
// trend, and calibration.
#include "learner/calibration.h"
#include "learner/estimate.h"
#include "learner/judgmentscorer.h"
#include "testpack.h"

#include <QDate>
#include <QTest>

#include <cmath>

using namespace groundwork::core;
using namespace groundwork::core::learner;
using namespace groundwork::core::learner::testing;

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void scoresScaleBetweenWorstAndBestOption();
    void flatDimensionGivesNoEvidence();
    void unknownOptionIsRefused();
    void incompleteBetaKnownValues();
    void thinEvidenceHasWideInterval();
    void weeklyTrend();
    void keepsContentVersions();
    void calibrationFigures();
    void calibrationVerdicts();
};

void TestScoring::scoresScaleBetweenWorstAndBestOption()
{
    const JudgmentScorer scorer(makeTestPack());
    const auto doIt = scorer.score(QStringLiteral("handover"), QStringLiteral("h1"), QStringLiteral("do-it"));
    QVERIFY(doIt);
    QCOMPARE(doIt->scores.size(), 2);
    QCOMPARE(doIt->scores[0].dimensionId, QStringLiteral("delegation"));
    QCOMPARE(doIt->scores[0].score, 0.0);
    QCOMPARE(doIt->scores[1].dimensionId, QStringLiteral("trust"));
    QCOMPARE(doIt->scores[1].score, 0.0);
    QVERIFY(!doIt->best);

    const auto hand = scorer.score(QStringLiteral("handover"), QStringLiteral("h1"), QStringLiteral("hand"));
    QCOMPARE(hand->scores[0].score, 1.0); // delegation 5 of 1..5
    QCOMPARE(hand->scores[1].score, 0.5); // trust 3 of 2..4
    QVERIFY(hand->best);                  // mean key 4.0, tied with "pair"

    const auto noBar = scorer.score(QStringLiteral("bar"), QStringLiteral("b1"), QStringLiteral("no-bar"));
    QCOMPARE(noBar->scores[0].score, 0.25); // standards 2 of 1..5
    QVERIFY(!noBar->best);
}

void TestScoring::flatDimensionGivesNoEvidence()
{
    const JudgmentScorer scorer(makeTestPack());
    const auto y = scorer.score(QStringLiteral("flat"), QStringLiteral("f1"), QStringLiteral("y"));
    QVERIFY(y);
    QCOMPARE(y->scores.size(), 1); // trust is keyed 3 and 3: no evidence
    QCOMPARE(y->scores[0].dimensionId, QStringLiteral("focus"));
    QCOMPARE(y->scores[0].score, 1.0);
    QVERIFY(y->best);
}

void TestScoring::unknownOptionIsRefused()
{
    const JudgmentScorer scorer(makeTestPack());
    QVERIFY(!scorer.score(QStringLiteral("nope"), QStringLiteral("h1"), QStringLiteral("hand")));
    QVERIFY(!scorer.score(QStringLiteral("handover"), QStringLiteral("zz"), QStringLiteral("hand")));
    QVERIFY(!scorer.score(QStringLiteral("handover"), QStringLiteral("h1"), QStringLiteral("zz")));
}

void TestScoring::incompleteBetaKnownValues()
{
    // I_x(1, 1) = x; I_0.5(2, 3) = 11/16; I_x(a, 1) = x^a; symmetry I_x(a, b) = 1 - I_1-x(b, a).
    QVERIFY(std::fabs(regularizedIncompleteBeta(1, 1, 0.3) - 0.3) < 1e-12);
    QVERIFY(std::fabs(regularizedIncompleteBeta(2, 3, 0.5) - 0.6875) < 1e-12);
    QVERIFY(std::fabs(regularizedIncompleteBeta(4, 1, 0.7) - std::pow(0.7, 4)) < 1e-12);
    QVERIFY(std::fabs(regularizedIncompleteBeta(30, 50, 0.4)
                      - (1 - regularizedIncompleteBeta(50, 30, 0.6))) < 1e-12);
    QVERIFY(std::fabs(betaQuantile(1, 1, 0.05) - 0.05) < 1e-9);
    QVERIFY(std::fabs(betaQuantile(2, 3, 0.6875) - 0.5) < 1e-9);
}

void TestScoring::thinEvidenceHasWideInterval()
{
    DimensionAccumulator none;
    const auto empty = none.finish(QStringLiteral("d"));
    QCOMPARE(empty.evidence, 0);
    QCOMPARE(empty.mean, 0.5);
    QVERIFY(std::fabs(empty.low - 0.05) < 1e-9 && std::fabs(empty.high - 0.95) < 1e-9);

    DimensionAccumulator thin;
    thin.add(2460000, 1.0, QStringLiteral("v1"));
    const auto one = thin.finish(QStringLiteral("d"));
    QVERIFY(one.mean > 0.5 && one.mean < 0.7); // shrunk toward 0.5
    QVERIFY(one.high - one.low > 0.6);

    DimensionAccumulator thick;
    for (int i = 0; i < 200; ++i)
        thick.add(2460000 + i, i % 5 == 0 ? 0.0 : 1.0, QStringLiteral("v1"));
    const auto many = thick.finish(QStringLiteral("d"));
    QVERIFY(std::fabs(many.mean - 161.0 / 202.0) < 1e-12);
    QVERIFY(many.high - many.low < 0.1);
    QVERIFY(many.low < many.mean && many.mean < many.high);
    QCOMPARE(many.evidence, 200);
}

void TestScoring::weeklyTrend()
{
    const qint64 monday = QDate(2026, 1, 5).toJulianDay();
    DimensionAccumulator rising;
    for (int week = 0; week < 6; ++week)
        for (int i = 0; i < 3; ++i)
            rising.add(monday + 7 * week + i, 0.2 + 0.1 * week, QStringLiteral("v"));
    const auto r = rising.finish(QStringLiteral("d"));
    QCOMPARE(r.weeks.size(), 6);
    QCOMPARE(r.weeks.first().weekStartDay, monday);
    QCOMPARE(r.weeks.first().count, 3);
    QCOMPARE(r.trend, DimensionEstimate::Trend::Rising);
    QVERIFY(std::fabs(r.trendPerWeek - 0.1) < 1e-9);

    DimensionAccumulator twoWeeks;
    twoWeeks.add(monday, 0.1, QStringLiteral("v"));
    twoWeeks.add(monday + 7, 0.9, QStringLiteral("v"));
    QCOMPARE(twoWeeks.finish(QStringLiteral("d")).trend, DimensionEstimate::Trend::Unknown);

    DimensionAccumulator steady;
    for (int week = 0; week < 4; ++week)
        steady.add(monday + 7 * week + 2, 0.6, QStringLiteral("v"));
    QCOMPARE(steady.finish(QStringLiteral("d")).trend, DimensionEstimate::Trend::Steady);
}

void TestScoring::keepsContentVersions()
{
    DimensionAccumulator acc;
    acc.add(2460000, 0.5, QStringLiteral("2026.2"));
    acc.add(2460001, 0.5, QStringLiteral("2026.1"));
    acc.add(2460002, 0.5, QStringLiteral("2026.2"));
    QCOMPARE(acc.finish(QStringLiteral("d")).contentVersions,
             (QStringList{QStringLiteral("2026.1"), QStringLiteral("2026.2")}));
}

void TestScoring::calibrationFigures()
{
    CalibrationTally t;
    // 80%: 4 of 5 correct; 95%: 1 of 2 correct; 50%: 1 of 1; not rated: ignored.
    for (bool c : {true, true, true, true, false})
        t.add(80, c);
    t.add(95, true);
    t.add(95, false);
    t.add(50, true);
    t.add(0, false);
    t.add(70, true); // not an offered level: ignored
    const auto c = t.result();
    QCOMPARE(c.rated, 8);
    const double brier = (4 * 0.04 + 0.64 + 0.0025 + 0.9025 + 0.25) / 8;
    QVERIFY(std::fabs(c.brier - brier) < 1e-12);
    const double ece = (5 * std::fabs(0.8 - 0.8) + 2 * std::fabs(0.5 - 0.95) + 1 * std::fabs(1.0 - 0.5)) / 8;
    QVERIFY(std::fabs(c.ece - ece) < 1e-12);
    QVERIFY(std::fabs(c.accuracy - 6.0 / 8) < 1e-12);
    QVERIFY(std::fabs(c.meanConfidence - (5 * 0.8 + 2 * 0.95 + 0.5) / 8) < 1e-12);
    QCOMPARE(c.verdict, Calibration::Verdict::TooLittleEvidence);
    QCOMPARE(c.bins.size(), 4);
    QCOMPARE(c.bins[2].confidencePercent, 80);
    QCOMPARE(c.bins[2].count, 5);
}

void TestScoring::calibrationVerdicts()
{
    CalibrationTally over;
    for (int i = 0; i < 20; ++i)
        over.add(95, i % 2 == 0);
    QCOMPARE(over.result().verdict, Calibration::Verdict::OverConfident);

    CalibrationTally under;
    for (int i = 0; i < 20; ++i)
        under.add(50, i % 10 != 0);
    QCOMPARE(under.result().verdict, Calibration::Verdict::UnderConfident);

    CalibrationTally good;
    for (int i = 0; i < 20; ++i)
        good.add(80, i % 5 != 0);
    const auto g = good.result();
    QCOMPARE(g.verdict, Calibration::Verdict::WellCalibrated);
    QVERIFY(std::fabs(g.ece) < 1e-12);

    CalibrationTally few;
    for (int i = 0; i < Calibration::kMinRated - 1; ++i)
        few.add(95, false);
    QCOMPARE(few.result().verdict, Calibration::Verdict::TooLittleEvidence);
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
