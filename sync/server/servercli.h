#pragma once

#include <QStringList>
#include <QTextStream>

namespace groundwork::sync {

// The `groundwork-server` command line: `serve` runs the HTTPS server (blocking in the
// caller's event loop); the other commands administer the database and exit.
// Returns the process exit code.
int runServerCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace groundwork::sync
