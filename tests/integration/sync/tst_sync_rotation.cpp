// Key rotation on sign-out (issue 16), through the real groundwork-server on SQLite and
// PostgreSQL: three linked devices A, B, C; A signs C out, which makes epoch 2 and seals it for
// A and B in the same request; A then writes, B reads it, and C's keyring (taken from its own
// store) cannot open the ciphertext the server holds. The server refuses envelopes for a device
// that is not the account's or is signed out, and keeps a sign-out and its envelopes together.
#include "client/sealedoutbox.h"
#include "cohortapps.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "learner/payload.h"
#include "learnerdevices.h"
#include "protocol/wirecodec.h"
#include "recordingnetwork.h"
#include "server/credentials.h"
#include "server/sqlstore.h"
#include "serverprocess.h"
#include "testbackends.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;
namespace learner = groundwork::core::learner;

namespace {

QByteArray revokeBody(const QString &deviceId, const QList<std::pair<QString, quint32>> &envelopes)
{
    v1::RevokeDeviceRequest request;
    request.mutable_hello()->set_protocol_version(kProtocolVersion);
    request.mutable_hello()->set_app_version("test");
    request.set_device_id(deviceId.toStdString());
    for (const auto &[id, epoch] : envelopes) {
        v1::KeyEnvelope *e = request.add_envelopes();
        e->set_device_id(id.toStdString());
        e->set_epoch(epoch);
        e->set_envelope(std::string(120, 'e')); // the server cannot read an envelope anyway
    }
    return serialize(request);
}

quint32 newestEpoch(groundwork::cohort::Cohort &app)
{
    const auto keyring = app.keys().keyring();
    return keyring ? keyring->newestEpoch() : 0;
}

QStringList activeIds(Store &store, const QString &account)
{
    QStringList ids;
    for (const DeviceSummary &d : store.activeDevices(account))
        ids << d.id;
    return ids;
}

} // namespace

class TestSyncRotation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

private slots:
    void initTestCase() { QVERIFY(credentials::initialise()); }

    void signOutRotatesTheAccountKey_data() { addBackendRows(); }
    void signOutRotatesTheAccountKey()
    {
        QFETCH(QString, backend);
        const QString dir = QDir(m_scratch.path()).filePath(QStringLiteral("rotate-") + backend);
        QVERIFY(QDir().mkpath(dir));
        FreshDatabase db(backend, dir);
        GW_REQUIRE_BACKEND(db);
        const Run created = createCohortWithCli(db.spec());
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString leadDevice = field(created.out, QStringLiteral("device_id"));
        QVERIFY(!leadDevice.isEmpty());
        ServerProcess server;
        QVERIFY2(server.start(db.spec()), qPrintable(server.problem));

        auto storeA = openLearnerStore(dir + QStringLiteral("/a.db"));
        auto storeB = openLearnerStore(dir + QStringLiteral("/b.db"));
        auto storeC = openLearnerStore(dir + QStringLiteral("/c.db"));
        QVERIFY(storeA && storeB && storeC);
        RecordingNetwork netA, netB, netC;
        const auto device = [&](learner::LearnerStore &store, RecordingNetwork &net) {
            return cohortDevice(store, net, server.base.authority());
        };
        const auto settled = upToDate;
        const auto syncSettled = [&](groundwork::cohort::Cohort &app) {
            app.status()->syncNow();
            QTRY_VERIFY2_WITH_TIMEOUT(settled(app), qPrintable(app.status()->statusText()), 15'000);
        };

        auto a = device(*storeA, netA);
        a->enrolment()->setDisplayName(QStringLiteral("Ada"));
        a->enrolment()->join(field(created.out, QStringLiteral("invite_code")));
        QTRY_VERIFY_WITH_TIMEOUT(a->status()->joined(), 15'000);
        QTRY_VERIFY2_WITH_TIMEOUT(settled(*a), qPrintable(a->status()->statusText()), 15'000);
        const auto link = [&](groundwork::cohort::Cohort &app) {
            const QString used = a->enrolment()->linkCode();
            a->enrolment()->startLink();
            QTRY_VERIFY_WITH_TIMEOUT(!a->enrolment()->linkCode().isEmpty() && a->enrolment()->linkCode() != used, 15'000);
            app.enrolment()->joinWithLinkCode(a->enrolment()->linkCode());
            QTRY_VERIFY2_WITH_TIMEOUT(app.status()->joined(), qPrintable(app.enrolment()->errorText()), 15'000);
            QTRY_VERIFY2_WITH_TIMEOUT(settled(app), qPrintable(app.status()->statusText()), 15'000);
        };
        auto b = device(*storeB, netB);
        link(*b);
        auto c = device(*storeC, netC);
        link(*c);
        syncSettled(*a);
        const QString account = a->credentials().credential().accountId;
        const QString idA = a->credentials().credential().deviceId;
        const QString idB = b->credentials().credential().deviceId;
        const QString idC = c->credentials().credential().deviceId;
        QCOMPARE(newestEpoch(*a), 1u);
        QCOMPARE(newestEpoch(*b), 1u);
        QCOMPARE(newestEpoch(*c), 1u);
        auto held = db.open();
        QVERIFY(held);
        for (const DeviceSummary &d : held->activeDevices(account)) { // each registered its key
            QCOMPARE(d.publicKey.size(), 32);
            QCOMPARE(d.keyEpoch, 1u);
        }

        // A signs C out: epoch 2, sealed for A and B, stored with the sign-out.
        a->devices()->signOut(idC);
        QTRY_VERIFY2_WITH_TIMEOUT(newestEpoch(*a) == 2, qPrintable(a->devices()->errorText()), 15'000);
        QCOMPARE(activeIds(*held, account), (QStringList{idA, idB}));
        QCOMPARE(held->keyEnvelopes(idB).size(), 1);
        QCOMPARE(held->keyEnvelopes(idB).first().epoch, 2u);
        QCOMPARE(held->keyEnvelopes(idC).size(), 0);

        // A writes; B syncs and reads it.
        const QByteArray canary = "after-signout-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QVERIFY(storeA->append(makeEvent(*storeA, learner::EventKind::ReflectionSaved, 1'760'000'000'000,
                                         learner::encodePayload(learner::ReflectionPayload{
                                             QStringLiteral("back-to-ic"), QStringLiteral("why"),
                                             QString::fromLatin1(canary)}),
                                         true)));
        syncSettled(*a);
        QVERIFY(held->keyEnvelopes(idA).isEmpty()); // A's own envelope, dropped as A holds epoch 2
        syncSettled(*b);
        QCOMPARE(newestEpoch(*b), 2u);
        QString eventId;
        for (const learner::Event &e : storeB->events())
            if (e.payload.contains(canary))
                eventId = e.id;
        QVERIFY2(!eventId.isEmpty(), "B did not receive A's event written after the sign-out");
        syncSettled(*b);
        QVERIFY(held->keyEnvelopes(idB).isEmpty()); // confirmed by B's next download

        // C: signed out, and its own keyring cannot open what the server stores.
        const auto keyringC = c->keys().keyring();
        QVERIFY(keyringC);
        QCOMPARE(keyringC->newestEpoch(), 1u);
        bool checked = false;
        for (const HeldEvent &h : held->heldEvents(account)) {
            if (h.event.id != eventId)
                continue;
            QCOMPARE(h.event.epoch, 2u);
            QVERIFY(!h.event.sealed.contains(canary));
            QVERIFY(!SealedOutbox::open(h.event, *keyringC, account));
            QVERIFY(SealedOutbox::open(h.event, *b->keys().keyring(), account)); // B's can
            checked = true;
        }
        QVERIFY(checked);
        c->status()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(c->scheduler().engine() && c->scheduler().engine()->state() == SyncEngine::State::SignedOut,
                                 15'000);

        // Envelopes only for the account's signed-in devices: anything else refuses the whole
        // request, and B stays signed in.
        QNetworkAccessManager raw;
        const QString tokenA = a->credentials().credential().deviceToken;
        for (const QString &stranger : {idC, leadDevice, QStringLiteral("no-such-device")}) {
            const HttpResult r = post(raw, server.base, QStringLiteral("/v1/devices/revoke"),
                                      revokeBody(idB, {{idA, 3}, {stranger, 3}}), tokenA);
            QCOMPARE(r.status, 403);
        }
        QCOMPARE(activeIds(*held, account), (QStringList{idA, idB}));
        QVERIFY(held->keyEnvelopes(idA).isEmpty());

        // A second rotation of the same epoch (two devices at once) is refused.
        const HttpResult stale = post(raw, server.base, QStringLiteral("/v1/devices/revoke"),
                                      revokeBody(idB, {{idA, 2}}), tokenA);
        QCOMPARE(stale.status, 403);
        QCOMPARE(activeIds(*held, account), (QStringList{idA, idB}));

        // A failure while the envelopes are stored (forced by a trigger) leaves B signed in.
        auto *sql = dynamic_cast<SqlStore *>(held.get());
        QVERIFY(sql);
        if (backend == u"sqlite") {
            sql->queryValue(QStringLiteral("CREATE TRIGGER refuse_envelopes BEFORE INSERT ON key_envelopes"
                                           " BEGIN SELECT RAISE(ABORT, 'forced failure'); END"));
        } else {
            sql->queryValue(QStringLiteral("CREATE FUNCTION refuse_envelopes() RETURNS trigger LANGUAGE plpgsql"
                                           " AS $$BEGIN RAISE EXCEPTION 'forced failure'; END$$"));
            sql->queryValue(QStringLiteral("CREATE TRIGGER refuse_envelopes BEFORE INSERT ON key_envelopes"
                                           " FOR EACH ROW EXECUTE FUNCTION refuse_envelopes()"));
        }
        const quint32 before = held->newestKeyEpoch(account);
        const HttpResult failed = post(raw, server.base, QStringLiteral("/v1/devices/revoke"),
                                       revokeBody(idB, {{idA, 9}}), tokenA);
        QCOMPARE(failed.status, 500);
        QCOMPARE(activeIds(*held, account), (QStringList{idA, idB}));
        QCOMPARE(held->newestKeyEpoch(account), before);
        sql->queryValue(backend == u"sqlite" ? QStringLiteral("DROP TRIGGER refuse_envelopes")
                                             : QStringLiteral("DROP TRIGGER refuse_envelopes ON key_envelopes"));

        // B leaves the cohort (signs itself out) holding epoch 2: A, the next to sync, rotates.
        QVERIFY(held->departedWithNewestKey(account) == std::nullopt);
        b->enrolment()->leave();
        QTRY_COMPARE_WITH_TIMEOUT(activeIds(*held, account), QStringList{idA}, 15'000);
        QVERIFY(held->departedWithNewestKey(account) == idB);
        a->status()->syncNow();
        QTRY_VERIFY2_WITH_TIMEOUT(newestEpoch(*a) == 3, qPrintable(a->devices()->errorText()), 15'000);
        QVERIFY(held->departedWithNewestKey(account) == std::nullopt);

        held.reset();
        QVERIFY(server.stop());
    }
};

QTEST_GUILESS_MAIN(TestSyncRotation)
#include "tst_sync_rotation.moc"
