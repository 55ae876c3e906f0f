#pragma once

#include "server/store.h"

#include <QTextStream>

namespace groundwork::sync {

// `groundwork-server backup --to FILE`: SQLite's VACUUM INTO, a consistent copy taken while the
// server runs (other connections keep reading and writing). PostgreSQL has pg_dump for that.
int backupSqlite(Store &store, const QString &to, QTextStream &out, QTextStream &err);

// `groundwork-server restore --from FILE`, with the server stopped: the backup is copied beside
// the database, opened (which refuses a newer schema and migrates an older one), and only then
// put in the database's place, so a bad backup leaves the database as it was.
int restoreSqlite(const QString &databaseSpec, const QString &from, QTextStream &out, QTextStream &err);

} // namespace groundwork::sync
