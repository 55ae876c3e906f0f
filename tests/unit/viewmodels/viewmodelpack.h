#pragma once

#include "content/contentpack.h"
#include "learner/clock.h"
#include "learner/learnerstore.h"
#include "session/learnerdata.h"

#include <QTemporaryDir>

#include <memory>

namespace groundwork::core::testing {

// A small pack for the view-model tests, adapted from the learner tests' pack.
// Dimensions: delegation, standards, trust (each with a definition).
// Drills: handover (delegation, trust; h1 "What do you do?": do-it or hand -> h2: check-daily
// or checkpoints; hand and checkpoints are strongest), bar (standards; b1: own-bar or
// role-bar); each option's text "Option <id>", feedback "Because <id>".
// Lessons: l1 (three cards, a takeaway, a try-it assignment, a check with "right" among
// "wrong" and "also wrong"), l2 (a check only). Tracks:
//   ready-to-lead  l1, handover, l2, bar, reflection r1
//   is-it-for-me   reflection c1 "**What draws you?**"; outcomes ready-to-try, not-yet, stay-ic
//   back-to-ic     private; reflections b1, b2; outcomes settled, still-processing
// Roles: em (delegation 3, standards 1, trust 2), ops (standards 2, trust 1).
// Readiness assessment (in no track): assess-a-one, assess-b-one (delegation, trust; x1 "What
// first?": p or q -> x2 "And then?": r or s; q and s strongest), assess-a-two, assess-b-two
// (standards; y1 "Which bar?": u or v; v strongest).
std::shared_ptr<const ContentPack> makeViewModelPack();
pb::ContentPack makeViewModelPackData();

// A real learner store in a temporary folder, a manual clock (Monday 3 March 2025, 09:00 UTC)
// and the learner's data on the "ready-to-lead" track.
struct LearnerFixture
{
    LearnerFixture();
    ~LearnerFixture();

    // Plays one attempt of a drill: every decision with the given option ids and confidence.
    bool playHandover(const QString &first, const QString &second, int confidence = 0);
    bool playBar(const QString &option, int confidence = 0);

    QTemporaryDir dir;
    std::shared_ptr<const ContentPack> pack;
    learner::ManualClock clock;
    std::unique_ptr<learner::LearnerStore> store;
    std::unique_ptr<LearnerData> data;
};

} // namespace groundwork::core::testing
