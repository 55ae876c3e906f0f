#include "mydata.h"

#include "client/pendingrequests.h"
#include "learner/learnerstore.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

namespace groundwork::settings {

namespace {

QJsonArray intArray(const QVector<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return array;
}

// The payload with named fields, so the export reads without the app.
QJsonObject payloadToJson(const learner::Event &event)
{
    using learner::EventKind;
    switch (event.kind) {
    case EventKind::LessonStarted:
    case EventKind::LessonFinished:
        if (const auto p = learner::decodeLesson(event.payload))
            return {{"trackId", p->trackId}, {"lessonId", p->lessonId}};
        break;
    case EventKind::QuickCheckAnswered:
        if (const auto p = learner::decodeQuickCheck(event.payload))
            return {{"lessonId", p->lessonId},
                    {"optionIndex", p->optionIndex},
                    {"shownPosition", p->shownPosition},
                    {"correct", p->correct}};
        break;
    case EventKind::DrillDecision:
        if (const auto p = learner::decodeDecision(event.payload)) {
            QJsonObject scores;
            for (const auto &s : p->scores)
                scores.insert(s.dimensionId, s.score);
            return {{"attemptId", p->attemptId},
                    {"drillId", p->drillId},
                    {"decisionId", p->decisionId},
                    {"optionId", p->optionId},
                    {"confidencePercent", p->confidencePercent},
                    {"best", p->best},
                    {"shownPosition", p->shownPosition},
                    {"scores", scores}};
        }
        break;
    case EventKind::ReflectionSaved:
        if (const auto p = learner::decodeReflection(event.payload))
            return {{"trackId", p->trackId}, {"promptId", p->promptId}, {"text", p->text}};
        break;
    case EventKind::GoalChanged:
        if (const auto p = learner::decodeGoal(event.payload))
            return {{"sessionsPerWeek", p->sessionsPerWeek}, {"restDays", intArray(p->restDays)}};
        break;
    case EventKind::AssessmentSharingChosen:
        if (const auto p = learner::decodeAssessmentSharing(event.payload))
            return {{"includeAssessmentResults", p->include}};
        break;
    case EventKind::TrackCompleted:
        if (const auto p = learner::decodeTrackCompleted(event.payload))
            return {{"trackId", p->trackId}};
        break;
    }
    return {};
}

} // namespace

MyData::MyData(const learner::LearnerStore *store, QObject *parent) : QObject(parent), m_store(store) {}

void MyData::setStore(const learner::LearnerStore *store)
{
    m_store = store;
    emit eventCountChanged();
}

int MyData::eventCount() const
{
    return m_store ? m_store->eventCount() : 0;
}

QString MyData::defaultExportPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString name = QStringLiteral("groundwork-export-%1.json")
                             .arg(QDate::currentDate().toString(Qt::ISODate));
    return QDir(dir).filePath(name);
}

QJsonObject MyData::eventToJson(const learner::Event &event)
{
    QJsonObject o{{"id", event.id},
                  {"kind", learner::kindName(event.kind)},
                  {"time", QDateTime::fromMSecsSinceEpoch(event.timeMs, QTimeZone::utc())
                               .toString(Qt::ISODateWithMs)},
                  {"timeMs", double(event.timeMs)},
                  {"utcOffsetMinutes", event.utcOffsetMinutes},
                  {"deviceId", event.deviceId},
                  {"contentVersion", event.contentVersion},
                  {"private", event.isPrivate},
                  {"payload", payloadToJson(event)},
                  // the stored bytes too, so nothing is lost if a field is not named above
                  {"payloadCbor", QString::fromLatin1(event.payload.toBase64())}};
    return o;
}

QJsonObject MyData::exportDocument() const
{
    QJsonArray events;
    if (m_store) {
        for (const learner::Event &event : m_store->events())
            events.append(eventToJson(event));
    }
    return {{"format", QStringLiteral("groundwork-learner-export")},
            {"formatVersion", kFormatVersion},
            {"exportedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {"deviceId", m_store ? m_store->deviceId() : QString()},
            {"eventCount", events.size()},
            {"events", events}};
}

QString MyData::finish(bool ok, const QString &path, const QString &error)
{
    m_lastExportOk = ok;
    m_lastExportPath = ok ? path : QString();
    m_lastExportError = ok ? QString() : error;
    emit exported();
    return ok ? path : error;
}

QString MyData::exportTo(const QString &requested)
{
    QString path = requested.trimmed();
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    if (path.isEmpty())
        path = defaultExportPath();
    path = QFileInfo(path).absoluteFilePath();

    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return finish(false, path, tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)));

    const QByteArray bytes = QJsonDocument(exportDocument()).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return finish(false, path, tr("%1 could not be written: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return finish(false, path, tr("%1 could not be written completely: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    return finish(true, QDir::toNativeSeparators(path), QString());
}

bool MyData::requestDelete(DeleteScope scope)
{
    if (scope == DeleteScope::Everywhere && !canDeleteEverywhere()) {
        m_deleteError = tr("This device is not signed in to a cohort server, so only its own data can be deleted.");
        emit serverChanged();
        return false;
    }
    const QString problem = m_deleteHandler ? m_deleteHandler(scope) : QString();
    m_deleteError = problem;
    emit serverChanged();
    if (!problem.isEmpty())
        return false;
    emit deleteRequested(scope);
    return true;
}

void MyData::setPendingRequests(sync::PendingRequests *pending)
{
    if (m_pending)
        disconnect(m_pending, nullptr, this, nullptr);
    m_pending = pending;
    if (m_pending)
        connect(m_pending, &sync::PendingRequests::changed, this, &MyData::serverChanged);
    emit serverChanged();
}

void MyData::setJoinedSource(std::function<bool()> joined)
{
    m_joined = std::move(joined);
    emit serverChanged();
}

MyData::ServerState MyData::serverState() const
{
    if (!m_pending)
        return ServerState::Idle;
    if (m_pending->waiting())
        return ServerState::Waiting;
    if (!m_pending->requests().isEmpty())
        return ServerState::Refused;
    if (m_pending->accountDeletedAtMs() > 0)
        return ServerState::Deleted;
    return ServerState::Idle;
}

// What waits, in one sentence: the account's deletion, or the requests sent on leaving.
QString MyData::waitingText() const
{
    using Kind = sync::PendingRequest::Kind;
    const auto &requests = m_pending->requests();
    int attempts = 0;
    for (const sync::PendingRequest &r : requests)
        if (!r.refused)
            attempts = std::max(attempts, r.attempts);
    QString what;
    if (m_pending->contains(Kind::DeleteAccount))
        what = tr("Deleting your account on the cohort server.");
    else if (m_pending->contains(Kind::WithdrawProfile))
        what = tr("Withdrawing your shared profile from the cohort server and signing this device out there.");
    else
        what = tr("Signing this device out of the cohort server.");
    if (attempts == 0)
        return what + QLatin1Char(' ') + tr("Sending the request…");
    const QDateTime next = m_pending->nextAttempt();
    if (!next.isValid())
        return what + QLatin1Char(' ') + tr("Waiting to reach the server; Groundwork keeps trying, also after a restart.");
    // Hours and minutes: the seconds of a retry are noise.
    const QString at = QLocale().toString(next.toLocalTime().time(),
                                          QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
    return what + QLatin1Char(' ')
           + tr("Waiting to reach the server; Groundwork keeps trying, also after a restart (next try at %1).").arg(at);
}

QString MyData::serverDetail() const
{
    if (serverState() != ServerState::Waiting)
        return QString();
    for (const sync::PendingRequest &r : m_pending->requests())
        if (!r.refused && !r.lastError.isEmpty())
            return tr("Last try: %1").arg(r.lastError);
    return QString();
}

QString MyData::serverText() const
{
    switch (serverState()) {
    case ServerState::Idle:
        return QString();
    case ServerState::Waiting:
        return waitingText();
    case ServerState::Refused:
        for (const sync::PendingRequest &r : m_pending->requests())
            if (r.refused)
                return tr("The cohort server refused a request from this device: %1").arg(r.lastError);
        return QString();
    case ServerState::Deleted:
        return tr("Your account on the cohort server was deleted on %1. The server holds nothing of yours any more.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_pending->accountDeletedAtMs()),
                                    QLocale::ShortFormat));
    }
    return QString();
}

void MyData::retryNow()
{
    if (m_pending)
        m_pending->retryNow();
}

void MyData::dismissServerNote()
{
    if (!m_pending)
        return;
    const auto requests = m_pending->requests();
    for (const sync::PendingRequest &r : requests)
        if (r.refused)
            m_pending->dismiss(r.id);
    if (m_pending->accountDeletedAtMs() > 0)
        m_pending->forgetAccountDeleted();
}

} // namespace groundwork::settings
