#include "mydata.h"

#include "learner/learnerstore.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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

void MyData::requestDelete()
{
    emit deleteRequested();
    if (m_deleteHandler)
        m_deleteHandler();
}

} // namespace groundwork::settings
