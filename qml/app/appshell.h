#pragma once

#include "appmodels.h"
#include "appoptions.h"
#include "client/pendingrequests.h"
#include "client/secretstore.h"
#include "cohort.h"
#include "content/contentpack.h"
#include "content/narrationfiles.h"
#include "content/narrationpositions.h"
#include "drillsession.h"
#include "firstrunviewmodel.h"
#include "goalviewmodel.h"
#include "learner/clock.h"
#include "learner/learnerstore.h"
#include "leadsession.h"
#include "lessonviewmodel.h"
#include "mydata.h"
#include "narrationcontroller.h"
#include "narrationremote.h"
#include "profileviewmodel.h"
#include "reminders.h"
#include "session/cohortrolebook.h"
#include "session/learnerdata.h"
#include "settings/preferences.h"
#include "startuptrace.h"
#include "todayviewmodel.h"
#include "tracksviewmodel.h"

#include <QTranslator>

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>

#include <memory>
#include <thread>
#include <vector>

namespace groundwork::app {

// The composition root: finds the content, opens the learner's store, builds the objects the
// screens need and hands them to the main window as its required properties.
class AppShell
{
public:
    explicit AppShell(StartupTrace &trace);
    ~AppShell();

    // Loads content and the main window; on failure prints why and returns false.
    bool start();

private:
    bool parseArguments();
    bool loadContent();
    bool openLearnerData(QString *problem);
    void showMainWindow();
    void deleteLearnerData();
    QString prepareDeletion(settings::MyData::DeleteScope scope);
    void closeLearnerData();
    void installTranslation();
    QString dataDir() const;
    void prepareNarration();
    void followCurrentLesson();
    void createEngine();
    void startLoadingWindowTypes();
    static void preferUnhintedText();
    void loadWindow(const QString &qmlFile, const QVariantMap &properties);
    QQuickWindow *mainWindow() const { return qobject_cast<QQuickWindow *>(m_window.get()); }
    void takeScreenshotWhenShown();
    void reportFirstFrame();
    void traceFirstFrame();
    void afterFirstFrame();
    void startReminders();

    StartupTrace &m_trace;
    // Reads the system's font list while the main thread opens the store (see start()).
    std::jthread m_fontListReader;
    AppOptions m_options;
    core::learner::SystemClock m_clock;
    std::shared_ptr<const core::ContentPack> m_pack;
    std::unique_ptr<core::SettingsPreferences> m_preferences;
    QTranslator m_plurals;    // English plural forms ("1 decision"), under every language
    QTranslator m_translator; // the chosen language, when it is not English
    QTranslator m_qtTranslator; // Qt's own strings (a file dialog's buttons) in that language
    // The system keychain and the requests waiting for the cohort server: both outlive the
    // learner's data (a deletion everywhere waits there after the store is gone).
    std::unique_ptr<sync::SecretStore> m_keychain;
    std::unique_ptr<sync::PendingRequests> m_pending;
    std::unique_ptr<core::learner::LearnerStore> m_store;
    // The learner's data for this run; every view model below reads and records through it.
    std::unique_ptr<core::LearnerData> m_session;
    std::unique_ptr<today::TodayViewModel> m_today;
    std::unique_ptr<lesson::LessonViewModel> m_lesson;
    std::unique_ptr<drill::DrillSession> m_drill;
    std::unique_ptr<core::CohortRoleBook> m_cohortRole;
    std::unique_ptr<profile::ProfileViewModel> m_profile;
    std::unique_ptr<tracks::TracksViewModel> m_tracks;
    std::unique_ptr<ui::GoalViewModel> m_goal;
    std::unique_ptr<onboarding::FirstRunViewModel> m_firstRun;
    std::unique_ptr<settings::MyData> m_myData;
    std::unique_ptr<cohort::Cohort> m_cohort;
    std::unique_ptr<lead::LeadSession> m_lead;
    std::unique_ptr<core::NarrationFiles> m_narrationFiles;
    std::unique_ptr<core::SettingsNarrationPositions> m_narrationPositions;
    std::unique_ptr<lesson::NarrationController> m_narration;
    std::unique_ptr<NarrationRemote> m_narrationRemote; // the system's media controls
    std::unique_ptr<Reminders> m_reminders;
    std::unique_ptr<AppModels> m_models; // the view models above, as the window takes them
    // A plain QQmlEngine, not a QQmlApplicationEngine: see createEngine().
    std::unique_ptr<QQmlEngine> m_engine;
    // The window's and Today's QML types, loading in the background (startLoadingWindowTypes):
    // held until the window is built so the engine keeps them.
    std::vector<std::unique_ptr<QQmlComponent>> m_loadingTypes;
    std::unique_ptr<QObject> m_window; // the window loaded into m_engine; it goes first
};

} // namespace groundwork::app
