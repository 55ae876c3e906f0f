// The learner's real event store syncing through a real in-process cohort server (SQLite):
// two devices of one person converge on the same derived state; private reflections stay
// on the device that wrote them. Also the join-cohort view model end to end.
#include "client/cohortviewmodel.h"
#include "client/learneroutbox.h"
#include "client/syncengine.h"
#include "inprocessserver.h"
#include "learnerdevices.h"
#include "learner/derivation.h"
#include "learner/learnerstore.h"
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
        SyncEngine engineA(outA, network, {server.url(), phone.token, InProcessServer::devCertificate(), QStringLiteral("t")},
                           quickTuning(), [] { return 0.5; });
        SyncEngine engineB(outB, network, {server.url(), laptop.token, InProcessServer::devCertificate(), QStringLiteral("t")},
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

    void viewModelJoinsSyncsAndLeaves()
    {
        GW_SERVE_COHORT(served, QStringLiteral("sqlite"), m_scratch.filePath(QStringLiteral("join")));
        auto &serverStore = served.store;
        InProcessServer &server = *served.server;
        const NewCohort &cohort = served.cohort;
        auto store = openLearnerStore(m_scratch.filePath(QStringLiteral("join/learner.db")));
        QVERIFY(store);
        practise(*store, 1'760'000'000'000, QStringLiteral("delegating-outcomes"), QStringLiteral("missed-deadline"));

        CohortViewModel vm(*store);
        vm.setExtraCaCertificates(InProcessServer::devCertificate());
        vm.setTuning(quickTuning());
        QVERIFY(!vm.joined());
        QCOMPARE(vm.pendingCount(), 5);
        QCOMPARE(vm.serverUrl(), QString());

        // Plain-word refusals before anything is sent.
        vm.join(cohort.inviteCode);
        QVERIFY(vm.errorText().contains(QStringLiteral("address")));
        vm.setDisplayName(QStringLiteral("Ada"));
        vm.setServerUrl(QStringLiteral("http://cohort.example.org")); // the token would travel in clear
        vm.join(cohort.inviteCode);
        QVERIFY2(vm.errorText().contains(QStringLiteral("https://")), qPrintable(vm.errorText()));
        QVERIFY(!vm.busy());
        vm.setDisplayName(QString());
        vm.setServerUrl(server.url().toString());
        vm.join(cohort.inviteCode);
        QVERIFY(vm.errorText().contains(QStringLiteral("name")));
        vm.setDisplayName(QStringLiteral("Ada"));

        // A wrong code: the server's own words.
        QSignalSpy busy(&vm, &CohortViewModel::busyChanged);
        vm.join(QStringLiteral("0000-0000-0000"));
        QVERIFY(vm.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 10'000);
        QVERIFY2(vm.errorText().contains(QStringLiteral("invite code")), qPrintable(vm.errorText()));
        QVERIFY(!vm.joined());

        QSignalSpy joined(&vm, &CohortViewModel::joinedChanged);
        vm.join(cohort.inviteCode.toLower()); // case is forgiven
        QTRY_VERIFY_WITH_TIMEOUT(vm.joined(), 10'000);
        QCOMPARE(vm.cohortName(), QStringLiteral("Platform leads"));
        QVERIFY(vm.errorText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(vm.statusText(), QStringLiteral("Up to date"), 10'000);
        QCOMPARE(vm.pendingCount(), 0);
        QVERIFY(vm.lastSynced().isValid());
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
        vm.setIntervals(60'000, 50);
        QVERIFY(store->append(makeEvent(*store, EventKind::LessonStarted, 1'760'000'100'000,
                                        encodePayload(LessonPayload{QStringLiteral("t"), QStringLiteral("l")}))));
        vm.noteLocalChange();
        QCOMPARE(vm.pendingCount(), 1);
        QCOMPARE(vm.statusText(), QStringLiteral("1 answer waiting to sync"));
        QTRY_COMPARE_WITH_TIMEOUT(vm.pendingCount(), 0, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(serverStore->eventCount(members.first().accountId), quint64(6), 10'000);

        // A second view model over the same store (the next app start) is joined already.
        {
            CohortViewModel again(*store);
            again.setExtraCaCertificates(InProcessServer::devCertificate());
            QVERIFY(again.joined());
            QCOMPARE(again.cohortName(), QStringLiteral("Platform leads"));
            QVERIFY(again.lastSynced().isValid());
        }

        vm.leave();
        QVERIFY(!vm.joined());
        QVERIFY(store->syncValue(QStringLiteral("cohort.device_token")).isEmpty());
        QCOMPARE(vm.statusText(), QStringLiteral("Not in a cohort"));
        QCOMPARE(store->eventCount(), 6); // leaving keeps the learner's own events
    }

    // A learner who joined on the phone links the laptop from the phone's link code: the
    // laptop gets the same account (name, cohort), what it recorded before linking goes up,
    // the phone's answers come down, and both derive the same state. A code works once.
    void viewModelLinksASecondDevice_data() { addBackendRows(); }
    void viewModelLinksASecondDevice()
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

        const auto makeVm = [&](LearnerStore &store) {
            auto vm = std::make_unique<CohortViewModel>(store);
            vm->setExtraCaCertificates(InProcessServer::devCertificate());
            vm->setTuning(quickTuning());
            return vm;
        };
        auto phone = makeVm(*phoneStore);
        phone->setServerUrl(server.url().toString());
        phone->setDisplayName(QStringLiteral("Ada"));
        phone->join(cohort.inviteCode);
        QTRY_VERIFY_WITH_TIMEOUT(phone->joined(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(phone->statusText(), QStringLiteral("Up to date"), 10'000);

        // No code is shown until asked for; asking fetches one that lives about ten minutes.
        QCOMPARE(phone->linkCode(), QString());
        QSignalSpy codeChanged(phone.get(), &CohortViewModel::linkCodeChanged);
        phone->startLink();
        QVERIFY(phone->fetchingLinkCode());
        QTRY_VERIFY_WITH_TIMEOUT(!phone->linkCode().isEmpty(), 10'000);
        QVERIFY(!phone->fetchingLinkCode());
        QVERIFY(codeChanged.size() >= 2);
        const qint64 lifetime = QDateTime::currentDateTimeUtc().msecsTo(phone->linkCodeExpires());
        QVERIFY2(lifetime > 9 * 60'000 && lifetime <= 10 * 60'000, qPrintable(QString::number(lifetime)));
        QVERIFY(phone->errorText().isEmpty());

        // The laptop: refusals in plain words first, then the code, typed carelessly.
        auto laptop = makeVm(*laptopStore);
        laptop->joinWithLinkCode(phone->linkCode());
        QVERIFY(laptop->errorText().contains(QStringLiteral("address")));
        laptop->setServerUrl(server.url().toString());
        laptop->joinWithLinkCode(QStringLiteral("  "));
        QVERIFY(laptop->errorText().contains(QStringLiteral("link code")));
        laptop->joinWithLinkCode(QStringLiteral("0000-0000-00"));
        QVERIFY(laptop->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!laptop->busy(), 10'000);
        QVERIFY2(laptop->errorText().contains(QStringLiteral("not known")), qPrintable(laptop->errorText()));
        QVERIFY(!laptop->joined());
        laptop->joinWithLinkCode(phone->linkCode().toLower().remove(QLatin1Char('-')));
        QTRY_VERIFY_WITH_TIMEOUT(laptop->joined(), 10'000);
        QVERIFY(laptop->errorText().isEmpty());
        QCOMPARE(laptop->cohortName(), QStringLiteral("Platform leads"));
        QCOMPARE(laptop->displayName(), QStringLiteral("Ada"));
        QCOMPARE(laptopStore->syncValue(QStringLiteral("cohort.account_id")),
                 phoneStore->syncValue(QStringLiteral("cohort.account_id")));
        QVERIFY(laptopStore->syncValue(QStringLiteral("cohort.device_token"))
                != phoneStore->syncValue(QStringLiteral("cohort.device_token")));
        QTRY_COMPARE_WITH_TIMEOUT(laptop->statusText(), QStringLiteral("Up to date"), 10'000);
        QCOMPARE(laptopStore->eventCount(), 10); // its own five and the phone's five
        phone->syncNow();
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
        DeviceListModel &devices = *phone->devices()->model();
        QAbstractItemModelTester tester(&devices, QAbstractItemModelTester::FailureReportingMode::Fatal);
        phone->devices()->refresh();
        QVERIFY(phone->devices()->busy());
        QTRY_COMPARE_WITH_TIMEOUT(devices.count(), 2, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!phone->devices()->busy(), 10'000);
        QString laptopDevice;
        for (int row = 0; row < devices.count(); ++row) {
            const QModelIndex index = devices.index(row);
            const bool self = index.data(DeviceListModel::ThisDeviceRole).toBool();
            const QString id = index.data(DeviceListModel::DeviceIdRole).toString();
            QCOMPARE(id, QString::fromUtf8((self ? phoneStore : laptopStore)->syncValue(QStringLiteral("cohort.device_id"))));
            QVERIFY(index.data(DeviceListModel::AddedAtRole).toDateTime().isValid());
            QVERIFY(!index.data(DeviceListModel::NameRole).toString().isEmpty());
            if (!self)
                laptopDevice = id;
        }
        QVERIFY(!laptopDevice.isEmpty());
        phone->devices()->signOut(laptopDevice);
        QTRY_COMPARE_WITH_TIMEOUT(devices.count(), 1, 10'000);
        QVERIFY(devices.index(0).data(DeviceListModel::ThisDeviceRole).toBool());
        QVERIFY(phone->devices()->errorText().isEmpty());
        laptop->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(laptop->statusText(), QStringLiteral("This device is signed out of the cohort"), 10'000);
        QVERIFY(!serverStore->deviceByToken(credentials::hashSecret(
            QString::fromUtf8(laptopStore->syncValue(QStringLiteral("cohort.device_token"))))));

        // The code was used up: a third device is refused and stays out.
        auto tablet = makeVm(*tabletStore);
        tablet->setServerUrl(server.url().toString());
        tablet->joinWithLinkCode(phone->linkCode());
        QTRY_VERIFY_WITH_TIMEOUT(!tablet->errorText().isEmpty(), 10'000);
        QVERIFY2(tablet->errorText().contains(QStringLiteral("already used")), qPrintable(tablet->errorText()));
        QVERIFY(!tablet->joined());

        // Leaving forgets the code shown and the device list.
        phone->leave();
        QCOMPARE(phone->linkCode(), QString());
        QCOMPARE(devices.count(), 0);
        // Leaving while a code is being fetched abandons the request quietly.
        laptop->startLink();
        QVERIFY(laptop->fetchingLinkCode());
        laptop->leave();
        QVERIFY(!laptop->fetchingLinkCode());
        QTest::qWait(200);
        QCOMPARE(laptop->linkCode(), QString());
        QCOMPARE(laptop->errorText(), QString());
    }

    void viewModelSaysWhenOffline()
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
        CohortViewModel vm(*store);
        vm.setTuning(slow); // restarts the engine with it
        QVERIFY(vm.joined());
        QTRY_VERIFY_WITH_TIMEOUT(vm.statusText().startsWith(QStringLiteral("Offline — will retry in ")), 10'000);
        QVERIFY2(vm.statusText().endsWith(QStringLiteral(" s")), qPrintable(vm.statusText()));
        QVERIFY(!vm.errorText().isEmpty());
        QCOMPARE(vm.pendingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncLearner)
#include "tst_sync_learner.moc"
