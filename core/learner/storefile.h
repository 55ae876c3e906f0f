#pragma once

#include "learner/learnerstore.h"

#include <QSqlDatabase>
#include <QString>

namespace groundwork::core::learner {

// Looks at an existing learner store file without writing to it, through a read-only
// connection: the header, the schema version and (as `check` says) the integrity of every page. Returns an empty string when there is no file, an empty one, or a store this app
// can open; otherwise the plain-language reason, with *error set.
QString checkStoreFile(const QString &path, int latestVersion, LearnerStore::OpenError *error,
                       LearnerStore::IntegrityCheck check = LearnerStore::IntegrityCheck::OnOpen);

// The first problem PRAGMA quick_check finds in an open database; "" when it finds none.
QString integrityProblem(QSqlDatabase &db);
QString damagedStoreMessage(const QString &path, const QString &reason);

// A Qt SQL connection name no other connection has.
QString newConnectionName(const char *prefix);

} // namespace groundwork::core::learner
