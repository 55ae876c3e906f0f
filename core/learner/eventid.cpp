#include "learner/eventid.h"

#include <QRandomGenerator>

#include <algorithm>

namespace groundwork::core::learner {

EventIdMaker::EventIdMaker(Random32 random)
    : m_random(random ? std::move(random) : Random32([] { return QRandomGenerator::system()->generate(); }))
{
}

quint32 EventIdMaker::freshLowBits()
{
    const auto issued = m_issued.begin();
    while (true) {
        const quint32 bits = m_random();
        if (std::find(issued, issued + m_count, bits) == issued + m_count)
            return bits;
    }
}

QString EventIdMaker::next(const QString &deviceId)
{
    if (m_count == kIdsPerBlock) {
        m_block = 0;
        while (m_block == 0) // keeps the 64 bits from 0, the wire's "no local id"
            m_block = m_random();
        m_count = 0;
    }
    const quint32 low = freshLowBits();
    m_issued[std::size_t(m_count++)] = low;
    const quint64 bits = (quint64(m_block) << 32) | low;
    return deviceId + QLatin1Char('.') + QStringLiteral("%1").arg(bits, 16, 16, QLatin1Char('0'));
}

QString newEventId(const QString &deviceId)
{
    return EventIdMaker().next(deviceId);
}

} // namespace groundwork::core::learner
