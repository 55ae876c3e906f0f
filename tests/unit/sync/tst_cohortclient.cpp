// The cohort client's parts without network: where the credential and the sharing choice are
// kept (CohortCredentials, over a real learner store), and the "last choice wins" rules of
// sharing a readiness profile (ProfileShareChoice, with a clock the test sets).
#include "client/cohortcredentials.h"
#include "client/keyringstore.h"
#include "client/learneroutbox.h"
#include "client/sealedoutbox.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "learner/eventid.h"
#include "learner/trackcompletion.h"
#include "protocol/wireevent.h"
#include "client/profilesharechoice.h"
#include "client/sharedprofile.h"
#include "crypto/keyenvelope.h"
#include "learner/learnerstore.h"
#include "learner/readiness.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <functional>
#include <memory>
#include <vector>

using namespace groundwork::sync;
using namespace groundwork::core::learner;

namespace {

const CohortCredential kCredential{QStringLiteral("https://cohort.example.org:8443"), QStringLiteral("gw1.secret"),
                                   QStringLiteral("account-1"),   QStringLiteral("device-1"),
                                   QStringLiteral("cohort-1"),    QStringLiteral("Platform leads"),
                                   QStringLiteral("Ada")};

ReadinessProfile profile(double mean)
{
    ReadinessProfile p;
    p.roleId = QStringLiteral("em");
    p.roleTitle = QStringLiteral("Engineering manager");
    DimensionReadiness d;
    d.dimensionId = QStringLiteral("delegation");
    d.name = QStringLiteral("Delegation");
    d.weight = 1;
    d.estimate.dimensionId = d.dimensionId;
    d.estimate.mean = mean;
    p.dimensions << d;
    p.overall = mean;
    return p;
}

// A joined device's sharing choice, at the time `now` gives, over a profile whose estimates
// are `mean`.
struct JoinedDevice
{
    JoinedDevice(LearnerStore &store, std::function<qint64()> now, std::function<double()> mean = [] { return 0.5; })
        : credentials(store), choice(credentials, std::move(now))
    {
        credentials.save(kCredential);
        choice.setReadinessSource([mean = std::move(mean)] { return std::optional(profile(mean())); },
                                  QStringLiteral("2026.11.0"));
    }
    CohortCredentials credentials;
    ProfileShareChoice choice;
};

} // namespace

class TestCohortClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<LearnerStore>> m_stores;

    LearnerStore &freshStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("learner-%1.db").arg(m_stores.size()));
        m_stores.push_back(LearnerStore::open(path).store);
        return *m_stores.back();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(sodium_init() >= 0);
    }

    // A public track's "completed" milestone tells its coarse kind, day and track id in clear,
    // bound into the seal (a relabelled track id does not open); one marked private, or naming
    // something that is not a track id, tells nothing, like any private event.
    void trackMilestoneTellsOnlyAPublicTrack()
    {
        LearnerStore &a = freshStore();
        LearnerStore &b = freshStore();
        qint64 time = 1'760'000'000'000;
        const auto milestone = [&](const QString &trackId, bool isPrivate) {
            Event e;
            e.id = trackCompletedEventId(trackId);
            e.kind = EventKind::TrackCompleted;
            e.timeMs = time++;
            e.deviceId = a.deviceId();
            e.contentVersion = QStringLiteral("2026.11.0");
            e.isPrivate = isPrivate;
            e.payload = encodePayload(TrackCompletedPayload{trackId});
            return e;
        };
        QVERIFY(a.append(milestone(QStringLiteral("ready-to-lead"), false)));
        QVERIFY(a.append(milestone(QStringLiteral("back-to-ic"), true)));
        QVERIFY(a.append(milestone(QStringLiteral("Ready-To-Lead"), false)));
        const QString account = QStringLiteral("account-1");
        KeyringStore keysA(a.connectionName()), keysB(b.connectionName());
        QVERIFY(keysA.ready() && keysB.ready());
        LearnerOutbox innerA(a), innerB(b);
        SealedOutbox outA(innerA, a, keysA, [&] { return account; });
        SealedOutbox outB(innerB, b, keysB, [&] { return account; });
        const QList<WireEvent> sent = outA.pending(10);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent[0].coarseKind, int(v1::COARSE_KIND_TRACK_COMPLETED));
        QCOMPARE(sent[0].publicTrackId, QStringLiteral("ready-to-lead"));
        QCOMPARE(sent[0].utcDay, 1'760'000'000'000 / 86'400'000);
        for (const WireEvent &w : {sent[1], sent[2]}) {
            QCOMPARE(w.coarseKind, 0);
            QCOMPARE(w.utcDay, 0);
            QVERIFY(w.publicTrackId.isEmpty());
        }
        // On the wire each is acceptable as it is.
        google::protobuf::RepeatedPtrField<v1::WireEvent> wire;
        encodeEvents(sent, &wire);
        for (const DecodedEvent &d : decodeEvents(wire))
            QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
        QCOMPARE(decodeEvents(wire).at(0).event.publicTrackId, QStringLiteral("ready-to-lead"));

        QVERIFY(keysB.saveKeyring(*keysA.keyring()));
        WireEvent relabelled = sent[0];
        relabelled.publicTrackId = QStringLiteral("is-it-for-me");
        QSignalSpy refused(&outB, &SealedOutbox::eventsRefused);
        outB.applyRemote({relabelled}, 1);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(b.eventCount(), 0);
        outB.applyRemote(sent, 4);
        QCOMPARE(b.eventCount(), 3);
    }

    // What goes up is sealed: a public event tells its coarse kind and day, a private one or a
    // reflection nothing; the other device opens them, private ones included, and refuses
    // (and reports) an altered ciphertext or one moved to another id, folding in neither.
    void sealedOutboxSealsEverythingAndRefusesWhatWasAltered()
    {
        LearnerStore &a = freshStore();
        LearnerStore &b = freshStore();
        qint64 time = 1'760'000'000'000;
        const auto event = [&](EventKind kind, bool isPrivate, const QByteArray &payload) {
            Event e;
            e.id = newEventId(a.deviceId());
            e.kind = kind;
            e.timeMs = time++; // oldest first, in the order recorded
            e.utcOffsetMinutes = 60;
            e.deviceId = a.deviceId();
            e.contentVersion = QStringLiteral("2026.11.0");
            e.isPrivate = isPrivate;
            e.payload = payload;
            return e;
        };
        QVERIFY(a.append(event(EventKind::DrillDecision, false, "drill answer canary-91")));
        QVERIFY(a.append(event(EventKind::ReflectionSaved, true, "private thought canary-91")));
        QVERIFY(a.append(event(EventKind::LessonFinished, true, "a private track's lesson")));
        const QString account = QStringLiteral("account-1");
        KeyringStore keysA(a.connectionName()), keysB(b.connectionName());
        QVERIFY(keysA.ready() && keysB.ready());
        LearnerOutbox innerA(a), innerB(b);
        SealedOutbox outA(innerA, a, keysA, [&] { return account; });
        SealedOutbox outB(innerB, b, keysB, [&] { return account; });

        QCOMPARE(outA.pendingCount(), 3); // private ones too
        const QList<WireEvent> sent = outA.pending(10);
        QCOMPARE(sent.size(), 3);
        for (const WireEvent &w : sent) {
            QVERIFY(w.isSealed());
            QVERIFY(w.payload.isEmpty() && w.kind.isEmpty() && w.deviceTimeMs == 0 && !w.isPrivate);
            QVERIFY(!w.sealed.contains("canary"));
            QCOMPARE(w.sealed.size(), 24 + 128 + 16); // every one padded to the first bucket
        }
        QCOMPARE(sent[0].coarseKind, int(v1::COARSE_KIND_DRILL_PRACTISED));
        QCOMPARE(sent[0].utcDay, 1'760'000'000'000 / 86'400'000);
        QCOMPARE(sent[1].coarseKind, 0);
        QCOMPARE(sent[1].utcDay, 0);
        QCOMPARE(sent[2].coarseKind, 0); // a private track's lesson: not even its kind
        outA.acknowledge({sent[0].id, sent[1].id, sent[2].id});
        QCOMPARE(outA.pendingCount(), 0);

        QVERIFY(keysB.saveKeyring(*keysA.keyring())); // as linking hands it over
        WireEvent altered = sent[0];
        altered.sealed[30] = char(altered.sealed[30] ^ 1);
        WireEvent moved = sent[1];
        moved.id = newEventId(a.deviceId());
        WireEvent relabelled = sent[2];
        relabelled.coarseKind = v1::COARSE_KIND_LESSON_FINISHED;
        QSignalSpy refused(&outB, &SealedOutbox::eventsRefused);
        outB.applyRemote({altered, moved, relabelled}, 3);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toInt(), 3);
        QCOMPARE(b.eventCount(), 0);
        outB.applyRemote(sent, 6);
        QCOMPARE(b.eventCount(), 3);
        QCOMPARE(outB.downloadCursor(), quint64(6));
        QCOMPARE(outB.pendingCount(), 0); // the server holds them sealed: not sent back
        int privateOnB = 0;
        for (const Event &e : b.events()) {
            privateOnB += e.isPrivate ? 1 : 0;
            if (e.kind == EventKind::ReflectionSaved)
                QCOMPARE(e.payload, QByteArray("private thought canary-91"));
        }
        QCOMPARE(privateOnB, 2);
    }

    // Downloads a device could not use are kept for the learner to see: failed verification
    // (counted up), and sealed under an epoch this device was not given (the first day kept,
    // cleared once an envelope brings the epoch); leaving forgets both.
    void downloadTroubleIsKeptUntilSeen()
    {
        LearnerStore &a = freshStore();
        LearnerStore &b = freshStore();
        Event e;
        e.id = newEventId(a.deviceId());
        e.kind = EventKind::DrillDecision;
        e.timeMs = 1'760'000'000'000;
        e.deviceId = a.deviceId();
        e.contentVersion = QStringLiteral("2026.11.0");
        e.payload = "answer";
        QVERIFY(a.append(e));
        const QString account = QStringLiteral("account-1");
        KeyringStore keysA(a.connectionName()), keysB(b.connectionName());
        LearnerOutbox innerA(a), innerB(b);
        SealedOutbox outA(innerA, a, keysA, [&] { return account; });
        SealedOutbox outB(innerB, b, keysB, [&] { return account; });
        QVERIFY(keysA.keyringOrCreate());
        QVERIFY(keysB.saveKeyring(*keysA.keyring()));
        QCOMPARE(keysB.downloadTrouble().refusedEvents, 0);
        QCOMPARE(keysB.downloadTrouble().missingEpoch, 0u);

        const WireEvent epoch1 = outA.pending(1).first();
        WireEvent altered = epoch1;
        altered.sealed[40] = char(altered.sealed[40] ^ 1);
        QSignalSpy changed(&outB, &SealedOutbox::downloadTroubleChanged);
        outB.applyRemote({altered}, 1);
        outB.applyRemote({altered}, 2);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(keysB.downloadTrouble().refusedEvents, 2);
        QVERIFY(keysB.clearRefusedEvents());
        QCOMPARE(keysB.downloadTrouble().refusedEvents, 0);

        // A rotates without B: what it seals next B cannot open, and says why.
        auto rotated = keysA.keyring()->clone();
        rotated.rotate();
        QVERIFY(keysA.saveKeyring(rotated));
        const WireEvent epoch2 = SealedOutbox::seal(LearnerOutbox::toWire(a.events().first()), rotated, account);
        QCOMPARE(epoch2.epoch, 2u);
        outB.applyRemote({epoch2}, 3);
        const auto trouble = keysB.downloadTrouble();
        QCOMPARE(trouble.refusedEvents, 0); // not counted as unverified: it is a missing key
        QCOMPARE(trouble.missingEpoch, 2u);
        QVERIFY(trouble.missingSince.isValid());
        QVERIFY(qAbs(trouble.missingSince.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // A later sighting keeps the first day.
        QVERIFY(keysB.noteMissingEpoch(2, QDateTime::currentDateTimeUtc().addDays(3)));
        QCOMPARE(keysB.downloadTrouble().missingSince, trouble.missingSince);

        // The envelope arrives after all: the note goes.
        const auto deviceB = keysB.deviceKeys();
        QVERIFY(deviceB);
        outB.applyKeyEnvelopes({{2, crypto::KeyEnvelope::seal(rotated, deviceB->publicKey())}});
        QCOMPARE(keysB.downloadTrouble().missingEpoch, 0u);

        QVERIFY(keysB.addRefusedEvents(1));
        QVERIFY(keysB.forget());
        QCOMPARE(keysB.downloadTrouble().refusedEvents, 0);
    }

    void credentialIsKeptUnderTheKeysStoresHold()
    {
        LearnerStore &store = freshStore();
        {
            CohortCredentials credentials(store);
            QVERIFY(!credentials.joined());
            QVERIFY(!credentials.lastSynced().isValid());
            QCOMPARE(credentials.sharing(), ProfileSharingRecord{});
            QSignalSpy joined(&credentials, &CohortCredentials::joinedChanged);
            credentials.save(kCredential);
            QVERIFY(credentials.joined());
            QCOMPARE(joined.size(), 1);
        }
        // The next start reads it back; the keys are the ones stores in the wild hold.
        CohortCredentials again(store);
        QVERIFY(again.joined());
        QCOMPARE(again.credential().serverUrl, kCredential.serverUrl);
        QCOMPARE(again.credential().accountId, kCredential.accountId);
        QCOMPARE(again.credential().deviceId, kCredential.deviceId);
        QCOMPARE(again.credential().cohortId, kCredential.cohortId);
        QCOMPARE(again.credential().cohortName, kCredential.cohortName);
        QCOMPARE(again.credential().displayName, kCredential.displayName);
        QCOMPARE(store.syncValue(QStringLiteral("cohort.device_token")), QByteArray("gw1.secret"));
        QCOMPARE(store.syncValue(QStringLiteral("cohort.server_url")), QByteArray("https://cohort.example.org:8443"));
        // A new credential downloads from the beginning.
        QCOMPARE(store.syncValue(QStringLiteral("sync.download_cursor")), QByteArray("0"));
    }

    void lastSyncedAndSharingSurviveARestart()
    {
        LearnerStore &store = freshStore();
        const QDateTime synced = QDateTime::fromMSecsSinceEpoch(1'760'000'000'123, Qt::UTC);
        const ProfileSharingRecord record{true, 1'760'000'000'000, true, true,
                                          QDateTime::fromMSecsSinceEpoch(1'760'000'000'500, Qt::UTC)};
        {
            CohortCredentials credentials(store);
            credentials.save(kCredential);
            QSignalSpy changed(&credentials, &CohortCredentials::lastSyncedChanged);
            credentials.setLastSynced(synced);
            credentials.setLastSynced(synced);
            QCOMPARE(changed.size(), 1);
            credentials.setSharing(record);
        }
        CohortCredentials again(store);
        QCOMPARE(again.lastSynced(), synced);
        QCOMPARE(again.sharing(), record);
        QCOMPARE(store.syncValue(QStringLiteral("cohort.profile_shared")), QByteArray("1"));
        QCOMPARE(store.syncValue(QStringLiteral("cohort.profile_chosen_ms")), QByteArray("1760000000000"));
    }

    // A change writes only the fields that changed: the others keep what the store holds.
    void sharingWritesWhatChanged()
    {
        LearnerStore &store = freshStore();
        CohortCredentials credentials(store);
        store.setSyncValue(QStringLiteral("cohort.profile_on_server"), "written elsewhere");
        ProfileSharingRecord record = credentials.sharing();
        record.shared = true;
        credentials.setSharing(record);
        QCOMPARE(store.syncValue(QStringLiteral("cohort.profile_shared")), QByteArray("1"));
        QCOMPARE(store.syncValue(QStringLiteral("cohort.profile_on_server")), QByteArray("written elsewhere"));
        record.onServer = true;
        credentials.setSharing(record);
        QCOMPARE(store.syncValue(QStringLiteral("cohort.profile_on_server")), QByteArray("1"));
    }

    void forgettingKeepsTheAddressAndTheName()
    {
        LearnerStore &store = freshStore();
        CohortCredentials credentials(store);
        credentials.save(kCredential);
        credentials.setLastSynced(QDateTime::currentDateTimeUtc());
        credentials.setSharing({true, 5, false, true, {}});
        store.setSyncValue(QStringLiteral("sync.download_cursor"), "42");
        bool joinedWhileForgetting = false;
        connect(&credentials, &CohortCredentials::aboutToForget, this,
                [&] { joinedWhileForgetting = credentials.joined(); });
        QSignalSpy joined(&credentials, &CohortCredentials::joinedChanged);
        credentials.forget();
        QVERIFY2(joinedWhileForgetting, "a last request can still use the credential");
        QCOMPARE(joined.size(), 1);
        QVERIFY(!credentials.joined());
        QVERIFY(!credentials.lastSynced().isValid());
        QCOMPARE(credentials.sharing(), ProfileSharingRecord{});
        QCOMPARE(credentials.credential().serverUrl, kCredential.serverUrl);
        QCOMPARE(credentials.credential().displayName, kCredential.displayName);
        CohortCredentials again(store);
        QVERIFY(!again.joined());
        QCOMPARE(again.credential().cohortName, QString());
        QCOMPARE(again.credential().serverUrl, kCredential.serverUrl);
        QCOMPARE(again.credential().displayName, kCredential.displayName);
        QCOMPARE(again.sharing(), ProfileSharingRecord{});
        QVERIFY(store.syncValue(QStringLiteral("cohort.device_token")).isEmpty());
        QVERIFY(store.syncValue(QStringLiteral("sync.download_cursor")).isEmpty());
    }

    void sharingIsSentUntilConfirmedAndWithdrawnAfter()
    {
        qint64 now = 1'000'000;
        double mean = 0.5;
        JoinedDevice device(freshStore(), [&] { return now; }, [&] { return mean; });
        ProfileShareChoice &choice = device.choice;

        QVERIFY(!choice.shared());
        QVERIFY(!choice.pending()); // off, and nothing on the server
        QVERIFY(!choice.withdrawalOnLeaving());

        QVERIFY(choice.choose(true));
        QVERIFY(!choice.choose(true)); // the choice already
        QCOMPARE(choice.record().chosenAtMs, now);
        QVERIFY(choice.record().onServer); // a reply may be lost after the server stored it
        std::optional<ProfileShare> share = choice.pending();
        QVERIFY(share && share->share);
        QCOMPARE(share->chosenAtMs, now);
        const auto copy = decodeSharedProfile(share->profile);
        QVERIFY(copy);
        QCOMPARE(copy->generated_at_ms(), now);

        now += 1000;
        choice.confirmed(true, share->profile);
        QCOMPARE(choice.record().sentAt, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        QVERIFY2(!choice.pending(), "an unchanged profile is not sent again");
        mean = 0.6;
        QVERIFY2(choice.pending() && choice.pending()->share, "a changed one is");
        QCOMPARE(*choice.withdrawalOnLeaving(), now);

        // Withdrawn with the device clock behind the last choice: still a later choice.
        now = 500;
        QVERIFY(choice.choose(false));
        QCOMPARE(choice.record().chosenAtMs, 1'000'001);
        share = choice.pending();
        QVERIFY(share && !share->share);
        QVERIFY(share->profile.isEmpty());
        choice.confirmed(false, {});
        QVERIFY(!choice.record().onServer);
        QVERIFY(!choice.pending());
        QVERIFY(!choice.withdrawalOnLeaving());

        // Sharing again sends afresh, even the copy the server once had.
        QVERIFY(choice.choose(true));
        QVERIFY(choice.pending() && choice.pending()->share);
    }

    // The assessment results travel in the shared copy only while the learner includes them,
    // and including or leaving them out is a change that is sent.
    void assessmentResultsGoWithTheCopyWhenIncluded()
    {
        qint64 now = 1'000'000;
        JoinedDevice device(freshStore(), [&] { return now; });
        ProfileShareChoice &choice = device.choice;
        bool include = false;
        choice.setAssessmentSource([&include] {
            QVector<AssessmentResult> results;
            if (include) {
                AssessmentResult a;
                a.form = groundwork::core::pb::ASSESSMENT_FORM_A;
                a.day = QDate(2026, 3, 2).toJulianDay();
                a.profile = profile(0.4);
                results << a;
            }
            return results;
        });
        QVERIFY(choice.choose(true));
        auto share = choice.pending();
        QVERIFY(share && share->share);
        QCOMPARE(decodeSharedProfile(share->profile)->assessments_size(), 0);
        choice.confirmed(true, share->profile);
        QVERIFY(!choice.pending());

        include = true;
        share = choice.pending();
        QVERIFY2(share && share->share, "including the results is a change to send");
        const auto copy = decodeSharedProfile(share->profile);
        QCOMPARE(copy->assessments_size(), 1);
        QCOMPARE(copy->assessments(0).form(), std::string("A"));
        choice.confirmed(true, share->profile);
        QVERIFY(!choice.pending());
        include = false;
        QVERIFY2(choice.pending(), "leaving them out again is sent too");
    }

    void newerChoiceFromAnotherDeviceIsAdopted()
    {
        JoinedDevice device(freshStore(), [] { return qint64(1000); });
        ProfileShareChoice &choice = device.choice;
        QVERIFY(choice.choose(true));

        // The same choice, made later elsewhere: only its time is taken.
        QVERIFY(!choice.serverHolds(true, 2000));
        QCOMPARE(choice.record().chosenAtMs, 2000);
        QVERIFY(choice.shared());

        // A withdrawal made later elsewhere: adopted; the server deleted its copy already.
        QVERIFY(choice.serverHolds(false, 3000));
        QVERIFY(!choice.shared());
        QVERIFY(!choice.record().onServer);
        QVERIFY(!choice.pending());

        // A share made later elsewhere: adopted, and the other device's copy stands.
        QVERIFY(choice.serverHolds(true, 4000));
        QVERIFY(choice.shared());
        QVERIFY(choice.record().sharedElsewhere);
        QVERIFY(!choice.record().sentAt.isValid());
        QVERIFY2(!choice.pending(), "nothing of its own is sent until its profile changes");

        // The same moment on two devices: the server's choice (the one it applied last).
        QVERIFY(choice.serverHolds(false, 4000));
        QVERIFY(!choice.shared());
    }

    void olderChoiceOnTheServerIsOverridden()
    {
        JoinedDevice device(freshStore(), [] { return qint64(5000); });
        ProfileShareChoice &choice = device.choice;

        // Shared here, confirmed; the server then reports an older withdrawal: sent again.
        QVERIFY(choice.choose(true));
        choice.confirmed(true, choice.pending()->profile);
        QVERIFY(!choice.pending());
        QVERIFY(!choice.serverHolds(false, 4000));
        QVERIFY(choice.shared());
        QVERIFY2(choice.pending() && choice.pending()->share, "the server holds no copy: one is sent");

        // Withdrawn here; the server reports an older share: the withdrawal is sent again.
        JoinedDevice other(freshStore(), [] { return qint64(5000); });
        ProfileShareChoice &withdrawn = other.choice;
        QVERIFY(withdrawn.choose(true));
        QVERIFY(withdrawn.choose(false));
        withdrawn.confirmed(false, {});
        QVERIFY(!withdrawn.pending());
        QVERIFY(!withdrawn.serverHolds(true, 4000));
        QVERIFY(withdrawn.pending() && !withdrawn.pending()->share);
    }
};

QTEST_GUILESS_MAIN(TestCohortClient)
#include "tst_cohortclient.moc"
