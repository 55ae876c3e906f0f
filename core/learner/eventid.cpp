#include "learner/eventid.h"

#include <QRandomGenerator>

namespace groundwork::core::learner {

QString newEventId(const QString &deviceId)
{
    quint64 bits = 0;
    while (bits == 0) // 0 would be the wire's "no local id"
        bits = QRandomGenerator::system()->generate64();
    return deviceId + QLatin1Char('.') + QStringLiteral("%1").arg(bits, 16, 16, QLatin1Char('0'));
}

} // namespace groundwork::core::learner
