#pragma once

#include "client/cohortrequest.h"
#include "client/syncengine.h"

#include <QObject>

#include <memory>

namespace groundwork::sync {

class CohortCredentials;

// How this app reaches its cohort server: the network access, a private CA to trust (tests,
// self-hosted servers) and, once joined, the stored credential. Every request, in a sync round
// or not, takes its address, token and trust from here.
class CohortConnection : public QObject
{
    Q_OBJECT

public:
    // `credentials` outlives this; `network` may be null (one is made).
    explicit CohortConnection(const CohortCredentials &credentials, QNetworkAccessManager *network = nullptr,
                              QObject *parent = nullptr);
    ~CohortConnection() override;

    QNetworkAccessManager &network() { return *m_network; }

    // Applies to later requests and restarts syncing (trustChanged()).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);

    // With the stored credential; an empty base while not joined.
    CohortCall signedIn() const;
    // Without a credential, to an address as the learner typed it (joining, linking).
    CohortCall anonymous(const QString &typedUrl) const;
    // For a SyncEngine, with the app's version.
    SyncEndpoint endpoint() const;

    // A reply of postToCohort(), which the caller deletes.
    QNetworkReply *post(const CohortCall &call, const QString &path, const QByteArray &body);

signals:
    void trustChanged();

private:
    const CohortCredentials &m_credentials;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network = nullptr;
    QList<QSslCertificate> m_extraCa;
};

} // namespace groundwork::sync
