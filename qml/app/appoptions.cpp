#include "appoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>

namespace groundwork::app {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Groundwork"));
    QCoreApplication::setApplicationName(QStringLiteral("Groundwork"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROUNDWORK_VERSION));
}

void describeOptions(QCommandLineParser &parser)
{
    // Qt's own options (-platform, -style, -reverse...) are taken by QGuiApplication before this
    // parser sees the command line, so the help names them rather than listing each one.
    parser.setApplicationDescription(QStringLiteral(
        "Groundwork: practise management judgment.\n"
        "Qt's standard options (for example -platform offscreen) are accepted as well."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("theme"), QStringLiteral("Colour scheme: system, light or dark."),
         QStringLiteral("scheme"), QStringLiteral("system")},
        {QStringLiteral("window-size"), QStringLiteral("Initial window size, e.g. 360x640."),
         QStringLiteral("WxH")},
        {QStringLiteral("screenshot"),
         QStringLiteral("Save the first shown frame to this PNG file and quit (for review)."),
         QStringLiteral("file")},
        {QStringLiteral("screenshot-delay"),
         QStringLiteral("Milliseconds to wait before the screenshot (default 800)."),
         QStringLiteral("ms"), QStringLiteral("800")},
        {QStringLiteral("data-dir"), QStringLiteral("Keep the learner's data in this folder."),
         QStringLiteral("dir")},
        {QStringLiteral("open"),
         QStringLiteral("Open a screen at start: lesson:<id>, drill:<id>, section:<n> or lead (lead mode)."),
         QStringLiteral("item")},
        {QStringLiteral("preview-reminder"),
         QStringLiteral("Show today's reminder notification once at start, to see how this "
                        "desktop shows it (it does not count as today's reminder).")},
        {QStringLiteral("report-first-frame"),
         QStringLiteral("Print the monotonic clock at the first frame, then quit (for the "
                        "startup benchmark).")},
        {QStringLiteral("startup-trace"),
         QStringLiteral("Print where start-up time goes, phase by phase, to stderr (also "
                        "GROUNDWORK_STARTUP_TRACE=1).")},
    });
}

namespace {

bool readWindowSize(const QString &value, QSize *size)
{
    const QStringList parts = value.split(QLatin1Char('x'));
    const int w = parts.value(0).toInt(), h = parts.value(1).toInt();
    if (parts.size() != 2 || w < 200 || h < 200)
        return false;
    *size = QSize(w, h);
    return true;
}

} // namespace

bool readOptions(const QCommandLineParser &parser, AppOptions *options, QString *problem)
{
    // The same words as the settings file.
    const auto theme = core::Preferences::themeFromName(parser.value(QStringLiteral("theme")));
    if (!theme) {
        *problem = QStringLiteral("--theme must be system, light or dark");
        return false;
    }
    options->colorScheme = *theme;
    if (parser.isSet(QStringLiteral("window-size")) &&
        !readWindowSize(parser.value(QStringLiteral("window-size")), &options->windowSize)) {
        *problem = QStringLiteral("--window-size must look like 360x640");
        return false;
    }
    options->screenshotFile = parser.value(QStringLiteral("screenshot"));
    options->screenshotDelayMs =
        qBound(0, parser.value(QStringLiteral("screenshot-delay")).toInt(), 600000);
    options->reportFirstFrame = parser.isSet(QStringLiteral("report-first-frame"));
    options->previewReminder = parser.isSet(QStringLiteral("preview-reminder"));
    options->dataDir = parser.value(QStringLiteral("data-dir"));
    options->startWith = parser.value(QStringLiteral("open"));
    return true;
}

bool asksForHelpOrVersion(int argc, const char *const *argv)
{
    // The spellings QCommandLineParser accepts for its help and version options.
    static const char *const kAsks[] = {"-h", "--help", "-?", "--help-all", "-v", "--version"};
    for (int i = 1; i < argc; ++i) {
        for (const char *ask : kAsks) {
            if (std::strcmp(argv[i], ask) == 0)
                return true;
        }
    }
    return false;
}

} // namespace groundwork::app
