#pragma once

#include <QVector>

namespace groundwork::core::learner {

// How well the learner's stated confidence matches how often they are right.
// "Correct" means the chosen option is among the best-keyed options of its decision (highest
// mean expert key over the measured dimensions; see JudgmentScorer). Only decisions with a
// confidence rating count.
struct Calibration
{
    enum class Verdict { TooLittleEvidence, WellCalibrated, OverConfident, UnderConfident };
    static constexpr int kMinRated = 20;       // below this: too little evidence to judge
    static constexpr double kBiasMargin = 0.05; // |confidence - accuracy| within this: calibrated

    struct Bin
    {
        int confidencePercent = 0; // one of kConfidenceLevels
        int count = 0;
        int correct = 0;
        double accuracy = 0;
    };

    int rated = 0;
    double brier = 0;          // mean (p - correct)^2; 0 is perfect, 0.25 is always saying 50%
    double ece = 0;            // expected calibration error over the confidence levels as bins
    double meanConfidence = 0; // in [0, 1]
    double accuracy = 0;
    double bias = 0;           // meanConfidence - accuracy; > 0 over-confident, < 0 under
    QVector<Bin> bins;         // one per confidence level, in ascending order
    Verdict verdict = Verdict::TooLittleEvidence;
};

// Collects rated decisions and computes a Calibration.
class CalibrationTally
{
public:
    void add(int confidencePercent, bool correct); // 0 (not rated) is ignored
    Calibration result() const;

    // What it has counted so far, and the same put back (the derivation's snapshot).
    const QVector<Calibration::Bin> &bins() const { return m_bins; }
    double brierSum() const { return m_brierSum; }
    int rated() const { return m_rated; }
    static CalibrationTally fromCounts(QVector<Calibration::Bin> bins, double brierSum, int rated)
    {
        CalibrationTally t;
        t.m_bins = std::move(bins);
        t.m_brierSum = brierSum;
        t.m_rated = rated;
        return t;
    }

private:
    QVector<Calibration::Bin> m_bins;
    double m_brierSum = 0;
    int m_rated = 0;
};

} // namespace groundwork::core::learner
