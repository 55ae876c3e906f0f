#include "client/cohortdeparture.h"

#include "client/cohortconnection.h"
#include "client/cohortcredentials.h"
#include "groundwork/sync/v1/sync.pb.h"

namespace groundwork::sync {

CohortDeparture::CohortDeparture(CohortCredentials &credentials, CohortConnection &connection,
                                 PendingRequests &pending, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_connection(connection), m_pending(pending)
{
    connect(&m_pending, &PendingRequests::confirmed, this, &CohortDeparture::onConfirmed);
    connect(&m_pending, &PendingRequests::attemptFailed, this,
            [this](const QString &, PendingRequest::Kind kind, const QString &error, bool willRetry) {
                if (kind == PendingRequest::Kind::DeleteAccount)
                    emit accountDeletionFailed(error, willRetry);
            });
}

CohortDeparture::~CohortDeparture() = default;

QString CohortDeparture::send(PendingRequest::Kind kind, const CohortCall &call, const QString &path,
                              const QByteArray &body, QString *error)
{
    QString id;
    const QString problem = m_pending.enqueue(kind, call, path, body, &id);
    if (error)
        *error = problem;
    return id;
}

QString CohortDeparture::deleteAccount()
{
    if (!m_credentials.joined())
        return tr("This device is not signed in to a cohort server.");
    if (deletingAccount())
        return {};
    v1::DeleteAccountRequest request;
    QString error;
    send(PendingRequest::Kind::DeleteAccount, m_connection.signedIn(), QStringLiteral("/v1/account/delete"),
         requestBody(request), &error);
    if (!error.isEmpty())
        return error;
    m_forgettingForDeletion = true;
    m_credentials.forget();
    m_forgettingForDeletion = false;
    return {};
}

void CohortDeparture::onConfirmed(const QString &, PendingRequest::Kind kind, const QByteArray &answer)
{
    if (kind != PendingRequest::Kind::DeleteAccount)
        return;
    v1::DeleteAccountResponse done;
    done.ParseFromArray(answer.constData(), int(answer.size()));
    emit accountDeleted(done.events_deleted());
}

} // namespace groundwork::sync
