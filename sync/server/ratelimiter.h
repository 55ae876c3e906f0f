#pragma once

#include "server/clock.h"
#include "server/store.h"

#include <QHash>
#include <QList>
#include <QString>

namespace groundwork::sync {

// Counts failed guesses (of invite and link codes) in a sliding window; once a caller reaches
// `maxFailures`, further attempts are refused until old failures age out.
//
// A caller is an IPv4 address or an IPv6 /64: one IPv6 host usually holds a whole /64 and can
// take a fresh address for every guess. The table holds at most `maxCallers`; past that the
// oldest caller is forgotten, which a guesser with many networks could use, so all failures
// together are also capped (`globalMaxFailures` in the window): past it every caller waits.
class RateLimiter
{
public:
    RateLimiter(const Clock &clock, int maxFailures, qint64 windowMs, int maxCallers = 10'000,
                int globalMaxFailures = 1'000);

    // Counts in `store` from now on, so every server process over one database enforces one
    // limit (and the table bound is moot: rows past the window are purged).
    void shareThrough(Store &store) { m_shared = &store; }

    bool allowed(const QString &caller);
    void recordFailure(const QString &caller);

    // The key `caller` is counted under: the /64 of an IPv6 address (written as its prefix),
    // the address itself otherwise (an IPv4-mapped IPv6 address counts as its IPv4 address).
    static QString callerKey(const QString &caller);
    int trackedCallers() const { return int(m_failures.size()); }

private:
    void forgetOld(QList<qint64> &failures, qint64 now) const;
    void makeRoom(qint64 now);

    const Clock &m_clock;
    int m_maxFailures;
    qint64 m_windowMs;
    int m_maxCallers;
    int m_globalMaxFailures;
    QHash<QString, QList<qint64>> m_failures;
    QList<qint64> m_allFailures;
    Store *m_shared = nullptr;
};

} // namespace groundwork::sync
