#include "content/shownorder.h"

#include <QCryptographicHash>

namespace groundwork::core {

// A Fisher-Yates shuffle driven by SHA-256 of the seed rather than a standard-library
// generator: std::uniform_int_distribution differs between standard libraries, and the order
// must be the same on every platform a learner syncs between. Eight digest bytes per swap make
// the modulo bias negligible for the handful of options a decision has.
QList<int> shownOrder(int count, QStringView seed)
{
    QList<int> order;
    for (int i = 0; i < count; ++i)
        order.append(i);
    QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    qsizetype used = 0;
    for (int i = count - 1; i > 0; --i) {
        if (used + 8 > digest.size()) {
            digest = QCryptographicHash::hash(digest, QCryptographicHash::Sha256);
            used = 0;
        }
        quint64 value = 0;
        for (int b = 0; b < 8; ++b)
            value = (value << 8) | quint8(digest[used + b]);
        used += 8;
        order.swapItemsAt(i, int(value % quint64(i + 1)));
    }
    return order;
}

} // namespace groundwork::core
