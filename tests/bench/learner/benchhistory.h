#pragma once

#include "content/contentpack.h"
#include "learner/event.h"

#include <QVector>

#include <memory>

// The data bench_learner measures on.
namespace groundwork::core::learner::bench {

// A pack shaped like the real one, scaled up: 8 dimensions, 60 drills of 3 decisions with 3
// options keyed 1..5 on the drill's 2-3 dimensions, 120 lessons, a track "ready" and a role "em".
std::shared_ptr<const ContentPack> benchPack();

// Five years of daily use from 2022-01-01 on one device: most days a lesson (started, checked,
// finished), and 2,000 drill attempts of 3 decisions (6,000 decisions) spread over the days.
QVector<Event> fiveYears(const std::shared_ptr<const ContentPack> &pack);

} // namespace groundwork::core::learner::bench
