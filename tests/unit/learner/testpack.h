#pragma once

#include "content/contentpack.h"

#include <QString>

#include <memory>

namespace groundwork::core::learner::testing {

// A small pack built in C++ for the learner tests (the real content is written elsewhere).
// Dimensions: delegation, standards, trust, focus.
// Drills:
//   handover   measures delegation, trust; decisions h1 (do-it, pair, hand) -> h2 (check-daily,
//              agree-checkpoints)
//   bar        measures standards; decision b1 (own-bar, role-bar, no-bar)
//   flat       measures trust, focus; decision f1 (x, y) — trust is keyed flat (3, 3)
//   priorities measures focus; decision p1 (all, cut)
// Lessons l1..l3 (quick check: option 1 is correct). Tracks: "ready" (l1, handover, l2, bar,
// l3, reflection r1), "back" (private: reflection b1), "choice" (public reflection c1).
// Role "em": delegation 3, standards 1, trust 2, focus 1.
std::shared_ptr<const ContentPack> makeTestPack(const QString &contentVersion = QStringLiteral("test-1"));

// The test pack with the two forms of a readiness assessment, two drills each (in no track):
//   assess-a-one, assess-b-one  measure delegation, trust; decisions x1 (p, q) -> x2 (r, s);
//                               q and s are the best on both dimensions
//   assess-a-two, assess-b-two  measure standards, focus; decision y1 (u: focus, v: standards)
std::shared_ptr<const ContentPack> makeAssessmentTestPack();

} // namespace groundwork::core::learner::testing
