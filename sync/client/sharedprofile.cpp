#include "client/sharedprofile.h"

#include "protocol/limits.h"
#include "protocol/wirecodec.h"

#include <QDate>

#include <algorithm>

namespace groundwork::sync {

namespace {

using core::learner::Calibration;
using core::learner::DimensionEstimate;

std::string text(const QString &s, int maxLength)
{
    return s.left(maxLength).toStdString();
}

v1::SharedTrend trendOf(DimensionEstimate::Trend trend)
{
    switch (trend) {
    case DimensionEstimate::Trend::Falling:
        return v1::SHARED_TREND_FALLING;
    case DimensionEstimate::Trend::Steady:
        return v1::SHARED_TREND_STEADY;
    case DimensionEstimate::Trend::Rising:
        return v1::SHARED_TREND_RISING;
    case DimensionEstimate::Trend::Unknown:
        break;
    }
    return v1::SHARED_TREND_UNKNOWN;
}

v1::SharedCalibration verdictOf(Calibration::Verdict verdict)
{
    switch (verdict) {
    case Calibration::Verdict::WellCalibrated:
        return v1::SHARED_CALIBRATION_WELL_CALIBRATED;
    case Calibration::Verdict::OverConfident:
        return v1::SHARED_CALIBRATION_OVER_CONFIDENT;
    case Calibration::Verdict::UnderConfident:
        return v1::SHARED_CALIBRATION_UNDER_CONFIDENT;
    case Calibration::Verdict::TooLittleEvidence:
        break;
    }
    return v1::SHARED_CALIBRATION_TOO_LITTLE_EVIDENCE;
}

quint32 count(int n)
{
    return quint32(std::max(0, n));
}

void addDimension(const core::learner::DimensionReadiness &d, v1::SharedDimension *dim)
{
    const DimensionEstimate &e = d.estimate;
    dim->set_dimension_id(text(d.dimensionId, kMaxSharedIdLength));
    dim->set_estimate(float(e.mean));
    dim->set_low(float(e.low));
    dim->set_high(float(e.high));
    dim->set_evidence(count(e.evidence));
    dim->set_trend(trendOf(e.trend));
}

void addAssessment(const core::learner::AssessmentResult &r, v1::SharedAssessment *out)
{
    out->set_form(r.form == core::pb::ASSESSMENT_FORM_B ? "B" : "A");
    out->set_completed_on(QDate::fromJulianDay(r.day).toString(Qt::ISODate).toStdString());
    out->set_overall(float(r.profile.overall));
    out->set_overall_low(float(r.profile.overallLow));
    out->set_overall_high(float(r.profile.overallHigh));
    out->set_evidence(count(r.decisions));
    int added = 0;
    for (const auto &d : r.profile.dimensions) {
        if (added++ == kMaxSharedAssessmentDimensions)
            break;
        v1::SharedDimension *dim = out->add_dimensions();
        addDimension(d, dim);
        dim->set_trend(v1::SHARED_TREND_UNKNOWN);
    }
}

} // namespace

QByteArray encodeSharedProfile(const core::learner::ReadinessProfile &profile,
                               const QString &contentVersion, qint64 generatedAtMs,
                               const QVector<core::learner::AssessmentResult> &assessments)
{
    v1::SharedProfile out;
    out.set_role_id(text(profile.roleId, kMaxSharedIdLength));
    out.set_role_title(text(profile.roleTitle, kMaxSharedTitleLength));
    int added = 0;
    for (const auto &d : profile.dimensions) {
        if (added++ == kMaxSharedDimensions)
            break;
        addDimension(d, out.add_dimensions());
    }
    out.set_overall(float(profile.overall));
    out.set_overall_low(float(profile.overallLow));
    out.set_overall_high(float(profile.overallHigh));
    out.set_evidence(count(profile.evidence));
    out.set_calibration(verdictOf(profile.calibration.verdict));
    out.set_generated_at_ms(generatedAtMs);
    out.set_content_version(text(contentVersion, kMaxContentVersionLength));
    // Two forms at most: the pack has A and B, each taken once.
    for (qsizetype i = 0; i < assessments.size() && i < 2; ++i)
        addAssessment(assessments.at(i), out.add_assessments());
    QByteArray bytes = serialize(out);
    // The caps above keep any profile far below the limit (64 x ~100 bytes); this only guards
    // against someone raising them.
    Q_ASSERT(bytes.size() <= kMaxProfileBytes);
    return bytes;
}

std::optional<v1::SharedProfile> decodeSharedProfile(const QByteArray &bytes)
{
    v1::SharedProfile profile;
    if (!profile.ParseFromArray(bytes.constData(), int(bytes.size())))
        return std::nullopt;
    return profile;
}

} // namespace groundwork::sync
