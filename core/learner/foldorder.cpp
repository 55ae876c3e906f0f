#include "learner/derivationfold.h"

#include <algorithm>

namespace groundwork::core::learner {

namespace {

// Sort key of an event: (time, rank of its device id among the distinct ids, event index).
struct FoldKey
{
    qint64 timeMs;
    int deviceRank;
    int index;
};

} // namespace

std::vector<int> foldOrderOf(const QVector<Event> &events)
{
    // Fold order: (time, device id, event id). Device ids are few, so they are ranked once and
    // the sort compares integers; event ids are compared only between events of the same
    // time and device. A duplicated event has the same (time, device, id), so copies end up
    // adjacent and are skipped by comparing with the previous one.
    std::vector<QString> devices;
    std::vector<FoldKey> keys;
    keys.reserve(size_t(events.size()));
    {
        std::vector<int> deviceOf(size_t(events.size()));
        int last = -1;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString &device = events[i].deviceId;
            if (last < 0 || !sameText(devices[size_t(last)], device)) {
                const auto found = std::find(devices.begin(), devices.end(), device);
                last = int(found - devices.begin());
                if (found == devices.end())
                    devices.push_back(device);
            }
            deviceOf[size_t(i)] = last;
        }
        std::vector<int> rankOf(devices.size());
        std::vector<int> byName(devices.size());
        for (size_t i = 0; i < byName.size(); ++i)
            byName[i] = int(i);
        std::sort(byName.begin(), byName.end(),
                  [&devices](int a, int b) { return devices[size_t(a)].compare(devices[size_t(b)]) < 0; });
        for (size_t r = 0; r < byName.size(); ++r)
            rankOf[size_t(byName[r])] = int(r);
        for (qsizetype i = 0; i < events.size(); ++i)
            keys.push_back({events[i].timeMs, rankOf[size_t(deviceOf[size_t(i)])], int(i)});
    }
    const auto foldOrder = [&events](const FoldKey &a, const FoldKey &b) {
        if (a.timeMs != b.timeMs)
            return a.timeMs < b.timeMs;
        if (a.deviceRank != b.deviceRank)
            return a.deviceRank < b.deviceRank;
        return events[a.index].id < events[b.index].id;
    };
    // The store hands events over in fold order already: checking is linear, sorting is not.
    if (!std::is_sorted(keys.begin(), keys.end(), foldOrder))
        std::sort(keys.begin(), keys.end(), foldOrder);

    std::vector<int> order;
    order.reserve(keys.size());
    for (const FoldKey &key : keys)
        order.push_back(key.index);
    return order;
}

} // namespace groundwork::core::learner
