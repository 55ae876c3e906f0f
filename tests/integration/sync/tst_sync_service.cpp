// The cohort server's rules, in-process on both back ends: identity, idempotent upload and
// download, private events, defensive decoding, and the authorization matrix.
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/limits.h"
#include "protocol/protocolversion.h"
#include "server/credentials.h"
#include "server/provisioning.h"
#include "server/syncservice.h"
#include "testbackends.h"

#include <QTemporaryDir>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

template<class M>
QByteArray body(M message, quint32 version = kReadableProtocolVersion) // readable uploads: an app before protocol 3
{
    message.mutable_hello()->set_protocol_version(version);
    message.mutable_hello()->set_app_version("test");
    return serialize(message);
}

WireError errorOf(const Reply &reply)
{
    const auto failure = decodeError(reply.body);
    return failure ? failure->code : WireError::None;
}

v1::WireEvent *addEvent(v1::UploadRequest &request, const QString &id, bool isPrivate = false)
{
    v1::WireEvent *e = request.add_events();
    e->set_id(id.toStdString());
    e->set_device_time_ms(1000);
    e->set_kind("drill.decision");
    e->set_content_version("2026.11.0+3f9a2c1d");
    e->set_payload("\x08\x01\x10\x03");
    e->set_is_private(isPrivate);
    return e;
}

// A sealed event as a protocol 3 app sends it: id, epoch, ciphertext, coarse kind and day.
v1::WireEvent *addSealed(v1::UploadRequest &request, const QString &id, v1::CoarseKind coarse, quint32 day,
                         const char *ciphertext)
{
    v1::WireEvent *e = request.add_events();
    e->set_id(id.toStdString());
    e->set_epoch(1);
    e->set_sealed(ciphertext);
    e->set_coarse_kind(coarse);
    e->set_utc_day(day);
    return e;
}

QByteArray nonce(char fill)
{
    return QByteArray(16, fill);
}

template<class M>
M parsed(const Reply &reply)
{
    M message;
    if (!message.ParseFromArray(reply.body.constData(), int(reply.body.size())))
        qWarning("the reply (status %d) does not parse", reply.status);
    return message;
}

QStringList downloadedIds(const Reply &reply)
{
    QStringList ids;
    const auto page = parsed<v1::DownloadResponse>(reply);
    for (const auto &e : page.events())
        ids << QString::fromStdString(e.id());
    return ids;
}

QStringList memberNames(const Reply &reply)
{
    QStringList names;
    const auto progress = parsed<v1::CohortProgressResponse>(reply);
    for (const auto &m : progress.members())
        names << QString::fromStdString(m.display_name());
    return names;
}

} // namespace

// A server over one back end, with a cohort (lead), a learner (two devices), an admin and a
// second cohort with its own lead and learner.
struct Fixture
{
    explicit Fixture(Store &s) : store(s), limiter(clock, 5, 60'000), service(store, clock, limiter) {}

    Reply call(const QString &path, const QString &token, const QByteArray &b, const QString &caller = QStringLiteral("10.0.0.1"))
    {
        return service.handle(path, token, b, caller);
    }

    IssuedDevice join(const QString &invite, const QString &name, char nonceFill)
    {
        v1::JoinRequest j;
        j.set_invite_code(invite.toStdString());
        j.set_display_name(name.toStdString());
        j.set_device_name("phone");
        const QByteArray n = nonce(nonceFill);
        j.set_request_nonce(n.constData(), std::size_t(n.size()));
        const Reply r = call(QStringLiteral("/v1/join"), {}, body(j));
        v1::DeviceCredential c;
        if (r.status != 200 || !c.ParseFromArray(r.body.constData(), int(r.body.size())))
            qFatal("join failed: %d", r.status);
        return IssuedDevice{QString::fromStdString(c.account_id()), QString::fromStdString(c.device_id()),
                            QString::fromStdString(c.device_token()), Role::Learner,
                            QString::fromStdString(c.cohort_id())};
    }

    v1::LinkStartResponse startLink(const IssuedDevice &from)
    {
        return parsed<v1::LinkStartResponse>(call(QStringLiteral("/v1/link/start"), from.token, body(v1::LinkStartRequest())));
    }

    IssuedDevice link(const IssuedDevice &from)
    {
        const v1::LinkStartResponse code = startLink(from);
        v1::LinkFinishRequest finish;
        finish.set_link_code(code.link_code());
        finish.set_device_name("laptop");
        const Reply r = call(QStringLiteral("/v1/link/finish"), {}, body(finish));
        v1::DeviceCredential c;
        if (r.status != 200 || !c.ParseFromArray(r.body.constData(), int(r.body.size())))
            qFatal("link failed: %d", r.status);
        return IssuedDevice{QString::fromStdString(c.account_id()), QString::fromStdString(c.device_id()),
                            QString::fromStdString(c.device_token()), Role::Learner,
                            QString::fromStdString(c.cohort_id())};
    }

    // A device of the learner's, linked and then signed out through the service: its token
    // was real once.
    IssuedDevice revokedDevice()
    {
        const IssuedDevice old = link(learner);
        v1::RevokeDeviceRequest revoke;
        revoke.set_device_id(old.deviceId.toStdString());
        if (call(QStringLiteral("/v1/devices/revoke"), learner.token, body(revoke)).status != 200)
            qFatal("revoke failed");
        return old;
    }

    // What a refused request must leave as it was, as far as the Store interface shows it: each
    // account's event ids and sharing choice, each cohort's members with their figures, and
    // which credentials sign in. One line per fact, so QCOMPARE names the first that changed.
    QStringList observable(const QList<IssuedDevice> &extraDevices) const
    {
        QStringList lines;
        const QList<IssuedDevice> devices = QList<IssuedDevice>{learner, learnerLaptop, otherLearner, cohort.lead,
                                                                other.lead, admin}
                                            + extraDevices;
        QStringList accounts;
        for (const IssuedDevice &d : devices) {
            lines << QStringLiteral("device %1 signs in: %2")
                         .arg(d.deviceId)
                         .arg(store.deviceByToken(credentials::hashSecret(d.token)).has_value());
            if (!accounts.contains(d.accountId))
                accounts << d.accountId;
        }
        for (const QString &a : accounts) {
            const ProfileChoice choice = store.profileChoice(a);
            lines << QStringLiteral("account %1: events [%2], shared %3 chosen at %4")
                         .arg(a, eventIdsHeld(store, a).join(u','))
                         .arg(choice.shared)
                         .arg(choice.chosenAtMs);
        }
        // A refused lead request must not renew an invite code.
        for (const NewCohort *c : {&cohort, &other})
            lines << QStringLiteral("cohort %1 invite works: %2")
                         .arg(c->cohort.id)
                         .arg(store.cohortByInvite(credentials::hashSecret(credentials::normaliseCode(c->inviteCode))).has_value());
        // A refused role request must not set or bump the cohort's role.
        for (const QString &c : {cohort.cohort.id, other.cohort.id}) {
            const auto role = store.cohortRole(c);
            lines << QStringLiteral("cohort %1 role version %2").arg(c).arg(role ? role->version : 0);
        }
        for (const QString &c : {cohort.cohort.id, other.cohort.id}) {
            for (const MemberSummary &m : store.cohortMembers(c))
                lines << QStringLiteral("cohort %1 member %2 %3: %4 events, last %5, profile %6")
                             .arg(c, m.accountId, m.displayName)
                             .arg(m.eventCount)
                             .arg(m.lastActivityMs)
                             .arg(m.sharedProfile ? QString::fromLatin1(m.sharedProfile->toHex()) : QStringLiteral("none"));
        }
        return lines;
    }

    void setUp()
    {
        Provisioning provisioning(store, clock);
        cohort = provisioning.createCohort(QStringLiteral("Cohort A"), QStringLiteral("Lee"), 3'600'000);
        other = provisioning.createCohort(QStringLiteral("Cohort B"), QStringLiteral("Oz"), 3'600'000);
        admin = provisioning.createAdmin(QStringLiteral("Root"));
        learner = join(cohort.inviteCode, QStringLiteral("Ada"), 'a');
        learnerLaptop = link(learner);
        otherLearner = join(other.inviteCode, QStringLiteral("Bo"), 'b');
    }

    FakeClock clock;
    Store &store;
    RateLimiter limiter;
    SyncService service;
    NewCohort cohort, other;
    IssuedDevice admin, learner, learnerLaptop, otherLearner;
};

class TestSyncService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

    static void backends() { addBackendRows(); }

#define GW_FIXTURE(f)                                                                              \
    QFETCH(QString, backend);                                                                      \
    FreshDatabase db(backend, m_scratch.path());                                                   \
    GW_REQUIRE_BACKEND(db);                                                                        \
    auto store = db.open();                                                                        \
    QVERIFY(store);                                                                                \
    Fixture f(*store);                                                                             \
    f.setUp()

private slots:
    void initTestCase()
    {
        QVERIFY(credentials::initialise());
        QVERIFY(m_scratch.isValid());
    }

    void joinAndLink_data() { backends(); }
    void joinAndLink()
    {
        GW_FIXTURE(f);
        QCOMPARE(f.learner.cohortId, f.cohort.cohort.id);
        QCOMPARE(f.learnerLaptop.accountId, f.learner.accountId); // same person
        QVERIFY(f.learnerLaptop.deviceId != f.learner.deviceId);
        QVERIFY(f.learner.token.startsWith(u"gw1."));
        QVERIFY(f.learner.token.size() >= 40);

        // Invite codes are forgiving about case and separators.
        QString typed = f.cohort.inviteCode.toLower();
        typed.remove(u'-');
        const IssuedDevice again = f.join(typed, QStringLiteral("Cy"), 'c');
        QCOMPARE(again.cohortId, f.cohort.cohort.id);
    }

    void joinRefusals_data() { backends(); }
    void joinRefusals()
    {
        GW_FIXTURE(f);
        v1::JoinRequest j;
        j.set_invite_code(f.cohort.inviteCode.toStdString());
        j.set_display_name("Ada");
        j.set_request_nonce(std::string(16, 'a')); // the nonce the fixture's join used
        Reply r = f.call(QStringLiteral("/v1/join"), {}, body(j));
        QCOMPARE(errorOf(r), WireError::Replayed);
        QCOMPARE(r.status, 409);

        j.set_request_nonce(std::string(8, 'z'));
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/join"), {}, body(j))), WireError::Malformed);

        j.set_request_nonce(std::string(16, 'q'));
        f.clock.now += 3'600'001; // past the invite's expiry
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/join"), {}, body(j))), WireError::Expired);
        const quint64 learners = f.store.cohortMembers(f.cohort.cohort.id).size();
        QCOMPARE(learners, quint64(1));
    }

    void codeGuessingIsRateLimited_data() { backends(); }
    void codeGuessingIsRateLimited()
    {
        GW_FIXTURE(f);
        v1::JoinRequest j;
        j.set_display_name("Mallory");
        for (int i = 0; i < 5; ++i) {
            j.set_invite_code(QStringLiteral("AAAA-BBBB-%1").arg(i, 4, 10, QLatin1Char('0')).toStdString());
            j.set_request_nonce(std::string(16, char('0' + i)));
            QCOMPARE(errorOf(f.call(QStringLiteral("/v1/join"), {}, body(j), QStringLiteral("6.6.6.6"))),
                     WireError::NotFound);
        }
        // Even the right code is refused while the caller is over the limit...
        j.set_invite_code(f.cohort.inviteCode.toStdString());
        j.set_request_nonce(std::string(16, 'R'));
        const Reply limited = f.call(QStringLiteral("/v1/join"), {}, body(j), QStringLiteral("6.6.6.6"));
        QCOMPARE(errorOf(limited), WireError::RateLimited);
        QCOMPARE(limited.status, 429);
        v1::LinkFinishRequest l;
        l.set_link_code("ABCD-EFGH-JK");
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/link/finish"), {}, body(l), QStringLiteral("6.6.6.6"))),
                 WireError::RateLimited);
        // ...other callers are not affected, and the limit ages out.
        QCOMPARE(f.call(QStringLiteral("/v1/join"), {}, body(j), QStringLiteral("7.7.7.7")).status, 200);
        f.clock.now += 60'001;
        j.set_request_nonce(std::string(16, 'S'));
        QCOMPARE(f.call(QStringLiteral("/v1/join"), {}, body(j), QStringLiteral("6.6.6.6")).status, 200);
    }

    void linkCodes_data() { backends(); }
    void linkCodes()
    {
        GW_FIXTURE(f);
        const Reply start = f.call(QStringLiteral("/v1/link/start"), f.learner.token, body(v1::LinkStartRequest()));
        QCOMPARE(start.status, 200);
        v1::LinkStartResponse code;
        QVERIFY(code.ParseFromArray(start.body.constData(), int(start.body.size())));
        QCOMPARE(code.link_code().size(), std::size_t(12)); // 10 characters + 2 separators
        QCOMPARE(code.expires_at_ms(), f.clock.now + 600'000);

        v1::LinkFinishRequest finish;
        finish.set_link_code(code.link_code());
        f.clock.now += 600'001;
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/link/finish"), {}, body(finish))), WireError::Expired);
        // Single use: an expired code is consumed too.
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/link/finish"), {}, body(finish))), WireError::NotFound);
    }

    void uploadIsIdempotent_data() { backends(); }
    void uploadIsIdempotent()
    {
        GW_FIXTURE(f);
        v1::UploadRequest first;
        for (int i = 0; i < 3; ++i)
            addEvent(first, QStringLiteral("ev-%1").arg(i));
        Reply r = f.call(QStringLiteral("/v1/upload"), f.learner.token, body(first));
        QCOMPARE(r.status, 200);
        v1::UploadResponse ack;
        QVERIFY(ack.ParseFromArray(r.body.constData(), int(r.body.size())));
        QCOMPARE(ack.stored_ids_size(), 3);

        // The same batch again, and an overlapping one from the other device.
        QCOMPARE(f.call(QStringLiteral("/v1/upload"), f.learner.token, body(first)).status, 200);
        v1::UploadRequest overlap;
        addEvent(overlap, QStringLiteral("ev-2"));
        addEvent(overlap, QStringLiteral("ev-3"));
        r = f.call(QStringLiteral("/v1/upload"), f.learnerLaptop.token, body(overlap));
        QVERIFY(ack.ParseFromArray(r.body.constData(), int(r.body.size())));
        QCOMPARE(ack.stored_ids_size(), 2);
        QCOMPARE(f.store.eventCount(f.learner.accountId), quint64(4));
    }

    void downloadByCursor_data() { backends(); }
    void downloadByCursor()
    {
        GW_FIXTURE(f);
        v1::UploadRequest up;
        for (int i = 0; i < 5; ++i)
            addEvent(up, QStringLiteral("p-%1").arg(i));
        QCOMPARE(f.call(QStringLiteral("/v1/upload"), f.learner.token, body(up)).status, 200);
        // Another person's events never show up.
        v1::UploadRequest theirs;
        addEvent(theirs, QStringLiteral("other"));
        QCOMPARE(f.call(QStringLiteral("/v1/upload"), f.otherLearner.token, body(theirs)).status, 200);

        QStringList seen;
        quint64 cursor = 0;
        for (bool more = true; more;) {
            v1::DownloadRequest d;
            d.set_cursor(cursor);
            d.set_max_events(2);
            const Reply r = f.call(QStringLiteral("/v1/download"), f.learnerLaptop.token, body(d));
            QCOMPARE(r.status, 200);
            v1::DownloadResponse page;
            QVERIFY(page.ParseFromArray(r.body.constData(), int(r.body.size())));
            for (const auto &e : page.events())
                seen << QString::fromStdString(e.id());
            QVERIFY(page.next_cursor() >= cursor);
            cursor = page.next_cursor();
            more = page.more();
        }
        QCOMPARE(seen, (QStringList{"p-0", "p-1", "p-2", "p-3", "p-4"}));

        // The uploading device does not get its own events back; a resumed pull starts at the cursor.
        v1::DownloadRequest own;
        const Reply r = f.call(QStringLiteral("/v1/download"), f.learner.token, body(own));
        v1::DownloadResponse page;
        QVERIFY(page.ParseFromArray(r.body.constData(), int(r.body.size())));
        QCOMPARE(page.events_size(), 0);
        v1::DownloadRequest resumed;
        resumed.set_cursor(cursor);
        const Reply r2 = f.call(QStringLiteral("/v1/download"), f.learnerLaptop.token, body(resumed));
        QVERIFY(page.ParseFromArray(r2.body.constData(), int(r2.body.size())));
        QCOMPARE(page.events_size(), 0);
    }

    void privateEventsAreRefused_data() { backends(); }
    void privateEventsAreRefused()
    {
        GW_FIXTURE(f);
        v1::UploadRequest up;
        addEvent(up, QStringLiteral("public-1"));
        addEvent(up, QStringLiteral("reflection-1"), true);
        const Reply r = f.call(QStringLiteral("/v1/upload"), f.learner.token, body(up));
        QCOMPARE(errorOf(r), WireError::PrivateEvent);
        QCOMPARE(f.store.eventCount(f.learner.accountId), quint64(0)); // nothing of the batch stored
    }

    // A reflection is refused by its kind, whatever its private flag says (as text or by number).
    void reflectionKindsAreRefused_data() { backends(); }
    void reflectionKindsAreRefused()
    {
        GW_FIXTURE(f);
        for (const char *kind : {"reflection.saved", "reflection.edited"}) {
            v1::UploadRequest up;
            addEvent(up, QStringLiteral("public-1"));
            addEvent(up, QStringLiteral("reflection-1"))->set_kind(kind); // not flagged private
            const Reply r = f.call(QStringLiteral("/v1/upload"), f.learner.token, body(up));
            QCOMPARE(errorOf(r), WireError::PrivateEvent);
            QCOMPARE(r.status, 422);
            QVERIFY(decodeError(r.body)->message.contains(u"Reflections"));
            QCOMPARE(f.store.eventCount(f.learner.accountId), quint64(0)); // nothing of the batch stored
        }
        v1::UploadRequest coded;
        addEvent(coded, QStringLiteral("public-1"));
        v1::WireEvent *e = addEvent(coded, QStringLiteral("reflection-2"));
        e->clear_kind();
        e->set_kind_code(v1::KNOWN_KIND_REFLECTION_SAVED);
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/upload"), f.learner.token, body(coded))), WireError::PrivateEvent);
        QCOMPARE(f.store.eventCount(f.learner.accountId), quint64(0));
        // A kind that merely mentions reflections elsewhere is not one.
        v1::UploadRequest other;
        addEvent(other, QStringLiteral("public-1"))->set_kind("lesson.reflection");
        QCOMPARE(f.call(QStringLiteral("/v1/upload"), f.learner.token, body(other)).status, 200);
        QCOMPARE(f.store.eventCount(f.learner.accountId), quint64(1));
    }

    void badInputChangesNothing_data() { backends(); }
    void badInputChangesNothing()
    {
        GW_FIXTURE(f);
        v1::UploadRequest up;
        addEvent(up, QStringLiteral("good"));
        const QByteArray good = body(up);
        const QString path = QStringLiteral("/v1/upload");

        // Truncated at every length, garbage, oversized, too many events, bad ids, no hello.
        for (qsizetype n = 0; n < good.size(); ++n) {
            // A cut at a field boundary is a valid, smaller message (an empty upload); any
            // other cut is refused. Either way nothing is stored.
            const Reply r = f.call(path, f.learner.token, good.first(n));
            QVERIFY(r.status == 200 || errorOf(r) == WireError::Malformed);
        }
        QCOMPARE(f.store.eventCount(f.learner.accountId), quint64(0));
        QCOMPARE(errorOf(f.call(path, f.learner.token, QByteArray("\xff\xff\xff\xff\x0f", 5))), WireError::Malformed);
        QCOMPARE(errorOf(f.call(path, f.learner.token, QByteArray(kMaxRequestBytes + 1, '\0'))), WireError::TooLarge);

        v1::UploadRequest many;
        for (int i = 0; i <= kMaxEventsPerUpload; ++i)
            addEvent(many, QStringLiteral("m-%1").arg(i));
        QCOMPARE(errorOf(f.call(path, f.learner.token, body(many))), WireError::TooLarge);

        v1::UploadRequest badId;
        addEvent(badId, QStringLiteral("ok-1"));
        addEvent(badId, QStringLiteral("has space"));
        QCOMPARE(errorOf(f.call(path, f.learner.token, body(badId))), WireError::Malformed);
        v1::UploadRequest longId;
        addEvent(longId, QString(65, u'x'));
        QCOMPARE(errorOf(f.call(path, f.learner.token, body(longId))), WireError::Malformed);
        v1::UploadRequest bigPayload;
        addEvent(bigPayload, QStringLiteral("big"))->set_payload(std::string(kMaxPayloadBytes + 1, 'p'));
        QCOMPARE(errorOf(f.call(path, f.learner.token, body(bigPayload))), WireError::Malformed);
        v1::UploadRequest noHello;
        addEvent(noHello, QStringLiteral("nohello"));
        QCOMPARE(errorOf(f.call(path, f.learner.token, serialize(noHello))), WireError::Malformed);

        QCOMPARE(f.store.eventCount(f.learner.accountId), quint64(0));
        QCOMPARE(f.call(path, f.learner.token, good).status, 200);
        QCOMPARE(f.store.eventCount(f.learner.accountId), quint64(1));
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/nope"), f.learner.token, good)), WireError::NotFound);
    }

    void oldProtocolGetsUpdateError_data() { backends(); }
    void oldProtocolGetsUpdateError()
    {
        GW_FIXTURE(f);
        v1::UploadRequest up;
        addEvent(up, QStringLiteral("x"));
        for (const QString &path : SyncService::endpoints()) {
            const Reply r = f.call(path, f.learner.token, body(up, kOldestAcceptedProtocolVersion - 1));
            QCOMPARE(r.status, 426);
            const auto failure = decodeError(r.body);
            QVERIFY(failure);
            QCOMPARE(failure->code, WireError::UpdateRequired);
            QVERIFY(failure->message.contains(u"update the app"));
            v1::Error e;
            QVERIFY(e.ParseFromArray(r.body.constData(), int(r.body.size())));
            QCOMPARE(e.min_protocol_version(), kOldestAcceptedProtocolVersion);
        }
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/upload"), f.learner.token, body(up, kProtocolVersion + 1))),
                 WireError::ServerTooOld);
        QCOMPARE(f.store.eventCount(f.learner.accountId), quint64(0));
    }

    // The recovery key's copy: set by the learner, found only by the verifier (a wrong one
    // counts as a wrong code), kept current by a sign-out's envelope, gone when turned off and
    // with the account.
    void recoveryKeyCopyFollowsTheRules_data() { backends(); }
    void recoveryKeyCopyFollowsTheRules()
    {
        GW_FIXTURE(f);
        const QByteArray verifier(32, 'v');
        v1::SetRecoveryRequest set;
        set.set_verifier_hash(credentials::recoveryVerifierHash(verifier).toStdString());
        set.set_wrapped_keyring(std::string(80, 'w'));
        set.set_public_key(std::string(32, 'k'));
        set.set_key_epoch(1);
        set.set_key_mac(std::string(32, 'm'));
        v1::SetRecoveryRequest noVerifier = set;
        noVerifier.clear_verifier_hash();
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/recovery/set"), f.learner.token, body(noVerifier))),
                 WireError::Malformed);
        QVERIFY(!f.store.recovery(f.learner.accountId));
        QCOMPARE(f.call(QStringLiteral("/v1/recovery/set"), f.learner.token, body(set)).status, 200);
        QVERIFY(f.store.recovery(f.learner.accountId));
        const auto listed = parsed<v1::ListDevicesResponse>(
            f.call(QStringLiteral("/v1/devices/list"), f.learnerLaptop.token, body(v1::ListDevicesRequest())));
        QVERIFY(listed.recovery().enabled());
        QCOMPARE(listed.recovery().public_key(), std::string(32, 'k'));

        // A wrong verifier signs nothing in.
        v1::RestoreRecoveryRequest wrong;
        wrong.set_verifier(std::string(32, 'x'));
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/recovery/restore"), QString(), body(wrong))), WireError::NotFound);
        v1::RestoreRecoveryRequest shortOne;
        shortOne.set_verifier(std::string(8, 'v'));
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/recovery/restore"), QString(), body(shortOne))), WireError::Malformed);

        // Signing the laptop out carries the next epoch for the recovery key too.
        v1::RevokeDeviceRequest revoke;
        revoke.set_device_id(f.learnerLaptop.deviceId.toStdString());
        revoke.mutable_recovery_envelope()->set_epoch(2);
        revoke.mutable_recovery_envelope()->set_envelope(std::string(120, 'e'));
        QCOMPARE(f.call(QStringLiteral("/v1/devices/revoke"), f.learner.token, body(revoke)).status, 200);
        QCOMPARE(f.store.recoveryEnvelopes(f.learner.accountId).size(), 1);

        // The right verifier: a new device of the account, with the copy and the envelope.
        v1::RestoreRecoveryRequest right;
        right.set_verifier(verifier.toStdString());
        right.set_device_name("new-phone");
        const auto restored =
            parsed<v1::RestoreRecoveryResponse>(f.call(QStringLiteral("/v1/recovery/restore"), QString(), body(right)));
        QCOMPARE(restored.credential().account_id(), f.learner.accountId.toStdString());
        QCOMPARE(restored.wrapped_keyring(), std::string(80, 'w'));
        QCOMPARE(restored.envelopes_size(), 1);
        QVERIFY(f.store.deviceByToken(credentials::hashSecret(QString::fromStdString(restored.credential().device_token()))));

        // Off: the copy and its envelopes go; the verifier no longer works.
        const auto removed = parsed<v1::RemoveRecoveryResponse>(
            f.call(QStringLiteral("/v1/recovery/remove"), f.learner.token, body(v1::RemoveRecoveryRequest())));
        QVERIFY(removed.removed());
        QVERIFY(!f.store.recovery(f.learner.accountId));
        QVERIFY(f.store.recoveryEnvelopes(f.learner.accountId).isEmpty());
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/recovery/restore"), QString(), body(right))), WireError::NotFound);

        // With the account: set again, then the account is deleted with everything.
        QCOMPARE(f.call(QStringLiteral("/v1/recovery/set"), f.learner.token, body(set)).status, 200);
        QVERIFY(f.store.deleteAccount(f.learner.accountId).found);
        QVERIFY(!f.store.recovery(f.learner.accountId));
        QVERIFY(!f.store.recoveryByVerifier(credentials::recoveryVerifierHash(verifier)));
    }

    void revokedDeviceIsLockedOut_data() { backends(); }
    void revokedDeviceIsLockedOut()
    {
        GW_FIXTURE(f);
        v1::RevokeDeviceRequest revoke;
        revoke.set_device_id(f.learnerLaptop.deviceId.toStdString());
        // Not someone else's device...
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/devices/revoke"), f.otherLearner.token, body(revoke))),
                 WireError::Forbidden);
        // ...but one's own.
        QCOMPARE(f.call(QStringLiteral("/v1/devices/revoke"), f.learner.token, body(revoke)).status, 200);
        v1::DownloadRequest d;
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/download"), f.learnerLaptop.token, body(d))),
                 WireError::Unauthorized);
        QCOMPARE(f.call(QStringLiteral("/v1/download"), f.learner.token, body(d)).status, 200);
    }

    // A learner deletes their whole account from one device: everything the server held about
    // it goes in one transaction, every credential of it is refused afterwards, the lead no
    // longer sees them, and nobody else's data changes.
    void learnerDeletesAccount_data() { backends(); }
    void learnerDeletesAccount()
    {
        GW_FIXTURE(f);
        const IssuedDevice oldPhone = f.revokedDevice();
        const IssuedDevice cy = f.join(f.cohort.inviteCode, QStringLiteral("Cy"), 'c'); // same cohort
        for (const IssuedDevice &d : {f.learner, f.learnerLaptop, cy, f.otherLearner}) {
            v1::UploadRequest up;
            addEvent(up, d.deviceId + QStringLiteral("-1"));
            addEvent(up, d.deviceId + QStringLiteral("-2"));
            QCOMPARE(f.call(QStringLiteral("/v1/upload"), d.token, body(up)).status, 200);
            v1::ShareProfileRequest share;
            share.set_share(true);
            share.set_profile("profile of " + d.accountId.toStdString());
            share.set_chosen_at_ms(5);
            QCOMPARE(f.call(QStringLiteral("/v1/profile/share"), d.token, body(share)).status, 200);
        }
        const v1::LinkStartResponse pending = f.startLink(f.learner);
        const auto othersBefore = [&] {
            QStringList lines;
            for (const IssuedDevice &d : {cy, f.otherLearner, f.cohort.lead})
                lines << QStringLiteral("%1 signs in %2, events [%3], profile %4")
                             .arg(d.accountId)
                             .arg(f.store.deviceByToken(credentials::hashSecret(d.token)).has_value())
                             .arg(eventIdsHeld(f.store, d.accountId).join(u','))
                             .arg(QString::fromLatin1(f.store.sharedProfile(d.accountId).value_or("none")));
            return lines;
        };
        const QStringList before = othersBefore();
        const auto progress = [&] {
            return memberNames(f.call(QStringLiteral("/v1/cohort/progress"), f.cohort.lead.token,
                                      body(v1::CohortProgressRequest())));
        };
        QCOMPARE(progress(), (QStringList{"Ada", "Cy"}));

        const Reply r = f.call(QStringLiteral("/v1/account/delete"), f.learnerLaptop.token, body(v1::DeleteAccountRequest()));
        QCOMPARE(r.status, 200);
        const auto done = parsed<v1::DeleteAccountResponse>(r);
        QVERIFY(done.deleted());
        QCOMPARE(done.events_deleted(), quint64(4));
        QCOMPARE(done.devices_signed_out(), 3u); // phone, laptop and the old phone revoked earlier

        // Every credential the account ever had is refused, on every endpoint that takes one.
        for (const IssuedDevice &d : {f.learner, f.learnerLaptop, oldPhone}) {
            QCOMPARE(errorOf(f.call(QStringLiteral("/v1/download"), d.token, body(v1::DownloadRequest()))),
                     WireError::Unauthorized);
            QCOMPARE(errorOf(f.call(QStringLiteral("/v1/link/start"), d.token, body(v1::LinkStartRequest()))),
                     WireError::Unauthorized);
        }
        // A second delete with the old credential: 401, not a second success.
        const Reply again = f.call(QStringLiteral("/v1/account/delete"), f.learner.token, body(v1::DeleteAccountRequest()));
        QCOMPARE(again.status, 401);
        QCOMPARE(errorOf(again), WireError::Unauthorized);

        // Nothing of the account is left.
        QVERIFY(!f.store.account(f.learner.accountId));
        QVERIFY(f.store.heldEvents(f.learner.accountId).isEmpty());
        QVERIFY(f.store.allDevices(f.learner.accountId).isEmpty());
        QVERIFY(!f.store.sharedProfile(f.learner.accountId));
        QCOMPARE(f.store.profileChoice(f.learner.accountId), ProfileChoice{});
        QVERIFY(!f.store.takeLinkCode(credentials::hashSecret(
            credentials::normaliseCode(QString::fromStdString(pending.link_code())))));
        v1::LinkFinishRequest finish;
        finish.set_link_code(pending.link_code());
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/link/finish"), {}, body(finish))), WireError::NotFound);
        // The lead no longer lists the learner; everyone else is as they were.
        QCOMPARE(progress(), QStringList{"Cy"});
        QCOMPARE(othersBefore(), before);
    }

    void onlyLearnersDeleteTheirAccount_data() { backends(); }
    void onlyLearnersDeleteTheirAccount()
    {
        GW_FIXTURE(f);
        const QStringList before = f.observable({});
        for (const IssuedDevice &d : {f.cohort.lead, f.admin})
            QCOMPARE(errorOf(f.call(QStringLiteral("/v1/account/delete"), d.token, body(v1::DeleteAccountRequest()))),
                     WireError::Forbidden);
        QCOMPARE(f.observable({}), before);
        QVERIFY(!f.store.deleteAccount(QStringLiteral("no-such-account")).found);
        QCOMPARE(f.observable({}), before);
    }

    // The sharing choice is the account's: the last one made (device time) wins, whichever
    // device sends it; a stale one is answered 200 with the choice that holds; downloads tell
    // every device of the learner what holds.
    void profileChoiceLastMadeWins_data() { backends(); }
    void profileChoiceLastMadeWins()
    {
        GW_FIXTURE(f);
        const auto share = [&](const IssuedDevice &device, bool on, qint64 chosenAt, const char *copy,
                               v1::ProfileShareState *state) {
            v1::ShareProfileRequest request;
            request.set_share(on);
            if (on)
                request.set_profile(copy);
            request.set_chosen_at_ms(chosenAt);
            const Reply r = f.call(QStringLiteral("/v1/profile/share"), device.token, body(request));
            v1::ShareProfileResponse response;
            if (r.status == 200 && response.ParseFromArray(r.body.constData(), int(r.body.size())))
                *state = response.state();
            return r.status;
        };
        const auto leadSees = [&]() -> std::optional<std::string> {
            const Reply r = f.call(QStringLiteral("/v1/cohort/progress"), f.cohort.lead.token,
                                   body(v1::CohortProgressRequest()));
            v1::CohortProgressResponse progress;
            progress.ParseFromArray(r.body.constData(), int(r.body.size()));
            for (const auto &m : progress.members())
                if (m.display_name() == "Ada" && m.profile_shared())
                    return m.profile();
            return std::nullopt;
        };
        const auto downloaded = [&](const IssuedDevice &device) {
            const Reply r = f.call(QStringLiteral("/v1/download"), device.token, body(v1::DownloadRequest()));
            v1::DownloadResponse page;
            page.ParseFromArray(r.body.constData(), int(r.body.size()));
            return page;
        };
        const auto is = [](const v1::ProfileShareState &s, bool shared, qint64 at) {
            return s.shared() == shared && s.chosen_at_ms() == at;
        };

        // Nothing chosen yet: downloads say so.
        QVERIFY(downloaded(f.learnerLaptop).has_profile_share());
        QVERIFY(is(downloaded(f.learnerLaptop).profile_share(), false, 0));

        v1::ProfileShareState state;
        QCOMPARE(share(f.learner, true, 1'000, "phone copy", &state), 200);
        QVERIFY(is(state, true, 1'000));
        QCOMPARE(leadSees().value_or(""), std::string("phone copy"));
        QVERIFY(is(downloaded(f.learnerLaptop).profile_share(), true, 1'000));

        // A withdrawal made before that share arrives late: not applied, the answer says what holds.
        QCOMPARE(share(f.learnerLaptop, false, 900, nullptr, &state), 200);
        QVERIFY(is(state, true, 1'000));
        QCOMPARE(leadSees().value_or(""), std::string("phone copy"));

        // The same choice again with a fresh copy replaces it; a newer share from the laptop too.
        QCOMPARE(share(f.learner, true, 1'000, "phone copy 2", &state), 200);
        QCOMPARE(leadSees().value_or(""), std::string("phone copy 2"));
        QCOMPARE(share(f.learnerLaptop, true, 1'500, "laptop copy", &state), 200);
        QVERIFY(is(state, true, 1'500));
        QCOMPARE(leadSees().value_or(""), std::string("laptop copy"));

        // The phone withdraws last: the copy is gone, whatever the laptop sends with an older time.
        QCOMPARE(share(f.learner, false, 2'000, nullptr, &state), 200);
        QVERIFY(is(state, false, 2'000));
        QVERIFY(!leadSees());
        QCOMPARE(share(f.learnerLaptop, true, 1'999, "laptop copy 2", &state), 200);
        QVERIFY(is(state, false, 2'000));
        QVERIFY(!leadSees());
        QVERIFY(is(downloaded(f.learnerLaptop).profile_share(), false, 2'000));
        QVERIFY(is(downloaded(f.learner).profile_share(), false, 2'000));

        // An app that predates choice times (no chosen_at_ms): applied, stamped with the server's time.
        QCOMPARE(share(f.learnerLaptop, true, 0, "old app copy", &state), 200);
        QVERIFY(is(state, true, f.clock.now));
        QCOMPARE(leadSees().value_or(""), std::string("old app copy"));

        // A time before 1970 is refused and changes nothing.
        v1::ShareProfileRequest bad;
        bad.set_share(false);
        bad.set_chosen_at_ms(-1);
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/profile/share"), f.learner.token, body(bad))), WireError::Malformed);
        QCOMPARE(leadSees().value_or(""), std::string("old app copy"));

        // Other accounts' choices are their own; a lead's downloads carry none.
        QVERIFY(is(downloaded(f.otherLearner).profile_share(), false, 0));
        QVERIFY(!downloaded(f.cohort.lead).has_profile_share());
    }

    // A learner sees their own devices that still sync, which one is asking, and no one else's;
    // a revoked device drops off the list.
    // A link code made on a device that is then signed out stops working: a stolen device
    // cannot bring in a new one after its owner signs it out.
    void revokingCancelsOutstandingLinkCodes_data() { backends(); }
    void revokingCancelsOutstandingLinkCodes()
    {
        GW_FIXTURE(f);
        const Reply start = f.call(QStringLiteral("/v1/link/start"), f.learnerLaptop.token, body(v1::LinkStartRequest()));
        QCOMPARE(start.status, 200);
        v1::LinkStartResponse code;
        QVERIFY(code.ParseFromArray(start.body.constData(), int(start.body.size())));
        const Reply otherStart = f.call(QStringLiteral("/v1/link/start"), f.otherLearner.token, body(v1::LinkStartRequest()));
        v1::LinkStartResponse otherCode;
        QVERIFY(otherCode.ParseFromArray(otherStart.body.constData(), int(otherStart.body.size())));

        v1::RevokeDeviceRequest revoke;
        revoke.set_device_id(f.learnerLaptop.deviceId.toStdString());
        QCOMPARE(f.call(QStringLiteral("/v1/devices/revoke"), f.learner.token, body(revoke)).status, 200);

        v1::LinkFinishRequest finish;
        finish.set_link_code(code.link_code());
        finish.set_device_name("thief");
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/link/finish"), {}, body(finish))), WireError::NotFound);
        // Another person's code is untouched, and the learner can still link from a device kept.
        finish.set_link_code(otherCode.link_code());
        QCOMPARE(f.call(QStringLiteral("/v1/link/finish"), {}, body(finish)).status, 200);
        QCOMPARE(f.call(QStringLiteral("/v1/link/start"), f.learner.token, body(v1::LinkStartRequest())).status, 200);
    }

    void devicesListsOwnActiveDevices_data() { backends(); }
    void devicesListsOwnActiveDevices()
    {
        GW_FIXTURE(f);
        const auto list = [&](const IssuedDevice &caller) {
            const Reply r = f.call(QStringLiteral("/v1/devices/list"), caller.token, body(v1::ListDevicesRequest()));
            v1::ListDevicesResponse devices;
            if (r.status != 200 || !devices.ParseFromArray(r.body.constData(), int(r.body.size())))
                qFatal("list failed: %d", r.status);
            return devices;
        };
        v1::ListDevicesResponse mine = list(f.learnerLaptop);
        QCOMPARE(mine.devices_size(), 2); // both made at the fixture's one clock time
        QSet<QString> ids;
        for (const auto &d : mine.devices()) {
            const QString id = QString::fromStdString(d.device_id());
            ids.insert(id);
            QCOMPARE(d.this_device(), id == f.learnerLaptop.deviceId);
            QCOMPARE(d.added_at_ms(), f.clock.now);
            if (d.this_device())
                QCOMPARE(d.name(), std::string("laptop"));
        }
        QCOMPARE(ids, (QSet<QString>{f.learner.deviceId, f.learnerLaptop.deviceId}));

        v1::RevokeDeviceRequest revoke;
        revoke.set_device_id(f.learner.deviceId.toStdString());
        QCOMPARE(f.call(QStringLiteral("/v1/devices/revoke"), f.learnerLaptop.token, body(revoke)).status, 200);
        mine = list(f.learnerLaptop);
        QCOMPARE(mine.devices_size(), 1);
        QVERIFY(mine.devices(0).this_device());
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/devices/list"), f.learner.token, body(v1::ListDevicesRequest()))),
                 WireError::Unauthorized);
    }

    // Protocol 3: a sealed event is stored as its ciphertext and clear metadata only; private
    // sealed events are taken; a readable event from a protocol 3 client is refused; a sealed
    // upload replaces a readable copy of the same id (the migration) and never a sealed one;
    // the lead counts only events that told a coarse kind.
    void sealedEvents_data() { backends(); }
    void sealedEvents()
    {
        GW_FIXTURE(f);
        const QString upload = QStringLiteral("/v1/upload");
        v1::UploadRequest old; // an app before protocol 3
        addEvent(old, QStringLiteral("m-1"));
        addEvent(old, QStringLiteral("m-2"));
        QCOMPARE(f.call(upload, f.learner.token, body(old)).status, 200);

        v1::UploadRequest sealed;
        addSealed(sealed, QStringLiteral("m-1"), v1::COARSE_KIND_DRILL_PRACTISED, 20'000, "cipher-1");
        addSealed(sealed, QStringLiteral("s-private"), v1::COARSE_KIND_UNSPECIFIED, 0, "cipher-2");
        QCOMPARE(f.call(upload, f.learner.token, body(sealed, kProtocolVersion)).status, 200);
        v1::UploadRequest again;
        addSealed(again, QStringLiteral("m-1"), v1::COARSE_KIND_DRILL_PRACTISED, 20'000, "cipher-other");
        QCOMPARE(f.call(upload, f.learnerLaptop.token, body(again, kProtocolVersion)).status, 200);

        v1::UploadRequest readable;
        addEvent(readable, QStringLiteral("r-3"));
        QCOMPARE(errorOf(f.call(upload, f.learner.token, body(readable, kProtocolVersion))), WireError::Malformed);
        v1::UploadRequest leaky;
        addSealed(leaky, QStringLiteral("leak"), v1::COARSE_KIND_QUICK_CHECK, 20'000, "c")->set_payload("answer");
        QCOMPARE(errorOf(f.call(upload, f.learner.token, body(leaky, kProtocolVersion))), WireError::Malformed);
        v1::UploadRequest privateDay;
        addSealed(privateDay, QStringLiteral("pd"), v1::COARSE_KIND_UNSPECIFIED, 20'000, "c");
        QCOMPARE(errorOf(f.call(upload, f.learner.token, body(privateDay, kProtocolVersion))), WireError::Malformed);
        v1::UploadRequest readablePrivate;
        addEvent(readablePrivate, QStringLiteral("rp"), true);
        QCOMPARE(errorOf(f.call(upload, f.learner.token, body(readablePrivate))), WireError::PrivateEvent);

        QMap<QString, HeldEvent> held;
        for (const HeldEvent &h : f.store.heldEvents(f.learner.accountId))
            held.insert(h.event.id, h);
        QCOMPARE(held.keys(), (QStringList{"m-1", "m-2", "s-private"}));
        const WireEvent m1 = held.value(QStringLiteral("m-1")).event;
        QCOMPARE(m1.epoch, 1u);
        QCOMPARE(m1.sealed, QByteArray("cipher-1")); // the first sealed copy stays
        QVERIFY(m1.payload.isEmpty());
        QVERIFY(m1.kind.isEmpty());
        QVERIFY(m1.contentVersion.isEmpty());
        QCOMPARE(m1.deviceTimeMs, 0);
        QCOMPARE(m1.utcDay, 20'000);
        QCOMPARE(held.value(QStringLiteral("m-1")).deviceId, f.learner.deviceId); // kept its device
        QCOMPARE(held.value(QStringLiteral("m-2")).event.epoch, 0u);
        QCOMPARE(held.value(QStringLiteral("m-2")).event.payload, QByteArray("\x08\x01\x10\x03"));
        QCOMPARE(held.value(QStringLiteral("s-private")).event.coarseKind, 0);
        // The account's usage counters followed the replacement (the storage quota reads them).
        quint64 bytes = 0;
        for (const HeldEvent &h : held)
            bytes += quint64(h.event.payload.size() + h.event.sealed.size());
        QCOMPARE(f.store.storedBytes(f.learner.accountId), bytes);
        QCOMPARE(f.store.eventCount(f.learner.accountId), quint64(3));

        // The lead: m-1 and m-2 count; the private one does not; last activity is a day.
        const auto progress = parsed<v1::CohortProgressResponse>(
            f.call(QStringLiteral("/v1/cohort/progress"), f.cohort.lead.token, body(v1::CohortProgressRequest())));
        QCOMPARE(progress.members(0).display_name(), std::string("Ada"));
        QCOMPARE(progress.members(0).event_count(), quint64(2));
        QCOMPARE(progress.members(0).last_activity_ms(), qint64(20'000) * 86'400'000);

        // The laptop downloads the ciphertexts as they are.
        const auto page = parsed<v1::DownloadResponse>(
            f.call(QStringLiteral("/v1/download"), f.learnerLaptop.token, body(v1::DownloadRequest(), kProtocolVersion)));
        QCOMPARE(page.events_size(), 3);
        QCOMPARE(page.events(0).sealed(), std::string("cipher-1"));
        QCOMPARE(page.events(0).coarse_kind(), v1::COARSE_KIND_DRILL_PRACTISED);
        QCOMPARE(page.events(2).sealed(), std::string("cipher-2"));
    }

    void leadSeesOwnCohortAndSharedProfilesOnly_data() { backends(); }
    void leadSeesOwnCohortAndSharedProfilesOnly()
    {
        GW_FIXTURE(f);
        v1::ShareProfileRequest share;
        share.set_share(true);
        share.set_profile("readiness");
        QCOMPARE(f.call(QStringLiteral("/v1/profile/share"), f.learner.token, body(share)).status, 200);
        const IssuedDevice quiet = f.join(f.cohort.inviteCode, QStringLiteral("Quinn"), 'q');
        Q_UNUSED(quiet);

        const Reply r = f.call(QStringLiteral("/v1/cohort/progress"), f.cohort.lead.token,
                               body(v1::CohortProgressRequest()));
        QCOMPARE(r.status, 200);
        v1::CohortProgressResponse progress;
        QVERIFY(progress.ParseFromArray(r.body.constData(), int(r.body.size())));
        QCOMPARE(progress.cohort_id(), f.cohort.cohort.id.toStdString());
        QCOMPARE(progress.members_size(), 2);
        QCOMPARE(progress.members(0).display_name(), std::string("Ada"));
        QVERIFY(progress.members(0).profile_shared());
        QCOMPARE(progress.members(0).profile(), std::string("readiness"));
        QVERIFY(!progress.members(1).profile_shared());
        QVERIFY(progress.members(1).profile().empty());

        v1::CohortProgressRequest otherCohort;
        otherCohort.set_cohort_id(f.other.cohort.id.toStdString());
        QCOMPARE(errorOf(f.call(QStringLiteral("/v1/cohort/progress"), f.cohort.lead.token, body(otherCohort))),
                 WireError::Forbidden);
    }

    // A lead records learning too, on their own account: their other device gets the lead's
    // own events and none of their learners' (nor another cohort's).
    void leadDownloadsOnlyOwnEvents_data() { backends(); }
    void leadDownloadsOnlyOwnEvents()
    {
        GW_FIXTURE(f);
        const IssuedDevice leadLaptop = f.link(f.cohort.lead);
        const auto upload = [&](const IssuedDevice &device, const QStringList &ids) {
            v1::UploadRequest up;
            for (const QString &id : ids)
                addEvent(up, id);
            return f.call(QStringLiteral("/v1/upload"), device.token, body(up)).status;
        };
        QCOMPARE(upload(f.cohort.lead, {"lead-1", "lead-2"}), 200);
        QCOMPARE(upload(f.learner, {"ada-1", "lead-1"}), 200); // the same id, in another account
        QCOMPARE(upload(f.learnerLaptop, {"ada-2"}), 200);
        QCOMPARE(upload(f.otherLearner, {"bo-1"}), 200);
        QCOMPARE(upload(f.other.lead, {"oz-1"}), 200);

        const auto download = [&](const IssuedDevice &device) {
            return downloadedIds(f.call(QStringLiteral("/v1/download"), device.token, body(v1::DownloadRequest())));
        };
        QCOMPARE(download(leadLaptop), (QStringList{"lead-1", "lead-2"}));
        QCOMPARE(download(f.cohort.lead), QStringList()); // a device is not sent its own events
        QCOMPARE(eventIdsHeld(f.store, f.learner.accountId), (QStringList{"ada-1", "lead-1", "ada-2"})); // ids are per account
    }

    // An admin reads any cohort's progress by naming it. (That a lead may not read another
    // cohort's is checked in leadSeesOwnCohortAndSharedProfilesOnly.)
    void adminReadsAnyCohortsProgress_data() { backends(); }
    void adminReadsAnyCohortsProgress()
    {
        GW_FIXTURE(f);
        const auto progress = [&](const QString &cohortId) {
            v1::CohortProgressRequest p;
            p.set_cohort_id(cohortId.toStdString());
            return f.call(QStringLiteral("/v1/cohort/progress"), f.admin.token, body(p));
        };
        const Reply b = progress(f.other.cohort.id);
        QCOMPARE(b.status, 200);
        QCOMPARE(parsed<v1::CohortProgressResponse>(b).cohort_id(), f.other.cohort.id.toStdString());
        QCOMPARE(memberNames(b), QStringList{"Bo"});
        QCOMPARE(memberNames(progress(f.cohort.cohort.id)), QStringList{"Ada"});
        // An admin belongs to no cohort, so there is no default to fall back on.
        QCOMPARE(errorOf(progress({})), WireError::Malformed);
    }

    // Every endpoint × learner, lead, admin and three callers without a valid credential: a
    // made-up token, none at all, and a token that was real until its device was signed out.
    // Each cell is allowed (200) or refused with the expected code, and a refusal changes
    // nothing the store shows. Join and link/finish take a code instead of a credential: for
    // any caller, the code in the body alone decides what comes back.
    void authorizationMatrix_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("expected"); // WireError, None = allowed
        constexpr WireError ok = WireError::None, no = WireError::Unauthorized;
        const struct
        {
            const char *endpoint;
            WireError learner, lead, admin, stranger, none, revoked;
        } matrix[] = {
            {"/v1/join", ok, ok, ok, ok, ok, ok},
            {"/v1/link/start", ok, ok, ok, no, no, no},
            {"/v1/link/finish", ok, ok, ok, ok, ok, ok},
            {"/v1/devices/revoke", WireError::Forbidden, WireError::Forbidden, ok, no, no, no},
            {"/v1/devices/list", ok, ok, ok, no, no, no},
            {"/v1/upload", ok, ok, WireError::Forbidden, no, no, no},
            {"/v1/download", ok, ok, WireError::Forbidden, no, no, no},
            {"/v1/profile/share", ok, WireError::Forbidden, WireError::Forbidden, no, no, no},
            {"/v1/cohort/progress", WireError::Forbidden, ok, ok, no, no, no},
            {"/v1/account/delete", ok, WireError::Forbidden, WireError::Forbidden, no, no, no},
            {"/v1/lead/roster", WireError::Forbidden, ok, ok, no, no, no},
            {"/v1/lead/group-profile", WireError::Forbidden, ok, ok, no, no, no},
            {"/v1/lead/invite", WireError::Forbidden, ok, ok, no, no, no},
            {"/v1/devices/key", ok, ok, ok, no, no, no},
            {"/v1/recovery/set", ok, WireError::Forbidden, WireError::Forbidden, no, no, no},
            {"/v1/recovery/remove", ok, ok, ok, no, no, no},
            {"/v1/recovery/restore", ok, ok, ok, ok, ok, ok},
            {"/v1/lead/role", WireError::Forbidden, ok, ok, no, no, no},
        };
        QCOMPARE(std::size(matrix), std::size_t(SyncService::endpoints().size()));
        for (const QString &backend : backendNames()) {
            for (const auto &row : matrix) {
                const std::pair<const char *, WireError> cells[] = {
                    {"learner", row.learner}, {"lead", row.lead},  {"admin", row.admin},
                    {"stranger", row.stranger}, {"none", row.none}, {"revoked", row.revoked}};
                for (const auto &[who, expected] : cells) {
                    QTest::addRow("%s %s %s", qPrintable(backend), row.endpoint, who)
                        << backend << QString::fromLatin1(row.endpoint) << QString::fromLatin1(who) << int(expected);
                }
            }
        }
    }
    void authorizationMatrix()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, who);
        QFETCH(int, expected);
        GW_FIXTURE(f);
        const IssuedDevice revoked = f.revokedDevice(); // the learner's old phone
        QVERIFY(!f.store.deviceByToken(credentials::hashSecret(revoked.token)));
        const QString token = who == u"learner"   ? f.learner.token
                              : who == u"lead"    ? f.cohort.lead.token
                              : who == u"admin"   ? f.admin.token
                              : who == u"none"    ? QString()
                              : who == u"revoked" ? revoked.token
                                                  : QStringLiteral("gw1.not-a-real-token");
        QByteArray request;
        if (endpoint == u"/v1/join") {
            // The other cohort's invite: no caller belongs to cohort B, so an answer shaped by
            // the caller's credential would show.
            v1::JoinRequest j;
            j.set_invite_code(f.other.inviteCode.toStdString());
            j.set_display_name("New");
            j.set_request_nonce(std::string(16, 'M'));
            request = body(j);
        } else if (endpoint == u"/v1/link/finish") {
            // A code of the other cohort's learner, who is none of the callers, likewise.
            v1::LinkFinishRequest l;
            l.set_link_code(f.startLink(f.otherLearner).link_code());
            request = body(l);
        } else if (endpoint == u"/v1/devices/revoke") {
            // A device of a learner in the other cohort: only an admin may revoke it.
            v1::RevokeDeviceRequest r;
            r.set_device_id(f.otherLearner.deviceId.toStdString());
            request = body(r);
        } else if (endpoint == u"/v1/upload") {
            v1::UploadRequest u;
            addEvent(u, QStringLiteral("m-1"));
            request = body(u);
        } else if (endpoint == u"/v1/download") {
            request = body(v1::DownloadRequest());
        } else if (endpoint == u"/v1/profile/share") {
            v1::ShareProfileRequest s;
            s.set_share(true);
            request = body(s);
        } else if (endpoint == u"/v1/cohort/progress") {
            v1::CohortProgressRequest p;
            p.set_cohort_id(f.cohort.cohort.id.toStdString());
            request = body(p);
        } else if (endpoint == u"/v1/lead/roster") {
            v1::LeadRosterRequest p;
            p.set_cohort_id(f.cohort.cohort.id.toStdString());
            request = body(p);
        } else if (endpoint == u"/v1/lead/group-profile") {
            v1::LeadGroupProfileRequest p;
            p.set_cohort_id(f.cohort.cohort.id.toStdString());
            request = body(p);
        } else if (endpoint == u"/v1/lead/invite") {
            v1::LeadInviteRequest p;
            p.set_cohort_id(f.cohort.cohort.id.toStdString());
            request = body(p);
        } else if (endpoint == u"/v1/lead/role") { // setting it: a learner never writes
            v1::LeadRoleRequest p;
            p.set_cohort_id(f.cohort.cohort.id.toStdString());
            p.mutable_role()->set_title("Team lead");
            v1::DimensionWeight *w = p.mutable_role()->add_weights();
            w->set_dimension_id("candour-with-care");
            w->set_weight(2);
            request = body(p);
        } else if (endpoint == u"/v1/devices/list") {
            request = body(v1::ListDevicesRequest());
        } else if (endpoint == u"/v1/account/delete") {
            request = body(v1::DeleteAccountRequest());
        } else if (endpoint == u"/v1/recovery/set") {
            v1::SetRecoveryRequest k;
            k.set_verifier_hash(std::string(32, 'h'));
            k.set_wrapped_keyring(std::string(80, 'w'));
            k.set_public_key(std::string(32, 'k'));
            k.set_key_epoch(1);
            k.set_key_mac(std::string(32, 'm'));
            request = body(k);
        } else if (endpoint == u"/v1/recovery/remove") {
            request = body(v1::RemoveRecoveryRequest());
        } else if (endpoint == u"/v1/recovery/restore") {
            // The other cohort's learner's recovery key: its verifier alone decides, as a code does.
            const QByteArray verifier(32, 'v');
            f.store.setRecovery({f.otherLearner.accountId, credentials::recoveryVerifierHash(verifier), QByteArray(80, 'w'),
                                 QByteArray(32, 'k'), 1, QByteArray(32, 'm')},
                                1);
            v1::RestoreRecoveryRequest r;
            r.set_verifier(verifier.toStdString());
            request = body(r);
        } else if (endpoint == u"/v1/devices/key") {
            v1::RegisterDeviceKeyRequest k;
            k.set_public_key(std::string(32, 'k'));
            k.set_key_epoch(1);
            k.set_key_mac(std::string(32, 'm'));
            request = body(k);
        } else {
            request = body(v1::LinkStartRequest());
        }

        // A link code waiting to be used, and everything else a refusal must leave alone.
        const v1::LinkStartResponse pending = f.startLink(f.learner);
        const QStringList before = f.observable({revoked});
        const Reply reply = f.call(endpoint, token, request);

        if (endpoint == u"/v1/join" || endpoint == u"/v1/link/finish" || endpoint == u"/v1/recovery/restore") {
            QCOMPARE(reply.status, 200);
            const auto issued = endpoint == u"/v1/recovery/restore"
                                    ? parsed<v1::RestoreRecoveryResponse>(reply).credential()
                                    : parsed<v1::DeviceCredential>(reply);
            const auto device = f.store.deviceByToken(credentials::hashSecret(QString::fromStdString(issued.device_token())));
            QVERIFY(device);
            QCOMPARE(device->account.cohortId, f.other.cohort.id);
            QCOMPARE(device->account.role, Role::Learner);
            if (endpoint == u"/v1/join") { // a new person in cohort B
                QCOMPARE(device->account.displayName, QStringLiteral("New"));
                QCOMPARE(memberNames(f.call(QStringLiteral("/v1/cohort/progress"), f.other.lead.token,
                                            body(v1::CohortProgressRequest()))),
                         (QStringList{"Bo", "New"}));
            } else { // another device of the code's owner
                QCOMPARE(device->account.id, f.otherLearner.accountId);
            }
        } else if (WireError(expected) == WireError::None) {
            QVERIFY2(reply.status == 200, qPrintable(QStringLiteral("refused with %1").arg(reply.status)));
        } else {
            QCOMPARE(errorOf(reply), WireError(expected));
            QCOMPARE(reply.status, httpStatusFor(WireError(expected)));
            QCOMPARE(f.observable({revoked}), before);
            const auto grant = f.store.takeLinkCode(
                credentials::hashSecret(credentials::normaliseCode(QString::fromStdString(pending.link_code()))));
            QVERIFY(grant);
            QCOMPARE(grant->accountId, f.learner.accountId);
            QCOMPARE(grant->expiresMs, pending.expires_at_ms());
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_sync_service.moc"
