#include "session/learnerdata.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace groundwork::core {

namespace {

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

LearnerSession::LearnerSession(learner::LearnerStore &store, std::shared_ptr<const ContentPack> pack,
                               const learner::Clock &clock, QString trackId, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_pack(std::move(pack)),
      m_clock(clock),
      m_recorder(store, m_pack, clock),
      m_deriver(learner::Fsrs(), learner::RetiredKeys(*m_pack)),
      m_planner(m_pack),
      m_trackId(std::move(trackId))
{
    refresh();
}

LearnerSession::~LearnerSession() = default;

QDate LearnerSession::today() const
{
    const qint64 now = m_clock.nowMs();
    const qint64 localMs = now + qint64(m_clock.utcOffsetMinutes(now)) * 60 * 1000;
    return QDateTime::fromMSecsSinceEpoch(localMs, QTimeZone::utc()).date();
}

void LearnerSession::refresh()
{
    m_events = m_store.events();
    m_derived.reset(m_events);
    replan();
}

// Today and the week from the derived state (the date may have moved on since).
void LearnerSession::replan()
{
    m_plan = m_planner.plan(state(), m_trackId, today());
    m_goal = learner::summarizeWeeklyGoal(state(), today());
    emit changed();
}

void LearnerSession::setTrackId(const QString &trackId)
{
    if (trackId == m_trackId || !m_pack->track(trackId))
        return;
    m_trackId = trackId;
    emit trackChanged();
    replan();
}

QString LearnerSession::trackTitle() const
{
    const pb::Track *track = m_pack->track(m_trackId);
    return track ? str(track->title()) : QString();
}

QString LearnerSession::todayLessonTitle() const
{
    const pb::Lesson *lesson = m_pack->lesson(m_plan.lessonId);
    return lesson ? str(lesson->title()) : QString();
}

QString LearnerSession::todayLessonSummary() const
{
    const pb::Lesson *lesson = m_pack->lesson(m_plan.lessonId);
    return lesson ? str(lesson->summary()) : QString();
}

QString LearnerSession::todayDrillTitle() const
{
    const pb::Drill *drill = m_pack->drill(m_plan.drillId);
    return drill ? str(drill->title()) : QString();
}

bool LearnerSession::todayDrillIsReview() const
{
    return m_plan.reason == learner::TodayPlan::DrillReason::DueReview;
}

QString LearnerSession::todayDrillFocus() const
{
    const pb::Dimension *dimension = m_pack->dimension(m_plan.targetDimension);
    return dimension ? str(dimension->name()) : QString();
}

bool LearnerSession::restDay() const
{
    return m_goal.goal.restDays.contains(today().dayOfWeek());
}

QVariantList LearnerSession::restDays() const
{
    QVariantList days;
    for (int day : m_goal.goal.restDays)
        days << day;
    return days;
}

bool LearnerSession::check(const learner::Recorder::Result &result)
{
    const QString error = result.ok ? QString() : result.error;
    if (error != m_lastError) {
        m_lastError = error;
        emit lastErrorChanged();
    }
    if (result.ok) {
        // Where the store's fold order (time, device id, id) puts it: usually the end.
        const auto before = [](const learner::Event &a, const learner::Event &b) {
            return std::tie(a.timeMs, a.deviceId, a.id) < std::tie(b.timeMs, b.deviceId, b.id);
        };
        const auto at = std::upper_bound(m_events.begin(), m_events.end(), result.event, before);
        const bool last = at == m_events.end();
        m_events.insert(at, result.event);
        // Usually the newest event: only it is folded in. One stamped earlier (a clock set
        // back) changes the order of what came after, so everything is folded again.
        if (!last || !m_derived.append(result.event))
            m_derived.reset(m_events);
        replan();
    }
    return result.ok;
}

LessonContent::TrackPlace LearnerSession::placeOf(const QString &lessonId) const
{
    LessonContent::TrackPlace place;
    const pb::Track *track = m_pack->track(m_trackId);
    if (!track)
        return place;
    place.trackTitle = str(track->title());
    for (const auto &item : track->items()) {
        if (!item.has_lesson())
            continue;
        ++place.lessonCount;
        if (str(item.lesson()) == lessonId)
            place.position = place.lessonCount;
    }
    return place;
}

bool LearnerSession::openLesson(const QString &lessonId)
{
    const pb::Lesson *lesson = m_pack->lesson(lessonId);
    if (!lesson)
        return false;
    if (!m_currentLesson || m_currentLesson->lessonId() != lessonId) {
        // A quick-check attempt ends when it is answered: until then, reopening the lesson
        // shows the same order; the next attempt (any check answered since) a new one.
        const QString orderSeed = QStringLiteral("%1#%2").arg(lessonId).arg(state().quickChecks);
        m_currentLesson = std::make_unique<LessonContent>(*lesson, placeOf(lessonId), orderSeed);
        emit currentLessonChanged();
    }
    if (state().startedLessons.contains(lessonId))
        return true;
    return check(m_recorder.lessonStarted(m_trackId, lessonId));
}

bool LearnerSession::finishLesson(const QString &lessonId)
{
    if (state().finishedLessons.contains(lessonId))
        return true;
    return check(m_recorder.lessonFinished(m_trackId, lessonId));
}

bool LearnerSession::answerQuickCheck(const QString &lessonId, int shownPosition)
{
    if (m_currentLesson && m_currentLesson->lessonId() == lessonId)
        return check(m_recorder.quickCheckAnswered(
            lessonId, m_currentLesson->checkOptionIndex(shownPosition), shownPosition));
    return check(m_recorder.quickCheckAnswered(lessonId, shownPosition));
}

bool LearnerSession::saveReflection(const QString &trackId, const QString &promptId,
                                    const QString &text)
{
    return check(m_recorder.reflectionSaved(trackId, promptId, text));
}

bool LearnerSession::saveTryItNote(const QString &lessonId, const QString &text)
{
    return check(m_recorder.tryItNoteSaved(lessonId, text));
}

QString LearnerSession::tryItNote(const QString &lessonId) const
{
    return reflectionText(QString(), learner::Recorder::tryItPromptId(lessonId));
}

QString LearnerSession::reflectionText(const QString &trackId, const QString &promptId) const
{
    QString latest;
    for (const learner::Event &event : m_events) {
        if (event.kind != learner::EventKind::ReflectionSaved)
            continue;
        const auto payload = learner::decodeReflection(event.payload);
        if (payload && payload->trackId == trackId && payload->promptId == promptId)
            latest = payload->text; // events come in fold order, so the last one wins
    }
    return latest;
}

bool LearnerSession::setGoal(int sessionsPerWeek, const QVariantList &restDays)
{
    QVector<int> days;
    for (const QVariant &day : restDays)
        if (day.toInt() >= 1 && day.toInt() <= 7 && !days.contains(day.toInt()))
            days << day.toInt();
    std::sort(days.begin(), days.end());
    return check(m_recorder.goalChanged(qBound(1, sessionsPerWeek, 7), days));
}

learner::Recorder::Result LearnerSession::recordDecision(const QString &attemptId,
                                                         const QString &drillId,
                                                         const QString &decisionId,
                                                         const QString &optionId,
                                                         int confidencePercent, int shownPosition)
{
    auto result = m_recorder.drillDecision(attemptId, drillId, decisionId, optionId,
                                           confidencePercent, shownPosition);
    check(result);
    return result;
}

} // namespace groundwork::core
