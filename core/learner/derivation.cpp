#include "learner/derivation.h"

#include "learner/derivationfold.h"

namespace groundwork::core::learner {

Deriver::Deriver(Fsrs fsrs, RetiredKeys retiredKeys, AssessmentDrills assessmentDrills)
    : m_fsrs(std::move(fsrs)),
      m_retiredKeys(std::move(retiredKeys)),
      m_assessmentDrills(std::move(assessmentDrills))
{
}

Fsrs::Grade Deriver::gradeFor(double judgment)
{
    if (judgment < 0.4)
        return Fsrs::Grade::Again;
    if (judgment < 0.7)
        return Fsrs::Grade::Hard;
    if (judgment < 0.95)
        return Fsrs::Grade::Good;
    return Fsrs::Grade::Easy;
}

LearnerState Deriver::derive(const QVector<Event> &events) const
{
    DerivationFold fold(*this);
    fold.addAll(events);
    return fold.state();
}

IncrementalDeriver::IncrementalDeriver(const Deriver &deriver) : m_deriver(deriver) { reset({}); }
IncrementalDeriver::~IncrementalDeriver() = default;

void IncrementalDeriver::reset(const QVector<Event> &events)
{
    m_fold = std::make_unique<DerivationFold>(m_deriver);
    m_fold->addAll(events);
    m_state = m_fold->state();
}

bool IncrementalDeriver::append(const Event &event)
{
    if (!m_fold->comesAfterLast(event))
        return false;
    m_fold->add(event);
    m_state = m_fold->state();
    return true;
}

} // namespace groundwork::core::learner
