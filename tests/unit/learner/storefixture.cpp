#include "storefixture.h"

#include "testpack.h"

namespace groundwork::core::learner::testing {

RecordingStore::RecordingStore(const QString &path) : opened(LearnerStore::open(path)), pack(makeTestPack())
{
    if (opened.store)
        recorder = std::make_unique<Recorder>(*opened.store, pack, clock);
}

} // namespace groundwork::core::learner::testing
