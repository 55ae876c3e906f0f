#pragma once

// Learner devices for the sync tests: real learner stores, the events a short session of
// practice records, and a readiness profile as the Profile screen holds it.
#include "learner/event.h"
#include "learner/learnerstore.h"
#include "learner/readiness.h"

#include <memory>

namespace groundwork::sync::testing {

// The content version makeEvent() stamps.
inline const QString kTestContentVersion = QStringLiteral("2026.11.0+3f9a2c1d");

// Opens (creating) a learner store; null, with a warning, when it cannot.
std::unique_ptr<core::learner::LearnerStore> openLearnerStore(const QString &path);

// An event recorded on `store`'s device at `timeMs` (UTC+1, the test content version).
core::learner::Event makeEvent(const core::learner::LearnerStore &store, core::learner::EventKind kind,
                               qint64 timeMs, QByteArray payload, bool isPrivate = false);

// A short session recorded on `store`: a lesson with its quick check, then a two-decision
// drill (five events). Fails the calling test on a refused append.
void practise(core::learner::LearnerStore &store, qint64 timeMs, const QString &lesson, const QString &drill);

// A profile against `roleId` over three dimensions; `shift` moves every estimate a little.
core::learner::ReadinessProfile profileFor(const QString &roleId, double shift = 0);

// Installs the app's English translation, as the app does: it holds the plural forms ("1 answer
// waiting to sync", not "1 answer(s) ..."). False when it is not embedded in the test.
bool useEnglishPluralForms();

} // namespace groundwork::sync::testing
