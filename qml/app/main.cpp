#include "appoptions.h"
#include "appshell.h"
#include "startuptrace.h"

#include "groundwork/platform/display.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

#include <sodium.h>

namespace {

// --help and --version print and exit inside process(); they need no display, so they are
// answered with a plain QCoreApplication before the display check.
int answerHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    groundwork::app::setApplicationIdentity();
    QCommandLineParser parser;
    groundwork::app::describeOptions(parser);
    parser.process(app);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    groundwork::app::StartupTrace trace(groundwork::app::StartupTrace::requested(argc, argv));
    if (groundwork::app::asksForHelpOrVersion(argc, argv))
        return answerHelpOrVersion(argc, argv);
    QString advice;
    if (!groundwork::platform::hasDisplay(&advice)) {
        std::fputs(qPrintable(advice.arg(QString::fromLocal8Bit(argv[0]))), stderr);
        return 2;
    }
    // libsodium once, before anything seals or opens an answer (the cohort's end-to-end keys).
    if (sodium_init() < 0) {
        std::fputs("groundwork: the cryptography library could not start\n", stderr);
        return 1;
    }
    trace.mark("display checked, libsodium");
    QGuiApplication app(argc, argv);
    trace.mark("QGuiApplication");
    groundwork::app::AppShell shell(trace);
    return shell.start() ? app.exec() : 1;
}
