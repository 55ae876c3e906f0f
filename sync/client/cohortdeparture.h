#pragma once

#include "client/cohortrequest.h"

#include <QObject>
#include <QQueue>

#include <functional>

namespace groundwork::sync {

class CohortConnection;
class CohortCredentials;

// Leaving the cohort server from this device: the last requests sent with a credential that
// is being forgotten, and deleting the learner's whole account there.
//
// Requests on the way out go one after the other, in the order asked: a profile withdrawal
// must reach the server before this device signs itself out, or the server would refuse it.
// Nothing is retried: once the credential is forgotten this device no longer speaks for the
// account (a durable queue is for later).
class CohortDeparture : public QObject
{
    Q_OBJECT

public:
    // The arguments outlive this.
    CohortDeparture(CohortCredentials &credentials, CohortConnection &connection, QObject *parent = nullptr);
    ~CohortDeparture() override;

    // Sends `body` to `path` with `call` (captured before the credential is forgotten) once
    // the requests queued before it are answered; `onAnswer` (optional) hears how it went.
    void send(const CohortCall &call, const QString &path, const QByteArray &body,
              std::function<void(const CohortAnswer &)> onAnswer = {});

    // POST /v1/account/delete with this device's credential: the server deletes the account,
    // its events, shared profile, sharing choice, link codes and every device credential. On
    // success the credential is forgotten here too (accountDeleted); otherwise nothing changes
    // here (accountDeletionFailed, in plain words). Ignored while not joined or under way.
    void deleteAccount();
    bool deletingAccount() const { return m_deleting.busy(); }

signals:
    void accountDeleted(quint64 eventsDeleted);
    void accountDeletionFailed(const QString &error);

private:
    struct Pending
    {
        CohortCall call;
        QString path;
        QByteArray body;
        std::function<void(const CohortAnswer &)> onAnswer;
    };
    void sendNext();

    CohortCredentials &m_credentials;
    CohortConnection &m_connection;
    QQueue<Pending> m_queue;
    CohortRequestSlot m_current;
    CohortRequestSlot m_deleting;
};

} // namespace groundwork::sync
