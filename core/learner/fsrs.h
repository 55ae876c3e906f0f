#pragma once

#include <QtGlobal>

#include <array>
#include <optional>

namespace groundwork::core::learner {

// FSRS-6 (Free Spaced Repetition Scheduler), the memory model only: each drill is an item
// whose stability (days until recall probability falls to 90%) and difficulty (1..10) move
// with each review's grade. Written from the published formulas; checked against the
// reference implementations' own test values (tests/unit/learner/tst_fsrs.cpp).
//
// Choices where the reference implementations differ:
//  * Same-day reviews (elapsed calendar days == 0) use the short-term stability formula
//    (w17..w19), as fsrs-rs does for delta_t == 0 and py-fsrs for reviews < 1 day apart.
//    Elapsed time is counted in the learner's local calendar days, not seconds/86400.
//  * In the short-term formula the "never shrink" floor (SInc >= 1) applies to Hard, Good and
//    Easy, as in fsrs-rs (model.rs, `rating >= 2`); py-fsrs applies it only to Good and Easy,
//    so there a same-day Hard lowers stability.
//  * No learning or relearning steps (py-fsrs defaults to 1 and 10 minute steps; ts-fsrs has
//    an enable_short_term switch). A drill is a 2-minute scenario, not a flash card: every
//    review schedules whole days, at least one day ahead. Hard on the first review simply
//    starts at w1 and schedules round(interval(w1)) days; py-fsrs would keep it in learning
//    for 5.5 minutes, and ts-fsrs in long-term mode would also cap Hard below Good's interval.
//  * No interval fuzz, so the schedule is a pure function of the events (py-fsrs fuzzes
//    intervals >= 2.5 days at random by default).
class Fsrs
{
public:
    enum class Grade { Again = 1, Hard = 2, Good = 3, Easy = 4 };

    struct Memory
    {
        double stability = 0;  // days
        double difficulty = 0; // 1..10
    };

    // Published FSRS-6 default parameters w0..w20 (py-fsrs scheduler.py DEFAULT_PARAMETERS,
    // fsrs-rs inference.rs DEFAULT_PARAMETERS).
    static constexpr std::array<double, 21> kDefaultWeights{
        0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    static constexpr double kMinStability = 0.001;
    static constexpr double kMaxStability = 36500;
    static constexpr int kMaxIntervalDays = 36500;

    explicit Fsrs(const std::array<double, 21> &weights = kDefaultWeights,
                  double desiredRetention = 0.9);

    // The memory after a review: `previous` is empty for the first review of an item;
    // elapsedDays counts whole local calendar days since the previous review.
    Memory review(const std::optional<Memory> &previous, qint64 elapsedDays, Grade grade) const;

    // Probability of recall after `elapsedDays` at this stability (power forgetting curve).
    double retrievability(double elapsedDays, double stability) const;
    // Days until recall falls to the desired retention (unrounded).
    double interval(double stability) const;
    // interval() rounded to whole days, clamped to [1, kMaxIntervalDays].
    int scheduledDays(double stability) const;

    // The parts, exposed for tests against reference values.
    double initialStability(Grade g) const;
    double initialDifficulty(Grade g, bool clamp = true) const;
    double nextDifficulty(double difficulty, Grade g) const;
    double recallStability(double d, double s, double r, Grade g) const;
    double forgetStability(double d, double s, double r) const;
    double shortTermStability(double s, Grade g) const;

    const std::array<double, 21> &weights() const { return m_w; }
    double desiredRetention() const { return m_retention; }

private:
    std::array<double, 21> m_w;
    double m_retention;
    double m_decay;  // -w20
    double m_factor; // 0.9^(1/decay) - 1, so that R(S) = 0.9
};

} // namespace groundwork::core::learner
