#pragma once

#include "client/backoff.h"
#include "client/outboxsource.h"
#include "learner/cohortrole.h"
#include "protocol/wirecodec.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace groundwork::sync {

struct SyncEndpoint
{
    QUrl baseUrl;                                // e.g. https://cohort.example.org:8443
    QString deviceToken;
    QList<QSslCertificate> extraCaCertificates;  // e.g. a development certificate
    QString appVersion;
    // The protocol the engine's requests declare. Protocol 3 servers take only sealed events
    // from a client of 3 (SealedOutbox); a source of readable events (tests of the readable
    // path an older app takes) declares 2.
    std::uint32_t protocolVersion = kProtocolVersion;
};

struct SyncTuning
{
    int uploadBatch = 200;
    int downloadBatch = 500;
    int transferTimeoutMs = 20'000;
    int backoffBaseMs = 1'000;
    int backoffCapMs = 5 * 60'000;
    qint64 maxResponseBytes = 8 * 1024 * 1024;
};

// What the server should hold of the learner's shared readiness profile.
struct ProfileShare
{
    bool share = false;  // false: withdraw; the server deletes its copy
    QByteArray profile;  // a serialised v1::SharedProfile while sharing (sharedprofile.h)
    // When the learner made this choice (device time, Unix ms). The server applies it unless
    // it holds a newer choice from another of the learner's devices; 0: "now" (old servers).
    qint64 chosenAtMs = 0;
};

// Asked during each round for a share or withdrawal to send; nullopt when the server already
// holds what it should. Whoever implements it remembers what was confirmed
// (SyncEngine::profileShareConfirmed).
using ProfileShareProvider = std::function<std::optional<ProfileShare>()>;

// Sends the outbox in batches and pulls the person's other devices' events, over Qt Network,
// never blocking the caller's thread. Failures are retried with backoff; progress and state
// are properties for the UI.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY lastSyncedChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int uploadedThisRound READ uploadedThisRound NOTIFY progressChanged)
    Q_PROPERTY(int downloadedThisRound READ downloadedThisRound NOTIFY progressChanged)

public:
    enum class State {
        Idle,           // nothing under way; lastSynced says when it last completed
        Syncing,
        WaitingToRetry, // a round failed; it is retried by itself after a backoff
        UpdateRequired, // the server no longer speaks this app's protocol: update the app
        SignedOut,      // the device credential is unknown or revoked
        Failed,         // the server refused a request; retried only on the next syncNow()
    };
    Q_ENUM(State)

    SyncEngine(OutboxSource &source, QNetworkAccessManager &network, SyncEndpoint endpoint,
               SyncTuning tuning, std::function<double()> random01, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    QDateTime lastSynced() const { return m_lastSynced; }
    int pendingCount() const { return m_pendingCount; }
    QString errorText() const { return m_errorText; }
    int uploadedThisRound() const { return m_uploaded; }
    int downloadedThisRound() const { return m_downloaded; }
    int failedAttempts() const { return m_attempt; }
    // While WaitingToRetry: milliseconds until the next attempt starts by itself; else -1.
    int retryInMs() const { return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : -1; }

    // Starts a round (upload, then download) unless one is under way or waiting to retry,
    // in which case it starts now.
    Q_INVOKABLE void syncNow();

    // Lets rounds carry the learner's profile share (POST /v1/profile/share). A withdrawal is
    // sent first thing in a round, so a learner's "stop sharing" never waits behind a long
    // upload; a share goes last, after the download, so the copy reflects every device's
    // answers. Failures are handled like any other request of the round (retry, backoff).
    // To send one soon, call syncNow(): a round under way asks the provider again at its end.
    void setProfileShareProvider(ProfileShareProvider provider);

signals:
    void stateChanged();
    void lastSyncedChanged();
    void pendingCountChanged();
    void errorTextChanged();
    void progressChanged();
    // A round completed: everything pending was acknowledged and the pull is up to date.
    void roundFinished();
    // The server applied a share of exactly these bytes, or a withdrawal (share false).
    void profileShareConfirmed(bool share, const QByteArray &profile);
    // The account's sharing choice as the server holds it (from a download or a share
    // answer): the last choice made on any of the learner's devices. Not sent by servers
    // that predate account-wide choices.
    void profileShareStateReceived(bool shared, qint64 chosenAtMs);
    // The role the learner's cohort trains for, as its lead last set it (servers that hold one).
    void cohortRoleReceived(const groundwork::core::learner::CohortRole &role);

private:
    void uploadNext();
    void registerKeyThenDownload();
    void onKeyRegistered(const QByteArray &body);
    void downloadNext();
    void post(const QString &path, const QByteArray &body, void (SyncEngine::*onSuccess)(const QByteArray &));
    void onUploaded(const QByteArray &body);
    void onDownloaded(const QByteArray &body);
    enum class AfterShare { Upload, Finish };
    bool sendProfileShare(bool withdrawalsOnly, AfterShare then);
    void onProfileShared(const QByteArray &body);
    void handleFailure(QNetworkReply *reply, const QByteArray &body);
    void retryLater(const QString &why);
    void finishRound();
    void setState(State state);
    void setError(const QString &text);
    void refreshPending();

    OutboxSource &m_source;
    QNetworkAccessManager &m_network;
    SyncEndpoint m_endpoint;
    SyncTuning m_tuning;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QPointer<QNetworkReply> m_inFlight;
    QStringList m_sentIds;
    ProfileShareProvider m_shareProvider;
    std::optional<ProfileShare> m_shareInFlight;
    std::optional<DeviceKeyRegistration> m_keyInFlight;
    AfterShare m_afterShare = AfterShare::Finish;
    int m_sharesThisRound = 0;

    State m_state = State::Idle;
    QDateTime m_lastSynced;
    int m_pendingCount = 0;
    QString m_errorText;
    int m_uploaded = 0;
    int m_downloaded = 0;
    int m_attempt = 0;
};

} // namespace groundwork::sync
