#pragma once

#include "learner/cohortrole.h"

namespace groundwork::sync {

namespace v1 {
class CohortRole;
}

// The cohort's role as it travels and as the learner's device keeps it.
core::learner::CohortRole cohortRoleFromWire(const v1::CohortRole &role);
void cohortRoleToWire(const core::learner::CohortRole &role, v1::CohortRole *out);

} // namespace groundwork::sync
