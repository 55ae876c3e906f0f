#pragma once

#include "client/secretstore.h"

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
    QString deviceToken; // a secret: in the system keychain, or the learner's store where none runs
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
//
// The device token itself goes to the system keychain when one runs (`keychain`): it is
// written to the store first (so it is on disk at once), then moved into the keychain and
// removed from the store once the keychain holds it. Stores from before the keychain are moved
// the same way when they are opened. Where no keychain service runs, the token stays in the
// store (StoreSecretStore) and keychainMissing() says so. Reading it back from the keychain
// takes a moment: until then the device is not joined (credentialLoading()).
class CohortCredentials : public QObject
{
    Q_OBJECT

public:
    // `store` and `keychain` outlive this; without a keychain the token stays in the store.
    explicit CohortCredentials(core::learner::LearnerStore &store, SecretStore *keychain = nullptr,
                               QObject *parent = nullptr);
    ~CohortCredentials() override;

    // The token is being read from the keychain.
    bool credentialLoading() const { return m_loading; }
    // The token is kept in the keychain (not in the learner's store).
    bool credentialInKeychain() const { return m_inKeychain; }
    // A keychain was asked for and none could keep the token (no keychain service runs, or it
    // cannot be reached): the token stays in the store.
    bool keychainMissing() const { return m_keychainMissing; }
    // The keychain runs but would not keep or give back the token, in its own words ("" if fine).
    QString keychainError() const { return m_keychainError; }

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
    // Where the token is kept, or whether it is being read, changed.
    void secretPlaceChanged();

private:
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    qint64 msValue(const QString &key) const;
    void setMsValue(const QString &key, qint64 ms);
    void load();
    void loadTokenFromKeychain();
    void moveTokenToKeychain();
    void setKeychainState(bool missing, const QString &error);

    core::learner::LearnerStore &m_store;
    SecretStore *m_keychain;
    StoreSecretStore m_fallback;
    bool m_loading = false;
    bool m_inKeychain = false;
    bool m_keychainMissing = false;
    QString m_keychainError;
    CohortCredential m_credential;
    QDateTime m_lastSynced;
    ProfileSharingRecord m_sharing;
};

} // namespace groundwork::sync
