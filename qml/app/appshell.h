#pragma once

#include "appoptions.h"
#include "cohort.h"
#include "content/contentpack.h"
#include "content/narrationfiles.h"
#include "content/narrationpositions.h"
#include "learner/clock.h"
#include "learner/learnerstore.h"
#include "narrationcontroller.h"
#include "reminders.h"
#include "viewmodels/drillsession.h"
#include "viewmodels/learnersession.h"
#include "viewmodels/mydata.h"
#include "viewmodels/preferences.h"
#include "viewmodels/profileviewmodel.h"
#include "viewmodels/tracksviewmodel.h"

#include <QTranslator>

#include <QQmlApplicationEngine>

#include <memory>

namespace groundwork::app {

// The composition root: finds the content, opens the learner's store, builds the objects the
// screens need and hands them to the main window as its required properties.
class AppShell
{
public:
    AppShell();
    ~AppShell();

    // Loads content and the main window; on failure prints why and returns false.
    bool start();

private:
    bool parseArguments();
    bool loadContent();
    bool openLearnerData(QString *problem);
    void showMainWindow();
    void deleteLearnerData();
    void closeLearnerData();
    void installTranslation();
    QString dataDir() const;
    void prepareNarration();
    void followCurrentLesson();
    void loadWindow(const QString &qmlFile, const QVariantMap &properties);
    void takeScreenshotWhenShown();
    void reportFirstFrame();
    void startReminders();

    AppOptions m_options;
    core::learner::SystemClock m_clock;
    std::shared_ptr<const core::ContentPack> m_pack;
    std::unique_ptr<core::SettingsPreferences> m_preferences;
    QTranslator m_translator;
    std::unique_ptr<core::learner::LearnerStore> m_store;
    std::unique_ptr<core::LearnerSession> m_session;
    std::unique_ptr<core::DrillSession> m_drill;
    std::unique_ptr<core::ProfileViewModel> m_profile;
    std::unique_ptr<core::TracksViewModel> m_tracks;
    std::unique_ptr<core::MyData> m_myData;
    std::unique_ptr<cohort::Cohort> m_cohort;
    std::unique_ptr<core::NarrationFiles> m_narrationFiles;
    std::unique_ptr<core::SettingsNarrationPositions> m_narrationPositions;
    std::unique_ptr<lesson::NarrationController> m_narration;
    std::unique_ptr<Reminders> m_reminders;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace groundwork::app
