#include "cohort.h"

#include "learner/learnerstore.h"

namespace groundwork::cohort {

namespace {

sync::PendingRequests &pendingOf(const CohortServices &services, std::unique_ptr<sync::PendingRequests> &own,
                                 QNetworkAccessManager *network)
{
    if (services.pending)
        return *services.pending;
    own = std::make_unique<sync::PendingRequests>(QString(), network, nullptr);
    return *own;
}

} // namespace

Cohort::Cohort(core::learner::LearnerStore &store, QNetworkAccessManager *network, QObject *parent)
    : Cohort(store, CohortServices{}, network, parent)
{
}

Cohort::Cohort(core::learner::LearnerStore &store, const CohortServices &services, QNetworkAccessManager *network,
               QObject *parent)
    : QObject(parent), m_pending(pendingOf(services, m_ownPending, network)),
      m_credentials(store, services.keychain), m_connection(m_credentials, network),
      m_departure(m_credentials, m_connection, m_pending), m_outbox(store), m_keys(store.connectionName()),
      m_sealed(m_outbox, store, m_keys, [this] { return m_credentials.credential().accountId; }),
      m_scheduler(m_credentials, m_connection, m_sealed),
      m_enrolment(m_credentials, m_connection, m_departure, m_keys, services.linkCost),
      m_status(m_credentials, m_scheduler, m_sealed), m_sharing(m_credentials, m_connection, m_scheduler, m_departure),
      m_devices(m_credentials, m_connection, m_keys), m_problems(m_keys, m_sealed),
      m_recovery(m_credentials, m_connection, m_keys)
{
    // Leaving forgets the keys and their marks; joining or linking starts afresh.
    connect(&m_status, &SyncStatus::joinedChanged, &m_problems, &SyncProblems::refresh);
    // Requests waiting for the server get another try with each sync, and the same trust.
    connect(&m_scheduler, &sync::SyncScheduler::stateChanged, &m_pending, &sync::PendingRequests::retryNow);
    connect(&m_connection, &sync::CohortConnection::trustChanged, &m_pending,
            [this] { m_pending.setExtraCaCertificates(m_connection.anonymous(QString()).extraCa); });
    m_sealed.setDeviceId([this] { return m_credentials.credential().deviceId; });
    // The first remaining device to sync after another left rotates the key for it (the
    // server refuses a second rotation of the same epoch).
    connect(&m_sealed, &sync::SealedOutbox::rotationDue, &m_devices, [this](const QString &departed) {
        if (const auto keyring = m_keys.keyring(); keyring && !keyring->isEmpty())
            m_devices.signOut(departed); // without keys there is nothing to rotate
    });
}

Cohort::~Cohort() = default;

} // namespace groundwork::cohort
