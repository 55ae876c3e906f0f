#pragma once

#include <QtGlobal>

namespace groundwork::core::learner {

// Where "now" comes from. Events record the UTC time and the device's UTC offset at that
// moment, so "which day was it for the learner" is fixed when the event is written and never
// depends on where or when the state is derived later.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;                       // Unix time, milliseconds
    virtual int utcOffsetMinutes(qint64 atMs) const = 0;    // local time minus UTC
};

// The device clock and time zone.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    int utcOffsetMinutes(qint64 atMs) const override;
};

// A clock that only moves when told to (tests, replays, benchmarks).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs, int utcOffsetMinutes = 0)
        : m_now(startMs), m_offset(utcOffsetMinutes) {}
    qint64 nowMs() const override { return m_now; }
    int utcOffsetMinutes(qint64) const override { return m_offset; }
    void set(qint64 ms) { m_now = ms; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
    int m_offset;
};

} // namespace groundwork::core::learner
