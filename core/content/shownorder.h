#pragma once

#include <QList>
#include <QStringView>

namespace groundwork::core {

// The order in which the options of a drill decision or quick check are shown: a permutation
// of 0..count-1 (shown position -> index in the file) drawn from `seed` alone, so resuming an
// attempt, on this device or another, shows the same order, and each new attempt a fresh one.
// The file order must tell the learner nothing (see the content compiler's cue audit).
QList<int> shownOrder(int count, QStringView seed);

} // namespace groundwork::core
