#include "cohort.h"

#include "learner/learnerstore.h"

namespace groundwork::cohort {

Cohort::Cohort(core::learner::LearnerStore &store, QNetworkAccessManager *network, QObject *parent,
               sync::crypto::PwhashLimits linkCost)
    : QObject(parent), m_credentials(store), m_connection(m_credentials, network),
      m_departure(m_credentials, m_connection), m_outbox(store), m_keys(store.connectionName()),
      m_sealed(m_outbox, store, m_keys, [this] { return m_credentials.credential().accountId; }),
      m_scheduler(m_credentials, m_connection, m_sealed),
      m_enrolment(m_credentials, m_connection, m_departure, m_keys, linkCost),
      m_status(m_credentials, m_scheduler, m_sealed), m_sharing(m_credentials, m_connection, m_scheduler, m_departure),
      m_devices(m_credentials, m_connection, m_keys)
{
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
