#pragma once

#include "content/contentpack.h"
#include "content/lessoncontent.h"
#include "content/narrationfiles.h"
#include "content/narrationpositions.h"
#include "narrationcontroller.h"

#include <QQmlApplicationEngine>
#include <QSize>

#include <memory>

namespace groundwork::app {

// The composition root: finds the content, builds the objects the screens need and hands
// them to the main window as its required properties.
class AppShell
{
public:
    AppShell();
    ~AppShell();

    // Loads content and the main window; on failure prints why and returns false.
    bool start();

private:
    struct Options
    {
        QString colorScheme = QStringLiteral("system"); // system, light or dark
        QSize windowSize;
        QString screenshotFile; // render the first frame to this PNG, then quit
    };

    bool parseArguments();
    bool loadContent();
    void prepareNarration();
    void takeScreenshotWhenShown();

    Options m_options;

    std::shared_ptr<const core::ContentPack> m_pack;
    std::unique_ptr<core::LessonContent> m_todayLesson;
    std::unique_ptr<core::NarrationFiles> m_narrationFiles;
    std::unique_ptr<core::SettingsNarrationPositions> m_narrationPositions;
    std::unique_ptr<lesson::NarrationController> m_narration;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace groundwork::app
