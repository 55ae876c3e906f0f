#include "server/ratelimiter.h"

namespace groundwork::sync {

RateLimiter::RateLimiter(const Clock &clock, int maxFailures, qint64 windowMs)
    : m_clock(clock), m_maxFailures(maxFailures), m_windowMs(windowMs)
{
}

void RateLimiter::forgetOld(QList<qint64> &failures, qint64 now) const
{
    while (!failures.isEmpty() && failures.first() <= now - m_windowMs)
        failures.removeFirst();
}

bool RateLimiter::allowed(const QString &caller)
{
    auto it = m_failures.find(caller);
    if (it == m_failures.end())
        return true;
    forgetOld(*it, m_clock.nowMs());
    if (it->isEmpty()) {
        m_failures.erase(it);
        return true;
    }
    return it->size() < m_maxFailures;
}

void RateLimiter::recordFailure(const QString &caller)
{
    // Bound memory under a flood of distinct callers: drop everyone's stale entries first.
    if (m_failures.size() > 100000) {
        const qint64 now = m_clock.nowMs();
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            forgetOld(*it, now);
            it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
        }
    }
    m_failures[caller].append(m_clock.nowMs());
}

} // namespace groundwork::sync
