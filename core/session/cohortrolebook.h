#pragma once

#include "learner/cohortrole.h"

#include <QObject>

#include <optional>

namespace groundwork::core {

namespace learner {
class LearnerStore;
}

// The role the learner's cohort trains for, kept in the learner store as the server last sent
// it, and the version the learner last saw (for a one-time note of what changed). Written to
// disk before anything is told.
class CohortRoleBook : public QObject
{
    Q_OBJECT

public:
    explicit CohortRoleBook(learner::LearnerStore &store, QObject *parent = nullptr);

    const std::optional<learner::CohortRole> &role() const { return m_role; }
    // The role the learner last acknowledged; nullopt before the first note was closed.
    const std::optional<learner::CohortRole> &seen() const { return m_seen; }

    // A role from the server; false when it is the one held (nothing to tell).
    bool receive(const learner::CohortRole &role);
    // A role arrived since the learner last closed the note.
    bool hasUnseenChange() const;
    // What changed since the role the learner last saw (empty for the first role ever: the
    // note then says the lead set one).
    QVector<learner::RoleChange> unseenChanges() const;
    // The learner closed the note.
    void acknowledge();
    // The device left the cohort: its role no longer applies.
    void forget();

signals:
    void changed();

private:
    learner::LearnerStore &m_store;
    std::optional<learner::CohortRole> m_role;
    std::optional<learner::CohortRole> m_seen;
};

} // namespace groundwork::core
