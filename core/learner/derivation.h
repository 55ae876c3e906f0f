#pragma once

#include "learner/calibration.h"
#include "learner/estimate.h"
#include "learner/assessmentdrills.h"
#include "learner/event.h"
#include "learner/fsrs.h"
#include "learner/retiredkeys.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <utility>

namespace groundwork::core::learner {

// One drill decision as the derivation sees it.
struct ScoredDecision
{
    QString eventId;
    qint64 timeMs = 0;
    qint64 day = 0; // learner's local Julian day
    QString contentVersion;
    DecisionPayload decision;
    bool retired = false; // scored by a key the drill no longer has (see RetiredKeys)
    // The form of the readiness assessment its drill belongs to (pb::AssessmentForm's value);
    // 0 for practice. An assessment answer is measured apart (learner/assessment.h).
    int assessmentForm = 0;

    bool isAssessment() const { return assessmentForm != 0; }
    // Whether it counts as practice evidence (profile, calibration, review): never an answer
    // of the readiness assessment, whose forms measure growth on drills not practised.
    bool isEvidence() const { return !retired && !isAssessment() && !decision.scores.isEmpty(); }
};

} // namespace groundwork::core::learner

// Only implicitly shared Qt types and numbers: lists of decisions move them as bytes.
Q_DECLARE_TYPEINFO(groundwork::core::learner::ScoredDecision, Q_RELOCATABLE_TYPE);

namespace groundwork::core::learner {

// A drill's place in spaced review (one FSRS item per drill).
struct DrillReview
{
    Fsrs::Memory memory;
    qint64 lastReviewDay = 0;
    qint64 dueDay = 0;
    int reviews = 0;
    int lapses = 0;           // reviews graded Again
    Fsrs::Grade lastGrade = Fsrs::Grade::Good;
    double lastJudgment = 0;  // mean judgment score of the last attempt, [0, 1]
};

// A weekly goal in effect from a local day on.
struct GoalChange
{
    qint64 day = 0;
    GoalPayload goal;
};

// Everything derived from the events. A pure function of the *set* of events: the same events
// in any order, with duplicates, give an identical state (see fingerprint()).
struct LearnerState
{
    int eventCount = 0;
    QSet<QString> startedLessons;
    QSet<QString> finishedLessons;
    QMap<QString, qint64> lessonFinishedDays;  // lesson id -> local day it was first finished
    int quickChecks = 0;
    int quickChecksCorrect = 0;
    int reflections = 0;                       // includes private ones; their text stays local
    // Decisions are summed up as they are folded, not kept: the state stays the same size
    // however long the history (start-up reads it from a snapshot, derivationsnapshot.cpp).
    int decisions = 0;                         // every one, retired and assessment ones included
    int retiredDecisions = 0;                  // scored by a retired key: kept, not evidence
    int assessmentDecisions = 0;               // answers in the readiness assessment: not practice
    int evidenceDecisions = 0;                 // ScoredDecision::isEvidence()
    QStringList evidenceVersions;              // content versions of the evidence, sorted
    QMap<qint64, int> evidenceWeeks;           // Monday's Julian day -> evidence decisions that week
    QSet<QString> triedDrills;                 // drills with a decision not scored by a retired key
    // The readiness assessment's answers (AssessmentDrills), fold order: for each drill only
    // its first attempt and in it the first answer to each decision, the ones that count.
    QVector<ScoredDecision> assessmentAnswers;
    // Each drill's kRecentAttempts highest attempts by (latest decision's time, attempt id),
    // the drill screen's order for the one to resume, with all their decisions in fold order:
    // what it resumes or sums up. An attempt continued after that many newer attempts of its
    // drill were started comes back with only its later decisions.
    static constexpr int kRecentAttempts = 2;
    QHash<QString, QVector<ScoredDecision>> recentAttempts;
    QMap<QString, DrillReview> drills;         // by drill id
    QMap<QString, DimensionEstimate> dimensions; // by dimension id; only dimensions with evidence
    Calibration calibration;
    QVector<GoalChange> goalChanges;           // fold order
    GoalPayload goal;                          // the goal in effect now (default 4, no rest days)
    // Whether a shared profile includes the assessment results: the choice made last in fold
    // order on any of the learner's devices (off until one is made)
    bool shareAssessmentResults = false;
    int assessmentSharingChoices = 0;          // how many such choices were made (0: never)
    qint64 assessmentSharingChosenAtMs = 0;    // the time of the choice in effect (0: none)
    QVector<qint64> practiceDays;              // ascending local days with any practice
                                               // (an assessment sitting counts: it is a session)

    // Reflections: the text saved last in fold order for each prompt. A text saved empty is
    // kept as "" (the learner cleared it). The three kinds are told apart by their prompt ids
    // (payload.h) and private ones are here too: the state stays on the device.
    QMap<std::pair<QString, QString>, QString> reflectionTexts; // (track id, prompt id) -> a track's reflection
    QMap<QString, QString> tryItNotes;         // lesson id -> note on its "Try it at work"
    QMap<QString, QString> outcomeTexts;       // track id -> text of its "outcome" reflection

    // The text saved last for a prompt of any kind, as ReflectionPayload names it; "" if none.
    QString reflectionText(const QString &trackId, const QString &promptId) const;
    QString tryItNote(const QString &lessonId) const { return tryItNotes.value(lessonId); }
    // The outcome id chosen last for a track; "" when none was chosen or it was cleared.
    QString chosenOutcome(const QString &trackId) const { return outcomeTexts.value(trackId).trimmed(); }

    // A canonical text of the whole state, for comparing derivations.
    QString fingerprint() const;
};

// Folds events into a LearnerState: sorts by (time, device id, event id), drops duplicate
// ids, then applies each event. Drill attempts (decisions sharing an attempt id) become FSRS
// reviews of their drill on the day of their first decision, graded by gradeFor() from the
// attempt's mean judgment score. Decisions scored by a retired key are kept and count as
// practice, but add nothing to estimates, calibration or review. Decisions on a drill of the
// readiness assessment (AssessmentDrills) are kept, tagged with their form, and count as a
// session for the weekly goal, but add nothing to the practice profile, calibration or review.
class Deriver
{
public:
    explicit Deriver(Fsrs fsrs = Fsrs(), RetiredKeys retiredKeys = {},
                     AssessmentDrills assessmentDrills = {});

    LearnerState derive(const QVector<Event> &events) const;

    // Judgment score of an attempt -> review grade: < 0.4 Again, < 0.7 Hard, < 0.95 Good,
    // else Easy (best or nearly best on every decision).
    static Fsrs::Grade gradeFor(double judgment);

    const Fsrs &fsrs() const { return m_fsrs; }
    const RetiredKeys &retiredKeys() const { return m_retiredKeys; }
    const AssessmentDrills &assessmentDrills() const { return m_assessmentDrills; }

private:
    Fsrs m_fsrs;
    RetiredKeys m_retiredKeys;
    AssessmentDrills m_assessmentDrills;
};

class DerivationFold;

// The same derivation, kept up to date one event at a time: an answer just recorded usually
// sorts after every event before it, and then only it is folded in (the tallies are kept;
// state() is finished afresh). Anything else (an event that sorts earlier, events imported by
// sync) needs reset(). state() is always what Deriver::derive() gives for the same events.
class IncrementalDeriver
{
public:
    explicit IncrementalDeriver(const Deriver &deriver);
    ~IncrementalDeriver();

    void reset(const QVector<Event> &events);
    // Folds `event` in and returns true when it sorts after the events so far; otherwise
    // returns false and changes nothing.
    bool append(const Event &event);
    const LearnerState &state() const { return m_state; }

    // The last event folded (fold order); false when none was.
    bool lastEvent(qint64 *timeMs, QString *deviceId, QString *eventId) const;
    // The fold so far as a snapshot (snapshot.proto) for the pack of that content version.
    QByteArray snapshot(const QString &packVersion) const;
    // Starts again from a snapshot and folds `tail` (events that sort after the snapshot's last
    // one) into it. A snapshot of another format or pack, unreadable bytes or a tail that does
    // not come after it leave the state unchanged and return false with *why: derive afresh.
    bool resume(const QByteArray &snapshot, const QString &packVersion, const QVector<Event> &tail,
                QString *why = nullptr);

private:
    const Deriver &m_deriver;
    std::unique_ptr<DerivationFold> m_fold;
    LearnerState m_state;
};

} // namespace groundwork::core::learner
