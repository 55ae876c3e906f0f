#pragma once

#include "protocol/wireevent.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <stdexcept>

class QObject;

namespace groundwork::sync {

enum class Role { Learner, Lead, Admin };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

struct Cohort
{
    QString id;
    QString name;
    qint64 inviteExpiresMs = 0;
    qint64 createdMs = 0; // read by cohort() only
};

struct Account
{
    QString id;
    QString cohortId; // empty for admins
    Role role = Role::Learner;
    QString displayName;
};

struct AuthenticatedDevice
{
    QString deviceId;
    QByteArray tokenHash;
    Account account;
};

// A device that may still sync for its account.
struct DeviceSummary
{
    QString id;
    QString name;
    qint64 createdMs = 0;
    // Protocol 3: the device's X25519 public key and the MAC that vouches for it under the
    // account key of `keyEpoch` (unreadable to the server; checked by the other devices).
    QByteArray publicKey;
    quint32 keyEpoch = 0;
    QByteArray keyMac;
};

// A new epoch of the account key sealed for one device when another was signed out.
struct KeyEnvelopeRecord
{
    QString deviceId;
    quint32 epoch = 0;
    QByteArray envelope;
};

// The account's printable recovery key as the server holds it (protocol 3): the keyring wrapped
// under a key derived from it, the hash of its verifier, and the public key later epochs are
// sealed for, with the MAC that vouches for it. Nothing here opens anything without the key.
struct RecoveryRecord
{
    QString accountId;
    QByteArray verifierHash;
    QByteArray wrappedKeyring;
    QByteArray publicKey;
    quint32 keyEpoch = 0;
    QByteArray keyMac;
};

struct LinkGrant
{
    QString accountId;
    qint64 expiresMs = 0;
    QByteArray wrappedKeyring; // protocol 3: left by the linking device; unreadable here
};

struct StoredEvent
{
    quint64 seq = 0;
    WireEvent event;
};

struct EventPage
{
    QList<StoredEvent> events;
    bool more = false;
};

struct MemberSummary
{
    QString accountId;
    QString displayName;
    quint64 eventCount = 0;
    qint64 lastActivityMs = 0;
    std::optional<QByteArray> sharedProfile;
};

// A learner's choice to share their readiness profile: one per account, whichever device
// made it; the last choice made (by device time) wins.
struct ProfileChoice
{
    bool shared = false;    // the account holds a copy for the lead
    qint64 chosenAtMs = 0;  // device time of the choice; 0: none recorded
    friend bool operator==(const ProfileChoice &, const ProfileChoice &) = default;
};

// What deleting an account removed.
struct AccountDeletion
{
    bool found = false;     // there was such an account
    quint64 events = 0;
    int devices = 0;        // credentials deleted, revoked ones included
};

// A device as the server holds it, for an export: never its credential's hash.
struct DeviceRecord
{
    QString id;
    QString name;
    qint64 createdMs = 0;
    qint64 revokedMs = 0;   // 0: not revoked
};

// An event as the server holds it: what was uploaded, by which device, when it arrived.
struct HeldEvent
{
    quint64 seq = 0;
    QString deviceId;
    qint64 receivedMs = 0;
    WireEvent event;
};

// A learner of a cohort as the lead's figures need them.
struct CohortLearner
{
    QString accountId;
    QString displayName;
    qint64 joinedMs = 0;
    std::optional<QByteArray> sharedProfile;
};

// How many events of one stored kind an account has on one UTC day (days since 1970-01-01).
// Built from the kind and the day alone, never from a payload.
struct DayActivity
{
    QString accountId;
    QString kind;
    qint64 day = 0;
    quint32 count = 0;
};

// A public track an account finished: the first UTC day (days since 1970-01-01) a "track
// completed" milestone of it was recorded. Built from the milestone's clear track id and day.
struct TrackCompletionRow
{
    QString accountId;
    QString trackId;
    qint64 day = 0;
};

// The group readiness figure last shown for a cohort, and whose profiles are behind it.
struct StoredGroupFigure
{
    QStringList contributors; // account ids, sorted
    QByteArray figure;        // a serialised v1::StoredGroupFigure
};

// The role a cohort trains for, as its lead last set it.
struct StoredCohortRole
{
    quint32 version = 0;      // 1 for the first role, +1 on each change
    qint64 changedMs = 0;
    QByteArray role;          // a serialised v1::CohortRole without version and time
};

// Storage failed (connection lost, disk full...). The service turns it into an internal error.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Everything the cohort server keeps. Two back ends implement it: SQLite and PostgreSQL.
// Secrets arrive already hashed; the store never sees a credential in clear.
class Store
{
public:
    virtual ~Store() = default;

    virtual QString backendName() const = 0;
    // The highest migration applied.
    virtual int schemaVersion() = 0;

    // The database answers; a broken connection is reopened once (prepared statements are made
    // again as they are used). For /readyz and after a failed request.
    virtual bool ping() = 0;
    // Deletes link codes past expiry and join nonces seen before `noncesBeforeMs`; returns the
    // rows deleted. Nothing else ever expires.
    virtual int purgeExpired(qint64 nowMs, qint64 noncesBeforeMs) = 0;

    // A consistent copy of the whole database in a new file (SQLite); throws StoreError where
    // the back end has its own tools (PostgreSQL: pg_dump).
    virtual void backupTo(const QString &path) = 0;

    // For the serving process: SQLite's write-ahead log is copied into the database by a
    // thread of its own every `intervalMs` from now on, not by the commit that fills it (see
    // walcheckpointer.h). Other back ends need nothing.
    virtual void checkpointInBackground(int intervalMs) { (void)intervalMs; }

    // For the serving process: commits are flushed to disk by a thread of their own, and
    // answers wait for it in whenDurable() (SQLite; see walsyncer.h). Released on
    // `releaseContext`'s thread, which must outlive it; nullptr flushes what is committed and
    // makes every commit flush itself again. Other back ends' commits are durable already.
    virtual void syncInBackground(QObject *releaseContext) { (void)releaseContext; }
    // Runs `release(true)` once everything committed so far is on disk (at once, unless
    // syncInBackground() is on and a flush is due); `release(false)` if it cannot be.
    virtual void whenDurable(std::function<void(bool onDisk)> release) { release(true); }

    // Runs `work` in one transaction; commits when it returns true, rolls back otherwise
    // (and when it throws).
    virtual bool transaction(const std::function<bool()> &work) = 0;
    // Inside a transaction: runs `work` under a savepoint, keeping what it did when it returns
    // true and undoing only that otherwise (and when it throws), so one request of a group
    // commit can fail without the others.
    virtual bool savepoint(const std::function<bool()> &work) = 0;
    // Group commit, inside its transaction: the accounts the coming writes store for. A back end
    // may lock their rows and read their usage at once here (one round trip for the group), and
    // hold the writes' events back to store them together, until settleWrites(), the next
    // statement of another kind, or the commit. Others need nothing.
    virtual void beginWrites(const QStringList &accountIds) { (void)accountIds; }
    // Stores what beginWrites() let the back end hold back; throws StoreError when the
    // database refuses it (the transaction must then be rolled back).
    virtual void settleWrites() {}

    virtual void createCohort(const Cohort &cohort, const QByteArray &inviteHash) = 0;
    virtual void replaceInvite(const QString &cohortId, const QByteArray &inviteHash,
                               qint64 expiresMs) = 0;
    virtual std::optional<Cohort> cohortByInvite(const QByteArray &inviteHash) = 0;
    virtual std::optional<Cohort> cohort(const QString &cohortId) = 0;

    virtual void createAccount(const Account &account, qint64 nowMs) = 0;
    virtual std::optional<Account> account(const QString &accountId) = 0;
    virtual void createDevice(const QString &deviceId, const QString &accountId,
                              const QString &name, const QByteArray &tokenHash, qint64 nowMs) = 0;
    // Only devices that are not revoked.
    virtual std::optional<AuthenticatedDevice> deviceByToken(const QByteArray &tokenHash) = 0;
    // The same for the uploads that arrived together, by token hash (a hash of no active device
    // is left out): a back end may find them all in one statement.
    // Whether devicesByToken() is cheaper than a deviceByToken() each (a round trip saved): only
    // then do uploads wait for each other to be signed in.
    virtual bool findsDevicesTogether() const { return false; }
    virtual QHash<QByteArray, AuthenticatedDevice> devicesByToken(const QList<QByteArray> &tokenHashes)
    {
        QHash<QByteArray, AuthenticatedDevice> devices;
        for (const QByteArray &hash : tokenHashes)
            if (auto device = deviceByToken(hash))
                devices.insert(hash, std::move(*device));
        return devices;
    }
    virtual std::optional<QString> deviceAccount(const QString &deviceId) = 0;
    // Also cancels the account's outstanding link codes (one may have been made by the device).
    virtual bool revokeDevice(const QString &deviceId, qint64 nowMs) = 0;
    // The account's devices that are not revoked, oldest first.
    virtual QList<DeviceSummary> activeDevices(const QString &accountId) = 0;
    // Protocol 3: the device's public key, replacing the one it registered before.
    virtual void setDeviceKey(const QString &deviceId, const QByteArray &publicKey, quint32 keyEpoch,
                              const QByteArray &keyMac) = 0;
    // Key rotation: keeps an envelope (replacing one for the same device and epoch), lists a
    // device's envelopes (ascending epochs), and drops those up to `throughEpoch` once the
    // device says it holds that epoch. Revoking or deleting a device drops its envelopes.
    virtual void putKeyEnvelope(const KeyEnvelopeRecord &envelope, qint64 nowMs) = 0;
    virtual QList<KeyEnvelopeRecord> keyEnvelopes(const QString &deviceId) = 0;
    virtual void dropKeyEnvelopes(const QString &deviceId, quint32 throughEpoch) = 0;
    // The newest epoch the account's devices registered a key under or were sent. Inside a
    // transaction it holds the account's row (PostgreSQL), so two rotations queue.
    virtual quint32 newestKeyEpoch(const QString &accountId) = 0;
    // A signed-out device of the account that registered its key under the newest epoch: it
    // left holding the key in use (it signed itself out), so a remaining device should rotate.
    virtual std::optional<QString> departedWithNewestKey(const QString &accountId) = 0;

    // The recovery key: set (replacing an earlier one and its envelopes), removed (with its
    // envelopes; false when there was none), found by account or by the verifier's hash, and
    // the later epochs sealed for it (ascending).
    virtual void setRecovery(const RecoveryRecord &record, qint64 nowMs) = 0;
    virtual bool removeRecovery(const QString &accountId) = 0;
    virtual std::optional<RecoveryRecord> recovery(const QString &accountId) = 0;
    virtual std::optional<RecoveryRecord> recoveryByVerifier(const QByteArray &verifierHash) = 0;
    virtual void putRecoveryEnvelope(const QString &accountId, quint32 epoch, const QByteArray &envelope,
                                     qint64 nowMs) = 0;
    virtual QList<QByteArray> recoveryEnvelopes(const QString &accountId) = 0;

    // False when the nonce was seen before (a replayed one-shot request).
    virtual bool rememberNonce(const QByteArray &nonce, qint64 nowMs) = 0;

    // `wrappedKeyring` (protocol 3) is kept with the code and goes with it.
    virtual void createLinkCode(const QByteArray &codeHash, const QString &accountId,
                                qint64 expiresMs, const QByteArray &wrappedKeyring = {}) = 0;
    // Single use: a code is gone once taken, whether or not it had expired.
    virtual std::optional<LinkGrant> takeLinkCode(const QByteArray &codeHash) = 0;

    // Stores what is new, ignores what the account already holds; returns every id of
    // `events` the account now holds.
    virtual QStringList storeEvents(const QString &accountId, const QString &deviceId,
                                    const QList<WireEvent> &events, qint64 nowMs) = 0;
    // The account's events recorded by other devices than `deviceId`, after `cursor`.
    virtual EventPage eventsForOtherDevices(const QString &accountId, const QString &deviceId,
                                            quint64 cursor, int max) = 0;
    virtual quint64 eventCount(const QString &accountId) = 0;
    // Bytes of payload (readable or sealed) the account's events hold, kept by the database
    // as events are stored, replaced and deleted.
    virtual quint64 storedBytes(const QString &accountId) = 0;
    // Both counts in one read, for the quotas on every upload. Inside a transaction it holds the
    // account's row (PostgreSQL), as storeEvents() does, so one account's uploads queue.
    struct AccountUsage
    {
        quint64 events = 0;
        quint64 bytes = 0;
    };
    virtual AccountUsage accountUsage(const QString &accountId) = 0;
    // Wrong invite/link codes (for RateLimiter across processes): `caller` empty counts all.
    virtual int codeFailuresSince(const QString &caller, qint64 sinceMs) = 0;
    virtual void recordCodeFailure(const QString &caller, qint64 atMs) = 0;
    // For quotas: the cohort's learners, and the account's link codes not yet expired.
    virtual quint64 learnerCount(const QString &cohortId) = 0;
    virtual quint64 openLinkCodes(const QString &accountId, qint64 nowMs) = 0;
    // Joins from one caller (IPv4 address or IPv6 /64, see RateLimiter::callerKey), for the
    // per-address quota; rows past an hour are purged.
    virtual quint64 joinsSince(const QString &caller, qint64 sinceMs) = 0;
    virtual void recordJoin(const QString &caller, qint64 atMs) = 0;

    // Sets or deletes (nullopt) the copy, leaving the choice time as it is.
    virtual void setSharedProfile(const QString &accountId, const std::optional<QByteArray> &profile) = 0;
    // The learner's choice made at `chosenAtMs`: keep `profile` for the lead, or delete the copy
    // (nullopt). Applied when no newer choice is held (an equal time applies too, so a fresh
    // copy of the same choice replaces the old copy). Returns the account's choice afterwards.
    virtual ProfileChoice chooseProfileSharing(const QString &accountId, const std::optional<QByteArray> &profile,
                                               qint64 chosenAtMs) = 0;
    virtual ProfileChoice profileChoice(const QString &accountId) = 0;
    // Learners of the cohort, with progress figures.
    virtual QList<MemberSummary> cohortMembers(const QString &cohortId) = 0;
    // For the lead's figures: the cohort's learners (by display name), and their events of the
    // given stored kinds counted per account, kind and UTC day.
    virtual QList<CohortLearner> cohortLearners(const QString &cohortId) = 0;
    virtual QList<DayActivity> cohortActivity(const QString &cohortId, const QStringList &kinds) = 0;
    // The public tracks the cohort's learners finished, per learner and track (never a private
    // track: the server refuses a track id on anything but a public milestone).
    virtual QList<TrackCompletionRow> cohortTrackCompletions(const QString &cohortId) = 0;
    // The group figure last shown to the cohort's lead, kept so that it changes only when
    // enough members changed (no differencing).
    virtual std::optional<StoredGroupFigure> groupFigure(const QString &cohortId) = 0;
    virtual void saveGroupFigure(const QString &cohortId, const StoredGroupFigure &figure) = 0;
    // The role the cohort trains for; nullopt until its lead sets one. Saving bumps the version
    // in the same statement (two leads saving at once get two versions) and returns the row.
    virtual std::optional<StoredCohortRole> cohortRole(const QString &cohortId) = 0;
    virtual StoredCohortRole saveCohortRole(const QString &cohortId, const QByteArray &role, qint64 nowMs) = 0;

    // Everything the server holds about the account, in one transaction: its events, link
    // codes, every device credential (revoked ones too), the shared profile and the sharing
    // choice (kept with the account), and the account itself. Nothing else is touched.
    virtual AccountDeletion deleteAccount(const QString &accountId) = 0;
    // For an export: every device of the account (revoked ones too), oldest first; every event
    // it holds, in the order stored; the copy of the profile shared with the lead, if any.
    virtual QList<DeviceRecord> allDevices(const QString &accountId) = 0;
    virtual QList<HeldEvent> heldEvents(const QString &accountId) = 0;
    virtual std::optional<QByteArray> sharedProfile(const QString &accountId) = 0;
};

} // namespace groundwork::sync
