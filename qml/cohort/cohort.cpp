#include "cohort.h"

namespace groundwork::cohort {

Cohort::Cohort(core::learner::LearnerStore &store, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_credentials(store), m_connection(m_credentials, network),
      m_departure(m_credentials, m_connection), m_outbox(store),
      m_scheduler(m_credentials, m_connection, m_outbox), m_enrolment(m_credentials, m_connection, m_departure),
      m_status(m_credentials, m_scheduler, m_outbox), m_sharing(m_credentials, m_connection, m_scheduler, m_departure),
      m_devices(m_credentials, m_connection)
{
}

Cohort::~Cohort() = default;

} // namespace groundwork::cohort
