#include "client/cohortcredentials.h"

#include "client/learneroutbox.h"
#include "learner/learnerstore.h"

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

CohortCredentials::CohortCredentials(core::learner::LearnerStore &store, QObject *parent)
    : QObject(parent), m_store(store)
{
    load();
}

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
    m_credential = {value(kServerUrl), value(kToken),       value(kAccountId),  value(kDeviceId),
                    value(kCohortId),  value(kCohortName), value(kDisplayName)};
    m_lastSynced = utcFromMs(msValue(kLastSynced));
    m_sharing.shared = value(kProfileShared) == u"1";
    m_sharing.chosenAtMs = msValue(kProfileChosenAt);
    m_sharing.sharedElsewhere = value(kProfileSharedElsewhere) == u"1";
    m_sharing.onServer = value(kProfileOnServer) == u"1";
    m_sharing.sentAt = utcFromMs(msValue(kProfileSentAt));
}

void CohortCredentials::save(const CohortCredential &credential)
{
    setValue(kServerUrl, credential.serverUrl);
    setValue(kAccountId, credential.accountId);
    setValue(kDeviceId, credential.deviceId);
    setValue(kCohortId, credential.cohortId);
    setValue(kCohortName, credential.cohortName);
    setValue(kDisplayName, credential.displayName);
    setValue(kToken, credential.deviceToken); // last: a half-written credential is not a joined one
    m_store.setSyncValue(LearnerOutbox::cursorKey(), QByteArray("0"));
    m_credential = credential;
    emit joinedChanged();
}

void CohortCredentials::forget()
{
    emit aboutToForget();
    for (const QString &key : {kToken, kAccountId, kDeviceId, kCohortId, kCohortName, kLastSynced, kProfileShared,
                               kProfileOnServer, kProfileSentAt, kProfileChosenAt, kProfileSharedElsewhere,
                               LearnerOutbox::cursorKey()})
        m_store.setSyncValue(key, QByteArray());
    m_credential = {m_credential.serverUrl, {}, {}, {}, {}, {}, m_credential.displayName};
    m_lastSynced = QDateTime();
    m_sharing = {};
    emit lastSyncedChanged();
    emit joinedChanged();
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
