#include "session/learnerdata.h"

#include "learner/trackcompletion.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace groundwork::core {

LearnerData::LearnerData(learner::LearnerStore &store, std::shared_ptr<const ContentPack> pack,
                         const learner::Clock &clock, QString trackId, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_pack(std::move(pack)),
      m_clock(clock),
      m_recorder(store, m_pack, clock),
      m_deriver(learner::Fsrs(), learner::RetiredKeys(*m_pack), learner::AssessmentDrills(*m_pack)),
      m_planner(m_pack),
      m_assessments(m_pack),
      m_trackId(std::move(trackId))
{
    load();
    replan();
}

LearnerData::~LearnerData() = default;

QDate LearnerData::today() const
{
    const qint64 now = m_clock.nowMs();
    const qint64 localMs = now + qint64(m_clock.utcOffsetMinutes(now)) * 60 * 1000;
    return QDateTime::fromMSecsSinceEpoch(localMs, QTimeZone::utc()).date();
}

void LearnerData::refresh()
{
    load();
    saveSnapshotIfBehind();
    replan();
    noteFinishedTracks();
}

void LearnerData::noteFinishedTracks()
{
    for (const QString &trackId : learner::finishedPublicTracks(*m_pack, state())) {
        if (!m_store.holds(learner::trackCompletedEventId(trackId)))
            check(m_recorder.trackCompleted(trackId));
    }
}

// The snapshot and the events after it; every event when the snapshot is missing, does not
// match the store, the pack or this build's fold (it is never trusted blindly: see
// LearnerStore::snapshot and IncrementalDeriver::resume).
void LearnerData::load()
{
    m_snapshotProblem.clear();
    if (const auto snapshot = m_store.snapshot(&m_snapshotProblem)) {
        // Usually none follow it (a snapshot is written soon after start-up), and the store
        // has just counted them: no query for an empty tail.
        const auto tail = snapshot->followingEvents == 0 ? std::optional(QVector<learner::Event>{})
                                                         : m_store.eventsAfter(*snapshot);
        if (!tail)
            m_snapshotProblem = QStringLiteral("the events after the snapshot cannot be read");
        else if (m_derived.resume(snapshot->state, m_pack->contentVersion(), *tail, &m_snapshotProblem)) {
            m_snapshotCount = snapshot->eventCount;
            m_eventsFolded = int(tail->size());
            return;
        }
    }
    const QVector<learner::Event> events = m_store.events();
    m_derived.reset(events);
    m_snapshotCount = 0;
    m_eventsFolded = int(events.size());
}

void LearnerData::saveSnapshotIfBehind()
{
    const int folded = state().eventCount;
    if (folded - m_snapshotCount < kSnapshotLag)
        return;
    learner::LearnerStore::Snapshot s;
    const QByteArray bytes = m_derived.snapshot(m_pack->contentVersion());
    if (!m_derived.lastEvent(&s.lastTimeMs, &s.lastDeviceId, &s.lastEventId))
        return;
    s.eventCount = folded;
    s.state = bytes;
    // A snapshot that cannot be written costs the next start some time, nothing else.
    if (m_store.saveSnapshot(s))
        m_snapshotCount = folded;
}

// Today and the week from the derived state (the date may have moved on since).
void LearnerData::replan()
{
    m_plan = m_planner.plan(state(), m_trackId, today());
    m_goal = learner::summarizeWeeklyGoal(state(), today());
    emit changed();
}

void LearnerData::setTrackId(const QString &trackId)
{
    if (trackId == m_trackId || !m_pack->track(trackId))
        return;
    m_trackId = trackId;
    emit trackChanged();
    replan();
}

bool LearnerData::restDay() const
{
    return m_goal.goal.restDays.contains(today().dayOfWeek());
}

bool LearnerData::check(const learner::Recorder::Result &result)
{
    const QString error = result.ok ? QString() : result.error;
    if (error != m_lastError) {
        m_lastError = error;
        emit lastErrorChanged();
    }
    if (result.ok) {
        // Usually the newest event: only it is folded in. One stamped earlier (a clock set
        // back) changes the order of what came after, so everything is derived again (the
        // store dropped a snapshot it sorts before).
        if (!m_derived.append(result.event))
            load();
        saveSnapshotIfBehind();
        replan();
        if (result.event.kind != learner::EventKind::TrackCompleted)
            noteFinishedTracks();
    }
    return result.ok;
}

bool LearnerData::startLesson(const QString &lessonId)
{
    if (state().startedLessons.contains(lessonId))
        return true;
    return check(m_recorder.lessonStarted(m_trackId, lessonId));
}

bool LearnerData::finishLesson(const QString &lessonId)
{
    if (state().finishedLessons.contains(lessonId))
        return true;
    return check(m_recorder.lessonFinished(m_trackId, lessonId));
}

bool LearnerData::answerQuickCheck(const QString &lessonId, int optionIndex, int shownPosition)
{
    return check(m_recorder.quickCheckAnswered(m_trackId, lessonId, optionIndex, shownPosition));
}

bool LearnerData::saveReflection(const QString &trackId, const QString &promptId,
                                 const QString &text)
{
    return check(m_recorder.reflectionSaved(trackId, promptId, text));
}

bool LearnerData::saveTryItNote(const QString &lessonId, const QString &text)
{
    return check(m_recorder.tryItNoteSaved(lessonId, text));
}

QString LearnerData::tryItNote(const QString &lessonId) const
{
    return state().tryItNote(lessonId);
}

QString LearnerData::reflectionText(const QString &trackId, const QString &promptId) const
{
    return state().reflectionText(trackId, promptId);
}

bool LearnerData::setGoal(int sessionsPerWeek, const QList<int> &restDays)
{
    QVector<int> days;
    for (const int day : restDays)
        if (day >= 1 && day <= 7 && !days.contains(day))
            days << day;
    std::sort(days.begin(), days.end());
    return check(m_recorder.goalChanged(qBound(1, sessionsPerWeek, 7), days));
}

bool LearnerData::setShareAssessmentResults(bool include)
{
    if (include == shareAssessmentResults() && state().assessmentSharingChoices > 0)
        return true; // the choice already in effect: nothing to record
    return check(m_recorder.assessmentSharingChosen(include, state().assessmentSharingChosenAtMs));
}

learner::Recorder::Result LearnerData::recordDecision(const QString &attemptId,
                                                      const QString &drillId,
                                                      const QString &decisionId,
                                                      const QString &optionId,
                                                      int confidencePercent, int shownPosition)
{
    // The readiness assessment is taken once: an answer that would retake or re-answer one of
    // its drills is refused before anything is written.
    if (const auto refused = m_assessments.refusal(state(), attemptId, drillId, decisionId)) {
        learner::Recorder::Result result;
        result.error = *refused;
        check(result);
        return result;
    }
    auto result = m_recorder.drillDecision(attemptId, drillId, decisionId, optionId,
                                           confidencePercent, shownPosition);
    check(result);
    return result;
}

} // namespace groundwork::core
