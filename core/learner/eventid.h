#pragma once

#include <QString>

#include <array>
#include <functional>

namespace groundwork::core::learner {

// Event ids: the recording device's id, a dot, and 64 bits as 16 lowercase hex digits, e.g.
// "3f2504e0-4f89-41d3-9a0c-0305e82c3301.9a8a39aba1ef490e". The sync wire sends such an id as
// 8 bytes under its device (sync.proto, id_local) instead of a UUID's 16.
//
// A device's ids come in blocks: up to kIdsPerBlock consecutive ids share their first 32 bits
// (random, never 0), and the last 32 bits are random and distinct within the block. Why: the
// cohort server keeps an index of each account's event ids to refuse a copy, and the events of
// one upload, recorded one after another, then sit side by side in it instead of on different
// pages: the server wrote a tenth fewer bytes per upload under load (docs/server.md, "Event ids
// in blocks").
//
// What the ids tell the server beyond what it sees already (the device, in every id; the order
// the events arrive in; their upload batches): that the events of a block were recorded one after
// another on that device. Not when, nor how many events between them stayed on the device (the
// last 32 bits are not a counter).
//
// Unique: across devices because device ids are random UUIDs; within a block because its last
// 32 bits are drawn again on a repeat; across blocks because two blocks of one device would have
// to draw the same 32 first bits (about 1 in 90 over 10,000 blocks) and then one of their
// 16 × 16 pairs of last bits would have to match (1 in 2^32 each). A copied device id (a
// restored backup) is covered the same way.
class EventIdMaker
{
public:
    static constexpr int kIdsPerBlock = 16;
    using Random32 = std::function<quint32()>;

    // `random` gives uniformly random 32-bit values; the default is the system's generator.
    explicit EventIdMaker(Random32 random = {});

    QString next(const QString &deviceId);

private:
    quint32 freshLowBits();

    Random32 m_random;
    quint32 m_block = 0;
    std::array<quint32, kIdsPerBlock> m_issued{};
    int m_count = kIdsPerBlock; // the first id starts a block
};

// A lone id, as the first of a fresh block (tests and tools; the Recorder keeps a maker).
QString newEventId(const QString &deviceId);

} // namespace groundwork::core::learner
