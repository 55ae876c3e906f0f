#include "client/backoff.h"

#include <algorithm>

namespace groundwork::sync {

Backoff::Backoff(int baseMs, int capMs, std::function<double()> random01)
    : m_baseMs(std::max(1, baseMs)), m_capMs(std::max(baseMs, capMs)), m_random01(std::move(random01))
{
}

int Backoff::delayMs(int attempt) const
{
    double ceiling = m_baseMs;
    for (int i = 0; i < attempt && ceiling < m_capMs; ++i)
        ceiling *= 2;
    ceiling = std::min<double>(ceiling, m_capMs);
    const double r = std::clamp(m_random01(), 0.0, 1.0);
    return int(ceiling / 2 + r * ceiling / 2);
}

} // namespace groundwork::sync
