#include "client/cohortconnection.h"

#include "client/cohortcredentials.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace groundwork::sync {

CohortConnection::CohortConnection(const CohortCredentials &credentials, QNetworkAccessManager *network,
                                   QObject *parent)
    : QObject(parent), m_credentials(credentials), m_network(network)
{
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownNetwork.get();
    }
}

CohortConnection::~CohortConnection() = default;

void CohortConnection::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCa = certificates;
    emit trustChanged();
}

CohortCall CohortConnection::signedIn() const
{
    const CohortCredential &credential = m_credentials.credential();
    if (!credential.joined())
        return {};
    return {cohortServerBase(credential.serverUrl), credential.deviceToken, m_extraCa};
}

CohortCall CohortConnection::anonymous(const QString &typedUrl) const
{
    return {cohortServerBase(typedUrl), {}, m_extraCa};
}

SyncEndpoint CohortConnection::endpoint() const
{
    const CohortCall call = signedIn();
    return {call.base, call.token, call.extraCa, QCoreApplication::applicationVersion()};
}

QNetworkReply *CohortConnection::post(const CohortCall &call, const QString &path, const QByteArray &body)
{
    return postToCohort(*m_network, call, path, body);
}

} // namespace groundwork::sync
