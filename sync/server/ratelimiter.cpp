#include "server/ratelimiter.h"

#include <QHostAddress>

#include <algorithm>

namespace groundwork::sync {

RateLimiter::RateLimiter(const Clock &clock, int maxFailures, qint64 windowMs, int maxCallers, int globalMaxFailures)
    : m_clock(clock), m_maxFailures(maxFailures), m_windowMs(windowMs), m_maxCallers(qMax(1, maxCallers)),
      m_globalMaxFailures(globalMaxFailures)
{
}

QString RateLimiter::callerKey(const QString &caller)
{
    const QHostAddress address(caller);
    if (address.isNull())
        return caller;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

void RateLimiter::forgetOld(QList<qint64> &failures, qint64 now) const
{
    while (!failures.isEmpty() && failures.first() <= now - m_windowMs)
        failures.removeFirst();
}

bool RateLimiter::allowed(const QString &caller)
{
    const qint64 now = m_clock.nowMs();
    if (m_shared)
        return m_shared->codeFailuresSince({}, now - m_windowMs) < m_globalMaxFailures
               && m_shared->codeFailuresSince(callerKey(caller), now - m_windowMs) < m_maxFailures;
    forgetOld(m_allFailures, now);
    if (m_allFailures.size() >= m_globalMaxFailures)
        return false;
    auto it = m_failures.find(callerKey(caller));
    if (it == m_failures.end())
        return true;
    forgetOld(*it, now);
    if (it->isEmpty()) {
        m_failures.erase(it);
        return true;
    }
    return it->size() < m_maxFailures;
}

void RateLimiter::makeRoom(qint64 now)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        forgetOld(*it, now);
        it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
    }
    // Still full of callers within the window: forget the one whose last failure is oldest.
    while (m_failures.size() >= m_maxCallers) {
        auto oldest = std::min_element(m_failures.begin(), m_failures.end(),
                                       [](const QList<qint64> &a, const QList<qint64> &b) { return a.last() < b.last(); });
        m_failures.erase(oldest);
    }
}

void RateLimiter::recordFailure(const QString &caller)
{
    const qint64 now = m_clock.nowMs();
    const QString key = callerKey(caller);
    if (m_shared) {
        m_shared->recordCodeFailure(key, now);
        return;
    }
    if (!m_failures.contains(key) && m_failures.size() >= m_maxCallers)
        makeRoom(now);
    m_failures[key].append(now);
    forgetOld(m_allFailures, now);
    m_allFailures.append(now);
}

} // namespace groundwork::sync
