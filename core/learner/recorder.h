#pragma once

#include "content/contentpack.h"
#include "learner/clock.h"
#include "learner/event.h"
#include "learner/eventid.h"
#include "learner/judgmentscorer.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

namespace groundwork::core::learner {

class LearnerStore;

// Turns learner actions into events and saves them. Every method returns only after the event
// is committed to disk (or failed, with nothing written); `recorded` is emitted after a commit
// so a UI can say "saved" truthfully and refresh derived state.
class Recorder : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString error;
        Event event;
    };

    Recorder(LearnerStore &store, std::shared_ptr<const ContentPack> pack, const Clock &clock,
             QObject *parent = nullptr);

    Result lessonStarted(const QString &trackId, const QString &lessonId);
    Result lessonFinished(const QString &trackId, const QString &lessonId);
    // Correctness is taken from the pack. optionIndex is in the file's order; shownPosition is
    // where the learner saw it (-1: not known), kept so cue effects can be analysed later.
    // trackId: the track the lesson was answered in ("" when not known); the quick check is
    // private (never synced) as the lesson's progress in that track is.
    Result quickCheckAnswered(const QString &trackId, const QString &lessonId, int optionIndex,
                              int shownPosition = -1);
    // The chosen option is scored now, against the loaded pack, and the scores travel in the
    // event with that pack's content version. confidencePercent is 0 (not rated) or one of
    // kConfidenceLevels. shownPosition: where the learner saw the option (-1: not known).
    Result drillDecision(const QString &attemptId, const QString &drillId,
                         const QString &decisionId, const QString &optionId,
                         int confidencePercent = 0, int shownPosition = -1);
    // Drill decisions are private (never synced) when only private tracks list the drill.
    // Reflections are the learner's own writing: always private (never synced), whatever the
    // track.
    Result reflectionSaved(const QString &trackId, const QString &promptId, const QString &text);
    Result goalChanged(int sessionsPerWeek, QVector<int> restDays);
    // Whether a shared profile includes the assessment results: synced (sealed) to the
    // learner's other devices, so the choice follows the account rather than this device.
    // afterMs: the time of the choice in effect (0: none); this one is stamped later even when
    // another device's clock is ahead, because the learner made it after that one.
    Result assessmentSharingChosen(bool include, qint64 afterMs);
    // The milestone "finished this public track", under the track's fixed id
    // (trackCompletedEventId), so every device records the same event. A private or unknown
    // track is refused: finishing one is never told to anyone.
    Result trackCompleted(const QString &trackId);
    // A note on how a lesson's "try it at work" assignment went: a reflection with no track,
    // always private (never synced), whatever tracks list the lesson.
    Result tryItNoteSaved(const QString &lessonId, const QString &text);
    static QString tryItPromptId(const QString &lessonId);

    // A fresh id for one run through a drill.
    static QString newAttemptId();

signals:
    void recorded(const groundwork::core::learner::Event &event);

private:
    Result save(EventKind kind, QByteArray payload, bool isPrivate, qint64 notBeforeMs = 0,
                const QString &id = QString());
    enum class ItemKind { Lesson, Drill };
    bool onlyInPrivateTracks(const QString &itemId, ItemKind kind) const;
    bool lessonEventIsPrivate(const QString &trackId, const QString &lessonId) const;

    LearnerStore &m_store;
    std::shared_ptr<const ContentPack> m_pack;
    const Clock &m_clock;
    JudgmentScorer m_scorer;
    EventIdMaker m_ids;
};

} // namespace groundwork::core::learner
