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

// A new SQLite connection of this name, as QSqlDatabase::addDatabase("QSQLITE", name) makes. The
// driver plugin is loaded from Qt's plugin folder with its own libraries searched first for its
// symbols (RTLD_DEEPBIND, where the build allows it): libsqlite3 binds its ~1,200 calls to itself
// at load, and looking each one up from the front of the app's long list of libraries cost the
// first frame ~4.8 M instructions (2%). A driver found elsewhere (static builds, other
// layouts) comes through Qt's usual lookup.
QSqlDatabase addSqliteDatabase(const QString &connectionName);

} // namespace groundwork::core::learner
