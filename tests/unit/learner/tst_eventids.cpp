// Event ids (learner/eventid.h): the wire's shape, blocks that share their first 32 bits,
// no repeat within a block or across makers on one device id, and the Recorder's use of it.
#include "learner/eventid.h"
#include "storefixture.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace groundwork::core::learner;
using namespace groundwork::core::learner::testing;

namespace {

const QString kDevice = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

// The 16 hex digits after the device's id and the dot.
QString bitsOf(const QString &id)
{
    return id.mid(kDevice.size() + 1);
}

// A generator that gives the values it was handed, in order (and fails the test past them).
EventIdMaker::Random32 scripted(std::deque<quint32> values)
{
    return [values = std::move(values)]() mutable {
        if (values.empty()) {
            qWarning("the scripted generator ran out");
            return quint32(0xffffffff);
        }
        const quint32 next = values.front();
        values.pop_front();
        return next;
    };
}

} // namespace

class TestEventIds : public QObject
{
    Q_OBJECT

private slots:
    void idsHaveTheWiresShape();
    void idsComeInBlocksSharingTheirFirstBits();
    void aRepeatedDrawIsDrawnAgain();
    void idsDoNotRepeatOnOneDeviceId();
    void theRecorderMakesItsIdsInBlocks();
};

void TestEventIds::idsHaveTheWiresShape()
{
    EventIdMaker ids;
    const QRegularExpression shape(QStringLiteral("^%1\\.[0-9a-f]{16}$").arg(QRegularExpression::escape(kDevice)));
    for (int i = 0; i < 100; ++i) {
        const QString id = ids.next(kDevice);
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QVERIFY(id.size() <= 64); // the wire's limit for an id
    }
    QVERIFY(shape.match(newEventId(kDevice)).hasMatch());
}

void TestEventIds::idsComeInBlocksSharingTheirFirstBits()
{
    EventIdMaker ids;
    QStringList blocks;
    for (int b = 0; b < 3; ++b) {
        const QString first = bitsOf(ids.next(kDevice)).left(8);
        for (int i = 1; i < EventIdMaker::kIdsPerBlock; ++i)
            QCOMPARE(bitsOf(ids.next(kDevice)).left(8), first);
        blocks << first;
    }
    // Each block draws its own first 32 bits (equal by chance once in 2^32).
    QVERIFY(blocks[0] != blocks[1]);
    QVERIFY(blocks[1] != blocks[2]);
}

void TestEventIds::aRepeatedDrawIsDrawnAgain()
{
    // Block 0 is drawn again (the 64 bits would be the wire's "no local id"); so are last bits
    // the block has given already.
    EventIdMaker ids(scripted({0, 7, 5, 5, 6, 5, 6, 9}));
    QCOMPARE(bitsOf(ids.next(kDevice)), QStringLiteral("0000000700000005"));
    QCOMPARE(bitsOf(ids.next(kDevice)), QStringLiteral("0000000700000006"));
    QCOMPARE(bitsOf(ids.next(kDevice)), QStringLiteral("0000000700000009"));

    // The 17th id starts the next block; the last bits of the block before may come back.
    std::deque<quint32> values{1};
    for (quint32 i = 0; i < EventIdMaker::kIdsPerBlock; ++i)
        values.push_back(100 + i);
    values.insert(values.end(), {2, 100});
    EventIdMaker blocks(scripted(values));
    for (int i = 0; i < EventIdMaker::kIdsPerBlock; ++i)
        QCOMPARE(bitsOf(blocks.next(kDevice)), QStringLiteral("00000001%1").arg(100 + i, 8, 16, QLatin1Char('0')));
    QCOMPARE(bitsOf(blocks.next(kDevice)), QStringLiteral("0000000200000064"));
}

void TestEventIds::idsDoNotRepeatOnOneDeviceId()
{
    // Two makers with one device id: the app started twice, or a device restored from a backup.
    EventIdMaker first, second;
    QSet<QString> seen;
    constexpr int kEach = 50'000;
    for (int i = 0; i < kEach; ++i) {
        seen.insert(first.next(kDevice));
        seen.insert(second.next(kDevice));
    }
    QCOMPARE(seen.size(), 2 * kEach);
}

void TestEventIds::theRecorderMakesItsIdsInBlocks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecordingStore f(dir.filePath(QStringLiteral("ids.db")));
    QVERIFY(f.recorder);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const auto saved = f.recorder->lessonStarted(QStringLiteral("choice"), QStringLiteral("c1"));
        QVERIFY(saved.ok);
        ids << saved.event.id;
    }
    const QString device = f.store().deviceId();
    for (const QString &id : ids) {
        QVERIFY2(id.startsWith(device + QLatin1Char('.')), qPrintable(id));
        QCOMPARE(id.mid(device.size() + 1, 8), ids[0].mid(device.size() + 1, 8));
    }
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

QTEST_GUILESS_MAIN(TestEventIds)
#include "tst_eventids.moc"
