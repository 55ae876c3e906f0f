#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace groundwork::core::learner {
class LearnerStore;
}

namespace groundwork::sync {

// This device's place in a cohort, as joining or linking it gave it.
struct CohortCredential
{
    QString serverUrl;   // https://host:port, as the server was reached
    QString deviceToken; // a secret: kept in the learner's store only, never in QSettings
    QString accountId;
    QString deviceId;
    QString cohortId;
    QString cohortName;
    QString displayName; // what the lead sees
    bool joined() const { return !deviceToken.isEmpty(); }
};

// The learner's choice to share their readiness profile with the lead, as this device knows
// it. One choice for all of the learner's devices; the last one made wins (ProfileShareChoice).
struct ProfileSharingRecord
{
    bool shared = false;
    qint64 chosenAtMs = 0;        // when the choice was made (device time, Unix ms; 0: never)
    bool sharedElsewhere = false; // adopted from another device; no copy sent from here yet
    // The server may hold a copy: from the moment sharing is chosen (a reply can be lost after
    // the server stored the copy) until a withdrawal is confirmed.
    bool onServer = false;
    QDateTime sentAt; // when the server last confirmed a copy
    friend bool operator==(const ProfileSharingRecord &, const ProfileSharingRecord &) = default;
};

// Keeps the credential, when this device last synced and the profile-sharing choice in the
// learner's store (LearnerStore::setSyncValue), next to the events they sync; one typed place
// for the keys. Reads once at construction; writes each change at once.
class CohortCredentials : public QObject
{
    Q_OBJECT

public:
    // `store` outlives this.
    explicit CohortCredentials(core::learner::LearnerStore &store, QObject *parent = nullptr);

    const CohortCredential &credential() const { return m_credential; }
    bool joined() const { return m_credential.joined(); }
    // A new credential (joined, or linked to another device's account). Downloading starts
    // again from the beginning: a linked device gets everything the others recorded.
    void save(const CohortCredential &credential);
    // Leaving: forgets the credential, the cohort, the last sync, the sharing choice and the
    // download position. The server address and the name stay, for joining again.
    void forget();

    QDateTime lastSynced() const { return m_lastSynced; }
    void setLastSynced(const QDateTime &when);

    const ProfileSharingRecord &sharing() const { return m_sharing; }
    // Writes the fields that differ from what is kept.
    void setSharing(const ProfileSharingRecord &record);

signals:
    // In forget(), while the credential is still there (a last request may use it).
    void aboutToForget();
    // After save() and forget().
    void joinedChanged();
    void lastSyncedChanged();

private:
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    qint64 msValue(const QString &key) const;
    void setMsValue(const QString &key, qint64 ms);
    void load();

    core::learner::LearnerStore &m_store;
    CohortCredential m_credential;
    QDateTime m_lastSynced;
    ProfileSharingRecord m_sharing;
};

} // namespace groundwork::sync
