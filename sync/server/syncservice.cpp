// SyncService: reading a request, who is asking, and the endpoints of learning (upload,
// download, sharing a profile, a cohort's progress). Joining, linking and devices are in
// identityendpoints.cpp.
#include "server/syncservice.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "lead/leadtrack.h"
#include "protocol/bodyencoding.h"
#include "protocol/limits.h"
#include "protocol/protocolversion.h"
#include "server/credentials.h"
#include "server/groupcommit.h"
#include "server/servicereplies.h"

#include <QDebug>

#include <algorithm>

namespace groundwork::sync {

using replies::fail;
using replies::ok;
using replies::qs;

namespace {

// Upload and download carry the account's own learning, of which an administrator has none:
// refused before the body is read.
template <class Request>
std::optional<Failure> decodeOwnLearning(const AuthenticatedDevice &device, QByteArrayView body, Request &request)
{
    if (device.account.role == Role::Admin)
        return Failure{WireError::Forbidden, QStringLiteral("Administrator accounts do not record learning.")};
    return decodeRequest(body, request);
}

void fillProfileShare(const ProfileChoice &choice, v1::ProfileShareState *out)
{
    out->set_shared(choice.shared);
    out->set_chosen_at_ms(choice.chosenAtMs);
}

const QString kJoin = QStringLiteral("/v1/join");
const QString kLinkStart = QStringLiteral("/v1/link/start");
const QString kLinkFinish = QStringLiteral("/v1/link/finish");
const QString kRevoke = QStringLiteral("/v1/devices/revoke");
const QString kDevices = QStringLiteral("/v1/devices/list");
const QString kUpload = QStringLiteral("/v1/upload");
const QString kDownload = QStringLiteral("/v1/download");
const QString kShare = QStringLiteral("/v1/profile/share");
const QString kProgress = QStringLiteral("/v1/cohort/progress");
const QString kDeleteAccount = QStringLiteral("/v1/account/delete");
const QString kLeadRoster = QStringLiteral("/v1/lead/roster");
const QString kLeadGroupProfile = QStringLiteral("/v1/lead/group-profile");
const QString kLeadInvite = QStringLiteral("/v1/lead/invite");
const QString kDeviceKey = QStringLiteral("/v1/devices/key");
const QString kRecoverySet = QStringLiteral("/v1/recovery/set");
const QString kRecoveryRemove = QStringLiteral("/v1/recovery/remove");
const QString kRecoveryRestore = QStringLiteral("/v1/recovery/restore");
const QString kLeadRole = QStringLiteral("/v1/lead/role");

} // namespace

SyncService::SyncService(Store &store, const Clock &clock, RateLimiter &codeGuesses, ServiceLimits limits)
    : m_store(store), m_clock(clock), m_codeGuesses(codeGuesses), m_limits(limits),
      m_provisioning(store, clock)
{
}

QStringList SyncService::endpoints()
{
    return {kJoin, kLinkStart, kLinkFinish, kRevoke, kDevices, kUpload, kDownload, kShare, kProgress,
            kDeleteAccount, kLeadRoster, kLeadGroupProfile, kLeadInvite, kDeviceKey, kRecoverySet,
            kRecoveryRemove, kRecoveryRestore, kLeadRole};
}

bool SyncService::storeReachable()
{
    try {
        return m_store.ping();
    } catch (const std::exception &) {
        return false;
    }
}

std::variant<QByteArray, Reply> SyncService::decodeBody(QByteArrayView contentEncoding, QByteArrayView body)
{
    if (contentEncoding.isEmpty())
        return body.toByteArray();
    try {
        auto decoded = decodeContentEncoding(contentEncoding, body, kMaxRequestBytes);
        if (const Failure *failure = std::get_if<Failure>(&decoded))
            return fail(*failure);
        return std::move(std::get<QByteArray>(decoded));
    } catch (const std::exception &e) {
        qWarning("groundwork-server: %s", e.what());
        return fail(WireError::Internal, QStringLiteral("The server could not complete the request; try again later."));
    }
}

Reply SyncService::handle(const QString &path, const QString &bearerToken, QByteArrayView body,
                          const QString &caller, QByteArrayView contentEncoding)
{
    try {
        if (contentEncoding.isEmpty())
            return dispatch(path, bearerToken, body, caller);
        auto decoded = decodeBody(contentEncoding, body);
        if (const Reply *refusal = std::get_if<Reply>(&decoded))
            return *refusal;
        return dispatch(path, bearerToken, std::get<QByteArray>(decoded), caller);
    } catch (const std::exception &e) {
        qWarning("groundwork-server: %s", e.what());
        return internalError();
    }
}

Reply SyncService::internalError()
{
    m_store.ping(); // reconnects if the connection broke, so the client's retry can succeed
    return fail(WireError::Internal, QStringLiteral("The server could not complete the request; try again later."));
}

void SyncService::handleLater(const QString &path, const QString &bearerToken, QByteArrayView body,
                              const QString &caller, QByteArrayView contentEncoding, ReplyHandler done)
{
    // Every answer, not only an upload's: a download must not show events a power cut could
    // still take back (their sequence numbers would be given again, past the device's cursor).
    done = [this, done = std::move(done)](Reply reply) {
        m_store.whenDurable([done, reply = std::move(reply)](bool onDisk) mutable {
            if (!onDisk) {
                const QString deviceId = reply.deviceId; // still named in the access log
                reply = fail(WireError::Internal, QStringLiteral("The server could not store the request; try again later."));
                reply.deviceId = deviceId;
            }
            done(std::move(reply));
        });
    };
    if (!m_commits || path != kUpload) {
        done(handle(path, bearerToken, body, caller, contentEncoding));
        return;
    }
    QByteArray decoded;
    if (!contentEncoding.isEmpty()) {
        auto result = decodeBody(contentEncoding, body);
        if (const Reply *refusal = std::get_if<Reply>(&result)) {
            done(*refusal);
            return;
        }
        decoded = std::move(std::get<QByteArray>(result));
        body = decoded;
    }
    if (!m_store.findsDevicesTogether()) {
        submitUpload(bearerToken, body, nullptr, done);
        return;
    }
    if (decoded.isNull())
        decoded = body.toByteArray(); // the request's body goes with the request
    // Signed in together with the uploads the event loop reads meanwhile: one look-up for all.
    m_awaitingSignIn.append({bearerToken, std::move(decoded), std::move(done)});
    if (!m_signInScheduled) {
        m_signInScheduled = true;
        QMetaObject::invokeMethod(m_commits, [this] { signInWaiting(); }, Qt::QueuedConnection);
    }
}

void SyncService::signInWaiting()
{
    m_signInScheduled = false;
    const QList<AwaitingSignIn> waiting = std::exchange(m_awaitingSignIn, {});
    QList<QByteArray> hashes;
    for (const AwaitingSignIn &upload : waiting)
        if (const auto hash = tokenHash(upload.bearerToken))
            hashes.append(*hash);
    QHash<QByteArray, AuthenticatedDevice> devices;
    try {
        devices = m_store.devicesByToken(hashes);
    } catch (const std::exception &e) {
        qWarning("groundwork-server: %s", e.what());
        const Reply failed = internalError();
        for (const AwaitingSignIn &upload : waiting)
            upload.done(failed);
        return;
    }
    for (const AwaitingSignIn &upload : waiting)
        submitUpload(upload.bearerToken, upload.body, &devices, upload.done);
}

void SyncService::submitUpload(const QString &bearerToken, QByteArrayView body,
                               const QHash<QByteArray, AuthenticatedDevice> *signedInDevices, const ReplyHandler &done)
{
    std::optional<PendingUpload> pending;
    Reply refused;
    try {
        auto device = signedIn(kUpload, bearerToken, body, signedInDevices);
        if (Reply *reply = std::get_if<Reply>(&device)) {
            done(std::move(*reply));
            return;
        }
        auto judged = judgeUpload(std::get<AuthenticatedDevice>(device), body);
        if (Reply *reply = std::get_if<Reply>(&judged))
            refused = std::move(*reply);
        else
            pending = std::move(std::get<PendingUpload>(judged));
        refused.deviceId = std::get<AuthenticatedDevice>(device).deviceId;
    } catch (const std::exception &e) {
        qWarning("groundwork-server: %s", e.what());
        done(internalError());
        return;
    }
    if (!pending) {
        done(std::move(refused));
        return;
    }
    const QString deviceId = pending->deviceId;
    const QString accountId = pending->accountId;
    m_commits->submit(
        accountId, [this, upload = std::move(*pending)] { return storeUpload(upload); },
        [deviceId, done](Reply reply, bool committed) {
            if (!committed) // the group commit already reconnected if it must
                reply = fail(WireError::Internal, QStringLiteral("The server could not store the upload; try again later."));
            reply.deviceId = deviceId;
            done(std::move(reply));
        });
}

std::optional<QByteArray> SyncService::tokenHash(const QString &bearerToken)
{
    if (bearerToken.isEmpty() || bearerToken.size() > 128)
        return std::nullopt;
    return credentials::hashSecret(bearerToken);
}

std::optional<AuthenticatedDevice> SyncService::authenticate(const QString &bearerToken,
                                                             const QHash<QByteArray, AuthenticatedDevice> *signedInDevices)
{
    const auto hash = tokenHash(bearerToken);
    if (!hash)
        return std::nullopt;
    std::optional<AuthenticatedDevice> device;
    if (!signedInDevices)
        device = m_store.deviceByToken(*hash);
    else if (const auto found = signedInDevices->constFind(*hash); found != signedInDevices->cend())
        device = *found;
    // The lookup is by hash; the constant-time check guards against a store that matched loosely.
    if (!device || !credentials::sameHash(device->tokenHash, *hash))
        return std::nullopt;
    return device;
}

std::variant<Reply, AuthenticatedDevice> SyncService::signedIn(const QString &path, const QString &bearerToken,
                                                               QByteArrayView body,
                                                               const QHash<QByteArray, AuthenticatedDevice> *signedInDevices)
{
    if (!endpoints().contains(path))
        return fail(WireError::NotFound, QStringLiteral("no such endpoint"));
    // Judge size and protocol version before credentials, so an old app always learns it
    // must update, whatever else is wrong.
    v1::RequestHead head;
    if (auto failure = decodeRequest(body, head))
        return fail(*failure);
    auto device = authenticate(bearerToken, signedInDevices);
    if (!device)
        return fail(WireError::Unauthorized,
                    QStringLiteral("This device is not signed in to the cohort server (its credential is unknown or revoked)."));
    return std::move(*device);
}

Reply SyncService::dispatch(const QString &path, const QString &bearerToken, QByteArrayView body,
                            const QString &caller)
{
    if (path == kJoin)
        return join(body, caller);
    if (path == kLinkFinish)
        return linkFinish(body, caller);
    if (path == kRecoveryRestore)
        return restoreRecovery(body, caller);
    auto device = signedIn(path, bearerToken, body);
    if (Reply *refused = std::get_if<Reply>(&device))
        return std::move(*refused);
    const AuthenticatedDevice &signedInDevice = std::get<AuthenticatedDevice>(device);
    Reply reply = route(path, signedInDevice, body);
    reply.deviceId = signedInDevice.deviceId; // for the access log (as a hash), never sent back
    return reply;
}

Reply SyncService::route(const QString &path, const AuthenticatedDevice &device, QByteArrayView body)
{
    if (path == kLinkStart)
        return linkStart(device, body);
    if (path == kRevoke)
        return revokeDevice(device, body);
    if (path == kDevices)
        return listDevices(device, body);
    if (path == kUpload)
        return upload(device, body);
    if (path == kDownload)
        return download(device, body);
    if (path == kShare)
        return shareProfile(device, body);
    if (path == kDeleteAccount)
        return deleteAccount(device, body);
    if (path == kLeadRoster)
        return leadRoster(device, body);
    if (path == kLeadGroupProfile)
        return leadGroupProfile(device, body);
    if (path == kLeadInvite)
        return leadInvite(device, body);
    if (path == kDeviceKey)
        return registerDeviceKey(device, body);
    if (path == kRecoverySet)
        return setRecovery(device, body);
    if (path == kRecoveryRemove)
        return removeRecovery(device, body);
    if (path == kLeadRole)
        return leadRole(device, body);
    return cohortProgress(device, body);
}

Reply SyncService::upload(const AuthenticatedDevice &device, QByteArrayView body)
{
    auto judged = judgeUpload(device, body);
    if (Reply *refused = std::get_if<Reply>(&judged))
        return std::move(*refused);
    Reply reply;
    m_store.transaction([&] {
        reply = storeUpload(std::get<PendingUpload>(judged));
        return reply.status == 200;
    });
    return reply;
}

std::variant<Reply, SyncService::PendingUpload> SyncService::judgeUpload(const AuthenticatedDevice &device,
                                                                         QByteArrayView body)
{
    v1::UploadRequest request;
    if (auto failure = decodeOwnLearning(device, body, request))
        return fail(*failure);
    if (request.events_size() > kMaxEventsPerUpload)
        return fail(WireError::TooLarge, QStringLiteral("at most %1 events per upload").arg(kMaxEventsPerUpload));
    PendingUpload upload{device.account.id, device.deviceId, {}};
    upload.events.reserve(request.events_size());
    // Judge the whole batch before storing any of it: a refused batch changes nothing.
    const bool sealsEverything = request.hello().protocol_version() >= kSealedEventsProtocolVersion;
    for (DecodedEvent &d : decodeEvents(request.events())) {
        if (d.event.isSealed() && d.problem.isEmpty()) {
            // A milestone names its track in clear only when the track is public.
            if (!d.event.publicTrackId.isEmpty() && !lead::isPublicTrack(d.event.publicTrackId))
                return fail(WireError::PrivateEvent, QStringLiteral("Only finishing a public track is told to the server; "
                                                                    "the batch was refused."));
            upload.events.append(std::move(d.event)); // private or not, the server cannot read it
            continue;
        }
        if (sealsEverything && d.problem.isEmpty())
            return fail(WireError::Malformed, QStringLiteral("This app version encrypts every answer; "
                                                             "a readable answer was refused."));
        // A reflection is the learner's own writing: refused by its kind, whatever its flag says.
        if (d.event.isPrivate || isReflectionKind(d.event.kind))
            return fail(WireError::PrivateEvent, QStringLiteral("Reflections and private-track answers never leave the device; "
                                                                "the batch was refused."));
        if (!d.problem.isEmpty())
            return fail(WireError::Malformed, d.problem);
        upload.events.append(std::move(d.event));
    }
    return upload;
}

Reply SyncService::storeUpload(const PendingUpload &upload)
{
    // Counted before storing, so a retried batch the account already holds passes only if it
    // fits: the quotas are far above any learner's use, so that costs no one.
    const Store::AccountUsage usage = m_store.accountUsage(upload.accountId);
    if (usage.events + quint64(upload.events.size()) > quint64(m_limits.maxAccountEvents))
        return fail(WireError::TooLarge, QStringLiteral("This account holds as many answers as the server keeps (%1); "
                                                        "ask your administrator.").arg(m_limits.maxAccountEvents));
    quint64 bytes = 0;
    for (const WireEvent &e : upload.events)
        bytes += quint64(e.payload.size() + e.sealed.size());
    if (usage.bytes + bytes > quint64(m_limits.maxAccountBytes))
        return fail(WireError::TooLarge, QStringLiteral("This account's storage on the server is full (%1 MiB); "
                                                        "ask your administrator.")
                                             .arg(m_limits.maxAccountBytes / (1024 * 1024)));
    const QStringList held = m_store.storeEvents(upload.accountId, upload.deviceId, upload.events, m_clock.nowMs());
    v1::UploadResponse response;
    for (const QString &id : held)
        response.add_stored_ids(id.toStdString());
    return ok(response);
}

Reply SyncService::download(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::DownloadRequest request;
    if (auto failure = decodeOwnLearning(device, body, request))
        return fail(*failure);
    quint32 max = request.max_events();
    if (max == 0 || max > kMaxDownloadEvents)
        max = kMaxDownloadEvents;
    const EventPage page = m_store.eventsForOtherDevices(device.account.id, device.deviceId,
                                                         request.cursor(), int(max));
    v1::DownloadResponse response;
    quint64 cursor = request.cursor();
    QList<WireEvent> events;
    events.reserve(page.events.size());
    for (const StoredEvent &s : page.events) {
        events.append(s.event);
        cursor = s.seq;
    }
    encodeEvents(events, response.mutable_events());
    response.set_next_cursor(cursor);
    response.set_more(page.more);
    // A learner's devices learn the account's sharing choice as they sync (on every page: a
    // device adopts it when it is newer than its own).
    if (device.account.role == Role::Learner)
        fillProfileShare(m_store.profileChoice(device.account.id), response.mutable_profile_share());
    // Key rotation: epochs this device confirms it holds are dropped; the rest travel on every
    // page (a few hundred bytes) until confirmed, so a device never meets an event sealed under
    // an epoch it was not yet offered.
    if (request.held_key_epoch() > 0)
        m_store.dropKeyEnvelopes(device.deviceId, request.held_key_epoch());
    for (const KeyEnvelopeRecord &e : m_store.keyEnvelopes(device.deviceId)) {
        v1::KeyEnvelope *out = response.add_key_envelopes();
        out->set_device_id(e.deviceId.toStdString());
        out->set_epoch(e.epoch);
        out->set_envelope(e.envelope.toStdString());
    }
    if (device.account.role == Role::Learner)
        if (const auto departed = m_store.departedWithNewestKey(device.account.id))
            response.set_key_rotation_due(departed->toStdString());
    // The role the cohort trains for, once per round (its last page): members measure against it.
    if (device.account.role == Role::Learner && !page.more)
        if (auto role = cohortRoleOf(device.account.cohortId))
            *response.mutable_cohort_role() = *role;
    return ok(response);
}

Reply SyncService::shareProfile(const AuthenticatedDevice &device, QByteArrayView body)
{
    if (device.account.role != Role::Learner)
        return fail(WireError::Forbidden, QStringLiteral("Only learners share a readiness profile."));
    v1::ShareProfileRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    if (request.profile().size() > std::size_t(kMaxProfileBytes))
        return fail(WireError::TooLarge, QStringLiteral("the profile is larger than %1 bytes").arg(kMaxProfileBytes));
    if (request.chosen_at_ms() < 0)
        return fail(WireError::Malformed, QStringLiteral("a choice cannot be made before 1970"));
    std::optional<QByteArray> profile;
    if (request.share())
        profile = QByteArray(request.profile().data(), qsizetype(request.profile().size()));
    // The last choice made wins, whichever of the learner's devices made it. A stale one (made
    // before the choice held) is not applied; the answer says what holds, for the device to adopt.
    ProfileChoice now;
    m_store.transaction([&] {
        qint64 chosenAt = request.chosen_at_ms();
        if (chosenAt == 0) // an app that predates choice times: its request is the newest choice
            chosenAt = std::max(m_store.profileChoice(device.account.id).chosenAtMs, m_clock.nowMs());
        now = m_store.chooseProfileSharing(device.account.id, profile, chosenAt);
        return true;
    });
    v1::ShareProfileResponse response;
    fillProfileShare(now, response.mutable_state());
    return ok(response);
}

Reply SyncService::cohortProgress(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::CohortProgressRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    QString cohortId = qs(request.cohort_id());
    switch (device.account.role) {
    case Role::Learner:
        return fail(WireError::Forbidden, QStringLiteral("Only the cohort lead sees the cohort's progress."));
    case Role::Lead:
        if (cohortId.isEmpty())
            cohortId = device.account.cohortId;
        if (cohortId != device.account.cohortId)
            return fail(WireError::Forbidden, QStringLiteral("A lead sees only their own cohort."));
        break;
    case Role::Admin:
        if (cohortId.isEmpty())
            return fail(WireError::Malformed, QStringLiteral("name the cohort"));
        break;
    }
    const auto cohort = m_store.cohort(cohortId);
    if (!cohort)
        return fail(WireError::NotFound, QStringLiteral("no such cohort"));
    v1::CohortProgressResponse response;
    response.set_cohort_id(cohort->id.toStdString());
    response.set_cohort_name(cohort->name.toStdString());
    for (const MemberSummary &m : m_store.cohortMembers(cohort->id)) {
        v1::MemberProgress *out = response.add_members();
        out->set_account_id(m.accountId.toStdString());
        out->set_display_name(m.displayName.toStdString());
        out->set_event_count(m.eventCount);
        out->set_last_activity_ms(m.lastActivityMs);
        out->set_profile_shared(m.sharedProfile.has_value());
        if (m.sharedProfile)
            out->set_profile(m.sharedProfile->constData(), std::size_t(m.sharedProfile->size()));
    }
    return ok(response);
}

} // namespace groundwork::sync
