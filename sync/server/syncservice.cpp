#include "server/syncservice.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/bodyencoding.h"
#include "protocol/limits.h"
#include "server/credentials.h"

#include <QDebug>

#include <algorithm>

namespace groundwork::sync {

namespace {

Reply fail(WireError code, const QString &message)
{
    return Reply{httpStatusFor(code), encodeError(Failure{code, message}), {}};
}

Reply fail(const Failure &failure)
{
    return Reply{httpStatusFor(failure.code), encodeError(failure), {}};
}

Reply ok(const google::protobuf::MessageLite &message)
{
    return Reply{200, serialize(message), {}};
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Display and device names: present, short, valid UTF-8 (protobuf-lite does not check).
bool acceptableName(const std::string &name, bool required)
{
    if (name.empty())
        return !required;
    return name.size() <= std::size_t(kMaxNameLength) * 4
           && QUtf8StringView(name.data(), qsizetype(name.size())).isValidUtf8()
           && qs(name).size() <= kMaxNameLength;
}

void fillCredential(const IssuedDevice &issued, const QString &cohortName, const QString &displayName,
                    v1::DeviceCredential *out)
{
    out->set_cohort_name(cohortName.toStdString());
    out->set_display_name(displayName.toStdString());
    out->set_account_id(issued.accountId.toStdString());
    out->set_device_id(issued.deviceId.toStdString());
    out->set_device_token(issued.token.toStdString());
    out->set_role(roleName(issued.role).toStdString());
    out->set_cohort_id(issued.cohortId.toStdString());
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

} // namespace

SyncService::SyncService(Store &store, const Clock &clock, RateLimiter &codeGuesses, ServiceLimits limits)
    : m_store(store), m_clock(clock), m_codeGuesses(codeGuesses), m_limits(limits),
      m_provisioning(store, clock)
{
}

QStringList SyncService::endpoints()
{
    return {kJoin, kLinkStart, kLinkFinish, kRevoke, kDevices, kUpload, kDownload, kShare, kProgress};
}

bool SyncService::storeReachable()
{
    try {
        return m_store.ping();
    } catch (const std::exception &) {
        return false;
    }
}

Reply SyncService::handle(const QString &path, const QString &bearerToken, QByteArrayView body,
                          const QString &caller, QByteArrayView contentEncoding)
{
    try {
        if (contentEncoding.isEmpty())
            return dispatch(path, bearerToken, body, caller);
        auto decoded = decodeContentEncoding(contentEncoding, body, kMaxRequestBytes);
        if (const Failure *failure = std::get_if<Failure>(&decoded))
            return fail(*failure);
        return dispatch(path, bearerToken, std::get<QByteArray>(decoded), caller);
    } catch (const std::exception &e) {
        qWarning("groundwork-server: %s", e.what());
        m_store.ping(); // reconnects if the connection broke, so the client's retry can succeed
        return fail(WireError::Internal, QStringLiteral("The server could not complete the request; try again later."));
    }
}

std::optional<AuthenticatedDevice> SyncService::authenticate(const QString &bearerToken)
{
    if (bearerToken.isEmpty() || bearerToken.size() > 128)
        return std::nullopt;
    const QByteArray hash = credentials::hashSecret(bearerToken);
    auto device = m_store.deviceByToken(hash);
    // The lookup is by hash; the constant-time check guards against a store that matched loosely.
    if (!device || !credentials::sameHash(device->tokenHash, hash))
        return std::nullopt;
    return device;
}

Reply SyncService::dispatch(const QString &path, const QString &bearerToken, QByteArrayView body,
                            const QString &caller)
{
    if (path == kJoin)
        return join(body, caller);
    if (path == kLinkFinish)
        return linkFinish(body, caller);
    if (!endpoints().contains(path))
        return fail(WireError::NotFound, QStringLiteral("no such endpoint"));

    // Judge size and protocol version before credentials, so an old app always learns it
    // must update, whatever else is wrong.
    v1::RequestHead head;
    if (auto failure = decodeRequest(body, head))
        return fail(*failure);
    const auto device = authenticate(bearerToken);
    if (!device)
        return fail(WireError::Unauthorized,
                    QStringLiteral("This device is not signed in to the cohort server (its credential is unknown or revoked)."));

    Reply reply = route(path, *device, body);
    reply.deviceId = device->deviceId; // for the access log (as a hash), never sent back
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
    return cohortProgress(device, body);
}

Reply SyncService::join(QByteArrayView body, const QString &caller)
{
    v1::JoinRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    if (!m_codeGuesses.allowed(caller))
        return fail(WireError::RateLimited, QStringLiteral("Too many wrong codes; wait a minute and try again."));
    const auto nonceSize = request.request_nonce().size();
    if (nonceSize < std::size_t(kMinNonceBytes) || nonceSize > std::size_t(kMaxNonceBytes)
        || !acceptableName(request.display_name(), true) || !acceptableName(request.device_name(), false)
        || request.invite_code().size() > 64)
        return fail(WireError::Malformed, QStringLiteral("join needs a name, a device name and a request nonce"));

    const QString code = credentials::normaliseCode(qs(request.invite_code()));
    const auto cohort = m_store.cohortByInvite(credentials::hashSecret(code));
    if (!cohort) {
        m_codeGuesses.recordFailure(caller);
        return fail(WireError::NotFound, QStringLiteral("This invite code is not known; check it with your cohort lead."));
    }
    if (cohort->inviteExpiresMs <= m_clock.nowMs())
        return fail(WireError::Expired, QStringLiteral("This invite code has expired; ask your cohort lead for a new one."));
    if (m_store.learnerCount(cohort->id) >= quint64(m_limits.maxCohortMembers))
        return fail(WireError::Forbidden, QStringLiteral("This cohort is full (%1 learners); ask your cohort lead.")
                                              .arg(m_limits.maxCohortMembers));

    const QByteArray nonce(request.request_nonce().data(), qsizetype(nonceSize));
    IssuedDevice issued;
    const bool fresh = m_store.transaction([&] {
        if (!m_store.rememberNonce(nonce, m_clock.nowMs()))
            return false;
        issued = m_provisioning.createAccountWithDevice(cohort->id, Role::Learner,
                                                        qs(request.display_name()),
                                                        qs(request.device_name()));
        return true;
    });
    if (!fresh)
        return fail(WireError::Replayed, QStringLiteral("This join request was already handled."));
    v1::DeviceCredential response;
    fillCredential(issued, cohort->name, qs(request.display_name()), &response);
    return ok(response);
}

Reply SyncService::linkStart(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::LinkStartRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    if (m_store.openLinkCodes(device.account.id, m_clock.nowMs()) >= quint64(m_limits.maxOpenLinkCodes))
        return fail(WireError::RateLimited,
                    QStringLiteral("%1 link codes are already waiting; use one, or wait until they expire.")
                        .arg(m_limits.maxOpenLinkCodes));
    const QString code = credentials::newCode(Provisioning::kLinkCodeLength);
    const qint64 expires = m_clock.nowMs() + m_limits.linkCodeLifetimeMs;
    m_store.createLinkCode(credentials::hashSecret(credentials::normaliseCode(code)),
                           device.account.id, expires);
    v1::LinkStartResponse response;
    response.set_link_code(code.toStdString());
    response.set_expires_at_ms(expires);
    return ok(response);
}

Reply SyncService::linkFinish(QByteArrayView body, const QString &caller)
{
    v1::LinkFinishRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    if (!m_codeGuesses.allowed(caller))
        return fail(WireError::RateLimited, QStringLiteral("Too many wrong codes; wait a minute and try again."));
    if (!acceptableName(request.device_name(), false) || request.link_code().size() > 64)
        return fail(WireError::Malformed, QStringLiteral("link needs a code and a short device name"));

    const QString code = credentials::normaliseCode(qs(request.link_code()));
    std::optional<IssuedDevice> issued;
    QString displayName;
    WireError problem = WireError::None;
    m_store.transaction([&] {
        const auto grant = m_store.takeLinkCode(credentials::hashSecret(code));
        if (!grant) {
            problem = WireError::NotFound;
            return true;
        }
        if (grant->expiresMs <= m_clock.nowMs()) {
            problem = WireError::Expired;
            return true; // the expired code is consumed all the same
        }
        const auto account = m_store.account(grant->accountId);
        if (!account) {
            problem = WireError::NotFound;
            return false;
        }
        issued = m_provisioning.addDevice(*account, qs(request.device_name()));
        displayName = account->displayName;
        return true;
    });
    if (problem == WireError::Expired)
        return fail(WireError::Expired, QStringLiteral("This link code has expired; make a new one on your other device."));
    if (!issued) {
        m_codeGuesses.recordFailure(caller);
        return fail(WireError::NotFound, QStringLiteral("This link code is not known or was already used."));
    }
    v1::DeviceCredential response;
    const auto cohort = issued->cohortId.isEmpty() ? std::nullopt : m_store.cohort(issued->cohortId);
    fillCredential(*issued, cohort ? cohort->name : QString(), displayName, &response);
    return ok(response);
}

Reply SyncService::revokeDevice(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::RevokeDeviceRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    const QString target = qs(request.device_id());
    if (target.isEmpty() || target.size() > 64)
        return fail(WireError::Malformed, QStringLiteral("name the device to revoke"));
    const auto owner = m_store.deviceAccount(target);
    if (device.account.role != Role::Admin && owner != device.account.id)
        return fail(WireError::Forbidden, QStringLiteral("You can only sign out your own devices."));
    if (!owner)
        return fail(WireError::NotFound, QStringLiteral("no such device"));
    m_store.revokeDevice(target, m_clock.nowMs());
    return ok(v1::RevokeDeviceResponse());
}

Reply SyncService::listDevices(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::ListDevicesRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    v1::ListDevicesResponse response;
    for (const DeviceSummary &d : m_store.activeDevices(device.account.id)) {
        v1::DeviceInfo *info = response.add_devices();
        info->set_device_id(d.id.toStdString());
        info->set_name(d.name.toStdString());
        info->set_added_at_ms(d.createdMs);
        info->set_this_device(d.id == device.deviceId);
    }
    return ok(response);
}

Reply SyncService::upload(const AuthenticatedDevice &device, QByteArrayView body)
{
    if (device.account.role == Role::Admin)
        return fail(WireError::Forbidden, QStringLiteral("Administrator accounts do not record learning."));
    v1::UploadRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    if (request.events_size() > kMaxEventsPerUpload)
        return fail(WireError::TooLarge, QStringLiteral("at most %1 events per upload").arg(kMaxEventsPerUpload));
    QList<WireEvent> events;
    events.reserve(request.events_size());
    // Judge the whole batch before storing any of it: a refused batch changes nothing.
    for (DecodedEvent &d : decodeEvents(request.events())) {
        if (d.event.isPrivate)
            return fail(WireError::PrivateEvent, QStringLiteral("Private reflections never leave the device; the batch was refused."));
        if (!d.problem.isEmpty())
            return fail(WireError::Malformed, d.problem);
        events.append(std::move(d.event));
    }
    // Counted before storing, so a retried batch the account already holds passes only if it
    // fits: the quota is far above any learner's use, so that costs no one.
    if (m_store.eventCount(device.account.id) + quint64(events.size()) > quint64(m_limits.maxAccountEvents))
        return fail(WireError::TooLarge, QStringLiteral("This account holds as many answers as the server keeps (%1); "
                                                        "ask your administrator.").arg(m_limits.maxAccountEvents));
    const QStringList held = m_store.storeEvents(device.account.id, device.deviceId, events, m_clock.nowMs());
    v1::UploadResponse response;
    for (const QString &id : held)
        response.add_stored_ids(id.toStdString());
    return ok(response);
}

Reply SyncService::download(const AuthenticatedDevice &device, QByteArrayView body)
{
    if (device.account.role == Role::Admin)
        return fail(WireError::Forbidden, QStringLiteral("Administrator accounts do not record learning."));
    v1::DownloadRequest request;
    if (auto failure = decodeRequest(body, request))
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
