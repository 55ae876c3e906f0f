// libFuzzer target: the cohort server end to end, SyncService::handle over a real SQLite store.
// An input is a script of requests (see fuzzinput.h): which endpoint, which credential, which
// Content-Encoding, a body. The harness knows everything the store holds (one cohort with a
// lead, a learner with two live devices and one revoked, an admin; each input runs in one
// transaction that is rolled back), so it can check the answers, not only that nothing crashed:
//  - every status is one of sync/README.md's, never 500 (storage failing on input is a bug),
//    and every refusal carries an Error whose code maps to that status;
//  - a bad Content-Encoding, a missing or old hello and an unknown credential are refused with
//    exactly the code they call for; unknown paths are 404;
//  - a device list holds exactly the caller's account's live devices, the caller's marked;
//  - role checks: admins neither upload nor download, only learners share, learners never see
//    cohort progress, leads see only their cohort, only owners and admins revoke;
//  - a refused upload (a private event above all) stores nothing; an accepted one stores each
//    new id once; a download returns exactly the other devices' events, field for field, in a
//    form a client accepts;
//  - join nonces, link codes and revoked devices are single-use or dead for good;
//  - profile choices follow "the last choice made wins"; progress counts what was stored.
// A violated rule prints what happened and aborts, which libFuzzer records as a crash.
#include "fuzzinput.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/bodyencoding.h"
#include "protocol/limits.h"
#include "protocol/wirecodec.h"
#include "protocol/wireevent.h"
#include "server/credentials.h"
#include "server/migrations.h"
#include "server/provisioning.h"
#include "server/sqlstore.h"
#include "server/syncservice.h"

#include <google/protobuf/stubs/logging.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace groundwork::sync;
using namespace groundwork::sync::fuzz;

namespace {

constexpr qint64 kStartMs = 1'790'000'000'000; // the clock at set-up and at each input's start
constexpr qint64 kLinkLifetimeMs = ServiceLimits().linkCodeLifetimeMs;

class FuzzClock final : public Clock
{
public:
    qint64 nowMs() const override { return now; }
    qint64 now = kStartMs;
};

struct Device
{
    QString token;
    QString accountId;
    QString deviceId;
    Role role = Role::Learner;
};

Device fromIssued(const IssuedDevice &d)
{
    return Device{d.token, d.accountId, d.deviceId, d.role};
}

// Built once per process: the store and who is in it.
struct World
{
    World()
    {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "sync_service_fuzzer";
            static char *argv[] = {name, nullptr};
            new QCoreApplication(argc, argv); // the SQL driver is a plugin; it wants an application
        }
        google::protobuf::SetLogHandler(nullptr); // malformed strings log a line each
        if (!credentials::initialise())
            qFatal("libsodium failed to start");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sync-fuzz"));
        db.setDatabaseName(QStringLiteral(":memory:")); // nothing to clean up, and fast
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON")))
            qFatal("cannot open an in-memory SQLite database");
        store = std::make_unique<SqlStore>(db, QStringLiteral("sqlite"), sqliteMigrations());

        Provisioning provisioning(*store, clock);
        const NewCohort c = provisioning.createCohort(QStringLiteral("Fuzz cohort"), QStringLiteral("Lee"),
                                                      Provisioning::kDefaultInviteLifetimeMs);
        cohortId = c.cohort.id;
        inviteCode = c.inviteCode;
        inviteExpiresMs = c.cohort.inviteExpiresMs;
        lead = fromIssued(c.lead);
        const IssuedDevice phone = provisioning.createAccountWithDevice(c.cohort.id, Role::Learner,
                                                                        QStringLiteral("Ada"), QStringLiteral("phone"));
        learner = fromIssued(phone);
        const Account ada{phone.accountId, c.cohort.id, Role::Learner, QStringLiteral("Ada")};
        learner2 = fromIssued(provisioning.addDevice(ada, QStringLiteral("laptop")));
        revoked = fromIssued(provisioning.addDevice(ada, QStringLiteral("old phone")));
        store->revokeDevice(revoked.deviceId, clock.now);
        admin = fromIssued(provisioning.createAdmin(QStringLiteral("Root")));

        // The placeholders stand for these; equal lengths keep protobuf bodies valid.
        if (inviteCode.size() != qsizetype(sizeof kInvitePlaceholder) - 1)
            qFatal("invite codes changed length; update kInvitePlaceholder");
        for (const Device *d : {&learner, &learner2, &lead, &admin, &revoked})
            if (d->deviceId.size() != idPlaceholder("x").size() || cohortId.size() != idPlaceholder("x").size())
                qFatal("ids changed length; update idPlaceholder");
    }

    FuzzClock clock;
    std::unique_ptr<SqlStore> store;
    QString cohortId;
    QString inviteCode;
    qint64 inviteExpiresMs = 0;
    Device learner, learner2, lead, admin, revoked;
};

World &world()
{
    static World w;
    return w;
}

template<class M>
bool parse(M &m, const QByteArray &bytes)
{
    return m.ParseFromArray(bytes.constData(), int(bytes.size()));
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// One input: the service and what the harness expects the store to hold meanwhile.
class Session
{
public:
    explicit Session(World &w)
        : m_w(w), m_limiter(w.clock, 5, 60'000), m_service(*w.store, w.clock, m_limiter)
    {
        for (const Device *d : {&w.learner, &w.learner2, &w.lead, &w.admin}) {
            m_live.insert(d->token, *d);
            m_owner.insert(d->deviceId, d->accountId);
            m_tokenOf.insert(d->deviceId, d->token);
            m_roles.insert(d->accountId, d->role);
            m_addedAt.insert(d->deviceId, kStartMs);
        }
        m_owner.insert(w.revoked.deviceId, w.revoked.accountId);
        m_learners.insert(w.learner.accountId);
    }

    void step(int index, InputReader &in);

private:
    struct Held
    {
        WireEvent event;
        QString deviceId; // which server device uploaded it
    };
    struct Grant
    {
        QString accountId;
        qint64 expiresMs = 0;
        bool used = false;
    };

    [[noreturn]] void violation(const char *format, ...) const;
    QString token(Credential c) const;
    void substitute(QByteArray &body) const;
    void checkRefusal(const Reply &r) const;
    void expectFailure(const Reply &r, const Failure &f, const char *what) const;
    void issued(const Reply &r, Role role);

    void linkStart(const Device &me, const Reply &r);
    void linkFinish(const QByteArray &plain, const Reply &r);
    void join(const QByteArray &plain, const Reply &r);
    void revoke(const Device &me, const QByteArray &plain, const Reply &r);
    void devices(const Device &me, const Reply &r);
    void upload(const Device &me, const QByteArray &plain, const Reply &r, quint64 before);
    void download(const Device &me, const QByteArray &plain, const Reply &r);
    void share(const Device &me, const QByteArray &plain, const Reply &r);
    void progress(const Device &me, const QByteArray &plain, const Reply &r);

    World &m_w;
    RateLimiter m_limiter;
    SyncService m_service;

    QHash<QString, Device> m_live;      // token -> device, for every live credential
    QHash<QString, QString> m_owner;    // device id -> account id, revoked devices too
    QHash<QString, QString> m_tokenOf;  // device id -> token
    QHash<QString, qint64> m_addedAt;   // device id -> when it was added
    QHash<QString, Role> m_roles;       // account id -> role
    QSet<QString> m_learners;           // learner accounts of the cohort
    QString m_lastToken, m_lastDevice;  // the newest credential handed out
    QString m_lastLinkCode;
    QHash<QString, Grant> m_grants;     // normalised link code -> its grant
    QSet<QByteArray> m_nonces;          // nonces of joins that succeeded
    QHash<QString, QHash<QString, Held>> m_events; // account -> event id -> first version held
    QHash<QString, ProfileChoice> m_profiles;

    // For the messages of violation().
    int m_index = 0;
    QString m_path;
    Credential m_credential = Credential::None;
    int m_status = 0;
};

void Session::violation(const char *format, ...) const
{
    std::fprintf(stderr, "sync_service_fuzzer: rule broken at step %d (%s, credential %d, status %d): ",
                 m_index, qPrintable(m_path.isEmpty() ? QStringLiteral("<empty path>") : m_path),
                 int(m_credential), m_status);
    va_list args;
    va_start(args, format);
    std::vfprintf(stderr, format, args);
    va_end(args);
    std::fputc('\n', stderr);
    std::abort();
}

QString Session::token(Credential c) const
{
    switch (c) {
    case Credential::Learner: return m_w.learner.token;
    case Credential::Learner2: return m_w.learner2.token;
    case Credential::Lead: return m_w.lead.token;
    case Credential::Admin: return m_w.admin.token;
    case Credential::Bogus: return QStringLiteral("gw1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    case Credential::Revoked: return m_w.revoked.token;
    case Credential::LastIssued: return m_lastToken;
    case Credential::Oversized: return QString(129, QLatin1Char('x'));
    case Credential::None:
    case Credential::Count: break;
    }
    return {};
}

void Session::substitute(QByteArray &body) const
{
    body.replace(kInvitePlaceholder, m_w.inviteCode.toLatin1());
    if (m_lastLinkCode.size() == qsizetype(sizeof kLinkPlaceholder) - 1)
        body.replace(kLinkPlaceholder, m_lastLinkCode.toLatin1());
    const QString ids[] = {m_w.learner.deviceId, m_w.learner2.deviceId, m_w.lead.deviceId,
                           m_w.admin.deviceId, m_w.revoked.deviceId, m_lastDevice, m_w.cohortId};
    static_assert(sizeof ids / sizeof ids[0] == sizeof kIdPlaceholderNames / sizeof kIdPlaceholderNames[0]);
    for (std::size_t i = 0; i < sizeof ids / sizeof ids[0]; ++i)
        if (!ids[i].isEmpty())
            body.replace(idPlaceholder(kIdPlaceholderNames[i]), ids[i].toLatin1());
}

// Any refusal: a documented status, never 500, with an Error body that says the same.
void Session::checkRefusal(const Reply &r) const
{
    static const QSet<int> documented{200, 400, 401, 403, 404, 409, 410, 413, 422, 426, 429};
    if (r.status == 500) {
        const auto f = decodeError(r.body);
        violation("internal error (storage failed on this input): %s",
                  f ? qPrintable(f->message) : "<no Error body>");
    }
    if (!documented.contains(r.status))
        violation("undocumented status");
    if (r.status == 200)
        return;
    const auto f = decodeError(r.body);
    if (!f)
        violation("a refusal without a decodable Error body");
    if (httpStatusFor(f->code) != r.status)
        violation("Error code %d goes with status %d", int(f->code), httpStatusFor(f->code));
    if (f->message.isEmpty())
        violation("a refusal without a message");
}

void Session::expectFailure(const Reply &r, const Failure &f, const char *what) const
{
    const auto got = decodeError(r.body);
    if (r.status != httpStatusFor(f.code) || !got || got->code != f.code)
        violation("%s should be refused with code %d", what, int(f.code));
}

void Session::step(int index, InputReader &in)
{
    const auto path = Path(in.u8() % fuzzPaths().size());
    const auto credential = Credential(in.u8() % std::uint8_t(Credential::Count));
    const std::uint8_t opts = in.u8();
    QByteArray body = in.chunk();
    auto encoding = Encoding(opts & 7);
    if (int(encoding) > int(Encoding::Gzip))
        encoding = Encoding::None;
    switch (TimeStep((opts >> 3) & 3)) {
    case TimeStep::Same: break;
    case TimeStep::OneMinute: m_w.clock.now += 60'000; break;
    case TimeStep::PastLinkCode: m_w.clock.now += kLinkLifetimeMs + 1; break;
    case TimeStep::PastInvite: m_w.clock.now += Provisioning::kDefaultInviteLifetimeMs + 1; break;
    }
    const QString caller = QStringLiteral("10.0.0.%1").arg((opts >> 5) & 3);

    if (encoding != Encoding::RawDeflate)
        substitute(body);
    QByteArray header;
    QByteArray wire = body;
    switch (encoding) {
    case Encoding::None: break;
    case Encoding::Deflate: header = "deflate"; wire = deflateBody(body); break;
    case Encoding::RawDeflate: header = "deflate"; break;
    case Encoding::Identity: header = "identity"; break;
    case Encoding::DeflateSpaced: header = " DEFLATE "; wire = deflateBody(body); break;
    case Encoding::Gzip: header = "gzip"; break;
    }
    const QString bearer = token(credential);

    m_index = index;
    m_path = fuzzPaths().at(int(path));
    m_credential = credential;
    // A copy: revoking its own device removes the caller from m_live.
    const std::optional<Device> me = m_live.contains(bearer) ? std::optional(m_live.value(bearer)) : std::nullopt;
    const quint64 eventsBefore = me ? m_w.store->eventCount(me->accountId) : 0;

    const Reply r = m_service.handle(m_path, bearer, wire, caller, header);
    m_status = r.status;
    // SYNC_FUZZ_TRACE=1: one line per request, to read what a crashing input does.
    static const bool trace = qEnvironmentVariableIsSet("SYNC_FUZZ_TRACE");
    if (trace) {
        const auto f = r.status == 200 ? std::nullopt : decodeError(r.body);
        std::fprintf(stderr, "step %d: %s credential %d encoding %d caller %s body %lld bytes -> %d %s\n", index,
                     qPrintable(m_path), int(credential), int(encoding), qPrintable(caller),
                     qlonglong(body.size()), r.status, f ? qPrintable(f->message) : "");
    }
    checkRefusal(r);

    // What the service decodes once the Content-Encoding is undone.
    QByteArray plain = wire;
    if (!header.isEmpty()) {
        auto decoded = decodeContentEncoding(header, wire, kMaxRequestBytes);
        if (const Failure *f = std::get_if<Failure>(&decoded))
            return expectFailure(r, *f, "a body whose Content-Encoding cannot be undone");
        plain = std::get<QByteArray>(decoded);
    }
    if (path == Path::Unknown || path == Path::Empty || path == Path::TrailingSlash) {
        if (r.status != 404)
            violation("an unknown path answered something else than 404");
        return;
    }
    if (path == Path::Join)
        return join(plain, r);
    if (path == Path::LinkFinish)
        return linkFinish(plain, r);

    // Authenticated endpoints judge the hello, then the credential.
    v1::RequestHead head;
    if (const auto f = decodeRequest(plain, head))
        return expectFailure(r, *f, "a body without an acceptable hello");
    if (!me) {
        if (r.status != 401)
            violation("a dead, unknown or missing credential was not refused with 401");
        return;
    }
    if (r.status == 401)
        violation("a live credential was refused");
    switch (path) {
    case Path::LinkStart: return linkStart(*me, r);
    case Path::Revoke: return revoke(*me, plain, r);
    case Path::Devices: return devices(*me, r);
    case Path::Upload: return upload(*me, plain, r, eventsBefore);
    case Path::Download: return download(*me, plain, r);
    case Path::Share: return share(*me, plain, r);
    case Path::Progress: return progress(*me, plain, r);
    default: return;
    }
}

// A credential handed out by join or link/finish becomes usable, and the newest one is "last".
void Session::issued(const Reply &r, Role role)
{
    v1::DeviceCredential c;
    if (!parse(c, r.body) || c.device_token().empty() || c.device_id().empty())
        violation("a credential reply without a credential");
    if (c.role() != roleName(role).toStdString())
        violation("credential says role %s", c.role().c_str());
    const Device d{qs(c.device_token()), qs(c.account_id()), qs(c.device_id()), role};
    if (m_live.contains(d.token) || m_owner.contains(d.deviceId))
        violation("a credential or device id was handed out twice");
    m_live.insert(d.token, d);
    m_owner.insert(d.deviceId, d.accountId);
    m_tokenOf.insert(d.deviceId, d.token);
    m_roles.insert(d.accountId, d.role);
    m_addedAt.insert(d.deviceId, m_w.clock.now);
    m_lastToken = d.token;
    m_lastDevice = d.deviceId;
}

void Session::join(const QByteArray &plain, const Reply &r)
{
    if (r.status != 200)
        return;
    v1::JoinRequest request;
    if (decodeRequest(plain, request))
        violation("join accepted a body it cannot decode");
    const QByteArray nonce(request.request_nonce().data(), qsizetype(request.request_nonce().size()));
    if (m_nonces.contains(nonce))
        violation("a replayed join nonce was accepted");
    m_nonces.insert(nonce);
    if (credentials::normaliseCode(qs(request.invite_code())) != credentials::normaliseCode(m_w.inviteCode))
        violation("join accepted a wrong invite code");
    if (m_w.clock.now >= m_w.inviteExpiresMs)
        violation("join accepted an expired invite");
    v1::DeviceCredential c;
    parse(c, r.body);
    if (qs(c.cohort_id()) != m_w.cohortId)
        violation("join put the learner in another cohort");
    issued(r, Role::Learner);
    m_learners.insert(qs(c.account_id()));
}

void Session::linkStart(const Device &me, const Reply &r)
{
    if (r.status != 200)
        return;
    v1::LinkStartResponse response;
    if (!parse(response, r.body) || response.link_code().empty())
        violation("link/start answered without a code");
    if (response.expires_at_ms() != m_w.clock.now + kLinkLifetimeMs)
        violation("link code lifetime is not the configured one");
    const QString code = qs(response.link_code());
    const QString key = credentials::normaliseCode(code);
    if (m_grants.contains(key))
        violation("the same link code was issued twice");
    m_grants.insert(key, Grant{me.accountId, response.expires_at_ms(), false});
    m_lastLinkCode = code;
}

void Session::linkFinish(const QByteArray &plain, const Reply &r)
{
    v1::LinkFinishRequest request;
    if (decodeRequest(plain, request)) {
        if (r.status == 200)
            violation("link/finish accepted a body it cannot decode");
        return;
    }
    const QString key = credentials::normaliseCode(qs(request.link_code()));
    const auto grant = m_grants.find(key);
    if (r.status == 410 && grant != m_grants.end())
        grant->used = true; // an expired code is consumed all the same
    if (r.status != 200)
        return;
    if (grant == m_grants.end())
        violation("link/finish accepted a code nobody was given");
    if (grant->used)
        violation("a link code was used twice");
    if (m_w.clock.now >= grant->expiresMs)
        violation("link/finish accepted an expired code");
    grant->used = true;
    v1::DeviceCredential c;
    parse(c, r.body);
    if (qs(c.account_id()) != grant->accountId)
        violation("link/finish linked the device to another account");
    if (!m_roles.contains(grant->accountId))
        violation("harness: a grant for an account it does not know");
    issued(r, m_roles.value(grant->accountId));
}

void Session::revoke(const Device &me, const QByteArray &plain, const Reply &r)
{
    v1::RevokeDeviceRequest request;
    if (decodeRequest(plain, request))
        return;
    const QString target = qs(request.device_id());
    if (target.isEmpty() || target.size() > 64) {
        if (r.status != 400)
            violation("revoke of an empty or overlong device id was not refused as malformed");
        return;
    }
    const auto owner = m_owner.find(target);
    const bool mine = owner != m_owner.end() && *owner == me.accountId;
    const int expected = me.role != Role::Admin && !mine ? 403 : owner == m_owner.end() ? 404 : 200;
    if (r.status != expected)
        violation("revoke of %s answered %d, not %d", qPrintable(target), r.status, expected);
    if (r.status == 200)
        m_live.remove(m_tokenOf.value(target)); // dead for good
}

void Session::devices(const Device &me, const Reply &r)
{
    if (r.status != 200)
        return;
    v1::ListDevicesResponse response;
    if (!parse(response, r.body))
        violation("a device list that cannot be decoded");
    QSet<QString> expected;
    for (const Device &d : std::as_const(m_live))
        if (d.accountId == me.accountId)
            expected.insert(d.deviceId);
    QSet<QString> listed;
    int marked = 0;
    qint64 previous = 0;
    for (const v1::DeviceInfo &d : response.devices()) {
        const QString id = qs(d.device_id());
        if (!expected.contains(id))
            violation("the device list holds %s, not a live device of the caller's account", qPrintable(id));
        if (listed.contains(id))
            violation("the device list holds %s twice", qPrintable(id));
        listed.insert(id);
        if (d.this_device() != (id == me.deviceId))
            violation("the device list marks the wrong device as the caller");
        marked += d.this_device();
        if (d.added_at_ms() != m_addedAt.value(id))
            violation("the device list says %s was added at %lld, not %lld", qPrintable(id),
                      qlonglong(d.added_at_ms()), qlonglong(m_addedAt.value(id)));
        if (d.added_at_ms() < previous)
            violation("the device list is not oldest first");
        previous = d.added_at_ms();
    }
    if (listed.size() != expected.size() || marked != 1)
        violation("the device list holds %lld of the account's %lld live devices", qlonglong(listed.size()),
                  qlonglong(expected.size()));
}

void Session::upload(const Device &me, const QByteArray &plain, const Reply &r, quint64 before)
{
    const quint64 after = m_w.store->eventCount(me.accountId);
    if (me.role == Role::Admin && r.status != 403)
        violation("an admin's upload was not refused");
    if (r.status != 200) {
        if (after != before)
            violation("a refused upload (status %d) changed the stored events from %llu to %llu", r.status,
                      qulonglong(before), qulonglong(after));
        return;
    }
    v1::UploadRequest request;
    v1::UploadResponse response;
    if (decodeRequest(plain, request) || !parse(response, r.body))
        violation("an accepted upload that cannot be decoded");
    if (response.stored_ids_size() != request.events_size())
        violation("upload acknowledged %d of %d events", response.stored_ids_size(), request.events_size());
    auto &held = m_events[me.accountId];
    int i = 0;
    for (const DecodedEvent &d : decodeEvents(request.events())) {
        if (d.event.isPrivate)
            violation("a private event was accepted");
        if (!d.problem.isEmpty())
            violation("an event with a problem was accepted: %s", qPrintable(d.problem));
        if (qs(response.stored_ids(i++)) != d.event.id)
            violation("upload acknowledged another id than sent");
        if (!held.contains(d.event.id)) // the store keeps the first version of an id
            held.insert(d.event.id, Held{d.event, me.deviceId});
    }
    if (after != quint64(held.size()))
        violation("the account holds %llu events, %lld expected", qulonglong(after), qlonglong(held.size()));
}

void Session::download(const Device &me, const QByteArray &plain, const Reply &r)
{
    if (me.role == Role::Admin) {
        if (r.status != 403)
            violation("an admin's download was not refused");
        return;
    }
    if (r.status != 200)
        return;
    v1::DownloadRequest request;
    v1::DownloadResponse response;
    if (decodeRequest(plain, request) || !parse(response, r.body))
        violation("an accepted download that cannot be decoded");
    const quint32 max = request.max_events() == 0 || request.max_events() > kMaxDownloadEvents
                            ? kMaxDownloadEvents
                            : request.max_events();
    if (quint32(response.events_size()) > max)
        violation("download returned %d events, more than %u", response.events_size(), max);
    if (response.next_cursor() < request.cursor())
        violation("download moved the cursor back");
    const auto &held = m_events[me.accountId];
    QSet<QString> seen;
    for (const DecodedEvent &d : decodeEvents(response.events())) {
        if (!d.problem.isEmpty())
            violation("download sent an event a client refuses: %s (id %s, time %lld)", qPrintable(d.problem),
                      qPrintable(d.event.id), qlonglong(d.event.deviceTimeMs));
        const auto h = held.find(d.event.id);
        if (h == held.end())
            violation("download sent an event the account never uploaded: %s", qPrintable(d.event.id));
        if (h->deviceId == me.deviceId)
            violation("download sent a device its own event back");
        if (!(h->event == d.event))
            violation("event %s came back changed (time %lld -> %lld, offset %d -> %d, origin '%s' -> '%s')",
                      qPrintable(d.event.id), qlonglong(h->event.deviceTimeMs), qlonglong(d.event.deviceTimeMs),
                      h->event.utcOffsetMinutes, d.event.utcOffsetMinutes, qPrintable(h->event.originDevice),
                      qPrintable(d.event.originDevice));
        seen.insert(d.event.id);
    }
    // From the start and without more to come: every event of the account's other devices.
    if (request.cursor() == 0 && !response.more()) {
        qsizetype others = 0;
        for (const Held &h : held)
            others += h.deviceId != me.deviceId;
        if (others != seen.size())
            violation("download returned %lld of the %lld events of other devices", qlonglong(seen.size()),
                      qlonglong(others));
    }
    if (me.role == Role::Learner) {
        const ProfileChoice held = m_profiles.value(me.accountId);
        if (!response.has_profile_share() || response.profile_share().shared() != held.shared
            || response.profile_share().chosen_at_ms() != held.chosenAtMs)
            violation("download told another profile choice than the one held");
    }
}

void Session::share(const Device &me, const QByteArray &plain, const Reply &r)
{
    if (me.role != Role::Learner) {
        if (r.status != 403)
            violation("a non-learner's profile share was not refused");
        return;
    }
    if (r.status != 200)
        return;
    v1::ShareProfileRequest request;
    v1::ShareProfileResponse response;
    if (decodeRequest(plain, request) || !parse(response, r.body))
        violation("an accepted share that cannot be decoded");
    const ProfileChoice held = m_profiles.value(me.accountId);
    qint64 chosenAt = request.chosen_at_ms();
    if (chosenAt == 0)
        chosenAt = std::max(held.chosenAtMs, m_w.clock.now);
    const ProfileChoice expected = chosenAt >= held.chosenAtMs ? ProfileChoice{request.share(), chosenAt} : held;
    const ProfileChoice got{response.state().shared(), response.state().chosen_at_ms()};
    if (!(got == expected))
        violation("profile choice is (%d, %lld), (%d, %lld) expected", got.shared, qlonglong(got.chosenAtMs),
                  expected.shared, qlonglong(expected.chosenAtMs));
    m_profiles.insert(me.accountId, got);
}

void Session::progress(const Device &me, const QByteArray &plain, const Reply &r)
{
    v1::CohortProgressRequest request;
    if (decodeRequest(plain, request))
        return;
    const QString asked = qs(request.cohort_id());
    int expected = 200;
    if (me.role == Role::Learner)
        expected = 403;
    else if (me.role == Role::Lead && !asked.isEmpty() && asked != m_w.cohortId)
        expected = 403;
    else if (me.role == Role::Admin && asked.isEmpty())
        expected = 400;
    else if (me.role == Role::Admin && asked != m_w.cohortId)
        expected = 404;
    if (r.status != expected)
        violation("progress for '%s' answered %d, not %d", qPrintable(asked), r.status, expected);
    if (r.status != 200)
        return;
    v1::CohortProgressResponse response;
    if (!parse(response, r.body) || qs(response.cohort_id()) != m_w.cohortId)
        violation("progress of another cohort");
    if (response.members_size() != m_learners.size())
        violation("progress lists %d members, %lld learners expected", response.members_size(),
                  qlonglong(m_learners.size()));
    for (const v1::MemberProgress &m : response.members()) {
        const QString account = qs(m.account_id());
        if (!m_learners.contains(account))
            violation("progress lists someone who is not a learner of the cohort");
        if (m.event_count() != quint64(m_events.value(account).size()))
            violation("progress counts %llu events, %lld stored", qulonglong(m.event_count()),
                      qlonglong(m_events.value(account).size()));
        if (m.profile_shared() != m_profiles.value(account).shared)
            violation("progress says the profile is %sshared", m.profile_shared() ? "" : "not ");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    World &w = world();
    w.clock.now = kStartMs;
    InputReader in(data, size);
    // Everything the input does is rolled back, so each input starts from the same store.
    w.store->transaction([&] {
        Session session(w);
        for (int i = 0; i < kMaxSteps && !in.empty(); ++i)
            session.step(i, in);
        return false;
    });
    if (w.store->eventCount(w.learner.accountId) != 0)
        qFatal("sync_service_fuzzer: an input's changes outlived its rollback");
    return 0;
}
