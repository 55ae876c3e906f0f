#include "learner/clock.h"

#include <QDateTime>

namespace groundwork::core::learner {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

int SystemClock::utcOffsetMinutes(qint64 atMs) const
{
    return QDateTime::fromMSecsSinceEpoch(atMs).offsetFromUtc() / 60;
}

} // namespace groundwork::core::learner
