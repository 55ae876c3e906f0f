#include "session/cohortrolebook.h"

#include "learner/learnerstore.h"

namespace groundwork::core {

namespace {

const QString kRoleKey = QStringLiteral("cohort.role");
const QString kSeenKey = QStringLiteral("cohort.role_seen");

} // namespace

CohortRoleBook::CohortRoleBook(learner::LearnerStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_role = learner::CohortRole::fromJson(m_store.syncValue(kRoleKey));
    m_seen = learner::CohortRole::fromJson(m_store.syncValue(kSeenKey));
}

bool CohortRoleBook::receive(const learner::CohortRole &role)
{
    if (m_role && *m_role == role)
        return false;
    if (!m_store.setSyncValue(kRoleKey, role.toJson()))
        return false; // not on disk: keep what was there, the next sync brings it again
    m_role = role;
    emit changed();
    return true;
}

bool CohortRoleBook::hasUnseenChange() const
{
    return m_role && (!m_seen || m_seen->version != m_role->version);
}

QVector<learner::RoleChange> CohortRoleBook::unseenChanges() const
{
    if (!m_role || !m_seen || !hasUnseenChange())
        return {};
    return learner::roleChanges(*m_seen, *m_role);
}

void CohortRoleBook::acknowledge()
{
    if (!hasUnseenChange())
        return;
    if (!m_store.setSyncValue(kSeenKey, m_role->toJson()))
        return;
    m_seen = m_role;
    emit changed();
}

void CohortRoleBook::forget()
{
    if (!m_role && !m_seen)
        return;
    m_store.setSyncValue(kRoleKey, QByteArray());
    m_store.setSyncValue(kSeenKey, QByteArray());
    m_role.reset();
    m_seen.reset();
    emit changed();
}

} // namespace groundwork::core
