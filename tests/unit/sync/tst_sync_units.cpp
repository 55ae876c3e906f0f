// Small pieces of sync without a network or database: backoff, codes and tokens, the rate
// limiter, and request decoding.
#include "client/backoff.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/protocolversion.h"
#include "protocol/wirecodec.h"
#include "server/credentials.h"
#include "server/accesslog.h"
#include "server/httpfrontend.h"
#include "server/storefactory.h"
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

    // One IPv6 host holds a whole /64 and can use a new address per guess: they count as one.
    void rateLimiterCountsAnIpv6NetworkAsOneCaller()
    {
        QCOMPARE(RateLimiter::callerKey(QStringLiteral("2001:db8:1:2:aaaa::1")), QStringLiteral("2001:db8:1:2::/64"));
        QCOMPARE(RateLimiter::callerKey(QStringLiteral("::ffff:192.0.2.7")), QStringLiteral("192.0.2.7"));
        QCOMPARE(RateLimiter::callerKey(QStringLiteral("192.0.2.7")), QStringLiteral("192.0.2.7"));
        StepClock clock;
        RateLimiter limiter(clock, 3, 1000);
        for (int i = 0; i < 3; ++i)
            limiter.recordFailure(QStringLiteral("2001:db8:1:2::%1").arg(i + 1, 0, 16));
        QVERIFY(!limiter.allowed(QStringLiteral("2001:db8:1:2:ffff:ffff:ffff:ffff")));
        QVERIFY(limiter.allowed(QStringLiteral("2001:db8:1:3::1"))); // the next /64
    }

    // The table never holds more than its bound, and all failures together have a ceiling, so
    // a guesser with many networks gains nothing from the table forgetting.
    void rateLimiterIsBoundedWithAGlobalCeiling()
    {
        StepClock clock;
        RateLimiter limiter(clock, 3, 1000, 100, 250);
        for (int i = 0; i < 240; ++i)
            limiter.recordFailure(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256));
        QCOMPARE(limiter.trackedCallers(), 100);
        QVERIFY(limiter.allowed(QStringLiteral("192.0.2.1")));
        for (int i = 240; i < 250; ++i)
            limiter.recordFailure(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256));
        QVERIFY(!limiter.allowed(QStringLiteral("192.0.2.1"))); // ceiling reached: everyone waits
        clock.now += 1001;
        QVERIFY(limiter.allowed(QStringLiteral("192.0.2.1")));
    }

    // logfmt with a hashed device id; a hostile path cannot forge fields or lines.
    void accessLineNamesNoSecret()
    {
        const QByteArray line = formatAccessLine({0, QStringLiteral("POST"), QStringLiteral("/v1/x y\nstatus=200"), 401,
                                                  10, 20, 1500, QStringLiteral("d_secret")});
        QCOMPARE(line, QByteArray("access time=1970-01-01T00:00:00.000Z method=POST endpoint=/v1/x?y?status?200 status=401 "
                                  "bytes_in=10 bytes_out=20 duration_ms=1.500 device=") + deviceHash(QStringLiteral("d_secret")));
        QCOMPARE(deviceHash(QStringLiteral("d_secret")).size(), 16);
        QVERIFY(!line.contains("d_secret"));
        QCOMPARE(deviceHash(QString()), QByteArray("-"));
        // The time to the millisecond in UTC, also within one second and across a second's turn.
        AccessEntry later{1'765'045'220'792, QStringLiteral("POST"), QStringLiteral("/v1/upload"), 200, 1, 2, 3, {}};
        QVERIFY(formatAccessLine(later).startsWith("access time=2025-12-06T18:20:20.792Z method=POST"));
        later.timeMs += 7;
        QVERIFY(formatAccessLine(later).startsWith("access time=2025-12-06T18:20:20.799Z "));
        later.timeMs += 201;
        QVERIFY(formatAccessLine(later).startsWith("access time=2025-12-06T18:20:21.000Z "));
        later.timeMs = -1;
        QVERIFY(formatAccessLine(later).startsWith("access time=1969-12-31T23:59:59.999Z "));
    }

    // verify-full over the network; loopback and an explicit choice are left alone.
    void postgresTlsIsVerifiedByDefault()
    {
        QVERIFY(postgresConnectOptions(QUrl(QStringLiteral("postgresql://u@db.example.org/gw"))).contains(u"sslmode=verify-full"));
        QVERIFY(postgresConnectOptions(QUrl(QStringLiteral("postgresql://u@127.0.0.1/gw"))).contains(u"sslmode=prefer"));
        QVERIFY(postgresConnectOptions(QUrl(QStringLiteral("postgresql://u@db.example.org/gw?sslmode=require")))
                    .contains(u"sslmode=require"));
        QVERIFY(!postgresConnectOptions(QUrl(QStringLiteral("postgresql://u@db/gw?sslmode=x;host=evil"))).contains(u"evil"));
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

    // Only a trusted proxy's X-Forwarded-For is believed, and only as far as the trusted hops go.
    void clientAddressBehindProxies()
    {
        const QHostAddress proxy(QStringLiteral("10.0.0.2")), inner(QStringLiteral("10.0.0.3"));
        const QList<QHostAddress> trusted{proxy, inner};
        const QHostAddress stranger(QStringLiteral("203.0.113.9"));
        QCOMPARE(HttpFrontend::clientAddress(stranger, "198.51.100.1", trusted), QStringLiteral("203.0.113.9"));
        QCOMPARE(HttpFrontend::clientAddress(proxy, "198.51.100.1", trusted), QStringLiteral("198.51.100.1"));
        QCOMPARE(HttpFrontend::clientAddress(proxy, "", trusted), QStringLiteral("10.0.0.2"));
        // A forged entry on the left is not taken: the nearest untrusted hop is.
        QCOMPARE(HttpFrontend::clientAddress(proxy, "1.2.3.4, 198.51.100.1, 10.0.0.3", trusted),
                 QStringLiteral("198.51.100.1"));
        QCOMPARE(HttpFrontend::clientAddress(proxy, "198.51.100.1, not-an-address", trusted), QStringLiteral("10.0.0.2"));
        QCOMPARE(HttpFrontend::clientAddress(proxy, " 2001:db8::7 ", trusted), QStringLiteral("2001:db8::7"));
        QCOMPARE(HttpFrontend::clientAddress(proxy, "198.51.100.1", {}), QStringLiteral("10.0.0.2"));
        // A dual-stack socket shows an IPv4 proxy as an IPv4-mapped IPv6 address.
        QCOMPARE(HttpFrontend::clientAddress(QHostAddress(QStringLiteral("::ffff:10.0.0.2")), "198.51.100.1", trusted),
                 QStringLiteral("198.51.100.1"));
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

        // A code this app does not know is a refusal with the server's message, not a retry.
        v1::Error future;
        future.set_code(static_cast<v1::ErrorCode>(99)); // open enum: any number travels
        future.set_message("Your cohort has been archived.");
        const auto unknown = decodeError(serialize(future));
        QVERIFY(unknown);
        QCOMPARE(unknown->code, WireError::Forbidden);
        QCOMPARE(unknown->message, QStringLiteral("Your cohort has been archived."));
    }
};

QTEST_GUILESS_MAIN(TestSyncUnits)
#include "tst_sync_units.moc"
