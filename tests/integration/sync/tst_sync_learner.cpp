// The learner's real event store syncing through a real in-process cohort server (SQLite):
// two devices of one person converge on the same derived state; private reflections stay
// on the device that wrote them. Also the app's cohort feature (Cohort: joining, linking,
// status, devices) end to end.
#include "client/learneroutbox.h"
#include "cohort.h"
#include "client/syncengine.h"
#include "inprocessserver.h"
#include "learnerdevices.h"
#include "learner/derivation.h"
#include "learner/learnerstore.h"
#include "learner/recorder.h"
#include "testpack.h"
#include "server/credentials.h"
#include "testbackends.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;
using namespace groundwork::core::learner;
namespace cohortapp = groundwork::cohort;

namespace {

SyncTuning quickTuning()
{
    SyncTuning t;
    t.uploadBatch = 3; // several batches, so the compact wire form spans requests
    t.downloadBatch = 4;
    t.backoffBaseMs = 10;
    t.backoffCapMs = 50;
    t.transferTimeoutMs = 5000;
    return t;
}

bool runRound(SyncEngine &engine)
{
    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    engine.syncNow();
    return finished.wait(15'000);
}

QSet<QString> ids(const QVector<Event> &events)
{
    QSet<QString> out;
    for (const Event &e : events)
        out.insert(e.id);
    return out;
}

} // namespace

class TestSyncLearner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private slots:
    void initTestCase()
    {
        QVERIFY(credentials::initialise());
        QVERIFY(m_scratch.isValid());
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0-test"));
        QVERIFY(useEnglishPluralForms());
    }

    void twoDevicesConvergeAndPrivateStaysHome()
    {
        FreshDatabase db(QStringLiteral("sqlite"), m_scratch.filePath(QStringLiteral("converge")));
        GW_REQUIRE_BACKEND(db);
        auto serverStore = db.open();
        QVERIFY(serverStore);
        InProcessServer server(*serverStore, true);
        QVERIFY(server.listening());
        const NewCohort cohort = server.provisioning().createCohort(QStringLiteral("Leads"), QStringLiteral("Dana"), 3'600'000);
        const IssuedDevice phone = server.provisioning().createAccountWithDevice(
            cohort.cohort.id, Role::Learner, QStringLiteral("Ada"), QStringLiteral("phone"));
        const IssuedDevice laptop = server.provisioning().addDevice(*serverStore->account(phone.accountId),
                                                                    QStringLiteral("laptop"));

        auto a = openLearnerStore(m_scratch.filePath(QStringLiteral("converge/a.db")));
        auto b = openLearnerStore(m_scratch.filePath(QStringLiteral("converge/b.db")));
        QVERIFY(a && b);
        const qint64 day = 1'760'000'000'000;
        practise(*a, day, QStringLiteral("delegating-outcomes"), QStringLiteral("missed-deadline"));
        practise(*b, day + 86'400'000, QStringLiteral("first-one-to-one"), QStringLiteral("team-conflict"));
        practise(*a, day + 2 * 86'400'000, QStringLiteral("saying-no"), QStringLiteral("missed-deadline"));
        QVERIFY(b->append(makeEvent(*b, EventKind::GoalChanged, day + 5000, encodePayload(GoalPayload{3, {6, 7}}))));

        QNetworkAccessManager network;
        LearnerOutbox outA(*a), outB(*b);
        QSignalSpy appliedA(&outA, &LearnerOutbox::remoteEventsApplied);
        QSignalSpy appliedB(&outB, &LearnerOutbox::remoteEventsApplied);
        SyncEngine engineA(outA, network, {server.url(), phone.token, InProcessServer::devCertificate(), QStringLiteral("t"), kReadableProtocolVersion},
                           quickTuning(), [] { return 0.5; });
        SyncEngine engineB(outB, network, {server.url(), laptop.token, InProcessServer::devCertificate(), QStringLiteral("t"), kReadableProtocolVersion},
                           quickTuning(), [] { return 0.5; });
        QCOMPARE(engineA.pendingCount(), 10);
        QVERIFY(runRound(engineA));
        QVERIFY(runRound(engineB));
        QVERIFY(runRound(engineA));
        QCOMPARE(outA.pendingCount(), 0);
        QCOMPARE(outB.pendingCount(), 0);
        QCOMPARE(a->eventCount(), 16);
        QCOMPARE(b->eventCount(), 16);
        QCOMPARE(ids(a->events()), ids(b->events()));
        QVERIFY(!appliedA.isEmpty() && !appliedB.isEmpty());
        int appliedOnB = 0;
        for (const QList<QVariant> &signal : std::as_const(appliedB))
            appliedOnB += signal.first().toInt();
        QCOMPARE(appliedOnB, 10); // A's ten events, page by page

        const Deriver deriver;
        const LearnerState stateA = deriver.derive(a->events());
        const LearnerState stateB = deriver.derive(b->events());
        QCOMPARE(stateA.eventCount, 16);
        QCOMPARE(stateA.goal.sessionsPerWeek, 3);
        QCOMPARE(stateA.fingerprint(), stateB.fingerprint());
        // Devices, offsets and content versions survived the trip (they decide days and order).
        for (const Event &e : b->events()) {
            QCOMPARE(e.contentVersion, kTestContentVersion);
            QCOMPARE(e.utcOffsetMinutes, 60);
            QVERIFY(e.deviceId == a->deviceId() || e.deviceId == b->deviceId());
        }

        // A private reflection on A: recorded, synced around, and never off the device.
        const quint64 onServer = serverStore->eventCount(phone.accountId);
        const Event reflection = makeEvent(*a, EventKind::ReflectionSaved, day + 4 * 86'400'000,
                                           encodePayload(ReflectionPayload{QStringLiteral("back-to-ic"),
                                                                           QStringLiteral("why"),
                                                                           QStringLiteral("I miss building things.")}),
                                           true);
        QVERIFY(a->append(reflection));
        practise(*a, day + 4 * 86'400'000 + 60'000, QStringLiteral("saying-yes"), QStringLiteral("team-conflict"));
        QVERIFY(runRound(engineA));
        QVERIFY(runRound(engineB));
        QCOMPARE(serverStore->eventCount(phone.accountId), onServer + 5);
        const auto page = serverStore->eventsForOtherDevices(phone.accountId, QStringLiteral("nobody"), 0, 500);
        for (const StoredEvent &s : page.events) {
            QVERIFY(s.event.id != reflection.id);
            QVERIFY(!s.event.payload.contains("I miss building things."));
        }
        QVERIFY(!ids(b->events()).contains(reflection.id));
        QVERIFY(ids(a->events()).contains(reflection.id));
        QCOMPARE(b->eventCount(), a->eventCount() - 1);
        // B holds exactly A's non-private events: the same derived state but for the reflection.
        QVector<Event> shared = a->events();
        shared.removeIf([](const Event &e) { return e.isPrivate; });
        QCOMPARE(deriver.derive(b->events()).fingerprint(), deriver.derive(shared).fingerprint());
        QCOMPARE(deriver.derive(a->events()).reflections, 1);

        // Syncing again changes nothing and keeps the cursor where it was.
        const quint64 cursorB = outB.downloadCursor();
        QVERIFY(cursorB > 0);
        QVERIFY(runRound(engineB));
        QCOMPARE(outB.downloadCursor(), cursorB);
        QCOMPARE(b->eventCount(), a->eventCount() - 1);
    }

    // What the recorder makes private never reaches the server, on either back end: a
    // reflection in a public track, a quick check answered within a private track (of a lesson
    // a public track lists too), and a reflection an older app recorded as not private, which
    // the engine hands back instead of sending (the server would refuse its whole batch).
    void privateRecordsNeverReachTheServer_data() { addBackendRows(); }
    void privateRecordsNeverReachTheServer()
    {
        QFETCH(QString, backend);
        const QString dir = m_scratch.filePath(QStringLiteral("private-") + backend);
        GW_SERVE_COHORT(served, backend, dir);
        const IssuedDevice phone = served.server->provisioning().createAccountWithDevice(
            served.cohort.cohort.id, Role::Learner, QStringLiteral("Ada"), QStringLiteral("phone"));
        QVERIFY(QDir().mkpath(dir));
        auto store = openLearnerStore(dir + QStringLiteral("/a.db"));
        QVERIFY(store);
        ManualClock clock(1'760'000'000'000, 60);
        Recorder recorder(*store, groundwork::core::learner::testing::makeTestPack(), clock);
        const auto reflection = recorder.reflectionSaved(QStringLiteral("choice"), QStringLiteral("c1"),
                                                         QStringLiteral("canary-reflection-7f3a"));
        const auto privateCheck = recorder.quickCheckAnswered(QStringLiteral("back"), QStringLiteral("l3"), 1, 0);
        const auto publicCheck = recorder.quickCheckAnswered(QStringLiteral("ready"), QStringLiteral("l3"), 1, 0);
        const auto publicLesson = recorder.lessonFinished(QStringLiteral("ready"), QStringLiteral("l3"));
        QVERIFY(reflection.ok && privateCheck.ok && publicCheck.ok && publicLesson.ok);
        Event olderReflection = makeEvent(*store, EventKind::ReflectionSaved, 1'760'000'100'000,
                                          encodePayload(ReflectionPayload{QStringLiteral("choice"), QStringLiteral("c1"),
                                                                          QStringLiteral("canary-older-9b1c")}));
        QVERIFY(store->append(olderReflection)); // not private: in the outbox, as an older app left it

        QNetworkAccessManager network;
        LearnerOutbox outbox(*store);
        SyncEngine engine(outbox, network, {served.server->url(), phone.token, InProcessServer::devCertificate(), QStringLiteral("t"), kReadableProtocolVersion},
                          quickTuning(), [] { return 0.5; });
        QVERIFY(runRound(engine));
        QCOMPARE(engine.errorText(), QString());
        QCOMPARE(outbox.pendingCount(), 0); // handed back, not stuck
        QCOMPARE(eventIdsHeld(*served.store, phone.accountId),
                 (QStringList{publicCheck.event.id, publicLesson.event.id}));
        for (const HeldEvent &held : served.store->heldEvents(phone.accountId)) {
            QVERIFY(!held.event.payload.contains("canary"));
            QVERIFY(!held.event.payload.contains("back"));
        }
        QCOMPARE(store->eventCount(), 5); // all kept on the device
    }

    void cohortJoinsSyncsAndLeaves()
    {
        GW_SERVE_COHORT(served, QStringLiteral("sqlite"), m_scratch.filePath(QStringLiteral("join")));
        auto &serverStore = served.store;
        InProcessServer &server = *served.server;
        const NewCohort &cohort = served.cohort;
        auto store = openLearnerStore(m_scratch.filePath(QStringLiteral("join/learner.db")));
        QVERIFY(store);
        practise(*store, 1'760'000'000'000, QStringLiteral("delegating-outcomes"), QStringLiteral("missed-deadline"));

        cohortapp::Cohort app(*store);
        app.connection().setExtraCaCertificates(InProcessServer::devCertificate());
        app.scheduler().setTuning(quickTuning());
        QVERIFY(!app.status()->joined());
        QCOMPARE(app.status()->pendingCount(), 5);
        QCOMPARE(app.enrolment()->serverUrl(), QString());

        // Plain-word refusals before anything is sent.
        app.enrolment()->join(cohort.inviteCode);
        QVERIFY(app.enrolment()->errorText().contains(QStringLiteral("address")));
        app.enrolment()->setDisplayName(QStringLiteral("Ada"));
        app.enrolment()->setServerUrl(QStringLiteral("http://cohort.example.org")); // the token would travel in clear
        app.enrolment()->join(cohort.inviteCode);
        QVERIFY2(app.enrolment()->errorText().contains(QStringLiteral("https://")), qPrintable(app.enrolment()->errorText()));
        QVERIFY(!app.enrolment()->busy());
        app.enrolment()->setDisplayName(QString());
        app.enrolment()->setServerUrl(server.url().toString());
        app.enrolment()->join(cohort.inviteCode);
        QVERIFY(app.enrolment()->errorText().contains(QStringLiteral("name")));
        app.enrolment()->setDisplayName(QStringLiteral("Ada"));

        // A wrong code: the server's own words.
        QSignalSpy busy(app.enrolment(), &cohortapp::CohortEnrolment::busyChanged);
        app.enrolment()->join(QStringLiteral("0000-0000-0000"));
        QVERIFY(app.enrolment()->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!app.enrolment()->busy(), 10'000);
        QVERIFY2(app.enrolment()->errorText().contains(QStringLiteral("invite code")), qPrintable(app.enrolment()->errorText()));
        QVERIFY(!app.status()->joined());

        QSignalSpy joined(app.status(), &cohortapp::SyncStatus::joinedChanged);
        app.enrolment()->join(cohort.inviteCode.toLower()); // case is forgiven
        QTRY_VERIFY_WITH_TIMEOUT(app.status()->joined(), 10'000);
        QCOMPARE(app.status()->cohortName(), QStringLiteral("Platform leads"));
        QVERIFY(app.enrolment()->errorText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(app.status()->statusText(), QStringLiteral("Up to date"), 10'000);
        QCOMPARE(app.status()->pendingCount(), 0);
        QVERIFY(app.status()->lastSynced().isValid());
        const auto members = serverStore->cohortMembers(cohort.cohort.id);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().eventCount, quint64(5));

        // The credential lives in the learner's store, not in QSettings.
        const QByteArray token = store->syncValue(QStringLiteral("cohort.device_token"));
        QVERIFY(token.startsWith("gw1."));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QString::fromLatin1(token)));

        // A new answer: counted, then synced soon.
        app.scheduler().setIntervals(60'000, 50);
        QVERIFY(store->append(makeEvent(*store, EventKind::LessonStarted, 1'760'000'100'000,
                                        encodePayload(LessonPayload{QStringLiteral("t"), QStringLiteral("l")}))));
        app.scheduler().noteLocalChange();
        QCOMPARE(app.status()->pendingCount(), 1);
        QCOMPARE(app.status()->statusText(), QStringLiteral("1 answer waiting to sync"));
        QTRY_COMPARE_WITH_TIMEOUT(app.status()->pendingCount(), 0, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(serverStore->eventCount(members.first().accountId), quint64(6), 10'000);

        // A second Cohort over the same store (the next app start) is joined already.
        {
            cohortapp::Cohort again(*store);
            again.connection().setExtraCaCertificates(InProcessServer::devCertificate());
            QVERIFY(again.status()->joined());
            QCOMPARE(again.status()->cohortName(), QStringLiteral("Platform leads"));
            QVERIFY(again.status()->lastSynced().isValid());
        }

        app.enrolment()->leave();
        QVERIFY(!app.status()->joined());
        QVERIFY(store->syncValue(QStringLiteral("cohort.device_token")).isEmpty());
        QCOMPARE(app.status()->statusText(), QStringLiteral("Not in a cohort"));
        QCOMPARE(store->eventCount(), 6); // leaving keeps the learner's own events
    }

    // A learner who joined on the phone links the laptop from the phone's link code: the
    // laptop gets the same account (name, cohort), what it recorded before linking goes up,
    // the phone's answers come down, and both derive the same state. A code works once.
    void cohortLinksASecondDevice_data() { addBackendRows(); }
    void cohortLinksASecondDevice()
    {
        QFETCH(QString, backend);
        const QString dir = m_scratch.filePath(QStringLiteral("link-") + backend);
        GW_SERVE_COHORT(served, backend, dir);
        auto &serverStore = served.store;
        InProcessServer &server = *served.server;
        const NewCohort &cohort = served.cohort;
        QVERIFY(QDir().mkpath(dir)); // a PostgreSQL database makes no folder of its own
        auto phoneStore = openLearnerStore(dir + QStringLiteral("/phone.db"));
        auto laptopStore = openLearnerStore(dir + QStringLiteral("/laptop.db"));
        auto tabletStore = openLearnerStore(dir + QStringLiteral("/tablet.db"));
        QVERIFY(phoneStore && laptopStore && tabletStore);
        const qint64 day = 1'760'000'000'000;
        practise(*phoneStore, day, QStringLiteral("delegating-outcomes"), QStringLiteral("missed-deadline"));
        practise(*laptopStore, day + 86'400'000, QStringLiteral("first-one-to-one"), QStringLiteral("team-conflict"));

        const auto makeDevice = [&](LearnerStore &store) {
            auto app = std::make_unique<cohortapp::Cohort>(store);
            app->connection().setExtraCaCertificates(InProcessServer::devCertificate());
            app->scheduler().setTuning(quickTuning());
            return app;
        };
        auto phone = makeDevice(*phoneStore);
        phone->enrolment()->setServerUrl(server.url().toString());
        phone->enrolment()->setDisplayName(QStringLiteral("Ada"));
        phone->enrolment()->join(cohort.inviteCode);
        QTRY_VERIFY_WITH_TIMEOUT(phone->status()->joined(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(phone->status()->statusText(), QStringLiteral("Up to date"), 10'000);

        // No code is shown until asked for; asking fetches one that lives about ten minutes.
        QCOMPARE(phone->enrolment()->linkCode(), QString());
        QSignalSpy codeChanged(phone->enrolment(), &cohortapp::CohortEnrolment::linkCodeChanged);
        phone->enrolment()->startLink();
        QVERIFY(phone->enrolment()->fetchingLinkCode());
        QTRY_VERIFY_WITH_TIMEOUT(!phone->enrolment()->linkCode().isEmpty(), 10'000);
        QVERIFY(!phone->enrolment()->fetchingLinkCode());
        QVERIFY(codeChanged.size() >= 2);
        const qint64 lifetime = QDateTime::currentDateTimeUtc().msecsTo(phone->enrolment()->linkCodeExpires());
        QVERIFY2(lifetime > 9 * 60'000 && lifetime <= 10 * 60'000, qPrintable(QString::number(lifetime)));
        QVERIFY(phone->enrolment()->errorText().isEmpty());

        // The laptop: refusals in plain words first, then the code, typed carelessly.
        auto laptop = makeDevice(*laptopStore);
        laptop->enrolment()->joinWithLinkCode(phone->enrolment()->linkCode());
        QVERIFY(laptop->enrolment()->errorText().contains(QStringLiteral("address")));
        laptop->enrolment()->setServerUrl(server.url().toString());
        laptop->enrolment()->joinWithLinkCode(QStringLiteral("  "));
        QVERIFY(laptop->enrolment()->errorText().contains(QStringLiteral("link code")));
        // Only the server's part of the code (an older app's): refused here, nothing sent.
        laptop->enrolment()->joinWithLinkCode(QStringLiteral("0000-0000-00"));
        QVERIFY(!laptop->enrolment()->busy());
        QVERIFY2(laptop->enrolment()->errorText().contains(QStringLiteral("whole code")),
                 qPrintable(laptop->enrolment()->errorText()));
        laptop->enrolment()->joinWithLinkCode(QStringLiteral("0000-0000-0000-0000-0000-000"));
        QVERIFY(laptop->enrolment()->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!laptop->enrolment()->busy(), 10'000);
        QVERIFY2(laptop->enrolment()->errorText().contains(QStringLiteral("not known")), qPrintable(laptop->enrolment()->errorText()));
        QVERIFY(!laptop->status()->joined());
        laptop->enrolment()->joinWithLinkCode(phone->enrolment()->linkCode().toLower().remove(QLatin1Char('-')));
        QTRY_VERIFY_WITH_TIMEOUT(laptop->status()->joined(), 10'000);
        QVERIFY(laptop->enrolment()->errorText().isEmpty());
        QCOMPARE(laptop->status()->cohortName(), QStringLiteral("Platform leads"));
        QCOMPARE(laptop->enrolment()->displayName(), QStringLiteral("Ada"));
        QCOMPARE(laptopStore->syncValue(QStringLiteral("cohort.account_id")),
                 phoneStore->syncValue(QStringLiteral("cohort.account_id")));
        QVERIFY(laptopStore->syncValue(QStringLiteral("cohort.device_token"))
                != phoneStore->syncValue(QStringLiteral("cohort.device_token")));
        QTRY_COMPARE_WITH_TIMEOUT(laptop->status()->statusText(), QStringLiteral("Up to date"), 10'000);
        QCOMPARE(laptopStore->eventCount(), 10); // its own five and the phone's five
        phone->status()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(phoneStore->eventCount(), 10, 10'000);
        QCOMPARE(ids(phoneStore->events()), ids(laptopStore->events()));
        const Deriver deriver;
        QCOMPARE(deriver.derive(phoneStore->events()).fingerprint(),
                 deriver.derive(laptopStore->events()).fingerprint());
        // One person in the cohort, not two.
        const auto members = serverStore->cohortMembers(cohort.cohort.id);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().eventCount, quint64(10));

        // The phone lists both devices, itself marked, and signs the laptop out: the laptop's
        // credential stops working, and it says so at its next sync.
        cohortapp::DeviceListModel &devices = *phone->devices()->model();
        QAbstractItemModelTester tester(&devices, QAbstractItemModelTester::FailureReportingMode::Fatal);
        phone->devices()->refresh();
        QVERIFY(phone->devices()->busy());
        QTRY_COMPARE_WITH_TIMEOUT(devices.count(), 2, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!phone->devices()->busy(), 10'000);
        QString laptopDevice;
        for (int row = 0; row < devices.count(); ++row) {
            const QModelIndex index = devices.index(row);
            const bool self = index.data(cohortapp::DeviceListModel::ThisDeviceRole).toBool();
            const QString id = index.data(cohortapp::DeviceListModel::DeviceIdRole).toString();
            QCOMPARE(id, QString::fromUtf8((self ? phoneStore : laptopStore)->syncValue(QStringLiteral("cohort.device_id"))));
            QVERIFY(index.data(cohortapp::DeviceListModel::AddedAtRole).toDateTime().isValid());
            QVERIFY(!index.data(cohortapp::DeviceListModel::NameRole).toString().isEmpty());
            if (!self)
                laptopDevice = id;
        }
        QVERIFY(!laptopDevice.isEmpty());
        phone->devices()->signOut(laptopDevice);
        QTRY_COMPARE_WITH_TIMEOUT(devices.count(), 1, 10'000);
        QVERIFY(devices.index(0).data(cohortapp::DeviceListModel::ThisDeviceRole).toBool());
        QVERIFY(phone->devices()->errorText().isEmpty());
        laptop->status()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(laptop->status()->statusText(), QStringLiteral("This device is signed out of the cohort"), 10'000);
        QVERIFY(!serverStore->deviceByToken(credentials::hashSecret(
            QString::fromUtf8(laptopStore->syncValue(QStringLiteral("cohort.device_token"))))));

        // The code was used up: a third device is refused and stays out.
        auto tablet = makeDevice(*tabletStore);
        tablet->enrolment()->setServerUrl(server.url().toString());
        tablet->enrolment()->joinWithLinkCode(phone->enrolment()->linkCode());
        QTRY_VERIFY_WITH_TIMEOUT(!tablet->enrolment()->errorText().isEmpty(), 10'000);
        QVERIFY2(tablet->enrolment()->errorText().contains(QStringLiteral("already used")), qPrintable(tablet->enrolment()->errorText()));
        QVERIFY(!tablet->status()->joined());

        // Leaving forgets the code shown and the device list.
        phone->enrolment()->leave();
        QCOMPARE(phone->enrolment()->linkCode(), QString());
        QCOMPARE(devices.count(), 0);
        // Leaving while a code is being fetched abandons the request quietly.
        laptop->enrolment()->startLink();
        QVERIFY(laptop->enrolment()->fetchingLinkCode());
        laptop->enrolment()->leave();
        QVERIFY(!laptop->enrolment()->fetchingLinkCode());
        QTest::qWait(200);
        QCOMPARE(laptop->enrolment()->linkCode(), QString());
        QCOMPARE(laptop->enrolment()->errorText(), QString());
    }

    void cohortSaysWhenOffline()
    {
        auto store = openLearnerStore(m_scratch.filePath(QStringLiteral("offline.db")));
        QVERIFY(store);
        // A joined device whose server has gone away.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        store->setSyncValue(QStringLiteral("cohort.server_url"),
                            QStringLiteral("http://127.0.0.1:%1").arg(port).toUtf8());
        store->setSyncValue(QStringLiteral("cohort.device_token"), "gw1.not-a-real-token");
        store->setSyncValue(QStringLiteral("cohort.cohort_name"), "Leads");
        QVERIFY(store->append(makeEvent(*store, EventKind::LessonStarted, 1'760'000'000'000,
                                        encodePayload(LessonPayload{QStringLiteral("t"), QStringLiteral("l")}))));
        SyncTuning slow = quickTuning();
        slow.backoffBaseMs = 30'000;
        slow.backoffCapMs = 30'000;
        cohortapp::Cohort app(*store);
        app.scheduler().setTuning(slow); // restarts the engine with it
        QVERIFY(app.status()->joined());
        QTRY_VERIFY_WITH_TIMEOUT(app.status()->statusText().startsWith(QStringLiteral("Offline — will retry in ")), 10'000);
        QVERIFY2(app.status()->statusText().endsWith(QStringLiteral(" s")), qPrintable(app.status()->statusText()));
        QVERIFY(!app.status()->errorText().isEmpty());
        QCOMPARE(app.status()->pendingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncLearner)
#include "tst_sync_learner.moc"
