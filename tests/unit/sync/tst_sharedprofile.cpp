// The copy of a readiness profile a learner may share with their lead (client/sharedprofile):
// it carries the figures of the profile and nothing the learner wrote.
#include "client/sharedprofile.h"
#include "eventbuilder.h"
#include "learner/derivation.h"
#include "learner/readiness.h"
#include "protocol/limits.h"
#include "testpack.h"

#include <QDateTime>
#include <QTest>

#include <cmath>

using namespace groundwork::sync;
using namespace groundwork::core::learner;
using namespace groundwork::core::learner::testing;

namespace {

const QString kPrivateText = QStringLiteral("I still miss writing code — Ünterschrift 4711");
const QString kPublicText = QStringLiteral("Managing feels like gardening, not building");
const QString kTrackText = QStringLiteral("My first one-to-one went sideways");

qint64 msAt(QDate date)
{
    return QDateTime(date, QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
}

bool near(double a, double b)
{
    return std::fabs(a - b) < 1e-6; // floats on the wire
}

// Six weeks of drills with confidence ratings, and a reflection on every track that has one,
// one of them private ("Back to IC").
QVector<Event> practisedWithReflections(const std::shared_ptr<const groundwork::core::ContentPack> &pack)
{
    const QDate monday(2026, 3, 2);
    EventBuilder b(pack, QStringLiteral("phone"), msAt(monday));
    QVector<Event> events;
    for (int week = 0; week < 6; ++week) {
        b.setTime(msAt(monday.addDays(7 * week)));
        events << b.attempt(QStringLiteral("handover"), {QStringLiteral("hand"), QStringLiteral("agree-checkpoints")}, 80);
        events << b.attempt(QStringLiteral("bar"), {week % 2 ? QStringLiteral("role-bar") : QStringLiteral("own-bar")}, 65);
        events << b.attempt(QStringLiteral("priorities"), {QStringLiteral("cut")}, 95);
    }
    events << b.reflection(QStringLiteral("back"), QStringLiteral("b1"), kPrivateText, true);
    events << b.reflection(QStringLiteral("choice"), QStringLiteral("c1"), kPublicText, false);
    events << b.reflection(QStringLiteral("ready"), QStringLiteral("r1"), kTrackText, false);
    return events;
}

ReadinessProfile handMadeProfile(int dimensions, int idLength)
{
    ReadinessProfile p;
    p.roleId = QStringLiteral("em");
    p.roleTitle = QStringLiteral("Engineering manager");
    for (int i = 0; i < dimensions; ++i) {
        DimensionReadiness d;
        d.dimensionId = QStringLiteral("d%1-").arg(i).leftJustified(idLength, QLatin1Char('x'));
        d.name = QStringLiteral("Dimension %1").arg(i);
        d.estimate.mean = 0.6;
        d.estimate.evidence = i;
        p.dimensions << d;
    }
    return p;
}

} // namespace

class TestSharedProfile : public QObject
{
    Q_OBJECT

private slots:
    void carriesTheFiguresOfTheProfile()
    {
        const auto pack = makeTestPack(QStringLiteral("2026.3.0+abc"));
        const LearnerState state = Deriver().derive(practisedWithReflections(pack));
        QCOMPARE(state.reflections, 3);
        const auto profile = ReadinessProfiler(pack).profile(state, QStringLiteral("em"));
        QVERIFY(profile);
        QVERIFY(profile->evidence > 0);

        const qint64 at = 1'775'000'000'000;
        const QByteArray bytes = encodeSharedProfile(*profile, QStringLiteral("2026.3.0+abc"), at);
        const auto shared = decodeSharedProfile(bytes);
        QVERIFY(shared);
        QCOMPARE(shared->role_id(), std::string("em"));
        QCOMPARE(shared->role_title(), profile->roleTitle.toStdString());
        QCOMPARE(shared->content_version(), std::string("2026.3.0+abc"));
        QCOMPARE(shared->generated_at_ms(), at);
        QCOMPARE(shared->evidence(), quint32(profile->evidence));
        QVERIFY(near(shared->overall(), profile->overall));
        QVERIFY(near(shared->overall_low(), profile->overallLow));
        QVERIFY(near(shared->overall_high(), profile->overallHigh));
        QCOMPARE(shared->dimensions_size(), profile->dimensions.size());
        bool someTrend = false;
        for (int i = 0; i < shared->dimensions_size(); ++i) {
            const auto &out = shared->dimensions(i);
            const DimensionEstimate &in = profile->dimensions[i].estimate;
            QCOMPARE(out.dimension_id(), profile->dimensions[i].dimensionId.toStdString());
            QVERIFY(near(out.estimate(), in.mean));
            QVERIFY(near(out.low(), in.low));
            QVERIFY(near(out.high(), in.high));
            QVERIFY(out.low() <= out.estimate() && out.estimate() <= out.high());
            QCOMPARE(out.evidence(), quint32(in.evidence));
            QCOMPARE(int(out.trend()), int(in.trend)); // the enums line up, Unknown = 0
            someTrend = someTrend || out.trend() != v1::SHARED_TREND_UNKNOWN;
        }
        QVERIFY(someTrend); // six weeks of evidence: the trend is real, not just the default
        // 24 rated decisions: enough for a verdict, and the lead gets that verdict (only).
        QVERIFY(profile->calibration.verdict != Calibration::Verdict::TooLittleEvidence);
        QCOMPARE(int(shared->calibration()), int(profile->calibration.verdict)); // enums line up
    }

    void noReflectionTextInTheBytes()
    {
        const auto pack = makeTestPack();
        const LearnerState state = Deriver().derive(practisedWithReflections(pack));
        for (const QString &role : {QStringLiteral("em"), QStringLiteral("no-such-role")}) {
            const auto profile = ReadinessProfiler(pack).profile(state, role);
            const QByteArray bytes = encodeSharedProfile(profile ? *profile : ReadinessProfile{},
                                                         QStringLiteral("test-1"), 1);
            QVERIFY(!bytes.isEmpty());
            for (const QString &text : {kPrivateText, kPublicText, kTrackText}) {
                // Whole, and any telling piece of it, in either encoding a payload could use.
                for (const QString &piece : {text, text.left(12), text.right(12)}) {
                    QVERIFY2(!bytes.contains(piece.toUtf8()), qPrintable(piece));
                    const QByteArray utf16(reinterpret_cast<const char *>(piece.utf16()), piece.size() * 2);
                    QVERIFY2(!bytes.contains(utf16), qPrintable(piece));
                }
            }
            // Nor the names of the tracks or prompts they were written for.
            QVERIFY(!bytes.contains("choice"));
            QVERIFY(!bytes.contains("ready"));
        }
    }

    void calibrationVerdictAndTrendMapOneToOne()
    {
        ReadinessProfile p = handMadeProfile(4, 8);
        const DimensionEstimate::Trend trends[] = {DimensionEstimate::Trend::Unknown, DimensionEstimate::Trend::Falling,
                                                    DimensionEstimate::Trend::Steady, DimensionEstimate::Trend::Rising};
        const v1::SharedTrend wire[] = {v1::SHARED_TREND_UNKNOWN, v1::SHARED_TREND_FALLING, v1::SHARED_TREND_STEADY,
                                        v1::SHARED_TREND_RISING};
        for (int i = 0; i < 4; ++i)
            p.dimensions[i].estimate.trend = trends[i];
        const std::pair<Calibration::Verdict, v1::SharedCalibration> verdicts[] = {
            {Calibration::Verdict::TooLittleEvidence, v1::SHARED_CALIBRATION_TOO_LITTLE_EVIDENCE},
            {Calibration::Verdict::WellCalibrated, v1::SHARED_CALIBRATION_WELL_CALIBRATED},
            {Calibration::Verdict::OverConfident, v1::SHARED_CALIBRATION_OVER_CONFIDENT},
            {Calibration::Verdict::UnderConfident, v1::SHARED_CALIBRATION_UNDER_CONFIDENT}};
        for (const auto &[verdict, expected] : verdicts) {
            p.calibration.verdict = verdict;
            p.calibration.bias = 0.4; // detail that stays on the device
            const auto shared = decodeSharedProfile(encodeSharedProfile(p, QStringLiteral("v"), 1));
            QVERIFY(shared);
            QCOMPARE(shared->calibration(), expected);
            for (int i = 0; i < 4; ++i)
                QCOMPARE(shared->dimensions(i).trend(), wire[i]);
        }
    }

    void sameProfileSameBytesAndTimeIsOptional()
    {
        const ReadinessProfile p = handMadeProfile(5, 10);
        QCOMPARE(encodeSharedProfile(p, QStringLiteral("v"), 0), encodeSharedProfile(p, QStringLiteral("v"), 0));
        QVERIFY(encodeSharedProfile(p, QStringLiteral("v"), 0) != encodeSharedProfile(p, QStringLiteral("v"), 5));
        QCOMPARE(decodeSharedProfile(encodeSharedProfile(p, QStringLiteral("v"), 0))->generated_at_ms(), 0);
        ReadinessProfile changed = p;
        changed.dimensions[2].estimate.mean = 0.61;
        QVERIFY(encodeSharedProfile(changed, QStringLiteral("v"), 0) != encodeSharedProfile(p, QStringLiteral("v"), 0));
    }

    void alwaysFitsTheServerLimit()
    {
        ReadinessProfile huge = handMadeProfile(500, 300);
        huge.roleTitle = QString(5000, QLatin1Char('t'));
        const QByteArray bytes = encodeSharedProfile(huge, QString(500, QLatin1Char('v')), 1);
        QVERIFY2(bytes.size() <= kMaxProfileBytes, qPrintable(QString::number(bytes.size())));
        const auto shared = decodeSharedProfile(bytes);
        QVERIFY(shared);
        QCOMPARE(shared->dimensions_size(), kMaxSharedDimensions);
        QCOMPARE(int(shared->dimensions(0).dimension_id().size()), kMaxSharedIdLength);
    }

    void carriesAssessmentResultsOnlyWhenGiven()
    {
        const ReadinessProfile p = handMadeProfile(3, 5);
        const auto plain = decodeSharedProfile(encodeSharedProfile(p, QStringLiteral("v"), 0));
        QCOMPARE(plain->assessments_size(), 0);

        AssessmentResult a;
        a.form = groundwork::core::pb::ASSESSMENT_FORM_A;
        a.day = QDate(2026, 3, 2).toJulianDay();
        a.decisions = 17;
        a.profile = handMadeProfile(3, 5);
        a.profile.overall = 0.42;
        a.profile.overallLow = 0.31;
        a.profile.overallHigh = 0.53;
        AssessmentResult b = a;
        b.form = groundwork::core::pb::ASSESSMENT_FORM_B;
        b.day = QDate(2026, 4, 13).toJulianDay();
        b.profile.overall = 0.58;
        const auto shared = decodeSharedProfile(encodeSharedProfile(p, QStringLiteral("v"), 0, {a, b}));
        QVERIFY(shared);
        QCOMPARE(shared->assessments_size(), 2);
        const auto &first = shared->assessments(0);
        QCOMPARE(first.form(), std::string("A"));
        QCOMPARE(first.completed_on(), std::string("2026-03-02"));
        QVERIFY(near(first.overall(), 0.42));
        QVERIFY(near(first.overall_low(), 0.31));
        QVERIFY(near(first.overall_high(), 0.53));
        QCOMPARE(first.evidence(), 17u);
        QCOMPARE(first.dimensions_size(), 3);
        QCOMPARE(first.dimensions(0).trend(), groundwork::sync::v1::SHARED_TREND_UNKNOWN);
        QCOMPARE(shared->assessments(1).form(), std::string("B"));
        QCOMPARE(shared->assessments(1).completed_on(), std::string("2026-04-13"));
        QVERIFY(near(shared->assessments(1).overall(), 0.58));
    }

    void withAssessmentsStillFitsTheServerLimit()
    {
        ReadinessProfile huge = handMadeProfile(500, 300);
        huge.roleTitle = QString(5000, QLatin1Char('t'));
        AssessmentResult sitting;
        sitting.form = groundwork::core::pb::ASSESSMENT_FORM_A;
        sitting.profile = handMadeProfile(500, 300);
        const QByteArray bytes = encodeSharedProfile(huge, QString(500, QLatin1Char('v')), 1,
                                                     {sitting, sitting, sitting});
        QVERIFY2(bytes.size() <= kMaxProfileBytes, qPrintable(QString::number(bytes.size())));
        const auto shared = decodeSharedProfile(bytes);
        QCOMPARE(shared->assessments_size(), 2);
        QCOMPARE(shared->assessments(0).dimensions_size(), kMaxSharedAssessmentDimensions);
    }

    void garbageDoesNotDecode()
    {
        QVERIFY(!decodeSharedProfile(QByteArray("\xff\xff\xff\xff", 4)));
    }
};

QTEST_GUILESS_MAIN(TestSharedProfile)
#include "tst_sharedprofile.moc"
