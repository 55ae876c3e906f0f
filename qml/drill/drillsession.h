#pragma once

#include "content/contentpack.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace groundwork::core {
class LearnerData;
}

namespace groundwork::drill {

// Plays one drill: the situation, each decision in turn, a confidence rating before the answer
// is revealed, feedback on the chosen and the best option, and a summary by dimension.
// A drill left midway resumes at the next decision when opened again (the recorded decisions
// of the unfinished attempt are the bookmark).
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

public:
    // Idle before a drill is opened; Deciding shows a decision, Feedback the reasoning after it
    // is saved, Summary the judgment by dimension after the last one.
    enum class Phase { Idle, Deciding, Feedback, Summary };
    Q_ENUM(Phase)

    explicit DrillSession(core::LearnerData &data, QObject *parent = nullptr);

    // Opens a drill, resuming an unfinished attempt; false when the drill is unknown.
    Q_INVOKABLE bool open(const QString &drillId);
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

    core::LearnerData &m_data;
    const core::pb::Drill *m_drill = nullptr;
    QString m_attemptId;
    QString m_decisionId;
    QVector<Answer> m_answered;
    Phase m_phase = Phase::Idle;
    bool m_resumed = false;
    bool m_chosenWasBest = false;
};

} // namespace groundwork::drill
