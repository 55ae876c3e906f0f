#pragma once

#include <functional>

namespace groundwork::sync {

// Exponential backoff with "equal jitter": the n-th retry waits between half and all of
// min(cap, base * 2^n), so retries spread out (devices of a cohort do not stampede the
// server after an outage) but still grow.
class Backoff
{
public:
    // `random01` returns a number in [0, 1); injected so tests are deterministic.
    Backoff(int baseMs, int capMs, std::function<double()> random01);

    int delayMs(int attempt) const;

private:
    int m_baseMs;
    int m_capMs;
    std::function<double()> m_random01;
};

} // namespace groundwork::sync
