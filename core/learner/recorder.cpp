#include "learner/recorder.h"

#include "learner/eventid.h"
#include "learner/learnerstore.h"
#include "learner/trackcompletion.h"

#include <QUuid>

#include <algorithm>

namespace groundwork::core::learner {

namespace {

Recorder::Result refused(QString why)
{
    Recorder::Result r;
    r.error = std::move(why);
    return r;
}

} // namespace

Recorder::Recorder(LearnerStore &store, std::shared_ptr<const ContentPack> pack, const Clock &clock,
                   QObject *parent)
    : QObject(parent), m_store(store), m_pack(std::move(pack)), m_clock(clock), m_scorer(m_pack)
{
}

QString Recorder::newAttemptId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Recorder::Result Recorder::save(EventKind kind, QByteArray payload, bool isPrivate, qint64 notBeforeMs,
                                  const QString &id)
{
    Result r;
    r.event.id = id.isEmpty() ? m_ids.next(m_store.deviceId()) : id;
    r.event.kind = kind;
    r.event.timeMs = std::max(m_clock.nowMs(), notBeforeMs);
    r.event.utcOffsetMinutes = m_clock.utcOffsetMinutes(r.event.timeMs);
    r.event.deviceId = m_store.deviceId();
    r.event.contentVersion = m_pack ? m_pack->contentVersion() : QString();
    r.event.isPrivate = isPrivate;
    r.event.payload = std::move(payload);
    r.ok = m_store.append(r.event, &r.error);
    if (r.ok)
        emit recorded(r.event);
    return r;
}

// Whether every track that lists the lesson (or drill) is private (and at least one does).
bool Recorder::onlyInPrivateTracks(const QString &itemId, ItemKind kind) const
{
    if (!m_pack)
        return false;
    const std::string id = itemId.toStdString();
    bool listed = false;
    // An outcome's path counts as its track: "Is it for me?" leads some learners on to a
    // senior-IC lesson that would otherwise say which way they chose.
    for (const auto &track : m_pack->data().tracks())
        for (const pb::TrackItem *offered : ContentPack::offeredItems(track))
            if (const pb::TrackItem &item = *offered;
                kind == ItemKind::Lesson ? (item.has_lesson() && item.lesson() == id)
                                         : (item.has_drill() && item.drill() == id)) {
                if (!track.is_private())
                    return false;
                listed = true;
            }
    return listed;
}

// Progress in a private track would tell the cohort server, and so the organisation, that the
// learner follows it ("Back to IC" especially), so it stays on the device like the track's
// reflections do. A lesson the followed track does not list (opened from another track's page,
// such as the senior-IC lesson "Is it for me?" offers after "I'd rather stay IC") is judged by
// the tracks that do list it.
bool Recorder::lessonEventIsPrivate(const QString &trackId, const QString &lessonId) const
{
    const pb::Track *track = m_pack ? m_pack->track(trackId) : nullptr;
    if (track && track->is_private())
        return true;
    const std::string id = lessonId.toStdString();
    if (track)
        for (const pb::TrackItem *item : ContentPack::offeredItems(*track))
            if (item->has_lesson() && item->lesson() == id)
                return false;
    return onlyInPrivateTracks(lessonId, ItemKind::Lesson);
}

Recorder::Result Recorder::lessonStarted(const QString &trackId, const QString &lessonId)
{
    return save(EventKind::LessonStarted, encodePayload(LessonPayload{trackId, lessonId}),
                lessonEventIsPrivate(trackId, lessonId));
}

Recorder::Result Recorder::lessonFinished(const QString &trackId, const QString &lessonId)
{
    return save(EventKind::LessonFinished, encodePayload(LessonPayload{trackId, lessonId}),
                lessonEventIsPrivate(trackId, lessonId));
}

Recorder::Result Recorder::quickCheckAnswered(const QString &trackId, const QString &lessonId,
                                             int optionIndex, int shownPosition)
{
    const pb::Lesson *lesson = m_pack ? m_pack->lesson(lessonId) : nullptr;
    if (!lesson || optionIndex < 0 || optionIndex >= lesson->check().options_size())
        return refused(QStringLiteral("no such quick-check answer: %1 #%2").arg(lessonId).arg(optionIndex));
    const bool correct = lesson->check().options(optionIndex).correct();
    // Answered within a private track, a quick check would tell the server that the learner
    // follows it, as the lesson's progress would: private like that progress.
    return save(EventKind::QuickCheckAnswered,
                encodePayload(QuickCheckPayload{lessonId, optionIndex, correct, shownPosition, trackId}),
                lessonEventIsPrivate(trackId, lessonId));
}

Recorder::Result Recorder::drillDecision(const QString &attemptId, const QString &drillId,
                                         const QString &decisionId, const QString &optionId,
                                         int confidencePercent, int shownPosition)
{
    if (confidencePercent != 0
        && std::find(kConfidenceLevels.begin(), kConfidenceLevels.end(), confidencePercent)
               == kConfidenceLevels.end())
        return refused(QStringLiteral("confidence %1% is not one of the offered levels")
                           .arg(confidencePercent));
    if (attemptId.isEmpty())
        return refused(QStringLiteral("a drill decision needs an attempt id"));
    const auto scored = m_scorer.score(drillId, decisionId, optionId);
    if (!scored)
        return refused(QStringLiteral("no such option: %1/%2/%3").arg(drillId, decisionId, optionId));
    DecisionPayload p;
    p.attemptId = attemptId;
    p.drillId = drillId;
    p.decisionId = decisionId;
    p.optionId = optionId;
    p.confidencePercent = confidencePercent;
    p.best = scored->best;
    p.scores = scored->scores;
    p.shownPosition = shownPosition;
    // A drill only a private track lists ("Back to IC") would reveal that track if it synced.
    return save(EventKind::DrillDecision, encodePayload(p),
                onlyInPrivateTracks(drillId, ItemKind::Drill));
}

Recorder::Result Recorder::reflectionSaved(const QString &trackId, const QString &promptId,
                                           const QString &text)
{
    return save(EventKind::ReflectionSaved, encodePayload(ReflectionPayload{trackId, promptId, text}), true);
}

QString Recorder::tryItPromptId(const QString &lessonId)
{
    return learner::tryItPromptId(lessonId);
}

Recorder::Result Recorder::tryItNoteSaved(const QString &lessonId, const QString &text)
{
    const pb::Lesson *lesson = m_pack ? m_pack->lesson(lessonId) : nullptr;
    if (!lesson || lesson->try_it().empty())
        return refused(QStringLiteral("lesson %1 has no assignment to note on").arg(lessonId));
    return save(EventKind::ReflectionSaved,
                encodePayload(ReflectionPayload{QString(), tryItPromptId(lessonId), text}), true);
}

Recorder::Result Recorder::goalChanged(int sessionsPerWeek, QVector<int> restDays)
{
    if (sessionsPerWeek < 1 || sessionsPerWeek > 7)
        return refused(QStringLiteral("a weekly goal is 1 to 7 sessions"));
    std::sort(restDays.begin(), restDays.end());
    restDays.erase(std::unique(restDays.begin(), restDays.end()), restDays.end());
    for (int d : restDays)
        if (d < 1 || d > 7)
            return refused(QStringLiteral("rest days are 1 (Monday) to 7 (Sunday)"));
    if (restDays.size() >= 7)
        return refused(QStringLiteral("at least one day of the week must be open"));
    return save(EventKind::GoalChanged, encodePayload(GoalPayload{sessionsPerWeek, restDays}), false);
}

Recorder::Result Recorder::assessmentSharingChosen(bool include, qint64 afterMs)
{
    return save(EventKind::AssessmentSharingChosen, encodePayload(AssessmentSharingPayload{include}), false,
                afterMs + 1);
}

Recorder::Result Recorder::trackCompleted(const QString &trackId)
{
    const pb::Track *track = m_pack ? m_pack->track(trackId) : nullptr;
    if (!track)
        return refused(QStringLiteral("there is no track %1").arg(trackId));
    if (track->is_private())
        return refused(QStringLiteral("finishing a private track is not recorded"));
    return save(EventKind::TrackCompleted, encodePayload(TrackCompletedPayload{trackId}), false, 0,
                trackCompletedEventId(trackId));
}

} // namespace groundwork::core::learner
