#pragma once

#include "settings/preferences.h"

#include <QCommandLineParser>
#include <QSize>
#include <QString>

namespace groundwork::app {

// What the command line asks of the app.
struct AppOptions
{
    // --theme: System leaves the choice to the learner's settings
    core::Preferences::Theme colorScheme = core::Preferences::Theme::System;
    QSize windowSize;
    QString screenshotFile; // render the first frame to this PNG, then quit
    int screenshotDelayMs = 800;
    bool reportFirstFrame = false;
    bool previewReminder = false; // show today's reminder once at start
    QString dataDir;   // where the learner's data lives (default: the platform's)
    QString startWith; // "lesson:<id>" or "drill:<id>", opened at start
};

// Names the application (organisation, name, version) for QSettings, paths and --version.
void setApplicationIdentity();

// Declares every option the app accepts, with --help and --version, on `parser`.
void describeOptions(QCommandLineParser &parser);

// Reads the parsed options; on a bad value returns false and says why in `problem`.
bool readOptions(const QCommandLineParser &parser, AppOptions *options, QString *problem);

// Whether the raw command line asks only for help or the version, which the app answers
// without a display: it is read before any (GUI) application object exists.
bool asksForHelpOrVersion(int argc, const char *const *argv);

} // namespace groundwork::app
