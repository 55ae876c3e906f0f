// The wire form of learner events (protocol 2's compact batches) and compressed request bodies:
// everything round-trips exactly, and every hostile variation is refused with a reason.
#include "groundwork/sync/v1/sync.pb.h"
#include "learner/eventid.h"
#include "protocol/bodyencoding.h"
#include "protocol/limits.h"
#include "protocol/wireevent.h"

#include <QRandomGenerator>
#include <QTest>

using namespace groundwork::sync;

namespace {

const QString kDevice = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
const QString kVersion = QStringLiteral("2026.11.0+3f9a2c1d");

WireEvent makeEvent(QString id, qint64 time, QString kind, QString version, QString origin, int offset)
{
    return WireEvent{std::move(id), time, std::move(kind), std::move(version),
                     QByteArray("payload-") + QByteArray::number(time), false, std::move(origin), offset, 0, {}, 0, 0, {}};
}

QList<DecodedEvent> roundTrip(const QList<WireEvent> &events, v1::DownloadResponse *encoded = nullptr)
{
    v1::DownloadResponse message;
    encodeEvents(events, message.mutable_events());
    v1::DownloadResponse parsed;
    if (!parsed.ParseFromString(message.SerializeAsString()))
        return {};
    if (encoded)
        *encoded = message;
    return decodeEvents(parsed.events());
}

// One event of a batch, built by hand as a hostile or old client might send it.
QString problemOf(const std::function<void(v1::WireEvent &)> &edit)
{
    v1::DownloadResponse message;
    v1::WireEvent *e = message.add_events();
    e->set_id("e1");
    e->set_kind_code(v1::KNOWN_KIND_LESSON_FINISHED);
    e->set_device_time_ms(1000);
    edit(*e);
    return decodeEvents(message.events()).value(0).problem;
}

} // namespace

class TestWireForm : public QObject
{
    Q_OBJECT

private slots:
    void batchesRoundTripExactly()
    {
        const QString local = groundwork::core::learner::newEventId(kDevice);
        const QList<WireEvent> events{
            makeEvent(local, 1'700'000'000'000, QStringLiteral("lesson.started"), kVersion, kDevice, 60),
            makeEvent(QStringLiteral("custom-id"), 1'700'000'170'000, QStringLiteral("drill.decision"), kVersion, kDevice, 60),
            // Earlier than the previous event: the difference is negative.
            makeEvent(QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3302"), 1'699'999'000'000,
                  QStringLiteral("future.kind"), QString(), QStringLiteral("dev-2"), -300),
            makeEvent(QStringLiteral("x"), 1'700'000'000'001, QStringLiteral("goal.changed"), kVersion, QStringLiteral("dev-2"), 0),
            makeEvent(QStringLiteral("dev-2.00000000000000ff"), 5, QStringLiteral("goal.changed"), kVersion, QStringLiteral("dev-2"), 0),
            // Looks local, but under another device: travels as text.
            makeEvent(kDevice + QStringLiteral(".00000000000000ff"), 6, QStringLiteral("goal.changed"), kVersion, QStringLiteral("dev-2"), 0),
        };
        v1::DownloadResponse encoded;
        const QList<DecodedEvent> decoded = roundTrip(events, &encoded);
        QCOMPARE(decoded.size(), events.size());
        for (int i = 0; i < events.size(); ++i) {
            QVERIFY2(decoded[i].problem.isEmpty(), qPrintable(decoded[i].problem));
            QCOMPARE(decoded[i].event, events[i]);
        }
        // The compact choices actually made.
        QCOMPARE(encoded.events(0).origin_device_uuid().size(), std::size_t(16));
        QVERIFY(encoded.events(0).id_local() != 0);
        QVERIFY(encoded.events(0).id().empty());
        QCOMPARE(encoded.events(0).kind_code(), v1::KNOWN_KIND_LESSON_STARTED);
        QVERIFY(encoded.events(0).kind().empty());
        QCOMPARE(encoded.events(1).time_after_previous_ms(), 170'000);
        QVERIFY(!encoded.events(1).has_content_version());
        QVERIFY(!encoded.events(1).has_utc_offset_minutes());
        QVERIFY(encoded.events(1).origin_device_uuid().empty());
        QCOMPARE(encoded.events(2).time_after_previous_ms(), -1'170'000);
        QCOMPARE(encoded.events(2).kind(), std::string("future.kind"));
        QCOMPARE(encoded.events(2).id_uuid().size(), std::size_t(16));
        QCOMPARE(encoded.events(2).origin_device(), std::string("dev-2"));
        QVERIFY(encoded.events(2).has_content_version()); // empty after non-empty
        QVERIFY(encoded.events(3).has_utc_offset_minutes()); // 0 after -300
        QCOMPARE(encoded.events(4).id_local(), quint64(0xff));
        QCOMPARE(encoded.events(5).id(), (kDevice + QStringLiteral(".00000000000000ff")).toStdString());
    }

    // The compact form is what makes a day a few hundred bytes: each repeated value costs nothing.
    void repeatedValuesTravelOnce()
    {
        QList<WireEvent> events;
        for (int i = 0; i < 50; ++i)
            events.append(makeEvent(groundwork::core::learner::newEventId(kDevice), 1'700'000'000'000 + i * 1000,
                                QStringLiteral("drill.decision"), kVersion, kDevice, 60));
        v1::DownloadResponse encoded;
        const QList<DecodedEvent> decoded = roundTrip(events, &encoded);
        QCOMPARE(decoded.size(), 50);
        QCOMPARE(decoded.last().event, events.last());
        std::size_t perEvent = 0;
        for (int i = 1; i < 50; ++i)
            perEvent = std::max(perEvent, encoded.events(i).ByteSizeLong() - encoded.events(i).payload().size());
        // 8-byte id (9 with its tag), kind number (2), time difference (4), payload framing (2).
        QVERIFY2(perEvent <= 17, qPrintable(QString::number(perEvent)));
    }

    void hostileEventsAreRefusedWithAReason()
    {
        QVERIFY(problemOf([](v1::WireEvent &) {}).isEmpty());
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_kind("lesson.finished"); }).isEmpty()); // text and number
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.clear_kind_code(); }).isEmpty());           // neither
        QVERIFY(problemOf([](v1::WireEvent &e) { e.set_kind_code(v1::KnownKind(99)); }).contains(QLatin1String("99")));
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_id_local(7); }).isEmpty());            // two id forms
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.clear_id(); }).isEmpty());                  // no id
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_time_after_previous_ms(5); }).isEmpty()); // two times
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_id_uuid(std::string(15, 'u')); e.clear_id(); }).isEmpty());
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_origin_device_uuid(std::string(17, 'o')); }).isEmpty());
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_origin_device_uuid(std::string(16, 'o')); e.set_origin_device("d"); }).isEmpty());
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_content_version(std::string(65, 'v')); }).isEmpty());
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_content_version("2026\n11"); }).isEmpty());
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_utc_offset_minutes(24 * 60 + 1); }).isEmpty());
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_payload(std::string(kMaxPayloadBytes + 1, 'p')); }).isEmpty());
        // A local id needs an origin device, and the id it makes must fit the id limit.
        QVERIFY(problemOf([](v1::WireEvent &e) { e.clear_id(); e.set_id_local(7); }).contains(QLatin1String("origin")));
        QVERIFY(!problemOf([](v1::WireEvent &e) {
                     e.clear_id();
                     e.set_id_local(7);
                     e.set_origin_device(std::string(kMaxEventIdLength, 'd'));
                 }).isEmpty());
        QVERIFY(problemOf([](v1::WireEvent &e) {
                    e.clear_id();
                    e.set_id_local(7);
                    e.set_origin_device("dev-1");
                }).isEmpty());
    }

    void timeDifferencesCannotOverflow()
    {
        v1::DownloadResponse message;
        v1::WireEvent *first = message.add_events();
        first->set_id("a");
        first->set_kind_code(v1::KNOWN_KIND_GOAL_CHANGED);
        first->set_device_time_ms(std::numeric_limits<qint64>::max() - 10);
        v1::WireEvent *second = message.add_events();
        second->set_id("b");
        second->set_kind_code(v1::KNOWN_KIND_GOAL_CHANGED);
        second->set_time_after_previous_ms(11);
        const QList<DecodedEvent> decoded = decodeEvents(message.events());
        QVERIFY(decoded[0].problem.isEmpty());
        QVERIFY(decoded[1].problem.contains(QLatin1String("time")));
    }

    // Times a device's clock may give, however far apart: the encoder never writes a difference
    // that overflows (found by the service fuzzer: -1 then INT64_MAX), so every event comes back.
    void extremeTimesRoundTrip()
    {
        constexpr qint64 kMax = std::numeric_limits<qint64>::max(), kMin = std::numeric_limits<qint64>::min();
        const QList<WireEvent> events{
            makeEvent(QStringLiteral("a"), -1, QStringLiteral("lesson.started"), kVersion, kDevice, 60),
            makeEvent(QStringLiteral("b"), kMax, QStringLiteral("lesson.started"), kVersion, kDevice, 60),
            makeEvent(QStringLiteral("c"), kMin, QStringLiteral("lesson.started"), kVersion, kDevice, 60),
            makeEvent(QStringLiteral("d"), 0, QStringLiteral("lesson.started"), kVersion, kDevice, 60),
            makeEvent(QStringLiteral("e"), kMax, QStringLiteral("lesson.started"), kVersion, kDevice, 60),
        };
        const QList<DecodedEvent> decoded = roundTrip(events);
        QCOMPARE(decoded.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QVERIFY2(decoded[i].problem.isEmpty(), qPrintable(decoded[i].problem));
            QCOMPARE(decoded[i].event.id, events[i].id);
            QCOMPARE(decoded[i].event.deviceTimeMs, events[i].deviceTimeMs);
        }
    }

    // Protocol 3: sealed events among readable ones (an older device's) round-trip exactly, and
    // nothing of a readable neighbour leaks into a sealed event's fields or back.
    void sealedEventsRoundTripBesideReadableOnes()
    {
        const QString origin = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        WireEvent sealed;
        sealed.id = origin + QStringLiteral(".00000000000000aa");
        sealed.epoch = 2;
        sealed.sealed = QByteArray(150, 'c');
        sealed.coarseKind = v1::COARSE_KIND_DRILL_PRACTISED;
        sealed.utcDay = 20'400;
        WireEvent privateSealed;
        privateSealed.id = QStringLiteral("p-1");
        privateSealed.epoch = 2;
        privateSealed.sealed = QByteArray(40, 'd');
        const QList<WireEvent> events{makeEvent(origin + QStringLiteral(".0000000000000001"), 5000, QStringLiteral("lesson.finished"),
                                            QStringLiteral("v1"), origin, 60),
                                      sealed, privateSealed,
                                      makeEvent(origin + QStringLiteral(".0000000000000002"), 6000, QStringLiteral("drill.decision"),
                                            QStringLiteral("v1"), origin, 60)};
        v1::DownloadResponse encoded;
        const QList<DecodedEvent> decoded = roundTrip(events, &encoded);
        QCOMPARE(decoded.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(decoded[i].problem.isEmpty(), qPrintable(decoded[i].problem));
            QCOMPARE(decoded[i].event, events[i]);
        }
        QVERIFY(encoded.events(1).kind().empty() && encoded.events(1).payload().empty());
        QCOMPARE(encoded.events(1).device_time_ms(), 0);
        QVERIFY(!encoded.events(1).has_time_after_previous_ms());
    }

    void sealedEventsCarryNothingReadable()
    {
        const auto sealedWith = [](const std::function<void(v1::WireEvent &)> &edit) {
            return problemOf([&](v1::WireEvent &e) {
                e.clear_kind_code();
                e.set_device_time_ms(0);
                e.set_epoch(1);
                e.set_sealed("cipher");
                e.set_coarse_kind(v1::COARSE_KIND_QUICK_CHECK);
                e.set_utc_day(20'000);
                edit(e);
            });
        };
        QCOMPARE(sealedWith([](v1::WireEvent &) {}), QString());
        QVERIFY(!sealedWith([](v1::WireEvent &e) { e.set_payload("answer"); }).isEmpty());
        QVERIFY(!sealedWith([](v1::WireEvent &e) { e.set_kind("drill.decision"); }).isEmpty());
        QVERIFY(!sealedWith([](v1::WireEvent &e) { e.set_device_time_ms(1); }).isEmpty());
        QVERIFY(!sealedWith([](v1::WireEvent &e) { e.set_is_private(true); }).isEmpty());
        QVERIFY(!sealedWith([](v1::WireEvent &e) { e.set_content_version("v1"); }).isEmpty());
        QVERIFY(!sealedWith([](v1::WireEvent &e) { e.clear_sealed(); }).isEmpty());
        QVERIFY(!sealedWith([](v1::WireEvent &e) { e.set_coarse_kind(v1::CoarseKind(99)); }).isEmpty());
        QVERIFY(!sealedWith([](v1::WireEvent &e) { e.set_coarse_kind(v1::COARSE_KIND_UNSPECIFIED); }).isEmpty());
        QVERIFY(!sealedWith([](v1::WireEvent &e) { e.set_sealed(std::string(kMaxSealedBytes + 1, 'x')); }).isEmpty());
        // A readable event cannot carry a ciphertext or clear metadata of a sealed one.
        QVERIFY(!problemOf([](v1::WireEvent &e) { e.set_coarse_kind(v1::COARSE_KIND_QUICK_CHECK); }).isEmpty());
    }

    void deflatedBodiesRoundTrip()
    {
        QByteArray body;
        for (int i = 0; i < 200; ++i)
            body += "delegating-outcomes-not-tasks " + QByteArray::number(i);
        const QByteArray packed = deflateBody(body);
        QVERIFY(packed.size() < body.size() / 3);
        const auto back = decodeContentEncoding("deflate", packed, body.size());
        QVERIFY(std::holds_alternative<QByteArray>(back));
        QCOMPARE(std::get<QByteArray>(back), body);
        // Header names and values are case-insensitive; no encoding passes the body through.
        QCOMPARE(std::get<QByteArray>(decodeContentEncoding(" Deflate ", packed, body.size())), body);
        QCOMPARE(std::get<QByteArray>(decodeContentEncoding("", body, body.size())), body);
        QCOMPARE(std::get<QByteArray>(decodeContentEncoding("identity", body, body.size())), body);
    }

    void badBodiesAreRefusedWithoutExpanding()
    {
        const auto failure = [](QByteArrayView encoding, QByteArrayView body, qsizetype max) {
            const auto r = decodeContentEncoding(encoding, body, max);
            return std::holds_alternative<Failure>(r) ? std::get<Failure>(r) : Failure{WireError::None, {}};
        };
        const QByteArray body(4096, 'a');
        const QByteArray packed = deflateBody(body);
        QCOMPARE(failure("deflate", packed, body.size() - 1).code, WireError::TooLarge);
        QCOMPARE(failure("deflate", packed, body.size()).code, WireError::None); // exactly at the limit
        // A bomb: 1 MiB + 1 of zeros deflates to about a kilobyte and must not be inflated.
        const QByteArray bomb = deflateBody(QByteArray(kMaxRequestBytes + 1, '\0'));
        QVERIFY(bomb.size() < 4096);
        QCOMPARE(failure("deflate", bomb, kMaxRequestBytes).code, WireError::TooLarge);
        QCOMPARE(failure("deflate", packed.left(packed.size() / 2), body.size()).code, WireError::Malformed);
        QCOMPARE(failure("deflate", packed + "junk", body.size()).code, WireError::Malformed);
        QByteArray corrupt = packed;
        corrupt[corrupt.size() - 1] = char(corrupt.at(corrupt.size() - 1) ^ 0x5a); // the checksum
        QCOMPARE(failure("deflate", corrupt, body.size()).code, WireError::Malformed);
        QCOMPARE(failure("deflate", "not zlib at all", body.size()).code, WireError::Malformed);
        QCOMPARE(failure("deflate", QByteArray(), body.size()).code, WireError::Malformed);
        const Failure gzip = failure("gzip", packed, body.size());
        QCOMPARE(gzip.code, WireError::Malformed);
        QVERIFY(gzip.message.contains(QLatin1String("gzip")));
        QCOMPARE(failure("", QByteArray(11, 'x'), 10).code, WireError::TooLarge);
        // Random bytes never crash the decoder.
        for (int i = 0; i < 500; ++i) {
            QByteArray noise(QRandomGenerator::global()->bounded(1, 64), Qt::Uninitialized);
            for (char &c : noise)
                c = char(QRandomGenerator::global()->bounded(256));
            (void)decodeContentEncoding("deflate", noise, 1024);
        }
    }
};

QTEST_GUILESS_MAIN(TestWireForm)
#include "tst_wireform.moc"
