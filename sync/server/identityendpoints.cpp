// SyncService's endpoints of identity: joining a cohort with an invite code, linking another
// device with a link code, a learner's list of devices with a way to sign one out, deleting a
// learner's whole account, and the printable recovery key (turning it on and off, and signing
// a new device in with it when every device was lost).
#include "server/syncservice.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/limits.h"
#include "server/credentials.h"
#include "server/servicereplies.h"

#include <QSet>

namespace groundwork::sync {

using replies::fail;
using replies::ok;
using replies::qs;

namespace {

constexpr int kMaxKeyEnvelopes = 64;          // one per remaining device: far above any learner's
constexpr std::size_t kMaxKeyEnvelopeBytes = 1024;
constexpr std::size_t kDevicePublicKeyBytes = 32;
constexpr std::size_t kMaxKeyMacBytes = 64;
constexpr qint64 kJoinWindowMs = 3'600'000;     // the per-address join quota counts an hour
constexpr std::size_t kRecoveryVerifierBytes = 32;

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

// Joining and linking redeem a code: once the request reads, a caller who guessed wrong too
// often waits.
template <class Request>
std::optional<Failure> decodeCodeRedemption(QByteArrayView body, RateLimiter &guesses, const QString &caller,
                                            Request &request)
{
    if (auto failure = decodeRequest(body, request))
        return failure;
    if (!guesses.allowed(caller))
        return Failure{WireError::RateLimited, QStringLiteral("Too many wrong codes; wait a minute and try again.")};
    return std::nullopt;
}

} // namespace

Reply SyncService::join(QByteArrayView body, const QString &caller)
{
    v1::JoinRequest request;
    if (auto failure = decodeCodeRedemption(body, m_codeGuesses, caller, request))
        return fail(*failure);
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

    // One address joining again and again (a script filling the cohort with made-up names) is
    // held back; an office behind one NAT address shares the quota, hence its size.
    const QString source = RateLimiter::callerKey(caller);
    if (!caller.isEmpty()
        && m_store.joinsSince(source, m_clock.nowMs() - kJoinWindowMs) >= quint64(m_limits.maxJoinsPerAddress))
        return fail(WireError::RateLimited, QStringLiteral("Too many joins from this network in the last hour (%1); "
                                                           "try again later or ask your administrator.")
                                                .arg(m_limits.maxJoinsPerAddress));

    const QByteArray nonce(request.request_nonce().data(), qsizetype(nonceSize));
    IssuedDevice issued;
    const bool fresh = m_store.transaction([&] {
        if (!m_store.rememberNonce(nonce, m_clock.nowMs()))
            return false;
        if (!caller.isEmpty())
            m_store.recordJoin(source, m_clock.nowMs());
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
    if (request.wrapped_keyring().size() > std::size_t(kMaxWrappedKeyringBytes))
        return fail(WireError::TooLarge, QStringLiteral("the wrapped keyring is larger than %1 bytes").arg(kMaxWrappedKeyringBytes));
    // The keyring is wrapped under a secret only the user's devices know; it waits with the
    // code and is deleted with it (used, or purged after expiry).
    m_store.createLinkCode(credentials::hashSecret(credentials::normaliseCode(code)), device.account.id, expires,
                           QByteArray(request.wrapped_keyring().data(), qsizetype(request.wrapped_keyring().size())));
    v1::LinkStartResponse response;
    response.set_link_code(code.toStdString());
    response.set_expires_at_ms(expires);
    return ok(response);
}

Reply SyncService::linkFinish(QByteArrayView body, const QString &caller)
{
    v1::LinkFinishRequest request;
    if (auto failure = decodeCodeRedemption(body, m_codeGuesses, caller, request))
        return fail(*failure);
    if (!acceptableName(request.device_name(), false) || request.link_code().size() > 64)
        return fail(WireError::Malformed, QStringLiteral("link needs a code and a short device name"));

    const QString code = credentials::normaliseCode(qs(request.link_code()));
    std::optional<IssuedDevice> issued;
    QString displayName;
    QByteArray wrappedKeyring;
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
        wrappedKeyring = grant->wrappedKeyring;
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
    response.set_wrapped_keyring(wrappedKeyring.constData(), std::size_t(wrappedKeyring.size()));
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
    if (request.envelopes_size() > kMaxKeyEnvelopes)
        return fail(WireError::TooLarge, QStringLiteral("at most %1 key envelopes").arg(kMaxKeyEnvelopes));
    for (const v1::KeyEnvelope &e : request.envelopes())
        if (e.epoch() == 0 || e.envelope().empty() || e.envelope().size() > kMaxKeyEnvelopeBytes)
            return fail(WireError::Malformed, QStringLiteral("a key envelope is empty, too large or has no epoch"));
    const bool forRecovery = request.has_recovery_envelope();
    const v1::KeyEnvelope &recoveryEnvelope = request.recovery_envelope();
    if (forRecovery
        && (recoveryEnvelope.epoch() == 0 || recoveryEnvelope.envelope().empty()
            || recoveryEnvelope.envelope().size() > kMaxKeyEnvelopeBytes || !recoveryEnvelope.device_id().empty()))
        return fail(WireError::Malformed, QStringLiteral("the recovery key's envelope is empty, too large or has no epoch"));
    // The sign-out and the next epoch's envelopes are kept together or not at all: a device
    // signed out without them would leave the others unable to read what is written next.
    bool foreign = false;
    bool stale = false;
    const qint64 now = m_clock.nowMs();
    m_store.transaction([&] {
        // Two devices rotating at once would each make "the next" epoch with different keys:
        // the second is refused and tries again once it holds the first's epoch.
        const quint32 newest = request.envelopes_size() > 0 ? m_store.newestKeyEpoch(*owner) : 0;
        for (const v1::KeyEnvelope &e : request.envelopes())
            if (e.epoch() <= newest) {
                stale = true;
                return false;
            }
        if (forRecovery && recoveryEnvelope.epoch() <= newest) {
            stale = true;
            return false;
        }
        m_store.revokeDevice(target, now);
        QSet<QString> remaining;
        for (const DeviceSummary &d : m_store.activeDevices(*owner))
            remaining.insert(d.id);
        for (const v1::KeyEnvelope &e : request.envelopes()) {
            const QString recipient = qs(e.device_id());
            if (!remaining.contains(recipient)) {
                foreign = true;
                return false;
            }
            m_store.putKeyEnvelope({recipient, e.epoch(), QByteArray::fromStdString(e.envelope())}, now);
        }
        // Kept only while the account has a recovery key (one turned off meanwhile wants none).
        if (forRecovery && m_store.recovery(*owner))
            m_store.putRecoveryEnvelope(*owner, recoveryEnvelope.epoch(),
                                        QByteArray::fromStdString(recoveryEnvelope.envelope()), now);
        return true;
    });
    if (stale)
        return fail(WireError::Forbidden, QStringLiteral("Another of your devices changed the account key meanwhile; "
                                                         "nothing was signed out. Sync, then try again."));
    if (foreign)
        return fail(WireError::Forbidden, QStringLiteral("A key envelope was for a device that is not one of this "
                                                         "account's signed-in devices; nothing was signed out."));
    return ok(v1::RevokeDeviceResponse());
}

// Protocol 3: the calling device's public key, vouched for by the account key; the server keeps
// it for the other devices to check and seal new epochs to.
Reply SyncService::registerDeviceKey(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::RegisterDeviceKeyRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    if (request.public_key().size() != kDevicePublicKeyBytes || request.key_epoch() == 0
        || request.key_mac().empty() || request.key_mac().size() > kMaxKeyMacBytes)
        return fail(WireError::Malformed, QStringLiteral("a device key is 32 bytes with an epoch and a MAC"));
    m_store.setDeviceKey(device.deviceId, QByteArray::fromStdString(request.public_key()), request.key_epoch(),
                         QByteArray::fromStdString(request.key_mac()));
    return ok(v1::RegisterDeviceKeyResponse());
}

// A learner's whole account goes, from any of their devices; a lead's or an administrator's
// account holds a cohort or other people's devices to answer for, and is removed by the
// server's administrator (`groundwork-server delete-account`).
Reply SyncService::deleteAccount(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::DeleteAccountRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    if (device.account.role != Role::Learner)
        return fail(WireError::Forbidden, QStringLiteral("Only a learner's account can be deleted from the app; "
                                                         "ask the server's administrator."));
    const AccountDeletion deleted = m_store.deleteAccount(device.account.id);
    if (!deleted.found) // deleted meanwhile by another request: this credential went with it
        return fail(WireError::Unauthorized, QStringLiteral("This account no longer exists on the cohort server."));
    v1::DeleteAccountResponse response;
    response.set_deleted(true);
    response.set_events_deleted(deleted.events);
    response.set_devices_signed_out(quint32(deleted.devices));
    return ok(response);
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
        info->set_public_key(d.publicKey.toStdString());
        info->set_key_epoch(d.keyEpoch);
        info->set_key_mac(d.keyMac.toStdString());
    }
    if (const auto recovery = m_store.recovery(device.account.id)) {
        v1::RecoveryKeyInfo *info = response.mutable_recovery();
        info->set_enabled(true);
        info->set_public_key(recovery->publicKey.toStdString());
        info->set_key_epoch(recovery->keyEpoch);
        info->set_key_mac(recovery->keyMac.toStdString());
    }
    return ok(response);
}

// Protocol 3: the learner turned the recovery key on (or made a new one). The server keeps the
// keyring wrapped under it, its verifier's hash and its vouched-for public key; never the key.
Reply SyncService::setRecovery(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::SetRecoveryRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    if (device.account.role != Role::Learner)
        return fail(WireError::Forbidden, QStringLiteral("Only a learner's account has a recovery key."));
    if (request.verifier_hash().size() != kRecoveryVerifierBytes || request.public_key().size() != kDevicePublicKeyBytes
        || request.key_epoch() == 0 || request.key_mac().empty() || request.key_mac().size() > kMaxKeyMacBytes
        || request.wrapped_keyring().empty())
        return fail(WireError::Malformed,
                    QStringLiteral("a recovery key needs a verifier hash, a wrapped keyring and a vouched-for public key"));
    if (request.wrapped_keyring().size() > std::size_t(kMaxWrappedKeyringBytes))
        return fail(WireError::TooLarge,
                    QStringLiteral("the wrapped keyring is larger than %1 bytes").arg(kMaxWrappedKeyringBytes));
    m_store.setRecovery({device.account.id, QByteArray::fromStdString(request.verifier_hash()),
                         QByteArray::fromStdString(request.wrapped_keyring()),
                         QByteArray::fromStdString(request.public_key()), request.key_epoch(),
                         QByteArray::fromStdString(request.key_mac())},
                        m_clock.nowMs());
    return ok(v1::SetRecoveryResponse());
}

Reply SyncService::removeRecovery(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::RemoveRecoveryRequest request;
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    v1::RemoveRecoveryResponse response;
    response.set_removed(m_store.removeRecovery(device.account.id));
    return ok(response);
}

// Every device was lost: the verifier derived from the recovery key lets a new device in (the
// server compares hashes; the verifier cannot unwrap anything). Wrong verifiers count as wrong
// codes, like invite and link codes.
Reply SyncService::restoreRecovery(QByteArrayView body, const QString &caller)
{
    v1::RestoreRecoveryRequest request;
    if (auto failure = decodeCodeRedemption(body, m_codeGuesses, caller, request))
        return fail(*failure);
    if (request.verifier().size() != kRecoveryVerifierBytes || !acceptableName(request.device_name(), false))
        return fail(WireError::Malformed, QStringLiteral("restoring needs the recovery verifier and a short device name"));
    const QByteArray hash = credentials::recoveryVerifierHash(QByteArray::fromStdString(request.verifier()));
    std::optional<IssuedDevice> issued;
    std::optional<RecoveryRecord> recovery;
    QList<QByteArray> envelopes;
    QString displayName;
    m_store.transaction([&] {
        recovery = m_store.recoveryByVerifier(hash);
        if (!recovery || !credentials::sameHash(recovery->verifierHash, hash))
            return false;
        const auto account = m_store.account(recovery->accountId);
        if (!account)
            return false;
        issued = m_provisioning.addDevice(*account, qs(request.device_name()));
        displayName = account->displayName;
        envelopes = m_store.recoveryEnvelopes(recovery->accountId);
        return true;
    });
    if (!issued) {
        m_codeGuesses.recordFailure(caller);
        return fail(WireError::NotFound, QStringLiteral("This recovery key is not known to this cohort server. Check it, "
                                                        "and the server address."));
    }
    v1::RestoreRecoveryResponse response;
    const auto cohort = issued->cohortId.isEmpty() ? std::nullopt : m_store.cohort(issued->cohortId);
    fillCredential(*issued, cohort ? cohort->name : QString(), displayName, response.mutable_credential());
    response.set_wrapped_keyring(recovery->wrappedKeyring.constData(), std::size_t(recovery->wrappedKeyring.size()));
    for (const QByteArray &e : envelopes)
        response.add_envelopes(e.constData(), std::size_t(e.size()));
    return ok(response);
}

} // namespace groundwork::sync
