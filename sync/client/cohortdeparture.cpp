#include "client/cohortdeparture.h"

#include "client/cohortconnection.h"
#include "client/cohortcredentials.h"
#include "groundwork/sync/v1/sync.pb.h"

namespace groundwork::sync {

CohortDeparture::CohortDeparture(CohortCredentials &credentials, CohortConnection &connection, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_connection(connection)
{
}

CohortDeparture::~CohortDeparture() = default;

void CohortDeparture::send(const CohortCall &call, const QString &path, const QByteArray &body,
                           std::function<void(const CohortAnswer &)> onAnswer)
{
    if (call.token.isEmpty() || call.base.isEmpty())
        return;
    m_queue.enqueue({call, path, body, std::move(onAnswer)});
    if (!m_current.busy())
        sendNext();
}

void CohortDeparture::sendNext()
{
    if (m_queue.isEmpty())
        return;
    Pending next = m_queue.dequeue();
    m_current.start(m_connection.post(next.call, next.path, next.body), this,
                    [this, onAnswer = std::move(next.onAnswer)](const CohortAnswer &answer) {
                        if (onAnswer)
                            onAnswer(answer);
                        sendNext();
                    });
}

void CohortDeparture::deleteAccount()
{
    if (!m_credentials.joined() || m_deleting.busy())
        return;
    v1::DeleteAccountRequest request;
    m_deleting.start(m_connection.post(m_connection.signedIn(), QStringLiteral("/v1/account/delete"),
                                       requestBody(request)),
                     this, [this](const CohortAnswer &answer) {
                         v1::DeleteAccountResponse done;
                         if (!answer.ok()) {
                             emit accountDeletionFailed(answer.error);
                         } else if (!done.ParseFromArray(answer.body.constData(), int(answer.body.size()))
                                    || !done.deleted()) {
                             emit accountDeletionFailed(
                                 tr("The cohort server sent an answer this app does not understand."));
                         } else {
                             m_credentials.forget(); // the server refuses it from now on
                             emit accountDeleted(done.events_deleted());
                         }
                     });
}

} // namespace groundwork::sync
