// The client sync engine against the cohort server's classes over HTTPS (in-process), with
// an in-memory outbox standing in for the learner core.
#include "client/syncengine.h"
#include "cohort.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "cannedserver.h"
#include "inprocessserver.h"
#include "learnerdevices.h"
#include "memoryoutbox.h"
#include "protocol/bodyencoding.h"
#include "protocol/limits.h"
#include "server/credentials.h"
#include "testbackends.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

WireEvent makeEvent(const QString &id, bool isPrivate = false)
{
    return WireEvent{id, 1'700'000'000'000, QStringLiteral("drill.decision"), QStringLiteral("2026.11.0+3f9a2c1d"), QByteArray("\x08\x02\x10\x01", 4),
                     isPrivate, QString(), 0, 0, {}, 0, 0, {}};
}

SyncTuning quickTuning()
{
    SyncTuning t;
    t.uploadBatch = 100;
    t.backoffBaseMs = 10;
    t.backoffCapMs = 100;
    t.transferTimeoutMs = 5000;
    return t;
}

double half()
{
    return 0.5;
}

// Remembers what each request carried, as it leaves the engine.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QString path;
        QByteArray contentEncoding;
        QByteArray body;
    };
    QList<Sent> sent;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        sent.append({request.url().path(), request.rawHeader("Content-Encoding"),
                     data ? data->peek(data->size()) : QByteArray()});
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private slots:
    void initTestCase()
    {
        QVERIFY(credentials::initialise());
        QVERIFY(!InProcessServer::devCertificate().isEmpty());
    }

    void twoDevicesOfOnePerson_data() { addBackendRows(); }
    void twoDevicesOfOnePerson()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        InProcessServer server(*store, true);
        QVERIFY(server.listening());
        const NewCohort cohort = server.provisioning().createCohort(QStringLiteral("C"), QStringLiteral("L"), 3'600'000);
        const IssuedDevice phone = server.provisioning().createAccountWithDevice(cohort.cohort.id, Role::Learner,
                                                                                  QStringLiteral("Ada"), QStringLiteral("phone"));
        const IssuedDevice laptop = server.provisioning().addDevice(*store->account(phone.accountId), QStringLiteral("laptop"));

        MemoryOutbox phoneBox, laptopBox;
        for (int i = 0; i < 250; ++i)
            phoneBox.record(makeEvent(QStringLiteral("phone-%1").arg(i)));
        phoneBox.record(makeEvent(QStringLiteral("reflection-1"), true));
        phoneBox.record(makeEvent(QStringLiteral("reflection-2"), true));
        for (int i = 0; i < 10; ++i)
            laptopBox.record(makeEvent(QStringLiteral("laptop-%1").arg(i)));

        RecordingNetwork network;
        const auto endpoint = [&](const IssuedDevice &d) {
            return SyncEndpoint{server.url(), d.token, InProcessServer::devCertificate(), QStringLiteral("test"), kReadableProtocolVersion};
        };
        SyncEngine phoneSync(phoneBox, network, endpoint(phone), quickTuning(), half);
        SyncEngine laptopSync(laptopBox, network, endpoint(laptop), quickTuning(), half);
        QCOMPARE(phoneSync.pendingCount(), 252);

        for (SyncEngine *engine : {&phoneSync, &laptopSync, &phoneSync}) {
            QSignalSpy finished(engine, &SyncEngine::roundFinished);
            engine->syncNow();
            QCOMPARE(engine->state(), SyncEngine::State::Syncing);
            QVERIFY2(finished.wait(10'000), qPrintable(engine->errorText()));
        }

        QCOMPARE(store->eventCount(phone.accountId), quint64(260));
        QCOMPARE(phoneBox.knownIds().size(), 262);  // own 250 + 2 private + the laptop's 10
        QCOMPARE(laptopBox.knownIds().size(), 260); // never the private ones
        QVERIFY(!laptopBox.known.contains(QStringLiteral("reflection-1")));
        QCOMPARE(phoneBox.keptLocal, (QStringList{"reflection-1", "reflection-2"}));
        QCOMPARE(phoneSync.pendingCount(), 0);
        QCOMPARE(phoneSync.state(), SyncEngine::State::Idle);
        QVERIFY(phoneSync.lastSynced().isValid());
        QVERIFY(phoneSync.errorText().isEmpty());
        QCOMPARE(phoneBox.known.value(QStringLiteral("laptop-3")), makeEvent(QStringLiteral("laptop-3")));

        // Uploads travel deflated (they repeat themselves); each body inflates to a valid request.
        int uploads = 0;
        for (const RecordingNetwork::Sent &sent : network.sent) {
            if (sent.path != u"/v1/upload")
                continue;
            ++uploads;
            QCOMPARE(sent.contentEncoding, QByteArray(kDeflateEncoding));
            const auto inflated = decodeContentEncoding(sent.contentEncoding, sent.body, kMaxRequestBytes);
            QVERIFY(std::holds_alternative<QByteArray>(inflated));
            QVERIFY(sent.body.size() < std::get<QByteArray>(inflated).size());
            v1::UploadRequest request;
            QVERIFY(!decodeRequest(std::get<QByteArray>(inflated), request));
        }
        QCOMPARE(uploads, 4); // the phone's 250 in batches of 100, the laptop's 10
    }

    void updateRequiredStopsSyncing()
    {
        Failure failure{WireError::UpdateRequired, QStringLiteral("Please update the app to keep syncing.")};
        CannedServer server(httpResponse(426, "Upgrade Required", encodeError(failure)));
        MemoryOutbox box;
        box.record(makeEvent(QStringLiteral("e1")));
        QNetworkAccessManager network;
        SyncEngine engine(box, network,
                          SyncEndpoint{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                                       QStringLiteral("gw1.x"), {}, QStringLiteral("old"), kReadableProtocolVersion},
                          quickTuning(), half);
        QSignalSpy state(&engine, &SyncEngine::stateChanged);
        engine.syncNow();
        QTRY_COMPARE(engine.state(), SyncEngine::State::UpdateRequired);
        QVERIFY(engine.errorText().contains(u"update the app"));
        QCOMPARE(box.pendingCount(), 1); // nothing acknowledged
        QTest::qWait(200);
        QCOMPARE(engine.state(), SyncEngine::State::UpdateRequired); // no retry loop
    }

    // What the learner sees when the server no longer speaks this app's protocol: the Cohort
    // screen's status says the app needs an update, the server's own words are shown, the
    // answer stays waiting, and no retries follow.
    void statusSaysTheAppNeedsAnUpdate()
    {
        Failure failure{WireError::UpdateRequired, QStringLiteral("Please update the app to keep syncing.")};
        CannedServer server(httpResponse(426, "Upgrade Required", encodeError(failure)));
        QTemporaryDir dir;
        auto store = openLearnerStore(dir.filePath(QStringLiteral("old-app.db")));
        QVERIFY(store);
        store->setSyncValue(QStringLiteral("cohort.server_url"),
                            QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()).toUtf8());
        store->setSyncValue(QStringLiteral("cohort.device_token"), "gw1.x");
        store->setSyncValue(QStringLiteral("cohort.cohort_name"), "Leads");
        QVERIFY(store->append(makeEvent(*store, groundwork::core::learner::EventKind::LessonStarted, 1'760'000'000'000,
                                        groundwork::core::learner::encodePayload(
                                            groundwork::core::learner::LessonPayload{QStringLiteral("t"), QStringLiteral("l")}))));
        groundwork::cohort::Cohort app(*store);
        QTRY_VERIFY_WITH_TIMEOUT(app.status()->needsUpdate(), 10'000);
        QCOMPARE(app.status()->statusText(), QStringLiteral("This app needs an update to sync"));
        QCOMPARE(app.status()->errorText(), QStringLiteral("Please update the app to keep syncing."));
        QCOMPARE(app.status()->pendingCount(), 1);
        app.status()->syncNow(); // asking again does not start a retry loop
        QTest::qWait(200);
        QVERIFY(app.status()->needsUpdate());
    }

    void revokedDeviceIsSignedOut()
    {
        Failure failure{WireError::Unauthorized, QStringLiteral("unknown credential")};
        CannedServer server(httpResponse(401, "Unauthorized", encodeError(failure)));
        MemoryOutbox box;
        QNetworkAccessManager network;
        SyncEngine engine(box, network,
                          SyncEndpoint{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                                       QStringLiteral("gw1.x"), {}, QStringLiteral("t"), kReadableProtocolVersion},
                          quickTuning(), half);
        engine.syncNow();
        QTRY_COMPARE(engine.state(), SyncEngine::State::SignedOut);
        QVERIFY(engine.errorText().contains(u"signed in"));
    }

    void unreachableServerBacksOff()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        MemoryOutbox box;
        box.record(makeEvent(QStringLiteral("e1")));
        QNetworkAccessManager network;
        SyncEngine engine(box, network,
                          SyncEndpoint{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("gw1.x"),
                                       {}, QStringLiteral("t"), kReadableProtocolVersion},
                          quickTuning(), half);
        engine.syncNow();
        QTRY_COMPARE(engine.state(), SyncEngine::State::WaitingToRetry);
        QVERIFY(engine.errorText().contains(u"Could not reach"));
        QTRY_VERIFY(engine.failedAttempts() >= 3); // retried by itself
        QCOMPARE(box.pendingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
