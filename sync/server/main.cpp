#include "server/servercli.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Everything the server writes (database, its WAL, backups) holds hashed credentials and
    // learners' answers: readable by the server's own user only.
    ::umask(077);
    // Qt's own event loop instead of GLib's on every thread: a request crosses threads twice
    // (to its store connection's thread and back), and GLib's wakes the other thread with a
    // write to its eventfd on every posted event, where Qt's writes once until that thread
    // wakes (strace at 200 clients: 5.5 writes a request before, 1.1 after). The server has no
    // GLib-based code to integrate with.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("groundwork-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROUNDWORK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return groundwork::sync::runServerCli(QCoreApplication::arguments(), out, err);
}
