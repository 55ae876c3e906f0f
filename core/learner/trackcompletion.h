#pragma once

#include "content/contentpack.h"
#include "learner/derivation.h"

#include <QString>
#include <QStringList>

namespace groundwork::core::learner {

// Whether the learner has finished a track: every item it lists is done (a lesson read, a
// drill practised, a reflection written) and so is its closing step's reflection, when it has
// one. The same test the Tracks screen's ticks make.
bool trackFinished(const pb::Track &track, const LearnerState &state);

// The public tracks of the pack the learner has finished, in the pack's order. Private tracks
// ("Back to IC", "Is it for me?") are never listed: finishing one tells nobody anything.
QStringList finishedPublicTracks(const ContentPack &pack, const LearnerState &state);

// The id of a track's "completed" milestone: the same on every device, so the learner store
// and the cohort server (one id per account) keep it once however many devices record it.
QString trackCompletedEventId(const QString &trackId);

} // namespace groundwork::core::learner
