// Small pieces of sync without a network or database: backoff, codes and tokens, the rate
// limiter, and request decoding.
#include "client/backoff.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/protocolversion.h"
#include "protocol/wirecodec.h"
#include "protocol/wireevent.h"
#include "server/credentials.h"
#include "server/ratelimiter.h"

#include <QSet>
#include <QTest>

using namespace groundwork::sync;

namespace {
class StepClock final : public Clock
{
public:
    qint64 nowMs() const override { return now; }
    qint64 now = 0;
};
} // namespace

class TestSyncUnits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(credentials::initialise()); }

    void backoffGrowsWithJitterUpToCap()
    {
        double r = 0.0;
        Backoff backoff(100, 1000, [&r] { return r; });
        QCOMPARE(backoff.delayMs(0), 50);  // half of 100 at the low end of the jitter
        QCOMPARE(backoff.delayMs(1), 100);
        QCOMPARE(backoff.delayMs(3), 400);
        QCOMPARE(backoff.delayMs(30), 500); // capped at 1000, half of it
        r = 0.999;
        QVERIFY(backoff.delayMs(0) >= 99 && backoff.delayMs(0) <= 100);
        QCOMPARE(backoff.delayMs(30), 999);
    }

    void codesAreRandomTypeableAndForgiving()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString code = credentials::newCode(12);
            QCOMPARE(code.size(), 14);
            QVERIFY(!code.contains(u'I') && !code.contains(u'L') && !code.contains(u'O') && !code.contains(u'U'));
            seen.insert(code);
        }
        QCOMPARE(seen.size(), 1000);
        QCOMPARE(credentials::normaliseCode(QStringLiteral(" ab1o-il2z ")), QStringLiteral("AB10112Z"));
    }

    void tokensAreLongRandomAndHashed()
    {
        const QString a = credentials::newDeviceToken();
        const QString b = credentials::newDeviceToken();
        QVERIFY(a != b);
        QVERIFY(a.startsWith(u"gw1."));
        QCOMPARE(a.size(), 4 + 43); // 32 bytes, base64url without padding
        QCOMPARE(credentials::hashSecret(a).size(), 32);
        QVERIFY(credentials::sameHash(credentials::hashSecret(a), credentials::hashSecret(a)));
        QVERIFY(!credentials::sameHash(credentials::hashSecret(a), credentials::hashSecret(b)));
        QVERIFY(!credentials::sameHash(credentials::hashSecret(a), QByteArray("short")));
    }

    void rateLimiterSlidesItsWindow()
    {
        StepClock clock;
        RateLimiter limiter(clock, 3, 1000);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(limiter.allowed(QStringLiteral("a")));
            limiter.recordFailure(QStringLiteral("a"));
            clock.now += 100;
        }
        QVERIFY(!limiter.allowed(QStringLiteral("a")));
        QVERIFY(limiter.allowed(QStringLiteral("b")));
        clock.now = 1001; // the first failure ages out
        QVERIFY(limiter.allowed(QStringLiteral("a")));
    }

    void decodingJudgesSizeThenVersionThenBody()
    {
        v1::DownloadRequest request;
        QCOMPARE(decodeRequest(serialize(request), request)->code, WireError::Malformed); // no hello
        request.mutable_hello()->set_protocol_version(kOldestAcceptedProtocolVersion - 1);
        QCOMPARE(decodeRequest(serialize(request), request)->code, WireError::UpdateRequired);
        request.mutable_hello()->set_protocol_version(kProtocolVersion + 1);
        QCOMPARE(decodeRequest(serialize(request), request)->code, WireError::ServerTooOld);
        request.mutable_hello()->set_protocol_version(kProtocolVersion);
        request.set_cursor(42);
        v1::DownloadRequest decoded;
        QVERIFY(!decodeRequest(serialize(request), decoded));
        QCOMPARE(decoded.cursor(), quint64(42));
        QCOMPARE(decodeRequest(QByteArray(2 * 1024 * 1024, '\0'), decoded)->code, WireError::TooLarge);
    }

    // A batch travels compactly (UUID ids as 16 bytes, repeated content versions and origin
    // devices once) and decodes to exactly what was encoded, including an empty value after a
    // non-empty one.
    void eventBatchesRoundTripCompactly()
    {
        const QString uuid = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        const QList<WireEvent> events{
            {uuid, 10, QStringLiteral("lesson.finished"), QStringLiteral("2026.11.0+3f9a2c1d"), "a", false, QStringLiteral("dev-1"), 60},
            {QStringLiteral("custom-id"), 11, QStringLiteral("drill.decision"), QStringLiteral("2026.11.0+3f9a2c1d"), "b", false, QStringLiteral("dev-1"), 60},
            {QStringLiteral("3F2504E0-4F89-41D3-9A0C-0305E82C3302"), 12, QStringLiteral("drill.decision"), QString(), "c", false, QStringLiteral("dev-2"), -300},
            {QStringLiteral("x"), 13, QStringLiteral("goal.changed"), QStringLiteral("2027.1.0"), QByteArray(), false, QStringLiteral("dev-2"), 0},
        };
        v1::DownloadResponse message;
        encodeEvents(events, message.mutable_events());
        QCOMPARE(message.events(0).id_uuid().size(), std::size_t(16));
        QVERIFY(message.events(0).id().empty());
        QCOMPARE(message.events(1).id(), std::string("custom-id"));
        QVERIFY(!message.events(1).has_content_version());
        QVERIFY(!message.events(1).has_origin_device());
        QCOMPARE(message.events(2).id(), std::string("3F2504E0-4F89-41D3-9A0C-0305E82C3302")); // not canonical: text
        QVERIFY(message.events(2).has_content_version());

        v1::DownloadResponse parsed;
        const std::string bytes = message.SerializeAsString();
        QVERIFY(parsed.ParseFromString(bytes));
        const QList<DecodedEvent> decoded = decodeEvents(parsed.events());
        QCOMPARE(decoded.size(), events.size());
        for (int i = 0; i < events.size(); ++i) {
            QVERIFY2(decoded[i].problem.isEmpty(), qPrintable(decoded[i].problem));
            QCOMPARE(decoded[i].event, events[i]);
        }
    }

    void eventContentVersionIsShortPrintableText()
    {
        v1::WireEvent e;
        e.set_id("e1");
        e.set_kind("lesson.finished");
        e.set_content_version("2026.11.0+3f9a2c1d");
        QVERIFY(wireEventProblem(e).isEmpty());
        e.set_content_version(std::string(65, 'v'));
        QVERIFY(!wireEventProblem(e).isEmpty());
        e.set_content_version("2026\n11");
        QVERIFY(!wireEventProblem(e).isEmpty());
        e.set_content_version(std::string("2026\x01", 5));
        QVERIFY(!wireEventProblem(e).isEmpty());
        e.set_content_version("");
        e.set_id_uuid(std::string(16, 'u'));
        QVERIFY(!wireEventProblem(e).isEmpty()); // text id and byte id together
        e.clear_id();
        QVERIFY(wireEventProblem(e).isEmpty());
        e.set_id_uuid(std::string(15, 'u'));
        QVERIFY(!wireEventProblem(e).isEmpty());
        e.set_id_uuid(std::string(16, 'u'));
        e.set_utc_offset_minutes(24 * 60 + 1);
        QVERIFY(!wireEventProblem(e).isEmpty());
    }

    void errorsRoundTrip()
    {
        const QByteArray body = encodeError({WireError::Expired, QStringLiteral("gone")});
        const auto failure = decodeError(body);
        QVERIFY(failure);
        QCOMPARE(failure->code, WireError::Expired);
        QCOMPARE(failure->message, QStringLiteral("gone"));
        QVERIFY(!decodeError(QByteArray()));
        QCOMPARE(httpStatusFor(WireError::UpdateRequired), 426);
    }
};

QTEST_GUILESS_MAIN(TestSyncUnits)
#include "tst_sync_units.moc"
