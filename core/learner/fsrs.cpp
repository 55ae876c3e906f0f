#include "learner/fsrs.h"

#include <algorithm>
#include <cmath>

namespace groundwork::core::learner {

namespace {

constexpr double kMinDifficulty = 1.0;
constexpr double kMaxDifficulty = 10.0;

double clampDifficulty(double d)
{
    return std::clamp(d, kMinDifficulty, kMaxDifficulty);
}

double clampStability(double s)
{
    return std::clamp(s, Fsrs::kMinStability, Fsrs::kMaxStability);
}

double g(Fsrs::Grade grade)
{
    return double(int(grade));
}

} // namespace

Fsrs::Fsrs(const std::array<double, 21> &weights, double desiredRetention)
    : m_w(weights), m_retention(desiredRetention), m_decay(-weights[20]),
      m_factor(std::pow(0.9, 1.0 / -weights[20]) - 1.0)
{
}

double Fsrs::initialStability(Grade grade) const
{
    return clampStability(m_w[int(grade) - 1]);
}

double Fsrs::initialDifficulty(Grade grade, bool clamp) const
{
    const double d = m_w[4] - std::exp(m_w[5] * (g(grade) - 1.0)) + 1.0;
    return clamp ? clampDifficulty(d) : d;
}

double Fsrs::nextDifficulty(double difficulty, Grade grade) const
{
    const double delta = -m_w[6] * (g(grade) - 3.0);
    const double damped = difficulty + (10.0 - difficulty) * delta / 9.0; // linear damping
    // Mean reversion towards the (unclamped) initial difficulty of an Easy first review.
    const double reverted = m_w[7] * initialDifficulty(Grade::Easy, false) + (1.0 - m_w[7]) * damped;
    return clampDifficulty(reverted);
}

double Fsrs::retrievability(double elapsedDays, double stability) const
{
    return std::pow(1.0 + m_factor * std::max(0.0, elapsedDays) / stability, m_decay);
}

double Fsrs::interval(double stability) const
{
    return stability / m_factor * (std::pow(m_retention, 1.0 / m_decay) - 1.0);
}

int Fsrs::scheduledDays(double stability) const
{
    const double days = std::round(interval(stability));
    return int(std::clamp(days, 1.0, double(kMaxIntervalDays)));
}

double Fsrs::recallStability(double d, double s, double r, Grade grade) const
{
    const double hardPenalty = grade == Grade::Hard ? m_w[15] : 1.0;
    const double easyBonus = grade == Grade::Easy ? m_w[16] : 1.0;
    return s * (1.0 + std::exp(m_w[8]) * (11.0 - d) * std::pow(s, -m_w[9])
                          * (std::exp((1.0 - r) * m_w[10]) - 1.0) * hardPenalty * easyBonus);
}

double Fsrs::forgetStability(double d, double s, double r) const
{
    const double longTerm = m_w[11] * std::pow(d, -m_w[12]) * (std::pow(s + 1.0, m_w[13]) - 1.0)
                            * std::exp((1.0 - r) * m_w[14]);
    const double floor = s / std::exp(m_w[17] * m_w[18]); // never above the same-day value
    return std::min(longTerm, floor);
}

double Fsrs::shortTermStability(double s, Grade grade) const
{
    double increase = std::exp(m_w[17] * (g(grade) - 3.0 + m_w[18])) * std::pow(s, -m_w[19]);
    if (grade != Grade::Again)
        increase = std::max(increase, 1.0);
    return s * increase;
}

Fsrs::Memory Fsrs::review(const std::optional<Memory> &previous, qint64 elapsedDays, Grade grade) const
{
    if (!previous)
        return {initialStability(grade), initialDifficulty(grade)};
    const double s = clampStability(previous->stability);
    const double d = clampDifficulty(previous->difficulty);
    double next;
    if (elapsedDays <= 0) {
        next = shortTermStability(s, grade);
    } else {
        const double r = retrievability(double(elapsedDays), s);
        next = grade == Grade::Again ? forgetStability(d, s, r) : recallStability(d, s, r, grade);
    }
    return {clampStability(next), nextDifficulty(d, grade)};
}

} // namespace groundwork::core::learner
