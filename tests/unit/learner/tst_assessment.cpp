// The readiness assessment: its answers stay out of practice, a form is taken once, its result
// and the change between sittings with their intervals, and when a sitting is offered.
#include "eventbuilder.h"
#include "learner/assessment.h"
#include "learner/derivation.h"
#include "testpack.h"

#include <QDateTime>
#include <QTest>

#include <cmath>

using namespace groundwork::core;
using namespace groundwork::core::learner;
using namespace groundwork::core::learner::testing;

namespace {

const QDate kStart(2026, 3, 2); // a Monday

qint64 msAt(QDate date, int hour = 9, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

// One whole sitting of a form: the best options of the first drill, u in the second.
QVector<Event> sitForm(EventBuilder &b, const QString &prefix)
{
    QVector<Event> events = b.attempt(prefix + QStringLiteral("one"), {QStringLiteral("q"), QStringLiteral("s")}, 80);
    events += b.attempt(prefix + QStringLiteral("two"), {QStringLiteral("u")}, 65);
    return events;
}

DimensionReadiness dimension(const QString &id, double weight, double mean, int evidence)
{
    DimensionReadiness d;
    d.dimensionId = id;
    d.name = id;
    d.weight = weight;
    d.estimate.dimensionId = id;
    d.estimate.mean = mean;
    d.estimate.evidence = evidence;
    return d;
}

AssessmentResult resultOf(QVector<DimensionReadiness> dims)
{
    AssessmentResult r;
    double overall = 0;
    for (const auto &d : dims)
        overall += d.weight * d.estimate.mean;
    r.profile.dimensions = std::move(dims);
    r.profile.overall = overall;
    return r;
}

} // namespace

class TestAssessment : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ContentPack> m_pack = makeAssessmentTestPack();
    Deriver m_deriver{Fsrs(), RetiredKeys(), AssessmentDrills(*m_pack)};

private slots:
    void assessmentAnswersStayOutOfPractice();
    void assessmentCountsAsASessionForTheWeek();
    void sittingIsCompleteAfterEveryDrill();
    void resultWeighsTheSittingAlone();
    void aFormIsTakenOnce();
    void practiceDrillsAreNotJudged();
    void offersFormAFirstAndBSixWeeksLater();
    void offersTheOtherFormWhenBWasTakenFirst();
    void sixWeeksCountLocalDaysWhateverTheTimeZone();
    void withoutASittingSixWeeksCountFromFirstUse();
    void aSittingLeftMidwayIsContinued();
    void changeIntervalIsTheDifferenceOfIndependentPosteriors();
    void changeIsClearOnlyWhenTheIntervalExcludesZero();
};

void TestAssessment::assessmentAnswersStayOutOfPractice()
{
    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart));
    const QVector<Event> practice = b.attempt(QStringLiteral("handover"), {QStringLiteral("hand"), QStringLiteral("check-daily")}, 80);
    QVector<Event> all = practice;
    all += sitForm(b, QStringLiteral("assess-a-"));

    const LearnerState practiceOnly = m_deriver.derive(practice);
    const LearnerState withAssessment = m_deriver.derive(all);
    QCOMPARE(withAssessment.assessmentDecisions, 3);
    QCOMPARE(withAssessment.decisions, practiceOnly.decisions + 3);
    QCOMPARE(withAssessment.evidenceDecisions, practiceOnly.evidenceDecisions);
    QCOMPARE(withAssessment.assessmentAnswers.size(), 3);
    // The profile, calibration and review see only the practice drill.
    QCOMPARE(withAssessment.dimensions.keys(), practiceOnly.dimensions.keys());
    for (auto it = practiceOnly.dimensions.cbegin(); it != practiceOnly.dimensions.cend(); ++it) {
        QCOMPARE(withAssessment.dimensions.value(it.key()).evidence, it->evidence);
        QCOMPARE(withAssessment.dimensions.value(it.key()).mean, it->mean);
    }
    QVERIFY(!withAssessment.dimensions.contains(QStringLiteral("standards")));
    QCOMPARE(withAssessment.calibration.rated, practiceOnly.calibration.rated);
    QCOMPARE(withAssessment.drills.keys(), QStringList{QStringLiteral("handover")});
    for (const auto &kept : withAssessment.recentAttempts)
        for (const auto &d : kept)
            QCOMPARE(d.isEvidence(), !d.decision.drillId.startsWith(QLatin1String("assess-")));
    for (const auto &d : withAssessment.assessmentAnswers) {
        QVERIFY(!d.isEvidence());
        QCOMPARE(d.assessmentForm, int(pb::ASSESSMENT_FORM_A));
    }

    // A deriver that does not know the forms would have counted them: the tag is what keeps them out.
    const LearnerState naive = Deriver().derive(all);
    QVERIFY(naive.dimensions.contains(QStringLiteral("standards")));
}

void TestAssessment::assessmentCountsAsASessionForTheWeek()
{
    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart.addDays(2)));
    const LearnerState state = m_deriver.derive(sitForm(b, QStringLiteral("assess-a-")));
    QCOMPARE(state.practiceDays, QVector<qint64>{kStart.addDays(2).toJulianDay()});
}

void TestAssessment::sittingIsCompleteAfterEveryDrill()
{
    const Assessments assessments(m_pack);
    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart));
    QVector<Event> events;
    QCOMPARE(assessments.sitting(m_deriver.derive(events), pb::ASSESSMENT_FORM_A).status,
             AssessmentSitting::Status::NotStarted);
    events += b.attempt(QStringLiteral("assess-a-one"), {QStringLiteral("q")});
    auto sitting = assessments.sitting(m_deriver.derive(events), pb::ASSESSMENT_FORM_A);
    QCOMPARE(sitting.status, AssessmentSitting::Status::InProgress);
    QCOMPARE(sitting.drillsFinished, 0);
    events += b.attempt(QStringLiteral("assess-a-one"), {QStringLiteral("q"), QStringLiteral("s")}).mid(1);
    // (the builder's second call makes a new attempt id; a sitting counts its first attempt only)
    sitting = assessments.sitting(m_deriver.derive(events), pb::ASSESSMENT_FORM_A);
    QCOMPARE(sitting.drillsFinished, 0);
    QVERIFY(!assessments.result(m_deriver.derive(events), pb::ASSESSMENT_FORM_A, QStringLiteral("em")));

    EventBuilder clean(m_pack, QStringLiteral("dev"), msAt(kStart));
    const LearnerState done = m_deriver.derive(sitForm(clean, QStringLiteral("assess-a-")));
    sitting = assessments.sitting(done, pb::ASSESSMENT_FORM_A);
    QCOMPARE(sitting.status, AssessmentSitting::Status::Complete);
    QCOMPARE(sitting.drillsFinished, 2);
    QCOMPARE(sitting.startedDay, kStart.toJulianDay());
    QCOMPARE(assessments.sitting(done, pb::ASSESSMENT_FORM_B).status, AssessmentSitting::Status::NotStarted);
}

void TestAssessment::resultWeighsTheSittingAlone()
{
    const Assessments assessments(m_pack);
    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart));
    QVector<Event> events = b.attempt(QStringLiteral("handover"), {QStringLiteral("do-it"), QStringLiteral("check-daily")});
    events += sitForm(b, QStringLiteral("assess-a-"));
    const auto result = assessments.result(m_deriver.derive(events), pb::ASSESSMENT_FORM_A, QStringLiteral("em"));
    QVERIFY(result);
    QCOMPARE(result->decisions, 3);
    QCOMPARE(result->profile.roleId, QStringLiteral("em"));
    QCOMPARE(result->profile.dimensions.size(), 4);
    // delegation: q and s are both best (score 1 each): Beta(3, 1), not the practice's poor answers.
    const auto delegation = std::find_if(result->profile.dimensions.cbegin(), result->profile.dimensions.cend(),
                                         [](const auto &d) { return d.dimensionId == QLatin1String("delegation"); });
    QVERIFY(delegation != result->profile.dimensions.cend());
    QCOMPARE(delegation->estimate.evidence, 2);
    QCOMPARE(delegation->estimate.mean, 0.75);
    QCOMPARE(delegation->weight, 3.0 / 7.0);
    // standards: u is the worst (0): Beta(1, 2), mean 1/3; focus: u is the best: 2/3.
    double overall = 0;
    for (const auto &d : result->profile.dimensions)
        overall += d.weight * d.estimate.mean;
    QCOMPARE(result->profile.overall, overall);
    QVERIFY(result->profile.overallLow < overall && overall < result->profile.overallHigh);
    const double sd = std::sqrt(ReadinessProfiler::overallVariance(result->profile));
    QVERIFY(std::abs((result->profile.overallHigh - result->profile.overallLow) - 2 * 1.6448536269514722 * sd) < 1e-9);
}

void TestAssessment::aFormIsTakenOnce()
{
    const Assessments assessments(m_pack);
    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart));
    QVector<Event> events = b.attempt(QStringLiteral("assess-a-one"), {QStringLiteral("q")});
    const QString attempt = decodeDecision(events.first().payload)->attemptId;
    LearnerState state = m_deriver.derive(events);

    // The same attempt goes on at the next decision, and only there.
    QVERIFY(!assessments.refusal(state, attempt, QStringLiteral("assess-a-one"), QStringLiteral("x2")));
    QVERIFY(assessments.refusal(state, attempt, QStringLiteral("assess-a-one"), QStringLiteral("x1")));
    // A second attempt at the drill is refused: it would be a retake.
    QVERIFY(assessments.refusal(state, QStringLiteral("another"), QStringLiteral("assess-a-one"), QStringLiteral("x1")));
    // A drill not begun may start, at its first decision only.
    QVERIFY(!assessments.refusal(state, QStringLiteral("fresh"), QStringLiteral("assess-a-two"), QStringLiteral("y1")));

    events += b.decision(attempt, QStringLiteral("assess-a-one"), QStringLiteral("x2"), QStringLiteral("s"));
    state = m_deriver.derive(events);
    // Finished: nothing more, whatever the attempt.
    QVERIFY(assessments.refusal(state, attempt, QStringLiteral("assess-a-one"), QStringLiteral("x2")));
    QVERIFY(assessments.refusal(state, attempt, QStringLiteral("assess-a-one"), QStringLiteral("x1")));
    QVERIFY(assessments.refusal(state, QStringLiteral("again"), QStringLiteral("assess-a-one"), QStringLiteral("x1")));
}

void TestAssessment::practiceDrillsAreNotJudged()
{
    const Assessments assessments(m_pack);
    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart));
    const LearnerState state = m_deriver.derive(b.attempt(QStringLiteral("bar"), {QStringLiteral("role-bar")}));
    // Practice drills may be played again and again.
    QVERIFY(!assessments.refusal(state, QStringLiteral("second"), QStringLiteral("bar"), QStringLiteral("b1")));
}

void TestAssessment::offersFormAFirstAndBSixWeeksLater()
{
    const Assessments assessments(m_pack);
    auto offer = assessments.offer(LearnerState(), kStart);
    QCOMPARE(offer.reason, AssessmentOffer::Reason::Start);
    QCOMPARE(offer.form, pb::ASSESSMENT_FORM_A);
    QVERIFY(offer.available());

    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart.addDays(3)));
    QVector<Event> events = sitForm(b, QStringLiteral("assess-a-"));
    const LearnerState afterA = m_deriver.derive(events);
    offer = assessments.offer(afterA, kStart.addDays(3 + 41));
    QCOMPARE(offer.reason, AssessmentOffer::Reason::NotYet);
    QCOMPARE(offer.form, pb::ASSESSMENT_FORM_B);
    QCOMPARE(offer.dueDay, kStart.addDays(3 + 42).toJulianDay());
    QVERIFY(!offer.available());
    offer = assessments.offer(afterA, kStart.addDays(3 + 42));
    QCOMPARE(offer.reason, AssessmentOffer::Reason::SixWeeks);
    QCOMPARE(offer.form, pb::ASSESSMENT_FORM_B);

    b.setTime(msAt(kStart.addDays(3 + 50)));
    events += sitForm(b, QStringLiteral("assess-b-"));
    offer = assessments.offer(m_deriver.derive(events), kStart.addDays(200));
    QCOMPARE(offer.reason, AssessmentOffer::Reason::None);
    QVERIFY(!offer.available());
    const auto results = assessments.results(m_deriver.derive(events), QStringLiteral("em"));
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).form, pb::ASSESSMENT_FORM_A);
    QCOMPARE(results.at(1).form, pb::ASSESSMENT_FORM_B);
}

void TestAssessment::offersTheOtherFormWhenBWasTakenFirst()
{
    const Assessments assessments(m_pack);
    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart));
    const LearnerState afterB = m_deriver.derive(sitForm(b, QStringLiteral("assess-b-")));
    const auto offer = assessments.offer(afterB, kStart.addDays(42));
    QCOMPARE(offer.reason, AssessmentOffer::Reason::SixWeeks);
    QCOMPARE(offer.form, pb::ASSESSMENT_FORM_A);
}

// Taken at 23:30 on 2 March in New York (04:30 UTC on 3 March): six weeks count from 2 March,
// the learner's day, not from the UTC date.
void TestAssessment::sixWeeksCountLocalDaysWhateverTheTimeZone()
{
    const Assessments assessments(m_pack);
    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart.addDays(1), 4, 30), -300);
    b.setStep(10'000);
    const LearnerState state = m_deriver.derive(sitForm(b, QStringLiteral("assess-a-")));
    QCOMPARE(assessments.sitting(state, pb::ASSESSMENT_FORM_A).startedDay, kStart.toJulianDay());
    QCOMPARE(assessments.offer(state, kStart.addDays(41)).reason, AssessmentOffer::Reason::NotYet);
    QCOMPARE(assessments.offer(state, kStart.addDays(42)).reason, AssessmentOffer::Reason::SixWeeks);
    // Ahead of UTC: 00:30 on 3 March in Tokyo is 15:30 UTC on 2 March.
    EventBuilder east(m_pack, QStringLiteral("dev"), msAt(kStart, 15, 30), 540);
    const LearnerState tokyo = m_deriver.derive(sitForm(east, QStringLiteral("assess-a-")));
    QCOMPARE(assessments.sitting(tokyo, pb::ASSESSMENT_FORM_A).startedDay, kStart.addDays(1).toJulianDay());
    QCOMPARE(assessments.offer(tokyo, kStart.addDays(42)).reason, AssessmentOffer::Reason::NotYet);
    QCOMPARE(assessments.offer(tokyo, kStart.addDays(43)).reason, AssessmentOffer::Reason::SixWeeks);
}

void TestAssessment::withoutASittingSixWeeksCountFromFirstUse()
{
    const Assessments assessments(m_pack);
    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart));
    const LearnerState state = m_deriver.derive(b.attempt(QStringLiteral("bar"), {QStringLiteral("role-bar")}));
    auto offer = assessments.offer(state, kStart.addDays(41));
    QCOMPARE(offer.reason, AssessmentOffer::Reason::Start);
    QCOMPARE(offer.dueDay, kStart.toJulianDay());
    offer = assessments.offer(state, kStart.addDays(42));
    QCOMPARE(offer.reason, AssessmentOffer::Reason::SixWeeks);
    QCOMPARE(offer.form, pb::ASSESSMENT_FORM_A);
    QCOMPARE(offer.dueDay, kStart.addDays(42).toJulianDay());
}

void TestAssessment::aSittingLeftMidwayIsContinued()
{
    const Assessments assessments(m_pack);
    EventBuilder b(m_pack, QStringLiteral("dev"), msAt(kStart));
    const LearnerState state = m_deriver.derive(b.attempt(QStringLiteral("assess-b-one"), {QStringLiteral("p")}));
    const auto offer = assessments.offer(state, kStart.addDays(100));
    QCOMPARE(offer.reason, AssessmentOffer::Reason::Continue);
    QCOMPARE(offer.form, pb::ASSESSMENT_FORM_B);
}

// One dimension of weight 1 at mean 0.5 with 10 answers each time: Beta variance
// 0.25 / 13 each, so the 90% interval of the difference is 0 ± 1.645 * sqrt(0.5 / 13).
void TestAssessment::changeIntervalIsTheDifferenceOfIndependentPosteriors()
{
    const AssessmentResult before = resultOf({dimension(QStringLiteral("d"), 1.0, 0.5, 10)});
    const AssessmentResult after = resultOf({dimension(QStringLiteral("d"), 1.0, 0.5, 10)});
    const AssessmentChange c = Assessments::change(before, after);
    const double half = 1.6448536269514722 * std::sqrt(0.5 / 13.0);
    QCOMPARE(c.difference, 0.0);
    QVERIFY(std::abs(c.high - half) < 1e-12);
    QVERIFY(std::abs(c.low + half) < 1e-12);
    QCOMPARE(c.dimensions.size(), 1);
    QVERIFY(std::abs(c.dimensions.first().high - half) < 1e-12);
    QVERIFY(!c.clear());

    // Two weighted dimensions: the overall variance adds w^2 * var for each, in both sittings.
    const AssessmentResult b2 = resultOf({dimension(QStringLiteral("x"), 0.75, 0.4, 6),
                                          dimension(QStringLiteral("y"), 0.25, 0.6, 3)});
    const AssessmentResult a2 = resultOf({dimension(QStringLiteral("x"), 0.75, 0.7, 6),
                                          dimension(QStringLiteral("y"), 0.25, 0.5, 3)});
    const AssessmentChange c2 = Assessments::change(b2, a2);
    const double var = 0.5625 * (0.4 * 0.6 / 9 + 0.7 * 0.3 / 9) + 0.0625 * (0.6 * 0.4 / 6 + 0.5 * 0.5 / 6);
    QVERIFY(std::abs(c2.difference - (0.75 * 0.3 - 0.25 * 0.1)) < 1e-12);
    QVERIFY(std::abs((c2.high - c2.low) - 2 * 1.6448536269514722 * std::sqrt(var)) < 1e-12);
}

void TestAssessment::changeIsClearOnlyWhenTheIntervalExcludesZero()
{
    // Thin evidence: a 20-point rise is not yet clear.
    const AssessmentChange thin = Assessments::change(resultOf({dimension(QStringLiteral("d"), 1.0, 0.45, 6)}),
                                                      resultOf({dimension(QStringLiteral("d"), 1.0, 0.65, 6)}));
    QVERIFY(thin.low < 0 && thin.high > 0);
    QVERIFY(!thin.clear());
    // Plenty of evidence: the same rise is clear, and a fall is clear the other way.
    const AssessmentChange rise = Assessments::change(resultOf({dimension(QStringLiteral("d"), 1.0, 0.45, 80)}),
                                                      resultOf({dimension(QStringLiteral("d"), 1.0, 0.65, 80)}));
    QVERIFY(rise.clear() && rise.low > 0);
    const AssessmentChange fall = Assessments::change(resultOf({dimension(QStringLiteral("d"), 1.0, 0.65, 80)}),
                                                      resultOf({dimension(QStringLiteral("d"), 1.0, 0.45, 80)}));
    QVERIFY(fall.clear() && fall.high < 0);
}

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
