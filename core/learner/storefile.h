#pragma once

#include "learner/learnerstore.h"

#include <QString>

namespace groundwork::core::learner {

// Looks at an existing learner store file without writing to it: the header, an integrity
// check and the schema version, through a read-only connection. Returns an empty string when
// there is no file, an empty one, or a store this app can open; otherwise the plain-language
// reason, with *error set.
QString checkStoreFile(const QString &path, int latestVersion, LearnerStore::OpenError *error);

// A Qt SQL connection name no other connection has.
QString newConnectionName(const char *prefix);

} // namespace groundwork::core::learner
