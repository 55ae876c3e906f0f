// Canary tests (issue 16): a learner's drill answers and private reflection, carrying a unique
// canary string, sync across two devices through the real groundwork-server, and a lead reads
// progress; the canary must then occur 0 times in the server's database (SQLite file and WAL,
// or a pg_dump), its log output and every request and response body, while the second device
// holds the reflection. A device signed out cannot open what is written after.
#include "client/learneroutbox.h"
#include "client/sealedoutbox.h"
#include "client/syncengine.h"
#include "cohortapps.h"
#include "crypto/eventsealer.h"
#include "crypto/keyenvelope.h"
#include "crypto/recoverykey.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "learner/payload.h"
#include "learnerdevices.h"
#include "protocol/wirecodec.h"
#include "recordingnetwork.h"
#include "serverprocess.h"
#include "server/credentials.h"
#include "testbackends.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;
namespace learner = groundwork::core::learner;

namespace {

template<class M>
QByteArray body(M message)
{
    message.mutable_hello()->set_protocol_version(kProtocolVersion);
    message.mutable_hello()->set_app_version("test");
    return serialize(message);
}

int occurrences(const QByteArray &haystack, const QByteArray &needle)
{
    return int(haystack.count(needle));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the database holds, as bytes to search: the SQLite file and its WAL, or a dump of the
// test's PostgreSQL schema.
QByteArray databaseBytes(const QString &backend, const QString &spec, QString *problem)
{
    if (backend == u"sqlite")
        return fileBytes(spec) + fileBytes(spec + QStringLiteral("-wal"));
    const QString schema = QUrlQuery(QUrl(spec)).queryItemValue(QStringLiteral("schema"));
    QProcess dump;
    dump.start(QStringLiteral("pg_dump"), {QStringLiteral("--schema=") + schema, postgresBaseUrl()});
    if (!dump.waitForFinished(60'000) || dump.exitCode() != 0) {
        *problem = QString::fromLocal8Bit(dump.readAllStandardError());
        return {};
    }
    return dump.readAllStandardOutput();
}

} // namespace

class TestSyncCanary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

private slots:
    void initTestCase() { QVERIFY(credentials::initialise()); }

    void canaryNeverReachesTheServer_data() { addBackendRows(); }
    void canaryNeverReachesTheServer()
    {
        QFETCH(QString, backend);
        const QString dir = QDir(m_scratch.path()).filePath(QStringLiteral("canary-") + backend);
        QVERIFY(QDir().mkpath(dir));
        FreshDatabase db(backend, dir);
        GW_REQUIRE_BACKEND(db);
        const Run created = createCohortWithCli(db.spec());
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString invite = field(created.out, QStringLiteral("invite_code"));
        const QString leadToken = field(created.out, QStringLiteral("device_token"));
        ServerProcess server;
        QVERIFY2(server.start(db.spec()), qPrintable(server.problem));

        const QByteArray canary = "canary" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QString c = QString::fromLatin1(canary);
        auto storeA = openLearnerStore(dir + QStringLiteral("/a.db"));
        auto storeB = openLearnerStore(dir + QStringLiteral("/b.db"));
        QVERIFY(storeA && storeB);
        const qint64 day = 1'760'000'000'000;
        practise(*storeA, day, QStringLiteral("lesson-") + c, QStringLiteral("drill-") + c);
        QVERIFY(storeA->append(makeEvent(*storeA, learner::EventKind::ReflectionSaved, day + 60'000,
                                         learner::encodePayload(learner::ReflectionPayload{
                                             QStringLiteral("back-to-ic"), QStringLiteral("why"),
                                             QStringLiteral("My private thought ") + c}),
                                         true)));

        RecordingNetwork netA, netB;
        const auto device = [&](learner::LearnerStore &store, RecordingNetwork &net) {
            return cohortDevice(store, net, server.base.authority());
        };
        const auto settled = upToDate;

        auto a = device(*storeA, netA);
        a->enrolment()->setDisplayName(QStringLiteral("Ada"));
        a->enrolment()->join(invite);
        QTRY_VERIFY_WITH_TIMEOUT(a->status()->joined(), 15'000);
        QTRY_VERIFY2_WITH_TIMEOUT(settled(*a), qPrintable(a->status()->statusText() + a->enrolment()->errorText()), 15'000);
        a->enrolment()->startLink();
        QTRY_VERIFY_WITH_TIMEOUT(!a->enrolment()->linkCode().isEmpty(), 15'000);
        const QString code = a->enrolment()->linkCode();
        QCOMPARE(code.size(), 23 + 5); // 10 + 13 characters, in groups of four

        auto b = device(*storeB, netB);
        b->enrolment()->joinWithLinkCode(code);
        QTRY_VERIFY2_WITH_TIMEOUT(b->status()->joined(), qPrintable(b->enrolment()->errorText()), 15'000);
        QTRY_VERIFY2_WITH_TIMEOUT(settled(*b), qPrintable(b->status()->statusText() + b->enrolment()->errorText()), 15'000);
        QCOMPARE(storeB->eventCount(), storeA->eventCount()); // the reflection too
        a->status()->syncNow();
        QTRY_VERIFY2_WITH_TIMEOUT(settled(*a), qPrintable(a->status()->statusText()), 15'000);

        // Device B holds the reflection's text.
        bool found = false;
        for (const learner::Event &e : storeB->events())
            if (e.kind == learner::EventKind::ReflectionSaved && e.isPrivate && e.payload.contains(canary))
                found = true;
        QVERIFY(found);

        // The lead: the public events only, nothing of the canary.
        QNetworkAccessManager leadNet;
        const HttpResult r = post(leadNet, server.base, QStringLiteral("/v1/cohort/progress"),
                                  body(v1::CohortProgressRequest()), leadToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(occurrences(r.body, canary), 0);
        v1::CohortProgressResponse progress;
        QVERIFY(progress.ParseFromArray(r.body.constData(), int(r.body.size())));
        QCOMPARE(progress.members_size(), 1);
        QCOMPARE(progress.members(0).event_count(), quint64(5)); // not the reflection

        int inBodies = 0;
        for (const QByteArray &b : netA.bodies + netB.bodies)
            inBodies += occurrences(b, canary);
        QVERIFY2(netA.bodies.size() >= 8 && netB.bodies.size() >= 4,
                 qPrintable(QStringLiteral("%1 %2").arg(netA.bodies.size()).arg(netB.bodies.size())));
        QVERIFY(server.stop());
        const QByteArray log = server.process.readAllStandardOutput() + server.process.readAllStandardError();
        QString problem;
        const QByteArray database = databaseBytes(backend, db.spec(), &problem);
        QVERIFY2(!database.isEmpty(), qPrintable(problem));
        QVERIFY(database.contains("Platform leads")); // the bytes hold the data, not an empty file
        qInfo("canary %s (%s): database %d, log %d, bodies %d (of %lld bodies)", canary.constData(),
              qPrintable(backend), occurrences(database, canary), occurrences(log, canary), inBodies,
              netA.bodies.size() + netB.bodies.size());
        // The search finds the canary where it is readable: device B's own store.
        QVERIFY(occurrences(fileBytes(dir + QStringLiteral("/b.db")) + fileBytes(dir + QStringLiteral("/b.db-wal")), canary) > 0);
        QCOMPARE(occurrences(database, canary), 0);
        QCOMPARE(occurrences(log, canary), 0);
        QCOMPARE(inBodies, 0);
    }

    // The printable recovery key (issue 16): A turns it on, links B and signs B out (epoch 2,
    // sealed for the recovery key too), and writes after that. Every device is then lost: a
    // fresh device signs in with the printed key alone and reads both reflections. A wrong key
    // is refused; the key, its secret and its wrapping key occur in no body and not in the
    // database; turning it off deletes the server's copy.
    void recoveryKeyRestoresPrivateWriting_data() { addBackendRows(); }
    void recoveryKeyRestoresPrivateWriting()
    {
        QFETCH(QString, backend);
        const QString dir = QDir(m_scratch.path()).filePath(QStringLiteral("recovery-") + backend);
        QVERIFY(QDir().mkpath(dir));
        FreshDatabase db(backend, dir);
        GW_REQUIRE_BACKEND(db);
        const Run created = createCohortWithCli(db.spec());
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        ServerProcess server;
        QVERIFY2(server.start(db.spec()), qPrintable(server.problem));

        auto storeA = openLearnerStore(dir + QStringLiteral("/a.db"));
        auto storeB = openLearnerStore(dir + QStringLiteral("/b.db"));
        auto storeD = openLearnerStore(dir + QStringLiteral("/d.db"));
        auto storeE = openLearnerStore(dir + QStringLiteral("/e.db"));
        QVERIFY(storeA && storeB && storeD && storeE);
        const auto reflect = [](learner::LearnerStore &store, const QByteArray &text, qint64 at) {
            return store.append(makeEvent(store, learner::EventKind::ReflectionSaved, at,
                                          learner::encodePayload(learner::ReflectionPayload{
                                              QStringLiteral("back-to-ic"), QStringLiteral("why"),
                                              QString::fromLatin1(text)}),
                                          true));
        };
        const QByteArray before = "before-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray after = "after-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QVERIFY(reflect(*storeA, before, 1'760'000'000'000));

        RecordingNetwork netA, netB, netD, netE;
        const auto device = [&](learner::LearnerStore &store, RecordingNetwork &net) {
            return cohortDevice(store, net, server.base.authority());
        };
        const auto settled = upToDate;
        const auto syncSettled = [&](groundwork::cohort::Cohort &app) {
            app.status()->syncNow();
            QTRY_VERIFY2_WITH_TIMEOUT(settled(app), qPrintable(app.status()->statusText()), 15'000);
        };
        using State = groundwork::cohort::RecoveryKeyModel::State;

        auto a = device(*storeA, netA);
        a->enrolment()->setDisplayName(QStringLiteral("Ada"));
        a->enrolment()->join(field(created.out, QStringLiteral("invite_code")));
        QTRY_VERIFY_WITH_TIMEOUT(a->status()->joined(), 15'000);
        QTRY_VERIFY2_WITH_TIMEOUT(settled(*a), qPrintable(a->status()->statusText()), 15'000);
        const QString account = a->credentials().credential().accountId;

        // Off by default; turned on, the key is shown once.
        a->recovery()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(a->recovery()->state(), State::Off, 15'000);
        a->recovery()->turnOn();
        QTRY_COMPARE_WITH_TIMEOUT(a->recovery()->state(), State::Showing, 15'000);
        const QString printed = a->recovery()->shownKey();
        QCOMPARE(printed.size(), 69);
        const auto key = crypto::RecoveryKey::parse(printed);
        QVERIFY(key);
        a->recovery()->doneShowing();
        QCOMPARE(a->recovery()->state(), State::On);
        QVERIFY(a->recovery()->shownKey().isEmpty());
        auto held = db.open();
        QVERIFY(held);
        QVERIFY(held->recovery(account));

        // B is linked, then signed out by A: epoch 2, sealed for the recovery key too.
        auto b = device(*storeB, netB);
        a->enrolment()->startLink();
        QTRY_VERIFY_WITH_TIMEOUT(!a->enrolment()->linkCode().isEmpty(), 15'000);
        b->enrolment()->joinWithLinkCode(a->enrolment()->linkCode());
        QTRY_VERIFY2_WITH_TIMEOUT(b->status()->joined(), qPrintable(b->enrolment()->errorText()), 15'000);
        QTRY_VERIFY2_WITH_TIMEOUT(settled(*b), qPrintable(b->status()->statusText()), 15'000);
        syncSettled(*a);
        a->devices()->signOut(b->credentials().credential().deviceId);
        QTRY_VERIFY2_WITH_TIMEOUT(a->keys().keyring()->newestEpoch() == 2, qPrintable(a->devices()->errorText()),
                                  15'000);
        QCOMPARE(held->recoveryEnvelopes(account).size(), 1);
        QVERIFY(reflect(*storeA, after, 1'760'000'100'000));
        syncSettled(*a);

        // Every device lost. A wrong key is refused and signs nothing in.
        auto e = device(*storeE, netE);
        e->enrolment()->joinWithRecoveryKey(crypto::RecoveryKey::generate().printable());
        QTRY_VERIFY_WITH_TIMEOUT(!e->enrolment()->errorText().isEmpty(), 15'000);
        QVERIFY(!e->status()->joined());
        QString typo = printed;
        typo[3] = typo[3] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        e->enrolment()->joinWithRecoveryKey(typo); // caught on the device: not even sent
        QVERIFY(e->enrolment()->errorText().contains(QStringLiteral("not right")));

        // The right key, typed in lower case with spaces, on a fresh device.
        auto d = device(*storeD, netD);
        d->enrolment()->joinWithRecoveryKey(printed.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QTRY_VERIFY2_WITH_TIMEOUT(d->status()->joined(), qPrintable(d->enrolment()->errorText()), 15'000);
        QCOMPARE(d->credentials().credential().accountId, account);
        QTRY_VERIFY2_WITH_TIMEOUT(settled(*d), qPrintable(d->status()->statusText()), 15'000);
        QCOMPARE(d->keys().keyring()->epochs(), (QList<quint32>{1, 2}));
        int found = 0;
        for (const learner::Event &ev : storeD->events())
            if (ev.kind == learner::EventKind::ReflectionSaved && (ev.payload.contains(before) || ev.payload.contains(after)))
                ++found;
        QCOMPARE(found, 2);
        QCOMPARE(d->problems()->unverifiedCount(), 0);
        QVERIFY(!d->problems()->leftOutOfKeyChange());

        // The key never travels, in any form that opens anything.
        const QByteArray secret = key->secret().view().toByteArray();
        const QByteArray wrapping = key->wrappingKey().view().toByteArray();
        QList<QByteArray> needles{printed.toLatin1(), QString(printed).remove(QLatin1Char('-')).toLatin1(), secret,
                                  wrapping};
        int inBodies = 0;
        for (const QByteArray &body : netA.bodies + netB.bodies + netD.bodies + netE.bodies)
            for (const QByteArray &n : needles)
                inBodies += occurrences(body, n);
        QCOMPARE(inBodies, 0);

        // Off: the server's copy and its envelopes go.
        a->recovery()->turnOff();
        QTRY_COMPARE_WITH_TIMEOUT(a->recovery()->state(), State::Off, 15'000);
        QVERIFY(!held->recovery(account));
        QVERIFY(held->recoveryEnvelopes(account).isEmpty());
        held.reset();
        QVERIFY(server.stop());
        QString problem;
        const QByteArray database = databaseBytes(backend, db.spec(), &problem);
        QVERIFY2(!database.isEmpty(), qPrintable(problem));
        int inDatabase = 0;
        for (const QByteArray &n : needles)
            inDatabase += occurrences(database, n) + occurrences(database, n.toHex());
        qInfo("recovery key (%s): database %d, bodies %d (of %lld bodies)", qPrintable(backend), inDatabase, inBodies,
              netA.bodies.size() + netB.bodies.size() + netD.bodies.size() + netE.bodies.size());
        QCOMPARE(inDatabase, 0);
    }

    // Migration: what an app before protocol 3 uploaded readable is re-uploaded sealed by the
    // updated app (same ids), and the server then holds no readable copy.
    void updatedAppReplacesReadableCopies_data() { addBackendRows(); }
    void updatedAppReplacesReadableCopies()
    {
        QFETCH(QString, backend);
        const QString dir = QDir(m_scratch.path()).filePath(QStringLiteral("migrate-") + backend);
        QVERIFY(QDir().mkpath(dir));
        FreshDatabase db(backend, dir);
        GW_REQUIRE_BACKEND(db);
        const Run created = createCohortWithCli(db.spec());
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        ServerProcess server;
        QVERIFY2(server.start(db.spec()), qPrintable(server.problem));
        QNetworkAccessManager network;
        v1::JoinRequest join;
        join.set_invite_code(field(created.out, QStringLiteral("invite_code")).toStdString());
        join.set_display_name("Ada");
        join.set_request_nonce(std::string(16, 'm'));
        const HttpResult joined = post(network, server.base, QStringLiteral("/v1/join"), body(join));
        QCOMPARE(joined.status, 200);
        v1::DeviceCredential credential;
        QVERIFY(credential.ParseFromArray(joined.body.constData(), int(joined.body.size())));

        // The old app: readable events through the learner outbox, protocol 2.
        const QByteArray canary = "canary" + QUuid::createUuid().toByteArray(QUuid::Id128);
        auto store = openLearnerStore(dir + QStringLiteral("/a.db"));
        QVERIFY(store);
        practise(*store, 1'760'000'000'000, QStringLiteral("lesson-") + QString::fromLatin1(canary),
                 QStringLiteral("drill"));
        {
            LearnerOutbox readable(*store);
            SyncEngine old(readable, network,
                           SyncEndpoint{server.base, QString::fromStdString(credential.device_token()),
                                        InProcessServer::devCertificate(), QStringLiteral("old"), kReadableProtocolVersion},
                           SyncTuning(), [] { return 0.5; });
            QSignalSpy finished(&old, &SyncEngine::roundFinished);
            old.syncNow();
            QVERIFY2(finished.wait(15'000), qPrintable(old.errorText()));
        }
        auto held = db.open();
        QVERIFY(held);
        const QString account = QString::fromStdString(credential.account_id());
        QCOMPARE(held->heldEvents(account).size(), 5);
        int readableBefore = 0;
        for (const HeldEvent &e : held->heldEvents(account))
            readableBefore += e.event.payload.contains(canary) ? 1 : 0;
        QVERIFY(readableBefore > 0); // the old app's copies are readable on the server

        // The updated app over the same store and credential.
        groundwork::cohort::Cohort app(*store, groundwork::cohort::CohortServices{nullptr, nullptr, crypto::PwhashLimits::minimum()}, &network);
        app.connection().setExtraCaCertificates(InProcessServer::devCertificate());
        app.scheduler().setIntervals(60'000, 20);
        app.credentials().save(CohortCredential{server.base.toString(), QString::fromStdString(credential.device_token()),
                                                account, QString::fromStdString(credential.device_id()),
                                                QString::fromStdString(credential.cohort_id()),
                                                QStringLiteral("Platform leads"), QStringLiteral("Ada")});
        QTRY_VERIFY2_WITH_TIMEOUT(app.status()->statusText() == u"Up to date", qPrintable(app.status()->statusText()), 15'000);
        const QList<HeldEvent> after = held->heldEvents(account);
        QCOMPARE(after.size(), 5); // the same ids, replaced in place
        for (const HeldEvent &e : after) {
            QVERIFY(e.event.isSealed());
            QVERIFY(e.event.payload.isEmpty());
            QVERIFY(e.event.kind.isEmpty());
            QVERIFY(e.event.coarseKind != 0);
            QVERIFY(!e.event.sealed.contains(canary));
        }
        held.reset();
        QVERIFY(server.stop());
    }

    // A device signed out cannot open an event written after the rotation: its keyring lacks
    // the new epoch, given the very ciphertext the server stores.
    void revokedDeviceCannotOpenLaterEvents()
    {
        crypto::AccountKeyring a = crypto::AccountKeyring::createFirst();
        const crypto::AccountKeyring revokedB = a.clone();
        const crypto::DeviceKeyPair c = crypto::DeviceKeyPair::generate();
        crypto::AccountKeyring stillLinkedC = a.clone();
        a.rotate();
        // C receives the new epoch in its envelope; B gets none.
        auto epoch = crypto::KeyEnvelope::open(crypto::KeyEnvelope::seal(a, c.publicKey()), c, stillLinkedC);
        QVERIFY(epoch);
        QVERIFY(stillLinkedC.add(epoch->epoch, std::move(epoch->key)));

        WireEvent later{QStringLiteral("a.0000000000000001"), 1'760'000'000'000, QStringLiteral("drill.decision"),
                        QStringLiteral("2026.11.0"), QByteArray("after revocation"), false, QStringLiteral("a"), 60, 0, {}, 0, 0, {}};
        const WireEvent stored = SealedOutbox::seal(later, a, QStringLiteral("acct"));
        QCOMPARE(stored.epoch, 2u);
        QVERIFY(!stored.sealed.contains("after revocation"));
        QVERIFY(!SealedOutbox::open(stored, revokedB, QStringLiteral("acct")));
        const auto opened = SealedOutbox::open(stored, stillLinkedC, QStringLiteral("acct"));
        QVERIFY(opened);
        QCOMPARE(opened->payload, QByteArray("after revocation"));
    }
};

QTEST_GUILESS_MAIN(TestSyncCanary)
#include "tst_sync_canary.moc"
