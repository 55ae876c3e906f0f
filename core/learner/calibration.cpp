#include "learner/calibration.h"

#include "learner/event.h"

#include <cmath>

namespace groundwork::core::learner {

void CalibrationTally::add(int confidencePercent, bool correct)
{
    if (confidencePercent <= 0)
        return;
    if (m_bins.isEmpty())
        for (int level : kConfidenceLevels)
            m_bins.append({level, 0, 0, 0.0});
    Calibration::Bin *bin = nullptr;
    for (auto &b : m_bins)
        if (b.confidencePercent == confidencePercent)
            bin = &b;
    if (!bin)
        return; // not an offered level
    ++bin->count;
    bin->correct += correct ? 1 : 0;
    const double p = confidencePercent / 100.0;
    const double miss = p - (correct ? 1.0 : 0.0);
    m_brierSum += miss * miss;
    ++m_rated;
}

Calibration CalibrationTally::result() const
{
    Calibration c;
    c.rated = m_rated;
    c.bins = m_bins;
    if (c.bins.isEmpty())
        for (int level : kConfidenceLevels)
            c.bins.append({level, 0, 0, 0.0});
    if (m_rated == 0)
        return c;
    int correct = 0;
    double confidenceSum = 0;
    for (auto &b : c.bins) {
        if (b.count == 0)
            continue;
        b.accuracy = double(b.correct) / b.count;
        correct += b.correct;
        confidenceSum += b.count * (b.confidencePercent / 100.0);
        c.ece += double(b.count) / m_rated * std::fabs(b.accuracy - b.confidencePercent / 100.0);
    }
    c.brier = m_brierSum / m_rated;
    c.meanConfidence = confidenceSum / m_rated;
    c.accuracy = double(correct) / m_rated;
    c.bias = c.meanConfidence - c.accuracy;
    if (m_rated < Calibration::kMinRated)
        c.verdict = Calibration::Verdict::TooLittleEvidence;
    else if (c.bias > Calibration::kBiasMargin)
        c.verdict = Calibration::Verdict::OverConfident;
    else if (c.bias < -Calibration::kBiasMargin)
        c.verdict = Calibration::Verdict::UnderConfident;
    else
        c.verdict = Calibration::Verdict::WellCalibrated;
    return c;
}

} // namespace groundwork::core::learner
