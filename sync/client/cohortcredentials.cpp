#include "client/cohortcredentials.h"

#include "client/learneroutbox.h"
#include "learner/learnerstore.h"

#include <QTimer>

namespace groundwork::sync {

namespace {

// Keys in the learner store's sync values; stores in the wild hold them, so they never change.
const QString kServerUrl = QStringLiteral("cohort.server_url");
const QString kToken = QStringLiteral("cohort.device_token");
const QString kAccountId = QStringLiteral("cohort.account_id");
const QString kDeviceId = QStringLiteral("cohort.device_id");
const QString kCohortId = QStringLiteral("cohort.cohort_id");
const QString kCohortName = QStringLiteral("cohort.cohort_name");
const QString kDisplayName = QStringLiteral("cohort.display_name");
const QString kLastSynced = QStringLiteral("sync.last_synced_ms");
// ProfileSharingRecord, field by field ("1" or empty for the flags).
const QString kProfileShared = QStringLiteral("cohort.profile_shared");
const QString kProfileChosenAt = QStringLiteral("cohort.profile_chosen_ms");
const QString kProfileSharedElsewhere = QStringLiteral("cohort.profile_shared_elsewhere");
const QString kProfileOnServer = QStringLiteral("cohort.profile_on_server");
const QString kProfileSentAt = QStringLiteral("cohort.profile_sent_ms");
// "1" while the device token is in the system keychain rather than under kToken.
const QString kTokenInKeychain = QStringLiteral("cohort.token_in_keychain");
const QString &kKeychainToken = StoreSecretStore::kDeviceTokenKey;
constexpr int kKeychainPatienceMs = 10'000;

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QString();
}

QDateTime utcFromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

qint64 msOf(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

} // namespace

CohortCredentials::CohortCredentials(core::learner::LearnerStore &store, SecretStore *keychain, QObject *parent)
    : QObject(parent), m_store(store), m_keychain(keychain), m_fallback(store)
{
    load();
}

CohortCredentials::~CohortCredentials() = default;

QString CohortCredentials::value(const QString &key) const
{
    return QString::fromUtf8(m_store.syncValue(key));
}

void CohortCredentials::setValue(const QString &key, const QString &value)
{
    m_store.setSyncValue(key, value.toUtf8());
}

qint64 CohortCredentials::msValue(const QString &key) const
{
    bool ok = false;
    const qint64 ms = m_store.syncValue(key).toLongLong(&ok);
    return ok && ms > 0 ? ms : 0;
}

void CohortCredentials::setMsValue(const QString &key, qint64 ms)
{
    setValue(key, ms > 0 ? QString::number(ms) : QString());
}

void CohortCredentials::load()
{
    m_credential = {value(kServerUrl), {},                  value(kAccountId),  value(kDeviceId),
                    value(kCohortId),  value(kCohortName), value(kDisplayName)};
    // The store's copy, if any, is the newest: it is written before being moved.
    m_fallback.read(kKeychainToken, this, [this](const SecretStore::Result &r) { m_credential.deviceToken = r.value; });
    m_inKeychain = m_credential.deviceToken.isEmpty() && value(kTokenInKeychain) == u"1";
    if (m_inKeychain)
        loadTokenFromKeychain();
    else
        moveTokenToKeychain();
    m_lastSynced = utcFromMs(msValue(kLastSynced));
    m_sharing.shared = value(kProfileShared) == u"1";
    m_sharing.chosenAtMs = msValue(kProfileChosenAt);
    m_sharing.sharedElsewhere = value(kProfileSharedElsewhere) == u"1";
    m_sharing.onServer = value(kProfileOnServer) == u"1";
    m_sharing.sentAt = utcFromMs(msValue(kProfileSentAt));
}

void CohortCredentials::loadTokenFromKeychain()
{
    if (!m_keychain) {
        setKeychainState(false, tr("This device's sign-in is in the system keychain, which this build cannot reach."));
        return;
    }
    m_loading = true;
    // A keychain may wait for the learner to unlock it, or never answer: say so after a while.
    QTimer::singleShot(kKeychainPatienceMs, this, [this] {
        if (!m_loading)
            return;
        setKeychainState(false, tr("The system keychain has not given back this device's sign-in yet; it may be "
                                   "waiting for you to unlock it. Syncing starts once it does."));
        emit secretPlaceChanged();
    });
    m_keychain->read(kKeychainToken, this, [this](const SecretStore::Result &result) {
        m_loading = false;
        if (result.ok() && !result.value.isEmpty() && m_inKeychain) {
            m_credential.deviceToken = result.value;
            setKeychainState(false, QString());
            emit joinedChanged();
        } else if (result.status == SecretStore::Status::NoService) {
            setKeychainState(true, tr("This device's sign-in is kept in the system keychain, which is not running "
                                      "now. Start your desktop's keyring, then restart Groundwork."));
        } else if (!result.ok()) {
            setKeychainState(false, result.status == SecretStore::Status::NotFound
                                        ? tr("This device's sign-in is missing from the system keychain. Leave "
                                             "the cohort and join again, or link this device from another one.")
                                        : tr("The system keychain did not give back this device's sign-in: %1")
                                              .arg(result.error));
        }
        emit secretPlaceChanged();
    });
}

// The token goes to the keychain, then leaves the store; where no keychain runs it stays.
void CohortCredentials::moveTokenToKeychain()
{
    if (!m_keychain || m_credential.deviceToken.isEmpty())
        return;
    const QString token = m_credential.deviceToken;
    m_keychain->write(kKeychainToken, token, this, [this, token](const SecretStore::Result &result) {
        if (m_credential.deviceToken != token)
            return; // left or joined again meanwhile; forget() tidies the keychain
        if (result.ok()) {
            setValue(kTokenInKeychain, flag(true));
            m_fallback.remove(kKeychainToken, this, [](const SecretStore::Result &) {});
            m_inKeychain = true;
            setKeychainState(false, QString());
        } else {
            // No keychain service, or one that cannot be reached (no session bus): either way
            // the token stays in the store, and the learner is told.
            setKeychainState(true, QString());
        }
        emit secretPlaceChanged();
    });
}

void CohortCredentials::setKeychainState(bool missing, const QString &error)
{
    m_keychainMissing = missing;
    m_keychainError = error;
}

void CohortCredentials::save(const CohortCredential &credential)
{
    setValue(kServerUrl, credential.serverUrl);
    setValue(kAccountId, credential.accountId);
    setValue(kDeviceId, credential.deviceId);
    setValue(kCohortId, credential.cohortId);
    setValue(kCohortName, credential.cohortName);
    setValue(kDisplayName, credential.displayName);
    if (m_inKeychain && m_keychain)
        m_keychain->remove(kKeychainToken, this, [](const SecretStore::Result &) {});
    setValue(kTokenInKeychain, QString());
    m_inKeychain = false;
    setValue(kToken, credential.deviceToken); // last: a half-written credential is not a joined one
    m_store.setSyncValue(LearnerOutbox::cursorKey(), QByteArray("0"));
    m_credential = credential;
    emit joinedChanged();
    moveTokenToKeychain();
}

void CohortCredentials::forget()
{
    emit aboutToForget();
    if (m_inKeychain && m_keychain)
        m_keychain->remove(kKeychainToken, this, [](const SecretStore::Result &) {});
    m_inKeychain = false;
    m_loading = false;
    for (const QString &key : {kToken, kTokenInKeychain, kAccountId, kDeviceId, kCohortId, kCohortName, kLastSynced, kProfileShared,
                               kProfileOnServer, kProfileSentAt, kProfileChosenAt, kProfileSharedElsewhere,
                               LearnerOutbox::cursorKey()})
        m_store.setSyncValue(key, QByteArray());
    m_credential = {m_credential.serverUrl, {}, {}, {}, {}, {}, m_credential.displayName};
    m_lastSynced = QDateTime();
    m_sharing = {};
    emit lastSyncedChanged();
    emit joinedChanged();
    emit secretPlaceChanged();
}

void CohortCredentials::setLastSynced(const QDateTime &when)
{
    if (when == m_lastSynced)
        return;
    m_lastSynced = when;
    setMsValue(kLastSynced, msOf(when));
    emit lastSyncedChanged();
}

void CohortCredentials::setSharing(const ProfileSharingRecord &record)
{
    if (record.shared != m_sharing.shared)
        setValue(kProfileShared, flag(record.shared));
    if (record.chosenAtMs != m_sharing.chosenAtMs)
        setMsValue(kProfileChosenAt, record.chosenAtMs);
    if (record.sharedElsewhere != m_sharing.sharedElsewhere)
        setValue(kProfileSharedElsewhere, flag(record.sharedElsewhere));
    if (record.onServer != m_sharing.onServer)
        setValue(kProfileOnServer, flag(record.onServer));
    if (record.sentAt != m_sharing.sentAt)
        setMsValue(kProfileSentAt, msOf(record.sentAt));
    m_sharing = record;
}

} // namespace groundwork::sync
