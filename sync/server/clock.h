#pragma once

#include <QDateTime>

namespace groundwork::sync {

// Time as the server sees it; injected so expiry and rate limits can be tested.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace groundwork::sync
