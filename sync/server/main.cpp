#include "server/servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("groundwork-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return groundwork::sync::runServerCli(QCoreApplication::arguments(), out, err);
}
