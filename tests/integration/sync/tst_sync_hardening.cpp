// The real groundwork-server under hostile or careless use, and as an administrator runs it:
// a slow-request flood stays within the memory budget, connection limits and timeouts, plain
// HTTP on loopback only, configuration from a file and the environment, the access log and
// health probes, a graceful SIGTERM, and backup and restore.
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/protocolversion.h"
#include "protocol/wirecodec.h"
#include "protocol/wireevent.h"
#include "server/credentials.h"
#include "server/syncservice.h"
#include "serverprocess.h"
#include "testbackends.h"

#include <QFileInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <csignal>
#include <vector>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

// The first status code in what a raw connection received, 0 for none.
int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

// Reads until the peer closes or `ms` pass.
QByteArray readUntilClosed(QTcpSocket &socket, int ms)
{
    QElapsedTimer waited;
    waited.start();
    QByteArray answer = socket.readAll();
    while (socket.state() != QAbstractSocket::UnconnectedState && waited.elapsed() < ms) {
        socket.waitForReadyRead(50);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

QByteArray uploadHead(qint64 contentLength)
{
    return "POST /v1/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-protobuf\r\n"
           "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}

} // namespace

class TestSyncHardening : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

    QString database(const QString &name) const { return QDir(m_scratch.path()).filePath(name + QStringLiteral(".db")); }

private slots:
    // 48 clients each send 3 MB of a 4 MB upload and stall (below the per-request cap, so only
    // the global budget can stop them): 144 MB held without it. The budget (16 MiB here) turns
    // the rest away with 503, the read timeout answers the stalled ones 408 and frees their
    // bytes, and the server answers as before.
    void slowRequestFloodStaysWithinTheBudget()
    {
        ServerProcess server;
        QVERIFY2(server.start(database(QStringLiteral("flood")),
                              {QStringLiteral("--plain-http"), QStringLiteral("--max-buffered-mib"), QStringLiteral("16"),
                               QStringLiteral("--read-timeout"), QStringLiteral("3")}),
                 qPrintable(server.problem));
        const qint64 before = peakMemoryKib(server.process.processId());
        QVERIFY(before > 0);

        constexpr int kClients = 48;
        constexpr qint64 kSent = 3'000'000;
        constexpr qint64 kChunk = 128 * 1024;
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < kClients; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(server.base.port()));
            QVERIFY(socket->waitForConnected(5'000));
            socket->write(uploadHead(4'000'000));
            clients.push_back(std::move(socket));
        }
        // All at once, a slice each in turn, as a flood of slow clients would arrive.
        const QByteArray slice(kChunk, '\x0a');
        for (qint64 sent = 0; sent < kSent; sent += kChunk) {
            for (auto &socket : clients) {
                if (socket->state() == QAbstractSocket::ConnectedState) {
                    socket->write(slice.first(qMin(kChunk, kSent - sent)));
                    socket->flush();
                }
            }
            QTest::qWait(2);
        }
        QMap<int, int> statuses;
        for (auto &socket : clients)
            ++statuses[statusOf(readUntilClosed(*socket, 8'000))];
        const qint64 after = peakMemoryKib(server.process.processId());
        qInfo("%d stalled 3 MB uploads: %d answered 503, %d answered 408, %d unanswered; peak memory grew by %lld KiB",
              kClients, statuses.value(503), statuses.value(408), statuses.value(0), after - before);
        QVERIFY(statuses.value(503) > 0);
        QVERIFY(statuses.value(408) > 0);
        QCOMPARE(statuses.value(503) + statuses.value(408), kClients);
        // Each buffered byte is held about twice (the socket's buffer and the parsed body), plus
        // what a refused connection brought in before it was refused: well under 144 MB.
        QVERIFY2(after - before < 80 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(after - before)));

        QNetworkAccessManager network;
        QCOMPARE(get(network, server.base, QStringLiteral("/healthz")).status, 200);
        QVERIFY(server.stop());
    }

    // Quotas per cohort (learners), account (open link codes, stored events), each refused
    // with a code the app understands and words a person can act on; on both back ends, since
    // the counts are in the database.
    void quotasSayWhatIsFull_data() { addBackendRows(); }
    void quotasSayWhatIsFull()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        FakeClock clock;
        RateLimiter limiter(clock, 100, 60'000);
        ServiceLimits quotas;
        quotas.maxCohortMembers = 2;
        quotas.maxOpenLinkCodes = 2;
        quotas.maxAccountEvents = 3;
        SyncService service(*store, clock, limiter, quotas);
        const NewCohort cohort = Provisioning(*store, clock).createCohort(QStringLiteral("C"), QStringLiteral("L"), 3'600'000);
        const auto join = [&](char nonce) {
            v1::JoinRequest r;
            r.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
            r.set_invite_code(cohort.inviteCode.toStdString());
            r.set_display_name("A");
            r.set_request_nonce(std::string(16, nonce));
            return service.handle(QStringLiteral("/v1/join"), {}, serialize(r), QStringLiteral("192.0.2.1"));
        };
        QCOMPARE(join('a').status, 200);
        const Reply second = join('b');
        QCOMPARE(second.status, 200);
        const Reply third = join('c');
        QCOMPARE(decodeError(third.body)->code, WireError::Forbidden);
        QVERIFY2(decodeError(third.body)->message.contains(u"full"), qPrintable(decodeError(third.body)->message));

        v1::DeviceCredential learner;
        QVERIFY(learner.ParseFromArray(second.body.constData(), int(second.body.size())));
        const QString token = QString::fromStdString(learner.device_token());
        v1::LinkStartRequest start;
        start.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
        QCOMPARE(service.handle(QStringLiteral("/v1/link/start"), token, serialize(start), {}).status, 200);
        QCOMPARE(service.handle(QStringLiteral("/v1/link/start"), token, serialize(start), {}).status, 200);
        const Reply waiting = service.handle(QStringLiteral("/v1/link/start"), token, serialize(start), {});
        QCOMPARE(decodeError(waiting.body)->code, WireError::RateLimited);
        clock.now += 11 * 60 * 1000; // the codes expire
        QCOMPARE(service.handle(QStringLiteral("/v1/link/start"), token, serialize(start), {}).status, 200);

        const auto upload = [&](int first, int count) {
            v1::UploadRequest r;
            r.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
            QList<WireEvent> events;
            for (int i = first; i < first + count; ++i)
                events << WireEvent{QStringLiteral("e%1").arg(i), 1'700'000'000'000 + i, QStringLiteral("lesson.finished"),
                                    QStringLiteral("1"), QByteArray("x"), false, QString(), 0, 0, {}, 0, 0, {}};
            encodeEvents(events, r.mutable_events());
            return service.handle(QStringLiteral("/v1/upload"), token, serialize(r), {});
        };
        QCOMPARE(upload(0, 2).status, 200);
        const Reply over = upload(2, 2);
        QCOMPARE(decodeError(over.body)->code, WireError::TooLarge);
        QCOMPARE(store->eventCount(QString::fromStdString(learner.account_id())), quint64(2)); // nothing of it stored
        QCOMPARE(upload(2, 1).status, 200);
    }

    // The account's stored bytes (payloads, readable or sealed) and joins per address (an IPv4
    // address or an IPv6 /64, for an hour), counted in the database on both back ends.
    void storageAndJoinsPerAddress_data() { addBackendRows(); }
    void storageAndJoinsPerAddress()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        FakeClock clock;
        RateLimiter limiter(clock, 100, 60'000);
        ServiceLimits quotas;
        quotas.maxAccountBytes = 100;
        quotas.maxJoinsPerAddress = 2;
        SyncService service(*store, clock, limiter, quotas);
        const NewCohort cohort = Provisioning(*store, clock).createCohort(QStringLiteral("C"), QStringLiteral("L"), 3 * 3'600'000);
        int nonce = 0;
        const auto join = [&](const QString &caller) {
            v1::JoinRequest r;
            r.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
            r.set_invite_code(cohort.inviteCode.toStdString());
            r.set_display_name("A");
            r.set_request_nonce(QByteArray::number(++nonce).rightJustified(16, '0').toStdString());
            return service.handle(QStringLiteral("/v1/join"), {}, serialize(r), caller);
        };
        QCOMPARE(join(QStringLiteral("192.0.2.1")).status, 200);
        const Reply joined = join(QStringLiteral("192.0.2.1"));
        QCOMPARE(joined.status, 200);
        const Reply third = join(QStringLiteral("192.0.2.1"));
        QCOMPARE(decodeError(third.body)->code, WireError::RateLimited);
        QVERIFY2(decodeError(third.body)->message.contains(u"joins from this network"), qPrintable(decodeError(third.body)->message));
        QCOMPARE(join(QStringLiteral("198.51.100.7")).status, 200); // another address
        // A fresh IPv6 address in the same /64 is the same caller.
        QCOMPARE(join(QStringLiteral("2001:db8:1:2::a")).status, 200);
        QCOMPARE(join(QStringLiteral("2001:db8:1:2::b")).status, 200);
        QCOMPARE(decodeError(join(QStringLiteral("2001:db8:1:2:ffff::c")).body)->code, WireError::RateLimited);
        QCOMPARE(join(QStringLiteral("2001:db8:1:3::a")).status, 200);
        clock.now += 61 * 60 * 1000; // an hour later
        QCOMPARE(join(QStringLiteral("192.0.2.1")).status, 200);

        v1::DeviceCredential learner;
        QVERIFY(learner.ParseFromArray(joined.body.constData(), int(joined.body.size())));
        const QString token = QString::fromStdString(learner.device_token());
        const QString account = QString::fromStdString(learner.account_id());
        const auto upload = [&](const QString &id, int bytes) {
            v1::UploadRequest r;
            r.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
            WireEvent e;
            e.id = id;
            e.deviceTimeMs = 1'700'000'000'000;
            e.kind = QStringLiteral("lesson.finished");
            e.contentVersion = QStringLiteral("1");
            e.payload = QByteArray(bytes, 'x');
            encodeEvents({e}, r.mutable_events());
            return service.handle(QStringLiteral("/v1/upload"), token, serialize(r), {});
        };
        QCOMPARE(upload(QStringLiteral("e1"), 60).status, 200);
        QCOMPARE(store->storedBytes(account), quint64(60));
        const Reply full = upload(QStringLiteral("e2"), 60);
        QCOMPARE(decodeError(full.body)->code, WireError::TooLarge);
        QVERIFY2(decodeError(full.body)->message.contains(u"storage on the server is full"), qPrintable(decodeError(full.body)->message));
        QCOMPARE(store->eventCount(account), quint64(1)); // nothing of it stored
        QCOMPARE(upload(QStringLiteral("e2"), 40).status, 200); // what fits still goes in
        QCOMPARE(store->storedBytes(account), quint64(100));
        // Deleting the account frees what it held (the counters follow every row).
        QVERIFY(store->deleteAccount(account).found);
        QCOMPARE(store->storedBytes(account), quint64(0));
    }

    // Past the connection limit a client is told the server is busy; a silent connection is
    // closed after the idle timeout.
    void connectionLimitAndIdleTimeout()
    {
        ServerProcess server;
        QVERIFY2(server.start(database(QStringLiteral("limit")),
                              {QStringLiteral("--plain-http"), QStringLiteral("--max-connections"), QStringLiteral("3"),
                               QStringLiteral("--idle-timeout"), QStringLiteral("1")}),
                 qPrintable(server.problem));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QStringLiteral("127.0.0.1"), quint16(server.base.port()));
            QVERIFY(held.back()->waitForConnected(5'000));
        }
        QTest::qWait(200); // the server has taken them
        QTcpSocket extra;
        extra.connectToHost(QStringLiteral("127.0.0.1"), quint16(server.base.port()));
        QVERIFY(extra.waitForConnected(5'000));
        const QByteArray answer = readUntilClosed(extra, 3'000);
        QCOMPARE(statusOf(answer), 503);
        QCOMPARE(decodeError(answer.mid(answer.indexOf("\r\n\r\n") + 4))->code, WireError::Internal);

        QElapsedTimer idle;
        idle.start();
        readUntilClosed(*held.front(), 5'000);
        QCOMPARE(held.front()->state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(idle.elapsed() < 4'000, qPrintable(QString::number(idle.elapsed())));
        QVERIFY(server.stop());
    }

    // Plain HTTP carries tokens in clear: its default address is loopback, it says so, and a
    // public address needs --allow-public-plain-http.
    void plainHttpStaysOnLoopback()
    {
        const Run refused = runCli({QStringLiteral("serve"), QStringLiteral("--plain-http"), QStringLiteral("--listen"),
                                    QStringLiteral("0.0.0.0:0"), QStringLiteral("--database"), database(QStringLiteral("plain"))});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--allow-public-plain-http"), qPrintable(refused.err));

        ServerProcess server;
        QVERIFY2(server.start(database(QStringLiteral("plain")), {QStringLiteral("--plain-http")}), qPrintable(server.problem));
        QCOMPARE(server.base.scheme(), QStringLiteral("http"));
        server.process.waitForReadyRead(1'000);
        QVERIFY(server.stop());
        const QString log = QString::fromUtf8(server.process.readAllStandardError());
        QVERIFY2(log.contains(u"plain HTTP on loopback only"), qPrintable(log));
    }

    // Settings come from a file and the environment; the command line wins over both.
    void configurationFromFileAndEnvironment()
    {
        const QString config = QDir(m_scratch.path()).filePath(QStringLiteral("server.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# groundwork-server\ndatabase = " + database(QStringLiteral("fromfile")).toUtf8() + "\n");
        file.close();
        const Run fromFile = runCli({QStringLiteral("migrate"), QStringLiteral("--config"), config});
        QCOMPARE(fromFile.exitCode, 0);
        QVERIFY(QFileInfo::exists(database(QStringLiteral("fromfile"))));

        const Run fromEnvironment = runCli({QStringLiteral("migrate")},
                                           {QStringLiteral("GROUNDWORK_CONFIG=") + config,
                                            QStringLiteral("GROUNDWORK_DATABASE=") + database(QStringLiteral("fromenv"))});
        QCOMPARE(fromEnvironment.exitCode, 0);
        QVERIFY(QFileInfo::exists(database(QStringLiteral("fromenv"))));

        const Run fromCli = runCli({QStringLiteral("migrate"), QStringLiteral("--database"), database(QStringLiteral("fromcli"))},
                                   {QStringLiteral("GROUNDWORK_DATABASE=") + database(QStringLiteral("notthis"))});
        QCOMPARE(fromCli.exitCode, 0);
        QVERIFY(QFileInfo::exists(database(QStringLiteral("fromcli"))));
        QVERIFY(!QFileInfo::exists(database(QStringLiteral("notthis"))));
        QCOMPARE(QFileInfo(database(QStringLiteral("fromcli"))).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }

    // The server caches credentials in its process, yet a device revoked by the admin command
    // (another process, on the same database) is refused at the server's very next request.
    void revokedByAnotherProcessIsRefusedAtOnce()
    {
        const QString db = database(QStringLiteral("revoke"));
        const Run created = runCli({QStringLiteral("create-cohort"), QStringLiteral("--database"), db,
                                    QStringLiteral("--name"), QStringLiteral("C"), QStringLiteral("--lead"), QStringLiteral("L")});
        QCOMPARE(created.exitCode, 0);
        const QString token = field(created.out, QStringLiteral("device_token"));
        ServerProcess server;
        QVERIFY2(server.start(db, {QStringLiteral("--plain-http")}), qPrintable(server.problem));
        QNetworkAccessManager network;
        v1::ListDevicesRequest list;
        list.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
        for (int cached = 0; cached < 3; ++cached)
            QCOMPARE(post(network, server.base, QStringLiteral("/v1/devices/list"), serialize(list), token).status, 200);
        const Run revoked = runCli({QStringLiteral("revoke-device"), QStringLiteral("--database"), db, QStringLiteral("--device"),
                                    field(created.out, QStringLiteral("device_id"))});
        QCOMPARE(revoked.exitCode, 0);
        QCOMPARE(post(network, server.base, QStringLiteral("/v1/devices/list"), serialize(list), token).status, 401);
        QVERIFY(server.stop());
    }

    // One logfmt line per request with what an operator needs and nothing secret; /healthz
    // and /readyz answer.
    void accessLogAndProbes()
    {
        const QString db = database(QStringLiteral("log"));
        const Run created = runCli({QStringLiteral("create-cohort"), QStringLiteral("--database"), db,
                                    QStringLiteral("--name"), QStringLiteral("C"), QStringLiteral("--lead"), QStringLiteral("L")});
        QCOMPARE(created.exitCode, 0);
        const QString token = field(created.out, QStringLiteral("device_token"));
        QVERIFY(token.startsWith(u"gw1."));
        ServerProcess server;
        QVERIFY2(server.start(db), qPrintable(server.problem));
        QNetworkAccessManager network;
        QCOMPARE(get(network, server.base, QStringLiteral("/healthz")).status, 200);
        QCOMPARE(get(network, server.base, QStringLiteral("/readyz")).status, 200);
        v1::ListDevicesRequest list;
        list.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
        QCOMPARE(post(network, server.base, QStringLiteral("/v1/devices/list"), serialize(list), token).status, 200);
        QCOMPARE(post(network, server.base, QStringLiteral("/v1/upload"), QByteArray("\x0a\xff\xff")).status, 400);
        QVERIFY(server.stop());

        const QStringList lines = QString::fromUtf8(server.process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QStringList access;
        for (const QString &line : lines)
            if (line.startsWith(u"access "))
                access << line;
        QCOMPARE(access.size(), 4);
        const QRegularExpression shape(QStringLiteral(
            "^access time=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z method=(GET|POST) endpoint=\\S+ status=\\d{3} "
            "bytes_in=\\d+ bytes_out=\\d+ duration_ms=\\d+\\.\\d{3} device=([0-9a-f]{16}|-)$"));
        for (const QString &line : access)
            QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
        QVERIFY(access[2].contains(u"endpoint=/v1/devices/list status=200"));
        QVERIFY(!access[2].contains(u"device=-"));
        QVERIFY(access[3].contains(u"endpoint=/v1/upload status=400") && access[3].contains(u"device=-"));
        const QString all = lines.join(u'\n');
        QVERIFY(!all.contains(token.mid(4, 16)));
        QVERIFY(!all.contains(field(created.out, QStringLiteral("device_id"))));
    }

    // SIGTERM: the server stops accepting, answers the request it is receiving, and exits 0.
    void sigtermFinishesWhatIsArriving()
    {
        ServerProcess server;
        QVERIFY2(server.start(database(QStringLiteral("term")), {QStringLiteral("--plain-http")}), qPrintable(server.problem));
        QTcpSocket inFlight;
        inFlight.connectToHost(QStringLiteral("127.0.0.1"), quint16(server.base.port()));
        QVERIFY(inFlight.waitForConnected(5'000));
        inFlight.write(uploadHead(3) + "\x0a");
        QVERIFY(inFlight.waitForBytesWritten(2'000));
        QTest::qWait(200);
        server.process.terminate();
        QTest::qWait(300);
        QTcpSocket late;
        late.connectToHost(QStringLiteral("127.0.0.1"), quint16(server.base.port()));
        QVERIFY(!late.waitForConnected(1'000)); // no longer listening
        inFlight.write("\xff\xff");
        QCOMPARE(statusOf(readUntilClosed(inFlight, 5'000)), 400); // answered: malformed upload
        QVERIFY(server.process.waitForFinished(5'000));
        QCOMPARE(server.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process.exitCode(), 0);
    }

    // SIGHUP reloads the certificate (here the same files) and the server serves on with it.
    void sighupReloadsTheCertificate()
    {
        ServerProcess server;
        QVERIFY2(server.start(database(QStringLiteral("hup"))), qPrintable(server.problem));
        QCOMPARE(::kill(pid_t(server.process.processId()), SIGHUP), 0);
        QByteArray log;
        QTRY_VERIFY2_WITH_TIMEOUT((log += server.process.readAllStandardError()).contains("certificate reloaded"),
                                  log.constData(), 5'000);
        QNetworkAccessManager network;
        QCOMPARE(get(network, server.base, QStringLiteral("/healthz")).status, 200);
        QVERIFY(server.stop());
    }

    // A backup is a private, consistent copy; restoring it brings back what it held and drops
    // what came after.
    void backupAndRestore()
    {
        const QString db = database(QStringLiteral("backup"));
        const QString copy = QDir(m_scratch.path()).filePath(QStringLiteral("backup-copy.db"));
        const Run first = runCli({QStringLiteral("create-admin"), QStringLiteral("--database"), db, QStringLiteral("--name"), QStringLiteral("A")});
        QCOMPARE(first.exitCode, 0);
        const Run backup = runCli({QStringLiteral("backup"), QStringLiteral("--database"), db, QStringLiteral("--to"), copy});
        QCOMPARE(backup.exitCode, 0);
        QCOMPARE(QFileInfo(copy).permissions(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--database"), db, QStringLiteral("--to"), copy}).exitCode, 1);
        const Run second = runCli({QStringLiteral("create-admin"), QStringLiteral("--database"), db, QStringLiteral("--name"), QStringLiteral("B")});
        QCOMPARE(second.exitCode, 0);

        const Run restore = runCli({QStringLiteral("restore"), QStringLiteral("--database"), db, QStringLiteral("--from"), copy});
        QCOMPARE(restore.exitCode, 0);
        const auto revoke = [&](const Run &r) {
            return runCli({QStringLiteral("revoke-device"), QStringLiteral("--database"), db, QStringLiteral("--device"),
                           field(r.out, QStringLiteral("device_id"))}).exitCode;
        };
        QCOMPARE(revoke(second), 1); // made after the backup: gone
        QCOMPARE(revoke(first), 0);  // in the backup: back

        QFile junk(QDir(m_scratch.path()).filePath(QStringLiteral("junk.db")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database");
        junk.close();
        QCOMPARE(runCli({QStringLiteral("restore"), QStringLiteral("--database"), db, QStringLiteral("--from"), junk.fileName()}).exitCode, 1);
        // Not replaced: a junk file in its place would not open.
        QCOMPARE(runCli({QStringLiteral("migrate"), QStringLiteral("--database"), db}).exitCode, 0);
    }
};

QTEST_MAIN(TestSyncHardening)
#include "tst_sync_hardening.moc"
