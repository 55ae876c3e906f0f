#pragma once

#include "server/serversettings.h"
#include "server/store.h"

#include <QTextStream>

namespace groundwork::sync {

// `groundwork-server serve`: runs until SIGTERM or SIGINT (graceful: stops accepting, answers
// what it is receiving, closes the database), reloads the TLS certificate on SIGHUP, purges
// expired codes every hour. Returns the process exit code.
int serve(const ServerSettings &settings, Store &store, QTextStream &out, QTextStream &err);

} // namespace groundwork::sync
