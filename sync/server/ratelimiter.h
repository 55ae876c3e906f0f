#pragma once

#include "server/clock.h"

#include <QHash>
#include <QList>
#include <QString>

namespace groundwork::sync {

// Counts failed guesses (of invite and link codes) per caller in a sliding window; once a
// caller reaches the limit, further attempts are refused until old failures age out.
class RateLimiter
{
public:
    RateLimiter(const Clock &clock, int maxFailures, qint64 windowMs);

    bool allowed(const QString &caller);
    void recordFailure(const QString &caller);

private:
    void forgetOld(QList<qint64> &failures, qint64 now) const;

    const Clock &m_clock;
    int m_maxFailures;
    qint64 m_windowMs;
    QHash<QString, QList<qint64>> m_failures;
};

} // namespace groundwork::sync
