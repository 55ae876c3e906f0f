#pragma once

#include "client/cohortrequest.h"
#include "client/pendingrequests.h"

#include <QObject>

namespace groundwork::sync {

class CohortConnection;
class CohortCredentials;

// Leaving the cohort server from this device: the last requests sent with a credential that
// is being forgotten, and deleting the learner's whole account there.
//
// Each goes into the durable queue (PendingRequests) with its own copy of the credential, so
// it reaches the server even if the app is closed, the network is down for days or the
// learner's data on this device is deleted meanwhile; the queue keeps the order asked (a
// profile withdrawal reaches the server before this device signs itself out).
class CohortDeparture : public QObject
{
    Q_OBJECT

public:
    // The arguments outlive this.
    CohortDeparture(CohortCredentials &credentials, CohortConnection &connection, PendingRequests &pending,
                    QObject *parent = nullptr);
    ~CohortDeparture() override;

    PendingRequests &pending() { return m_pending; }

    // Queues `body` to `path` with `call` (captured before the credential is forgotten).
    // Returns the request's id, or "" when it could not be kept (`error` says why).
    QString send(PendingRequest::Kind kind, const CohortCall &call, const QString &path, const QByteArray &body,
                 QString *error = nullptr);

    // POST /v1/account/delete with this device's credential, queued until the server
    // confirms: it deletes the account, its events, shared profile, sharing choice, link codes
    // and every device credential. The credential is forgotten here at once (the queue keeps
    // its own copy until then), without a withdrawal or sign-out of its own: the deletion
    // covers both. Returns "" when queued, or why not (not joined, the queue not writable).
    QString deleteAccount();
    // A deletion is waiting for the server (or was refused and not yet dismissed).
    bool deletingAccount() const { return m_pending.contains(PendingRequest::Kind::DeleteAccount); }
    // Inside deleteAccount(), while the credential is forgotten: nothing else is sent then.
    bool forgettingForDeletion() const { return m_forgettingForDeletion; }

signals:
    void accountDeleted(quint64 eventsDeleted);
    // An attempt did not work; `willRetry` false when it never will (the words say why).
    void accountDeletionFailed(const QString &error, bool willRetry);

private:
    void onConfirmed(const QString &id, PendingRequest::Kind kind, const QByteArray &answer);

    CohortCredentials &m_credentials;
    CohortConnection &m_connection;
    PendingRequests &m_pending;
    bool m_forgettingForDeletion = false;
};

} // namespace groundwork::sync
