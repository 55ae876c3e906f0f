#include "appshell.h"
#include "importpaths.h"

#include "groundwork/platform/shippedfiles.h"
#include "client/keychainsecretstore.h"
#include "narrationplayerplugin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QQuickStyle>
#include <QResource>
#include <QSettings>
#include <QStandardPaths>

#include <chrono>
#include <cstdio>

namespace groundwork::app {

namespace {

const QString kFirstTrack = QString::fromLatin1(core::Preferences::kDefaultTrack);
const QString kStoreFile = QStringLiteral("learner.sqlite");
// Beside the store, not in it: see sync::PendingRequests.
const QString kPendingFile = QStringLiteral("pending-requests.json");

void report(const QString &message)
{
    std::fprintf(stderr, "groundwork: %s\n", qPrintable(message));
}

// The content resources ship with the app (where depends on the platform's package);
// GROUNDWORK_CONTENT may point elsewhere.
QString contentResourceFile()
{
    const QString overridden = qEnvironmentVariable("GROUNDWORK_CONTENT");
    if (!overridden.isEmpty())
        return overridden;
    return platform::shippedFile(QStringLiteral("groundwork-content.rcc"));
}

// Prints when the first frame was swapped, in microseconds on the monotonic clock the benchmark
// read before it started this process. Never inlined and named alike in the bare window (bench_bare_window):
// bench.sh counts the instructions up to it by this name (callgrind --dump-before).
Q_NEVER_INLINE void firstFrameReported()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf("first-frame-us %lld\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::microseconds>(now).count()));
    std::fflush(stdout);
}

// Where the app's own plugins are: beside the executable (the build tree) and where the install
// puts them (GROUNDWORK_PLUGIN_DIR_FROM_BINARY, from CMake).
QStringList pluginDirs()
{
    const QDir binary(QCoreApplication::applicationDirPath());
    return {binary.filePath(QStringLiteral("groundwork-plugins")),
            QDir::cleanPath(binary.filePath(QStringLiteral(GROUNDWORK_PLUGIN_DIR_FROM_BINARY)))};
}

} // namespace

AppShell::AppShell(StartupTrace &trace) : m_trace(trace)
{
    setApplicationIdentity();
}

AppShell::~AppShell()
{
    // The window goes before the objects it shows, and they before the store they record to.
    closeLearnerData();
}

bool AppShell::loadContent()
{
    const QString rcc = contentResourceFile();
    if (!QResource::registerResource(rcc)) {
        report(QStringLiteral("cannot open the content file %1; rebuild the app or set "
                              "GROUNDWORK_CONTENT to the path of groundwork-content.rcc")
                   .arg(rcc));
        return false;
    }
    auto loaded = core::ContentPack::fromFile(QStringLiteral(":/content/pack.bin"));
    if (!loaded.pack) {
        report(loaded.error);
        return false;
    }
    m_pack = loaded.pack;
    return true;
}

QString AppShell::dataDir() const
{
    return m_options.dataDir.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
               : m_options.dataDir;
}

bool AppShell::openLearnerData(QString *problem)
{
    QDir().mkpath(dataDir());
    // PRAGMA quick_check reads every page: with years of history it was the largest part of
    // opening. It guards against writing into a damaged file, and opening a store of the
    // current schema writes nothing, so it runs after the first frame (afterFirstFrame), before
    // this run writes anything; an upgrade, which writes, still checks first.
    auto opened = core::learner::LearnerStore::open(QDir(dataDir()).filePath(kStoreFile),
                                                    core::learner::LearnerStore::IntegrityCheck::BeforeFirstWrite);
    if (!opened.store) {
        *problem = opened.message;
        return false;
    }
    m_store = std::move(opened.store);
    m_trace.mark("learner store opened (schema checked, migrated)");
    const QString track = m_preferences->trackId();
    m_session = std::make_unique<core::LearnerData>(*m_store, m_pack, m_clock,
                                                     m_pack->track(track) ? track : kFirstTrack);
    m_trace.mark(m_session->snapshotProblem().isEmpty()
                     ? "learner data: snapshot + later events folded, today planned"
                     : "learner data: every event read and derived, today planned");
    QObject::connect(m_preferences.get(), &core::Preferences::trackIdChanged, m_session.get(),
                     [this] { m_session->setTrackId(m_preferences->trackId()); });
    m_today = std::make_unique<today::TodayViewModel>(*m_session, m_preferences.get());
    m_lesson = std::make_unique<lesson::LessonViewModel>(*m_session);
    m_cohortRole = std::make_unique<core::CohortRoleBook>(*m_store);
    m_drill = std::make_unique<drill::DrillSession>(*m_session, m_preferences.get(), m_cohortRole.get());
    m_profile = std::make_unique<profile::ProfileViewModel>(*m_session, m_preferences.get(), m_cohortRole.get());
    m_tracks = std::make_unique<tracks::TracksViewModel>(*m_session, m_preferences.get());
    m_goal = std::make_unique<ui::GoalViewModel>(*m_session);
    m_firstRun = std::make_unique<onboarding::FirstRunViewModel>(*m_session, *m_preferences);
    m_trace.mark("view models: today, lesson, drill, profile, tracks, goal, first run");
    m_myData = std::make_unique<settings::MyData>(m_store.get());
    m_cohort = std::make_unique<cohort::Cohort>(*m_store, cohort::CohortServices{m_pending.get(), m_keychain.get()});
    m_myData->setPendingRequests(m_pending.get());
    m_myData->setJoinedSource([cohort = m_cohort.get()] { return cohort->credentials().joined(); });
    QObject::connect(&m_cohort->credentials(), &sync::CohortCredentials::joinedChanged, m_myData.get(),
                     &settings::MyData::joinedMayHaveChanged);
    m_trace.mark("my data, cohort (sync client)");
    m_myData->setDeleteHandler([this](settings::MyData::DeleteScope scope) { return prepareDeletion(scope); });
    // If the learner chooses to share it, the lead gets the profile the Profile screen shows.
    m_cohort->sharing()->setReadinessSource(
        [profile = m_profile.get()] { return std::optional(profile->profile()); },
        m_pack->contentVersion());
    // The assessment results go with it only when the learner chose to include them.
    m_cohort->sharing()->setAssessmentSource([profile = m_profile.get()] {
        return profile->shareAssessment() ? profile->assessmentResults()
                                          : QVector<core::learner::AssessmentResult>();
    });
    // Lead mode: its own credential, the same network and trust; exports go to Documents.
    m_lead = std::make_unique<lead::LeadSession>(
        *m_store, m_cohort->connection(),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("Groundwork")),
        [pack = m_pack](const QString &id) {
            const auto *dimension = pack->dimension(id);
            return dimension ? QString::fromStdString(dimension->name()) : QString();
        },
        nullptr, m_pack);
    // The role the cohort trains for arrives with sync and goes when the device leaves.
    QObject::connect(&m_cohort->scheduler(), &sync::SyncScheduler::cohortRoleReceived, m_cohortRole.get(),
                     [book = m_cohortRole.get()](const core::learner::CohortRole &role) { book->receive(role); });
    QObject::connect(m_cohort->enrolment(), &cohort::CohortEnrolment::leftTextChanged, m_cohortRole.get(),
                     &core::CohortRoleBook::forget);
    m_trace.mark("lead session");
    // Answers from the learner's other devices change what every screen shows.
    QObject::connect(&m_cohort->outbox(), &sync::LearnerOutbox::remoteEventsApplied, m_session.get(),
                     [this] { m_session->refresh(); });
    QObject::connect(&m_session->recorder(), &core::learner::Recorder::recorded, &m_cohort->scheduler(),
                     &sync::SyncScheduler::noteLocalChange);
    // Queued: the request comes from a button inside the window that is about to go away.
    QObject::connect(m_myData.get(), &settings::MyData::deleteRequested, QCoreApplication::instance(),
                     [this] { deleteLearnerData(); }, Qt::QueuedConnection);
    return true;
}

void AppShell::closeLearnerData()
{
    m_window.reset();
    m_engine.reset();
    m_models.reset();
    m_reminders.reset();
    m_narrationRemote.reset();
    m_narration.reset();
    m_lead.reset();
    m_cohort.reset();
    m_myData.reset();
    m_firstRun.reset();
    m_goal.reset();
    m_tracks.reset();
    m_profile.reset();
    m_drill.reset();
    m_cohortRole.reset(); // after the view models that read it
    m_lesson.reset();
    m_today.reset();
    m_session.reset();
    m_store.reset();
}

// Before "Delete my data" wipes this device: the cohort server hears of it through the durable
// queue. On this device only, the device leaves the cohort (its sign-out queued; the account and
// what was synced stay on the server); everywhere, the account's deletion is queued.
QString AppShell::prepareDeletion(settings::MyData::DeleteScope scope)
{
    if (!m_cohort || !m_cohort->credentials().joined())
        return QString();
    if (scope == settings::MyData::DeleteScope::Everywhere)
        return m_cohort->departure().deleteAccount();
    m_cohort->enrolment()->leave();
    return QString();
}

// "Delete my data": everything the learner made on this device goes, then a fresh start.
void AppShell::deleteLearnerData()
{
    closeLearnerData();
    const QDir dir(dataDir());
    for (const QString &file : {kStoreFile, kStoreFile + QStringLiteral("-wal"),
                                kStoreFile + QStringLiteral("-shm"), QStringLiteral("listening.ini")})
        QFile::remove(dir.filePath(file));
    // Appearance stays (it belongs to the device); the learner's own choices go with the data.
    m_preferences->setTrackId(kFirstTrack);
    m_preferences->setRoleId(QString());
    m_preferences->setCohortInviteCode(QString());
    m_preferences->setFirstRunDone(false);
    m_preferences->setReminderEnabled(false);
    m_preferences->setSkippedAssessmentOffer(QString());
    m_preferences->forgetDismissedTryIts();
    m_preferences->setShareAssessmentResults(false);
    QString problem;
    if (!openLearnerData(&problem)) {
        report(problem);
        QCoreApplication::exit(1);
        return;
    }
    showMainWindow();
}

void AppShell::prepareNarration()
{
    m_narrationFiles = std::make_unique<core::NarrationFiles>(
        QStringLiteral(":/content"),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
        m_pack->contentVersion());
    m_narrationPositions = std::make_unique<core::SettingsNarrationPositions>(
        QDir(dataDir()).filePath(QStringLiteral("listening.ini")));
    m_narration = std::make_unique<lesson::NarrationController>(
        *m_narrationPositions, lesson::narrationPlayerFromPlugin(pluginDirs()));
    m_narrationRemote = std::make_unique<NarrationRemote>(*m_narration, platform::createMediaSession());
    QObject::connect(m_lesson.get(), &lesson::LessonViewModel::contentChanged,
                     m_narration.get(), [this] { followCurrentLesson(); });
}

// The narration always belongs to the lesson on screen.
void AppShell::followCurrentLesson()
{
    const core::LessonContent *lesson = m_lesson->content();
    if (!lesson)
        return;
    m_narration->setRate(m_preferences->narrationRate());
    m_narration->load(lesson->lessonId(), m_narrationFiles->playableUrl(lesson->narrationFile()),
                      lesson->narrationDurationMs());
    m_narrationRemote->lessonLoaded(lesson->lessonId(), lesson->title());
}

bool AppShell::parseArguments()
{
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(*QCoreApplication::instance());
    QString problem;
    if (!readOptions(parser, &m_options, &problem)) {
        report(problem);
        return false;
    }
    return true;
}

void AppShell::takeScreenshotWhenShown()
{
    // A settle time lets text layout finish (and lets a review script drive the window first).
    // The window is looked up when the time comes: deleting the learner's data makes a new one.
    QTimer::singleShot(m_options.screenshotDelayMs, QCoreApplication::instance(), [this] {
        QQuickWindow *window = mainWindow();
        if (!window) {
            report(QStringLiteral("no window to take a screenshot of"));
            QCoreApplication::quit();
            return;
        }
        const QImage image = window->grabWindow();
        if (!image.save(m_options.screenshotFile))
            report(QStringLiteral("could not write %1").arg(m_options.screenshotFile));
        QCoreApplication::quit();
    });
}

// The type loader reads the window's QML files, their imports and Qt's style on its own
// thread while this one reads the content pack and opens the learner's store; loadWindow()
// then waits only for what is left. Today's page is loaded by name once the window is built
// (Main.qml): it is asked for here too when the window will show it.
void AppShell::startLoadingWindowTypes()
{
    const auto load = [this](const QString &qmlFile) {
        m_loadingTypes.push_back(std::make_unique<QQmlComponent>(
            m_engine.get(), QUrl(QStringLiteral("qrc:/qt/qml/Groundwork/App/") + qmlFile),
            QQmlComponent::Asynchronous));
    };
    load(QStringLiteral("Main.qml"));
    if (m_preferences->firstRunDone() && m_options.startWith.isEmpty())
        load(QStringLiteral("TodayPage.qml"));
}

// Qt Quick lays text out with the font's design metrics and, on a GPU, draws it from the
// glyphs' unhinted outlines (distance fields): hinting changes nothing the learner sees there,
// yet FreeType still ran its auto-hinter on every glyph the layout measured (6 M of the
// instructions before Today's first frame, bench.sh startup). Only the software renderer, used
// where there is no GPU, draws hinted glyphs; without hinting its text is a little softer.
void AppShell::preferUnhintedText()
{
    QFont font = QGuiApplication::font();
    font.setHintingPreference(QFont::PreferNoHinting);
    QGuiApplication::setFont(font);
}

void AppShell::loadWindow(const QString &qmlFile, const QVariantMap &properties)
{
    QVariantMap initial = properties;
    if (m_options.windowSize.isValid()) {
        initial.insert(QStringLiteral("width"), m_options.windowSize.width());
        initial.insert(QStringLiteral("height"), m_options.windowSize.height());
    }
    // The engine is made at start (see start()); "Delete my data" closes it with the learner's
    // data, and the fresh window after it needs a new one.
    if (!m_engine)
        createEngine();
    QQmlComponent component(m_engine.get(), QUrl(QStringLiteral("qrc:/qt/qml/Groundwork/App/") + qmlFile));
    m_trace.mark("window's types ready (loaded on the type loader's thread)");
    m_window.reset(component.createWithInitialProperties(initial));
    m_loadingTypes.clear();
    if (!m_window) {
        for (const QQmlError &error : component.errors())
            report(error.toString());
    }
}

// A plain QQmlEngine: QQmlApplicationEngine puts a file selector in front of every URL it
// loads (each QML file, each qmldir), and with this app's ~25 resource trees each URL cost a
// dozen resource lookups for "+selector" folders (11 M instructions before the first frame).
// Groundwork ships no selector variants; Qt's translations, the other thing that engine
// adds, are installed with the app's own (installTranslation).
void AppShell::createEngine()
{
    m_engine = std::make_unique<QQmlEngine>();
    m_engine->setImportPathList(qmlImportPaths(m_engine->importPathList(),
                                               QLibraryInfo::path(QLibraryInfo::QmlImportsPath)));
}

void AppShell::reportFirstFrame()
{
    QQuickWindow *window = mainWindow();
    if (!window)
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [connection] {
        QObject::disconnect(*connection);
        firstFrameReported();
        // Stay up briefly so the benchmark can read this process's peak memory.
        QTimer::singleShot(300, QCoreApplication::instance(), &QCoreApplication::quit);
    });
}

// What waits for the first frame: the store's integrity check (see openLearnerData) and, when
// it passes, a fresh snapshot of the derived state if many events were folded since the last.
// A damaged file is reported as at start and the main window gives way to the problem.
void AppShell::afterFirstFrame()
{
    QQuickWindow *window = mainWindow();
    if (!window || !m_store)
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(window, &QQuickWindow::frameSwapped, QCoreApplication::instance(),
        [this, connection] {
            if (!*connection)
                return;
            QObject::disconnect(*connection);
            *connection = {};
            const QString problem = m_store ? m_store->integrityProblem() : QString();
            if (problem.isEmpty()) {
                m_session->saveSnapshotIfBehind();
                return;
            }
            report(problem);
            closeLearnerData();
            createEngine();
            loadWindow(QStringLiteral("Problem.qml"), {{QStringLiteral("problem"), problem}});
        }, Qt::QueuedConnection);
}

// The trace's last phase: the first frame of the window on screen.
void AppShell::traceFirstFrame()
{
    QQuickWindow *window = mainWindow();
    if (!window)
        return;
    // frameSwapped comes from the render thread: a second frame may be queued before the
    // disconnect, so the mark is made once by flag.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [this, connection] {
        if (!*connection)
            return;
        QObject::disconnect(*connection);
        *connection = {};
        m_trace.mark("first frame swapped");
    });
}

void AppShell::installTranslation()
{
    // Installed first, so a chosen language's translator (installed later) is asked first.
    if (m_plurals.load(QStringLiteral(":/i18n/groundwork_en.qm")))
        QCoreApplication::installTranslator(&m_plurals);
    QString language = m_preferences->language();
    if (language.isEmpty() || language == QLatin1String("system"))
        language = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    // English is the source language: its file holds only the plural forms loaded above.
    if (language != QLatin1String("en")
        && m_translator.load(QStringLiteral(":/i18n/groundwork_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language)); // dates and numbers follow the chosen language
    }
    // Qt's own strings (a file dialog's buttons), as QQmlApplicationEngine used to load them.
    if (m_qtTranslator.load(QLocale(), QStringLiteral("qt"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

void AppShell::showMainWindow()
{
    prepareNarration();
    m_trace.mark("narration (files, positions, controller, media session)");
    m_models = std::make_unique<AppModels>();
    m_models->today = m_today.get();
    m_models->lesson = m_lesson.get();
    m_models->drill = m_drill.get();
    m_models->narration = m_narration.get();
    m_models->profile = m_profile.get();
    m_models->tracks = m_tracks.get();
    m_models->goal = m_goal.get();
    m_models->firstRun = m_firstRun.get();
    m_models->myData = m_myData.get();
    m_models->cohort = m_cohort.get();
    m_models->lead = m_lead.get();
    const auto object = [](QObject *o) { return QVariant::fromValue(o); };
    loadWindow(QStringLiteral("Main.qml"),
               {{QStringLiteral("preferences"), object(m_preferences.get())},
                {QStringLiteral("models"), object(m_models.get())},
                {QStringLiteral("colorScheme"), QVariant::fromValue(m_options.colorScheme)},
                {QStringLiteral("startWith"), m_options.startWith}});
    m_trace.mark("window created, Today built");
    startReminders();
    m_trace.mark("reminders");
}

// The reminder follows the learner's progress in this session; a click on it brings up Today.
void AppShell::startReminders()
{
    m_reminders = std::make_unique<Reminders>(
        *m_session, *m_preferences, [] { return platform::createNotifier(); });
    QObject::connect(m_reminders.get(), &Reminders::openTodayRequested, m_engine.get(), [this] {
        if (m_window)
            QMetaObject::invokeMethod(m_window.get(), "openToday");
    });
    if (m_options.previewReminder)
        m_reminders->preview();
}

bool AppShell::start()
{
    if (!parseArguments())
        return false;
    m_trace.mark("arguments");
    // The first text asks fontconfig for the system's fonts, which parses its configuration
    // (a quarter of the type loader's work before the first frame, bench.sh startup): done on
    // a thread of its own, it overlaps the QML types' loading and the store's opening.
    m_fontListReader = std::jthread([] { QFontDatabase::families(); });
    QQuickStyle::setStyle(QStringLiteral("Material"));
    preferUnhintedText();
    QDir().mkpath(dataDir());
    m_preferences = std::make_unique<core::SettingsPreferences>(
        QDir(dataDir()).filePath(QStringLiteral("settings.ini")));
    createEngine();
    startLoadingWindowTypes();
    m_trace.mark("QQmlEngine created, window's types loading");
    if (!loadContent())
        return false;
    m_trace.mark("content pack loaded");
    m_keychain = std::make_unique<sync::KeychainSecretStore>(QDir(dataDir()).absolutePath());
    m_pending = std::make_unique<sync::PendingRequests>(QDir(dataDir()).filePath(kPendingFile), nullptr,
                                                        m_keychain.get());
    m_trace.mark("preferences, keychain, pending requests");
    installTranslation();
    m_trace.mark("translation");

    QString problem;
    if (openLearnerData(&problem)) {
        showMainWindow();
        afterFirstFrame();
    } else {
        report(problem);
        loadWindow(QStringLiteral("Problem.qml"), {{QStringLiteral("problem"), problem}});
    }
    if (!m_window) {
        report(QStringLiteral("the main window could not be created (see the QML errors above)"));
        return false;
    }
    if (!m_options.screenshotFile.isEmpty())
        takeScreenshotWhenShown();
    if (m_options.reportFirstFrame)
        reportFirstFrame();
    if (m_trace.enabled())
        traceFirstFrame();
    return true;
}

} // namespace groundwork::app
