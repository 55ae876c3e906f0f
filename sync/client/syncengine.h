#pragma once

#include "client/backoff.h"
#include "client/outboxsource.h"
#include "protocol/wirecodec.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

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

signals:
    void stateChanged();
    void lastSyncedChanged();
    void pendingCountChanged();
    void errorTextChanged();
    void progressChanged();
    // A round completed: everything pending was acknowledged and the pull is up to date.
    void roundFinished();

private:
    void uploadNext();
    void downloadNext();
    void post(const QString &path, const QByteArray &body, void (SyncEngine::*onSuccess)(const QByteArray &));
    void onUploaded(const QByteArray &body);
    void onDownloaded(const QByteArray &body);
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

    State m_state = State::Idle;
    QDateTime m_lastSynced;
    int m_pendingCount = 0;
    QString m_errorText;
    int m_uploaded = 0;
    int m_downloaded = 0;
    int m_attempt = 0;
};

} // namespace groundwork::sync
