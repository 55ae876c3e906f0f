#pragma once

#include "groundwork/sync/v1/sync.pb.h"
#include "lead/stallrule.h"
#include "server/clock.h"
#include "server/store.h"

namespace groundwork::sync {

// The goal plan the server knows for a member: none today, since the plan travels inside a
// goal event's payload, which the server does not read (and, end-to-end encrypted, cannot).
// The one place to change if the plan ever reaches the server in a form it may read; the
// stall rule then judges by it as well as by idle days.
std::optional<lead::GoalPlan> knownGoalPlan(const CohortLearner &learner);

// What a cohort lead reads, built from accounts, coarse event kinds and UTC days, and from
// the profiles learners chose to share. Shared by the lead endpoints and the admin command
// line, so both show the same figures.
class LeadReports
{
public:
    LeadReports(Store &store, const Clock &clock, int minGroupSize);

    v1::LeadRosterResponse roster(const Cohort &cohort);
    // Computes a new group figure when the sharing members changed by enough, and keeps it
    // (in the store) as the figure shown; otherwise serves the one shown before.
    v1::LeadGroupProfileResponse groupProfile(const Cohort &cohort);

private:
    Store &m_store;
    const Clock &m_clock;
    int m_minGroupSize;
};

} // namespace groundwork::sync
