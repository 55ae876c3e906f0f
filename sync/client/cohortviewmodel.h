#pragma once

#include "client/cohortdevices.h"
#include "client/learneroutbox.h"
#include "client/syncengine.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace groundwork::core::learner {
class LearnerStore;
struct ReadinessProfile;
}

namespace groundwork::sync {

// The join-cohort screen and the sync status, for QML. Joining redeems an invite code at the
// cohort server for an account and a device credential; the credential is kept in the
// learner's store (LearnerStore::setSyncValue), never in QSettings. While joined, a SyncEngine
// syncs the store's outbox now and then, and on syncNow(). Nothing here blocks: network work
// is Qt Network with signals, and store calls are small local SQLite statements.
class CohortViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString displayName READ displayName WRITE setDisplayName NOTIFY displayNameChanged)
    Q_PROPERTY(bool joined READ joined NOTIFY joinedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString cohortName READ cohortName NOTIFY joinedChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY statusChanged)
    Q_PROPERTY(bool needsUpdate READ needsUpdate NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY lastSyncedChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The learner's choice to share their readiness profile with the cohort lead: off unless
    // they turn it on; one choice for all of the learner's devices. Kept in the learner store
    // with when it was made; the last choice made on any device wins (a newer one arriving
    // with a sync is adopted here, a newer one made here is sent).
    Q_PROPERTY(bool profileShared READ profileShared WRITE setProfileShared NOTIFY profileSharingChanged)
    // Where the shared copy stands, in plain words ("" while not shared and nothing to undo).
    Q_PROPERTY(QString profileShareText READ profileShareText NOTIFY profileSharingChanged)
    // A code that links another device to this learner (startLink()): "" until asked for,
    // while it is being fetched and once it has expired. Single use.
    Q_PROPERTY(QString linkCode READ linkCode NOTIFY linkCodeChanged)
    Q_PROPERTY(QDateTime linkCodeExpires READ linkCodeExpires NOTIFY linkCodeChanged)
    Q_PROPERTY(bool fetchingLinkCode READ fetchingLinkCode NOTIFY linkCodeChanged)
    // The learner's devices on the server, with a way to sign one out (CohortDevices).
    Q_PROPERTY(groundwork::sync::CohortDevices *devices READ devices CONSTANT)

public:
    // The learner's current readiness profile (e.g. ProfileViewModel::profile()), nullopt when
    // there is none to share yet.
    using ReadinessSource = std::function<std::optional<core::learner::ReadinessProfile>()>;

    // `store` outlives the view model. `network` may be null (one is made).
    explicit CohortViewModel(core::learner::LearnerStore &store, QNetworkAccessManager *network = nullptr,
                             QObject *parent = nullptr);
    ~CohortViewModel() override;

    QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString &url);
    QString displayName() const { return m_displayName; }
    void setDisplayName(const QString &name);
    bool joined() const { return !m_token.isEmpty(); }
    bool busy() const { return m_joinReply != nullptr; }
    QString cohortName() const { return m_cohortName; }
    QString statusText() const;
    bool syncing() const;
    bool needsUpdate() const;
    QDateTime lastSynced() const { return m_lastSynced; }
    int pendingCount() const { return m_pendingCount; }
    QString errorText() const { return m_errorText; }
    bool profileShared() const { return m_profileShared; }
    QString profileShareText() const;
    QString linkCode() const { return m_linkCode; }
    QDateTime linkCodeExpires() const { return m_linkCodeExpires; }
    bool fetchingLinkCode() const { return m_linkReply != nullptr; }
    CohortDevices *devices() const { return m_devices.get(); }

    // Sharing sends the current profile at once (a sync round) and again after every round in
    // which it changed; withdrawing asks the server to delete its copy, first thing in the
    // next round, retried until the server confirms. Either applies to all of the learner's
    // devices unless a later choice made on another device reaches the server first.
    Q_INVOKABLE void setProfileShared(bool shared);
    // Where the profile comes from, and the content pack version it is measured with.
    void setReadinessSource(ReadinessSource source, const QString &contentVersion);

    // Redeems the invite code at serverUrl with displayName (what the lead sees), then syncs.
    Q_INVOKABLE void join(const QString &inviteCode);
    // On a device of a learner who already joined elsewhere: redeems the link code shown on
    // that device (startLink()) at serverUrl, for a credential of the same account, then
    // syncs, which brings this device everything the other devices recorded.
    Q_INVOKABLE void joinWithLinkCode(const QString &linkCode);
    // Asks the server for a short-lived link code for another device (see linkCode).
    Q_INVOKABLE void startLink();
    Q_INVOKABLE void syncNow();
    // Forgets the credential, the cohort and the download position on this device. Events
    // stay; answers already sent stay on the server (the lead can remove the account). A
    // shared profile is withdrawn on the way out (best effort: one request, not retried), and
    // sharing is off again for whichever cohort comes next.
    Q_INVOKABLE void leave();
    // Call after the learner recorded something (e.g. Recorder::recorded): updates the count
    // and syncs a little later, once a burst of answers is over.
    Q_INVOKABLE void noteLocalChange();

    // For tests and self-hosted servers with a private CA; applies to later joins and syncs.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    void setTuning(const SyncTuning &tuning);
    // Milliseconds between automatic rounds while joined, and after a local change.
    void setIntervals(int periodicMs, int afterChangeMs);

    LearnerOutbox &outbox() { return m_outbox; }
    SyncEngine *engine() const { return m_engine.get(); }

signals:
    void serverUrlChanged();
    void displayNameChanged();
    void joinedChanged();
    void busyChanged();
    void statusChanged();
    void lastSyncedChanged();
    void errorTextChanged();
    // Events from the person's other devices were stored: re-derive (LearnerSession::refresh()).
    void remoteEventsApplied(int count);
    void profileSharingChanged();
    void linkCodeChanged();

private:
    void loadCredential();
    void startEngine();
    bool serverAddressUsable();
    void askForCredential(const QString &path, const QByteArray &body);
    void onCredentialReply(QNetworkReply *reply);
    void onLinkCodeReply(QNetworkReply *reply);
    void forgetLinkCode();
    void setError(const QString &text);
    void refreshPending();
    QString syncValue(const QString &key) const;
    void setSyncValue(const QString &key, const QString &value);
    std::optional<ProfileShare> pendingProfileShare();
    void onProfileShareConfirmed(bool share, const QByteArray &profile);
    void onProfileShareState(bool shared, qint64 chosenAtMs);
    void setProfileChosenAt(qint64 ms);
    void setSharedElsewhere(bool elsewhere);
    QByteArray currentProfileBasis() const;
    void setProfileOnServer(bool onServer);
    void withdrawBeforeLeaving();

    core::learner::LearnerStore &m_store;
    LearnerOutbox m_outbox;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<CohortDevices> m_devices;
    std::unique_ptr<SyncEngine> m_engine;
    QPointer<QNetworkReply> m_joinReply; // joining, or redeeming a link code
    QPointer<QNetworkReply> m_linkReply; // asking for a link code
    QList<QSslCertificate> m_extraCa;
    SyncTuning m_tuning;
    QTimer m_periodic;
    QTimer m_soon;
    QTimer m_countdown; // refreshes "will retry in N s" while waiting
    QTimer m_linkExpiry;

    QString m_serverUrl;
    QString m_displayName;
    QString m_token;
    QString m_cohortName;
    QDateTime m_lastSynced;
    int m_pendingCount = 0;
    QString m_errorText;
    QString m_linkCode;
    QDateTime m_linkCodeExpires;

    ReadinessSource m_readiness;
    QString m_contentVersion;
    bool m_profileShared = false;
    bool m_profileOnServer = false; // the server may hold a copy (set when one is sent)
    QDateTime m_profileSentAt;      // when the server last confirmed a copy
    qint64 m_profileChosenAt = 0;   // when the learner made the choice (device time; 0: never)
    bool m_sharedElsewhere = false; // shared by adopting another device's choice; none sent here yet
    // The last copy sent and the last confirmed, without their time (to see what changed).
    QByteArray m_sendingBasis;
    QByteArray m_confirmedBasis;
};

} // namespace groundwork::sync
