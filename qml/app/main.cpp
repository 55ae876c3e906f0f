#include "appshell.h"

#include "groundwork/platform/display.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QString advice;
    if (!groundwork::platform::hasDisplay(&advice)) {
        std::fputs(qPrintable(advice.arg(QString::fromLocal8Bit(argv[0]))), stderr);
        return 2;
    }
    QGuiApplication app(argc, argv);
    groundwork::app::AppShell shell;
    return shell.start() ? app.exec() : 1;
}
