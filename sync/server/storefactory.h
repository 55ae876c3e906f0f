#pragma once

#include "server/store.h"

#include <QUrl>

#include <memory>

namespace groundwork::sync {

// Opens (creating when needed) and migrates the store named by `spec`:
//   postgresql://user[:password]@host[:port]/dbname[?schema=name&sslmode=...]
//     With no password in the URL, libpq reads PGPASSWORD or the PGPASSFILE/~/.pgpass file,
//     so the password need never be on a command line. sslmode defaults to verify-full
//     (prefer on loopback), unless PGSSLMODE is set.
//   sqlite:/path/to/file.db, or any other text: a path to an SQLite file (created mode 0600,
//     synchronous=FULL).
// Returns null and sets `error` in plain words on failure.
std::unique_ptr<Store> openStore(const QString &spec, QString *error);

bool isPostgresSpec(const QString &spec);

// libpq options for `url`: a connect timeout and the sslmode.
QString postgresConnectOptions(const QUrl &url);
QString defaultSslMode(const QString &host);

} // namespace groundwork::sync
