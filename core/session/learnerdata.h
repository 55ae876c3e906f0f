#pragma once

#include "content/contentpack.h"
#include "learner/assessment.h"
#include "learner/clock.h"
#include "learner/derivation.h"
#include "learner/learnerstore.h"
#include "learner/recorder.h"
#include "learner/today.h"
#include "learner/weeklygoal.h"

#include <QObject>

#include <memory>

namespace groundwork::core {

// The learner's data for this run of the app: the events of the store, the state derived from
// them (kept in step with every record rather than derived again), today's plan and the weekly
// goal, and the calls that record what the learner does. Every screen's view model reads and
// records through one LearnerData, so all of them see the same state; it has no properties
// for QML (screens bind to their view models).
//
// Each record call returns only after the event is committed; on failure it returns false and
// lastError() says why in plain words.
class LearnerData : public QObject
{
    Q_OBJECT

public:
    LearnerData(learner::LearnerStore &store, std::shared_ptr<const ContentPack> pack,
                const learner::Clock &clock, QString trackId, QObject *parent = nullptr);
    ~LearnerData() override;

    // The track Today draws from; an id the pack does not know is ignored.
    QString trackId() const { return m_trackId; }
    void setTrackId(const QString &trackId);

    const learner::TodayPlan &plan() const { return m_plan; }
    const learner::WeeklyGoalSummary &weeklyGoal() const { return m_goal; }
    // Today is one of the learner's rest days.
    bool restDay() const;
    // The learner's date now (their UTC offset, as recorded with each event).
    QDate today() const;
    QString lastError() const { return m_lastError; }

    const learner::LearnerState &state() const { return m_derived.state(); }
    const ContentPack &pack() const { return *m_pack; }
    std::shared_ptr<const ContentPack> packPointer() const { return m_pack; }
    const learner::Clock &clock() const { return m_clock; }
    // For the composition root, which tells sync about each record (Recorder::recorded). View
    // models record through the calls below, never through the recorder itself.
    learner::Recorder &recorder() { return m_recorder; }
    // The readiness assessment over this learner's state (sittings, results, the next offer).
    const learner::Assessments &assessments() const { return m_assessments; }

    // Records that a lesson started (once: a lesson already started records nothing).
    bool startLesson(const QString &lessonId);
    // Records that a lesson's cards were read (once).
    bool finishLesson(const QString &lessonId);
    // optionIndex: the answer's position in the file; shownPosition: where it was shown (the
    // options are shuffled per attempt), -1 when not known.
    bool answerQuickCheck(const QString &lessonId, int optionIndex, int shownPosition = -1);
    bool saveReflection(const QString &trackId, const QString &promptId, const QString &text);
    // restDays holds Qt::DayOfWeek numbers, 1 (Monday) to 7 (Sunday); out-of-range days and
    // repeats are dropped and sessionsPerWeek is kept within 1..7.
    bool setGoal(int sessionsPerWeek, const QList<int> &restDays);
    // Whether a shared profile includes the readiness assessment results: one choice for all of
    // the learner's devices, recorded as an event (the last one made on any device wins).
    bool shareAssessmentResults() const { return state().shareAssessmentResults; }
    bool setShareAssessmentResults(bool include);
    // The private note on a lesson's "try it at work" assignment (saved on this device only).
    bool saveTryItNote(const QString &lessonId, const QString &text);
    // A decision on a drill of the readiness assessment is refused (nothing written, lastError
    // says why) when it would retake the drill or answer it out of its one attempt's path.
    learner::Recorder::Result recordDecision(const QString &attemptId, const QString &drillId,
                                             const QString &decisionId, const QString &optionId,
                                             int confidencePercent, int shownPosition = -1);

    // The latest text saved for a reflection prompt, empty when none.
    QString reflectionText(const QString &trackId, const QString &promptId) const;
    QString tryItNote(const QString &lessonId) const;

    // Derives again from the store (after an import from sync; what is recorded here needs no
    // reload): from its snapshot and the events after it when the snapshot is valid, else
    // from every event. Then saves a new snapshot if it is behind.
    void refresh();

    // Saves the derived state as the store's snapshot when kSnapshotLag or more events were
    // folded since the last one, so that the next start folds few events. The shell calls it
    // after the first frame; recording calls it after each saved event.
    void saveSnapshotIfBehind();
    static constexpr int kSnapshotLag = 64;
    // Why the last load derived from every event instead of the snapshot ("" when it did not).
    QString snapshotProblem() const { return m_snapshotProblem; }
    // How many events the last load folded (all of them, or those after the snapshot).
    int eventsFolded() const { return m_eventsFolded; }

signals:
    // The derived state, today's plan or the goal may have changed.
    void changed();
    void trackChanged();
    void lastErrorChanged();

private:
    bool check(const learner::Recorder::Result &result);
    // Records the "completed" milestone of each public track the learner has just finished
    // (once per track: a milestone already held, from any device, is not recorded again).
    void noteFinishedTracks();
    void replan();
    void load();

    learner::LearnerStore &m_store;
    std::shared_ptr<const ContentPack> m_pack;
    const learner::Clock &m_clock;
    learner::Recorder m_recorder;
    learner::Deriver m_deriver;
    learner::IncrementalDeriver m_derived{m_deriver}; // over the store's events
    learner::TodayPlanner m_planner;
    learner::Assessments m_assessments;
    QString m_trackId;
    int m_snapshotCount = 0; // events covered by the store's snapshot, as far as this run knows
    int m_eventsFolded = 0;
    QString m_snapshotProblem;
    learner::TodayPlan m_plan;
    learner::WeeklyGoalSummary m_goal;
    QString m_lastError;
};

} // namespace groundwork::core
