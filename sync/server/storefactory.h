#pragma once

#include "server/store.h"

#include <memory>

namespace groundwork::sync {

// Opens (creating when needed) and migrates the store named by `spec`:
//   postgresql://user[:password]@host[:port]/dbname[?schema=name&sslmode=...]
//   sqlite:/path/to/file.db, or any other text: a path to an SQLite file.
// Returns null and sets `error` in plain words on failure.
std::unique_ptr<Store> openStore(const QString &spec, QString *error);

bool isPostgresSpec(const QString &spec);

} // namespace groundwork::sync
