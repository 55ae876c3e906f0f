#pragma once

#include "content/contentpack.h"
#include "content/lessoncontent.h"
#include "learner/clock.h"
#include "learner/derivation.h"
#include "learner/learnerstore.h"
#include "learner/recorder.h"
#include "learner/today.h"
#include "learner/weeklygoal.h"

#include <QObject>
#include <QVariantList>

#include <memory>

namespace groundwork::core {

// What every screen shares: the learner's derived state, today's plan, the weekly goal, and the
// calls that record what the learner does. Each record call returns only after the event is
// committed; on failure it returns false and `lastError` says why in plain words.
class LearnerSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString trackId READ trackId WRITE setTrackId NOTIFY trackChanged)
    Q_PROPERTY(QString trackTitle READ trackTitle NOTIFY trackChanged)
    Q_PROPERTY(QString todayLessonId READ todayLessonId NOTIFY changed)
    Q_PROPERTY(QString todayLessonTitle READ todayLessonTitle NOTIFY changed)
    Q_PROPERTY(QString todayLessonSummary READ todayLessonSummary NOTIFY changed)
    Q_PROPERTY(QString todayDrillId READ todayDrillId NOTIFY changed)
    Q_PROPERTY(QString todayDrillTitle READ todayDrillTitle NOTIFY changed)
    Q_PROPERTY(bool todayDrillIsReview READ todayDrillIsReview NOTIFY changed)
    Q_PROPERTY(QString todayDrillFocus READ todayDrillFocus NOTIFY changed)
    Q_PROPERTY(bool restDay READ restDay NOTIFY changed)
    Q_PROPERTY(bool practisedToday READ practisedToday NOTIFY changed)
    Q_PROPERTY(int sessionsThisWeek READ sessionsThisWeek NOTIFY changed)
    Q_PROPERTY(int weeklyTarget READ weeklyTarget NOTIFY changed)
    Q_PROPERTY(int weeksOnTrack READ weeksOnTrack NOTIFY changed)
    Q_PROPERTY(int weeksCounted READ weeksCounted NOTIFY changed)
    Q_PROPERTY(int sessionsPerWeek READ sessionsPerWeek NOTIFY changed)
    Q_PROPERTY(QVariantList restDays READ restDays NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(groundwork::core::LessonContent *currentLesson READ currentLesson NOTIFY currentLessonChanged)

public:
    LearnerSession(learner::LearnerStore &store, std::shared_ptr<const ContentPack> pack,
                   const learner::Clock &clock, QString trackId, QObject *parent = nullptr);
    ~LearnerSession() override;

    QString trackId() const { return m_trackId; }
    void setTrackId(const QString &trackId);
    QString trackTitle() const;

    QString todayLessonId() const { return m_plan.lessonId; }
    QString todayLessonTitle() const;
    QString todayLessonSummary() const;
    QString todayDrillId() const { return m_plan.drillId; }
    QString todayDrillTitle() const;
    bool todayDrillIsReview() const;
    QString todayDrillFocus() const;
    bool restDay() const;
    bool practisedToday() const { return m_plan.practisedToday; }
    int sessionsThisWeek() const { return m_goal.thisWeek.sessions; }
    int weeklyTarget() const { return m_goal.thisWeek.target; }
    int weeksOnTrack() const { return m_goal.weeksOnTrack; }
    int weeksCounted() const { return m_goal.weeksCounted; }
    int sessionsPerWeek() const { return m_goal.goal.sessionsPerWeek; }
    QVariantList restDays() const;
    QString lastError() const { return m_lastError; }
    LessonContent *currentLesson() const { return m_currentLesson.get(); }

    // Shows a lesson (today's or one picked from a track) and records that it started.
    Q_INVOKABLE bool openLesson(const QString &lessonId);
    Q_INVOKABLE bool finishLesson(const QString &lessonId);
    // The answer at `shownPosition` as the current lesson shows its check (options shuffled);
    // for a lesson not on screen, the position in the file.
    Q_INVOKABLE bool answerQuickCheck(const QString &lessonId, int shownPosition);
    Q_INVOKABLE bool saveReflection(const QString &trackId, const QString &promptId,
                                    const QString &text);
    // restDays holds Qt::DayOfWeek numbers, 1 (Monday) to 7 (Sunday).
    Q_INVOKABLE bool setGoal(int sessionsPerWeek, const QVariantList &restDays);

    // The private note on a lesson's "try it at work" assignment (saved on this device only).
    Q_INVOKABLE bool saveTryItNote(const QString &lessonId, const QString &text);
    Q_INVOKABLE QString tryItNote(const QString &lessonId) const;

    // The latest text saved for a reflection prompt, empty when none.
    Q_INVOKABLE QString reflectionText(const QString &trackId, const QString &promptId) const;

    const learner::LearnerState &state() const { return m_derived.state(); }
    // Every event, in fold order: read from the store once, then kept in step with what this
    // session records, so that a saved answer is folded in, not reloaded and derived again.
    const QVector<learner::Event> &events() const { return m_events; }
    const ContentPack &pack() const { return *m_pack; }
    std::shared_ptr<const ContentPack> packPointer() const { return m_pack; }
    learner::Recorder &recorder() { return m_recorder; }
    const learner::Clock &clock() const { return m_clock; }
    QDate today() const;

    // Records a drill decision; used by DrillSession so all recording flows through here.
    learner::Recorder::Result recordDecision(const QString &attemptId, const QString &drillId,
                                             const QString &decisionId, const QString &optionId,
                                             int confidencePercent, int shownPosition = -1);

    // Reloads every stored event and re-derives (after an import from sync; records made
    // through this session need no reload).
    void refresh();

signals:
    void changed();
    void trackChanged();
    void lastErrorChanged();
    void currentLessonChanged();

private:
    bool check(const learner::Recorder::Result &result);
    void replan();
    LessonContent::TrackPlace placeOf(const QString &lessonId) const;

    learner::LearnerStore &m_store;
    std::shared_ptr<const ContentPack> m_pack;
    const learner::Clock &m_clock;
    learner::Recorder m_recorder;
    learner::Deriver m_deriver;
    learner::IncrementalDeriver m_derived{m_deriver}; // over m_events
    learner::TodayPlanner m_planner;
    QString m_trackId;
    QVector<learner::Event> m_events;
    learner::TodayPlan m_plan;
    learner::WeeklyGoalSummary m_goal;
    QString m_lastError;
    std::unique_ptr<LessonContent> m_currentLesson;
};

} // namespace groundwork::core
