#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <QtGlobal>

namespace groundwork::core::learner {

// A Beta posterior over one judgment dimension. It starts at Beta(1, 1) (no knowledge: mean
// 0.5, interval nearly [0, 1]); each decision's score s in [0, 1] adds s to alpha and 1 - s
// to beta, so thin evidence keeps a wide credible interval and stays near 0.5.
class BetaEstimate
{
public:
    BetaEstimate() = default;
    BetaEstimate(double alpha, double beta) : m_alpha(alpha), m_beta(beta) {}
    void add(double score);
    double mean() const { return m_alpha / (m_alpha + m_beta); }
    double quantile(double p) const;
    double variance() const;
    double alpha() const { return m_alpha; }
    double beta() const { return m_beta; }

private:
    double m_alpha = 1.0;
    double m_beta = 1.0;
};

// The regularized incomplete beta function I_x(a, b) and its inverse in x (bisection).
double regularizedIncompleteBeta(double a, double b, double x);
double betaQuantile(double a, double b, double p);

// The Julian day of the Monday that starts a local day's week.
qint64 mondayOf(qint64 julianDay);

// One week (Monday to Sunday, learner's local days) of a dimension's evidence.
struct WeeklyPoint
{
    qint64 weekStartDay = 0; // Julian day of the Monday
    double mean = 0;         // mean score of the week's decisions
    int count = 0;
};

// What the learner's decisions say about one dimension.
struct DimensionEstimate
{
    enum class Trend { Unknown, Falling, Steady, Rising };
    static constexpr double kCredibleMass = 0.90;
    static constexpr int kTrendWeeks = 8;        // the trend looks at the last 8 weeks
    static constexpr int kTrendMinWeeks = 3;     // with evidence in at least 3 of them
    static constexpr double kSteadySlope = 0.01; // |change per week| below this is steady

    QString dimensionId;
    double mean = 0.5;
    double low = 0.05;  // 90% credible interval
    double high = 0.95;
    int evidence = 0;   // decisions that scored this dimension
    QVector<WeeklyPoint> weeks; // ascending, weeks with evidence only
    double trendPerWeek = 0;    // weighted least-squares slope over the trend window
    Trend trend = Trend::Unknown;
    QStringList contentVersions; // the content versions whose keys scored this evidence, sorted
};

// Accumulates the scores of one dimension, then summarises them.
class DimensionAccumulator
{
public:
    void add(qint64 localDay, double score, const QString &contentVersion);
    DimensionEstimate finish(const QString &dimensionId) const;

    // What it has summed so far, and the same put back (the derivation's snapshot).
    struct Sums
    {
        double alpha = 1.0;
        double beta = 1.0;
        int count = 0;
        QVector<WeeklyPoint> weeks; // `mean` holds the week's sum of scores
        QStringList versions;       // in order of first use
    };
    Sums sums() const { return {m_beta.alpha(), m_beta.beta(), m_count, m_weeks, m_versions}; }
    static DimensionAccumulator fromSums(const Sums &sums);

private:
    BetaEstimate m_beta;
    int m_count = 0;
    QVector<WeeklyPoint> m_weeks; // sums in `mean` until finish()
    QStringList m_versions;
};

} // namespace groundwork::core::learner
