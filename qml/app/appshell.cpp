#include "appshell.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QQuickWindow>
#include <QTimer>
#include <QDir>
#include <QFileInfo>
#include <QQuickStyle>
#include <QResource>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace groundwork::app {

namespace {

const QString kFirstTrack = QStringLiteral("ready-to-lead");

void report(const QString &message)
{
    std::fprintf(stderr, "groundwork: %s\n", qPrintable(message));
}

// The content resources ship beside the executable; GROUNDWORK_CONTENT may point elsewhere.
QString contentResourceFile()
{
    const QString overridden = qEnvironmentVariable("GROUNDWORK_CONTENT");
    if (!overridden.isEmpty())
        return overridden;
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {QStringLiteral("groundwork-content.rcc"),
                                     QStringLiteral("../share/groundwork/groundwork-content.rcc")}) {
        if (QFileInfo::exists(appDir.filePath(candidate)))
            return appDir.filePath(candidate);
    }
    return appDir.filePath(QStringLiteral("groundwork-content.rcc"));
}

} // namespace

AppShell::AppShell()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Groundwork"));
    QCoreApplication::setApplicationName(QStringLiteral("Groundwork"));
}

AppShell::~AppShell()
{
    // The window goes before the objects it shows, and they before the store they record to.
    m_engine.reset();
    m_narration.reset();
    m_drill.reset();
    m_session.reset();
    m_store.reset();
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
    auto opened = core::learner::LearnerStore::open(QDir(dataDir()).filePath(QStringLiteral("learner.sqlite")));
    if (!opened.store) {
        *problem = opened.message;
        return false;
    }
    m_store = std::move(opened.store);
    QSettings device(QDir(dataDir()).filePath(QStringLiteral("device.ini")), QSettings::IniFormat);
    const QString track = device.value(QStringLiteral("trackId"), kFirstTrack).toString();
    m_session = std::make_unique<core::LearnerSession>(*m_store, m_pack, m_clock,
                                                        m_pack->track(track) ? track : kFirstTrack);
    m_drill = std::make_unique<core::DrillSession>(*m_session);
    return true;
}

void AppShell::prepareNarration()
{
    m_narrationFiles = std::make_unique<core::NarrationFiles>(
        QStringLiteral(":/content"),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
        m_pack->contentVersion());
    m_narrationPositions = std::make_unique<core::SettingsNarrationPositions>(
        QDir(dataDir()).filePath(QStringLiteral("listening.ini")));
    m_narration = std::make_unique<lesson::NarrationController>(*m_narrationPositions);
    QObject::connect(m_session.get(), &core::LearnerSession::currentLessonChanged,
                     m_narration.get(), [this] { followCurrentLesson(); });
}

// The narration always belongs to the lesson on screen.
void AppShell::followCurrentLesson()
{
    const core::LessonContent *lesson = m_session->currentLesson();
    if (!lesson)
        return;
    m_narration->load(lesson->lessonId(), m_narrationFiles->playableUrl(lesson->narrationFile()),
                      lesson->narrationDurationMs());
}

bool AppShell::parseArguments()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Groundwork: practise management judgment"));
    parser.addHelpOption();
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Colour scheme: system, light or dark."),
                                   QStringLiteral("scheme"), QStringLiteral("system"));
    const QCommandLineOption size(QStringLiteral("window-size"),
                                  QStringLiteral("Initial window size, e.g. 360x640."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the first shown frame to this PNG file and quit (for review)."),
        QStringLiteral("file"));
    const QCommandLineOption data(QStringLiteral("data-dir"),
                                  QStringLiteral("Keep the learner's data in this folder."),
                                  QStringLiteral("dir"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QStringLiteral("Open a lesson or drill at start: lesson:<id> or drill:<id>."),
                                  QStringLiteral("item"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                                   QStringLiteral("Milliseconds to wait before the screenshot (default 800)."),
                                   QStringLiteral("ms"), QStringLiteral("800"));
    parser.addOptions({theme, size, screenshot, delay, data, open});
    parser.process(*QCoreApplication::instance());

    m_options.colorScheme = parser.value(theme);
    if (!QStringList{"system", "light", "dark"}.contains(m_options.colorScheme)) {
        report(QStringLiteral("--theme must be system, light or dark"));
        return false;
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        const int w = parts.value(0).toInt(), h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 200 || h < 200) {
            report(QStringLiteral("--window-size must look like 360x640"));
            return false;
        }
        m_options.windowSize = QSize(w, h);
    }
    m_options.screenshotFile = parser.value(screenshot);
    m_options.screenshotDelayMs = qBound(0, parser.value(delay).toInt(), 600000);
    m_options.dataDir = parser.value(data);
    m_options.startWith = parser.value(open);
    return true;
}

void AppShell::takeScreenshotWhenShown()
{
    auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!window)
        return;
    // A settle time lets text layout finish (and lets a review script drive the window first).
    QTimer::singleShot(m_options.screenshotDelayMs, window, [this, window] {
        const QImage image = window->grabWindow();
        if (!image.save(m_options.screenshotFile))
            report(QStringLiteral("could not write %1").arg(m_options.screenshotFile));
        QCoreApplication::quit();
    });
}

void AppShell::loadWindow(const QString &qmlFile, const QVariantMap &properties)
{
    QVariantMap initial = properties;
    if (m_options.windowSize.isValid()) {
        initial.insert(QStringLiteral("width"), m_options.windowSize.width());
        initial.insert(QStringLiteral("height"), m_options.windowSize.height());
    }
    m_engine->setInitialProperties(initial);
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Groundwork/App/") + qmlFile));
}

bool AppShell::start()
{
    if (!parseArguments() || !loadContent())
        return false;
    QQuickStyle::setStyle(QStringLiteral("Material"));
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));

    QString problem;
    if (openLearnerData(&problem)) {
        prepareNarration();
        loadWindow(QStringLiteral("Main.qml"),
                   {{QStringLiteral("session"), QVariant::fromValue<QObject *>(m_session.get())},
                    {QStringLiteral("drill"), QVariant::fromValue<QObject *>(m_drill.get())},
                    {QStringLiteral("narration"), QVariant::fromValue<QObject *>(m_narration.get())},
                    {QStringLiteral("colorScheme"), m_options.colorScheme},
                    {QStringLiteral("startWith"), m_options.startWith}});
    } else {
        report(problem);
        loadWindow(QStringLiteral("Problem.qml"), {{QStringLiteral("problem"), problem}});
    }
    if (m_engine->rootObjects().isEmpty()) {
        report(QStringLiteral("the main window could not be created (see the QML errors above)"));
        return false;
    }
    if (!m_options.screenshotFile.isEmpty())
        takeScreenshotWhenShown();
    return true;
}

} // namespace groundwork::app
