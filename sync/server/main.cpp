#include "server/servercli.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Everything the server writes (database, its WAL, backups) holds hashed credentials and
    // learners' answers: readable by the server's own user only.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("groundwork-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROUNDWORK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return groundwork::sync::runServerCli(QCoreApplication::arguments(), out, err);
}
