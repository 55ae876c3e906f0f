#pragma once

#include "client/backoff.h"
#include "client/cohortrequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace groundwork::sync {

class SecretStore;

// A request to the cohort server that has to reach it even if the app closes or the learner's
// data is deleted first: withdrawing a shared profile and signing this device out when
// leaving, deleting the account everywhere.
struct PendingRequest
{
    enum class Kind { WithdrawProfile, RevokeDevice, DeleteAccount };

    QString id;
    Kind kind = Kind::RevokeDevice;
    QUrl base;
    QString path;
    QByteArray body;
    // The credential the request is sent with. Kept in the file only until it is moved into
    // the keychain (tokenInKeychain); erased everywhere once the server confirms.
    QString token;
    bool tokenInKeychain = false;
    qint64 queuedAtMs = 0;
    int attempts = 0;     // answers that were not a confirmation
    QString lastError;    // the last of them, in plain words
    bool refused = false; // the server said no in a way that retrying cannot change
};

// The requests waiting for the cohort server, kept in a small file of their own beside the
// learner's store (not in it: deleting the learner's data deletes the store, and the request
// to delete the account must outlive it). The file is rewritten atomically on every change
// and readable by its owner only.
//
// One request at a time, in the order queued (a withdrawal must reach the server before the
// sign-out that follows it). An answer that is not a confirmation is retried with exponential
// backoff, for as long as it takes; a refusal that retrying cannot change (the server no
// longer knows the credential) stops the request and says so (refused, lastError) until the
// learner dismisses it. Nothing is dropped silently.
class PendingRequests : public QObject
{
    Q_OBJECT

public:
    using Kind = PendingRequest::Kind;

    // `filePath` empty: kept in memory only. `network` may be null (one is made). `keychain`
    // may be null (the credential stays in the file, readable by its owner only). Requests
    // found in the file are sent at once.
    PendingRequests(const QString &filePath, QNetworkAccessManager *network, SecretStore *keychain,
                    QObject *parent = nullptr);
    ~PendingRequests() override;

    // Queues a request with `call`'s address and credential, and writes it down before
    // returning; an empty string, or why it could not be kept (then nothing is sent).
    QString enqueue(Kind kind, const CohortCall &call, const QString &path, const QByteArray &body,
                    QString *id = nullptr);
    const QList<PendingRequest> &requests() const { return m_requests; }
    bool contains(Kind kind) const;
    bool waiting() const; // anything not yet confirmed and not refused
    // Why the file could not be read at start ("" when it was fine); it is kept aside.
    QString loadError() const { return m_loadError; }

    // When the server confirmed that the learner's account is deleted (0: it has not).
    qint64 accountDeletedAtMs() const { return m_accountDeletedAtMs; }
    void forgetAccountDeleted();

    // Tries the first waiting request now rather than after its backoff (a sync, a start).
    void retryNow();
    // The learner lets a refused request go.
    void dismiss(const QString &id);
    // The next attempt, while waiting out a backoff (invalid otherwise).
    QDateTime nextAttempt() const;
    bool sending() const { return m_reply != nullptr; }

    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void setBackoff(int baseMs, int capMs);

signals:
    void changed();
    // The server confirmed `id`; `answer` is its reply body.
    void confirmed(const QString &id, groundwork::sync::PendingRequest::Kind kind, const QByteArray &answer);
    // An attempt did not work: retried later, or refused for good.
    void attemptFailed(const QString &id, groundwork::sync::PendingRequest::Kind kind, const QString &error,
                       bool willRetry);

private:
    enum class Outcome { Confirmed, Retry, Refused };
    struct Answer
    {
        Outcome outcome;
        QByteArray body;
        QString error;
    };

    void load();
    bool save();
    void sendFirst();
    void send(PendingRequest request);
    void onReply(QNetworkReply *reply, const QString &id);
    Answer judge(QNetworkReply &reply, Kind kind) const;
    void finish(const QString &id, const Answer &answer);
    void moveTokenToKeychain(const QString &id);
    void eraseKeychainToken(const PendingRequest &request);
    PendingRequest *find(const QString &id);
    void waitBeforeRetry();

    QString m_path;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network;
    SecretStore *m_keychain;
    QList<PendingRequest> m_requests;
    QList<QSslCertificate> m_extraCa;
    qint64 m_accountDeletedAtMs = 0;
    QString m_loadError;
    QPointer<QNetworkReply> m_reply;
    QString m_sendingId;
    bool m_readingToken = false;
    QTimer m_retry;
    QDateTime m_nextAttempt;
    int m_failuresInARow = 0;
    Backoff m_backoff;
};

QString kindName(PendingRequest::Kind kind);

} // namespace groundwork::sync
