#pragma once

#include "learner/clock.h"
#include "learner/learnerstore.h"
#include "learner/recorder.h"

#include <QString>

#include <memory>

namespace groundwork::core::learner::testing {

// A store opened at `path` with a Recorder over the test pack (testpack.h) and a manual clock:
// what most store tests start from. `recorder` is null when the store did not open.
struct RecordingStore
{
    explicit RecordingStore(const QString &path);

    LearnerStore::OpenResult opened;
    std::shared_ptr<const ContentPack> pack;
    ManualClock clock{1'750'000'000'000};
    std::unique_ptr<Recorder> recorder;

    LearnerStore &store() { return *opened.store; }
};

} // namespace groundwork::core::learner::testing
