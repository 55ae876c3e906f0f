#pragma once

#include "content/contentpack.h"
#include "learner/assessment.h"

#include <optional>

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace groundwork::core {
class CohortRoleBook;
class LearnerData;
class Preferences;
}

namespace groundwork::drill {

// Plays one drill: the situation, each decision in turn, a confidence rating before the answer
// is revealed, feedback on the chosen and the best option, and a summary by dimension.
// A drill left midway resumes at the next decision when opened again (the recorded decisions
// of the unfinished attempt are the bookmark).
//
// In Assessment mode it plays one form of the readiness assessment, drill after drill: a
// submitted decision is saved and the next one follows, with no key, reasoning or score; after
// the form's last decision come the results (against the role the learner measures against)
// and the reasoning for every answer. A form left midway continues where it stopped; a form
// taken is never offered again (the core refuses a second attempt).
class DrillSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the app shell over the learner's data")
    Q_PROPERTY(QString drillId READ drillId NOTIFY drillChanged)
    Q_PROPERTY(QString title READ title NOTIFY drillChanged)
    Q_PROPERTY(QString scenarioName READ scenarioName NOTIFY drillChanged)
    Q_PROPERTY(QString setting READ setting NOTIFY drillChanged)
    Q_PROPERTY(Phase phase READ phase NOTIFY stepChanged)
    Q_PROPERTY(int step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool resumed READ resumed NOTIFY drillChanged)
    Q_PROPERTY(QString prompt READ prompt NOTIFY stepChanged)
    // The current decision's options in the order shown (shuffled per attempt): {optionId, text}
    Q_PROPERTY(QVariantList options READ options NOTIFY stepChanged)
    Q_PROPERTY(QVariantList confidenceLevels READ confidenceLevels CONSTANT)
    Q_PROPERTY(QString chosenText READ chosenText NOTIFY stepChanged)
    Q_PROPERTY(QString chosenFeedback READ chosenFeedback NOTIFY stepChanged)
    Q_PROPERTY(bool chosenWasBest READ chosenWasBest NOTIFY stepChanged)
    Q_PROPERTY(QString bestText READ bestText NOTIFY stepChanged)
    Q_PROPERTY(QString bestFeedback READ bestFeedback NOTIFY stepChanged)
    Q_PROPERTY(bool lastDecision READ lastDecision NOTIFY stepChanged)
    Q_PROPERTY(QVariantList summary READ summary NOTIFY stepChanged)
    Q_PROPERTY(Mode mode READ mode NOTIFY drillChanged)
    // Assessment mode: "A" or "B", the situation played (1-based) and how many the form has
    Q_PROPERTY(QString formName READ formName NOTIFY drillChanged)
    Q_PROPERTY(int situation READ situation NOTIFY drillChanged)
    Q_PROPERTY(int situations READ situations NOTIFY drillChanged)
    // Results phase: the role measured against, the overall in words, and per dimension
    // [{dimensionId, name, mean, low, high, weight}] (0..1, 90% credible interval)
    Q_PROPERTY(QString resultRole READ resultRole NOTIFY stepChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY stepChanged)
    Q_PROPERTY(double resultOverall READ resultOverall NOTIFY stepChanged)
    Q_PROPERTY(double resultLow READ resultLow NOTIFY stepChanged)
    Q_PROPERTY(double resultHigh READ resultHigh NOTIFY stepChanged)
    Q_PROPERTY(QVariantList resultDimensions READ resultDimensions NOTIFY stepChanged)
    // Results phase: every answer with its reasoning, in the order played:
    // [{drillTitle, prompt, chosenText, chosenFeedback, chosenWasBest, bestText, bestFeedback}]
    Q_PROPERTY(QVariantList answerReview READ answerReview NOTIFY stepChanged)

public:
    // Idle before a drill is opened; Deciding shows a decision, Feedback the reasoning after it
    // is saved, Summary the judgment by dimension after the last one; Results ends a form of
    // the readiness assessment.
    enum class Phase { Idle, Deciding, Feedback, Summary, Results };
    Q_ENUM(Phase)
    // Practice shows feedback after each decision; Assessment only at the end of the form.
    enum class Mode { Practice, Assessment };
    Q_ENUM(Mode)

    // The assessment is scored against the role the Profile measures against: the one named in
    // preferences (optional), else the cohort's role (cohortRole, optional) when there is one,
    // else the pack's first role.
    explicit DrillSession(core::LearnerData &data, core::Preferences *preferences = nullptr,
                          core::CohortRoleBook *cohortRole = nullptr, QObject *parent = nullptr);

    // Opens a practice drill, resuming an unfinished attempt; false when the drill is unknown
    // or belongs to the readiness assessment (never practised).
    Q_INVOKABLE bool open(const QString &drillId);
    // Starts (or continues) the form of the readiness assessment the learner is offered now;
    // false when none is open to them.
    Q_INVOKABLE bool startAssessment();
    // Shows the results (and reasoning) of a completed sitting again; form is "A" or "B".
    // False when that form is not complete.
    Q_INVOKABLE bool showResults(const QString &form);
    // Records the choice and confidence (one of confidenceLevels, or 0 for none); the feedback
    // shows only after the decision is on disk. False (nothing changes) if saving failed.
    Q_INVOKABLE bool submit(const QString &optionId, int confidencePercent);
    // From feedback to the next decision, or to the summary after the last one.
    Q_INVOKABLE void proceed();

    QString drillId() const;
    QString title() const;
    QString scenarioName() const;
    QString setting() const;
    Phase phase() const { return m_phase; }
    int step() const { return m_answered.size() + (m_phase == Phase::Deciding ? 1 : 0); }
    bool resumed() const { return m_resumed; }
    QString prompt() const;
    QVariantList options() const;
    QVariantList confidenceLevels() const;
    QString chosenText() const;
    QString chosenFeedback() const;
    bool chosenWasBest() const { return m_chosenWasBest; }
    QString bestText() const;
    QString bestFeedback() const;
    bool lastDecision() const;
    QVariantList summary() const;
    Mode mode() const { return m_mode; }
    QString formName() const;
    int situation() const { return m_mode == Mode::Assessment ? m_formIndex + 1 : 0; }
    int situations() const { return int(m_formDrills.size()); }
    QString resultRole() const;
    QString resultText() const;
    double resultOverall() const;
    double resultLow() const;
    double resultHigh() const;
    QVariantList resultDimensions() const;
    QVariantList answerReview() const;

signals:
    void drillChanged();
    void stepChanged();

private:
    struct Answer
    {
        QString decisionId;
        QString optionId;
    };

    const core::pb::Decision *currentDecision() const;
    const core::pb::Option *option(const QString &optionId) const;
    const core::pb::Option *bestOption() const;
    QList<int> shownOrder() const;
    void resumeOrStart();
    // Assessment mode: moves to the first decision of the form still to answer, or to Results.
    void advanceAssessment();
    QString roleId() const;
    std::optional<core::learner::AssessmentResult> assessmentResult() const;

    core::LearnerData &m_data;
    core::Preferences *m_preferences = nullptr;
    core::CohortRoleBook *m_cohortRole = nullptr;
    Mode m_mode = Mode::Practice;
    core::pb::AssessmentForm m_form = core::pb::ASSESSMENT_FORM_NONE;
    QStringList m_formDrills;
    int m_formIndex = 0;
    std::optional<core::learner::AssessmentResult> m_result; // in Results
    const core::pb::Drill *m_drill = nullptr;
    QString m_attemptId;
    QString m_decisionId;
    QVector<Answer> m_answered;
    Phase m_phase = Phase::Idle;
    bool m_resumed = false;
    bool m_chosenWasBest = false;
};

} // namespace groundwork::drill
