#pragma once

#include "learner/assessment.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace groundwork::core {
class LearnerData;
class Preferences;
}

namespace groundwork::today {

// Today: the next lesson of the learner's track, one drill (a due review in the weakest
// dimension, or a new drill where the evidence is thinnest), and the week so far.
class TodayViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the app shell over the learner's data")
    // Today's date (the learner's day, as the planner counts it) in the chosen language's long form
    Q_PROPERTY(QString dateText READ dateText NOTIFY changed)
    Q_PROPERTY(QString trackTitle READ trackTitle NOTIFY changed)
    // Empty when every lesson of the track is finished
    Q_PROPERTY(QString lessonId READ lessonId NOTIFY changed)
    Q_PROPERTY(QString lessonTitle READ lessonTitle NOTIFY changed)
    Q_PROPERTY(QString lessonSummary READ lessonSummary NOTIFY changed)
    // Empty when there is no drill to offer
    Q_PROPERTY(QString drillId READ drillId NOTIFY changed)
    Q_PROPERTY(QString drillTitle READ drillTitle NOTIFY changed)
    // A drill met before, back for review (else a new one)
    Q_PROPERTY(bool drillIsReview READ drillIsReview NOTIFY changed)
    // The name of the dimension the drill was chosen for
    Q_PROPERTY(QString drillFocus READ drillFocus NOTIFY changed)
    Q_PROPERTY(bool restDay READ restDay NOTIFY changed)
    Q_PROPERTY(bool practisedToday READ practisedToday NOTIFY changed)
    Q_PROPERTY(int sessionsThisWeek READ sessionsThisWeek NOTIFY changed)
    Q_PROPERTY(int weeklyTarget READ weeklyTarget NOTIFY changed)
    // Weeks that met the goal, of the weeks counted since the first practice
    Q_PROPERTY(int weeksOnTrack READ weeksOnTrack NOTIFY changed)
    Q_PROPERTY(int weeksCounted READ weeksCounted NOTIFY changed)
    // The readiness assessment offered on Today (None once skipped, until another offer stands)
    Q_PROPERTY(AssessmentOffer assessmentOffer READ assessmentOffer NOTIFY changed)
    Q_PROPERTY(QString assessmentForm READ assessmentForm NOTIFY changed)
    Q_PROPERTY(int assessmentSituations READ assessmentSituations NOTIFY changed)
    // No sitting is complete yet: the offer is for the learner's first
    Q_PROPERTY(bool assessmentFirstSitting READ assessmentFirstSitting NOTIFY changed)
    // Last week's "try it at work" assignment to recall once; empty when there is none
    Q_PROPERTY(QString tryItLessonId READ tryItLessonId NOTIFY changed)
    Q_PROPERTY(QString tryItLessonTitle READ tryItLessonTitle NOTIFY changed)
    Q_PROPERTY(QString tryItText READ tryItText NOTIFY changed)

public:
    // Why Today offers the readiness assessment, if it does.
    enum class AssessmentOffer { None, Start, Continue, SixWeeks };
    Q_ENUM(AssessmentOffer)

    // preferences (optional) remembers a skipped offer and a dismissed recall.
    explicit TodayViewModel(core::LearnerData &data, core::Preferences *preferences = nullptr,
                            QObject *parent = nullptr);

    AssessmentOffer assessmentOffer() const;
    QString assessmentForm() const;
    int assessmentSituations() const;
    bool assessmentFirstSitting() const;
    QString tryItLessonId() const;
    QString tryItLessonTitle() const;
    QString tryItText() const;

    // "Skip for now": Today stops offering this sitting; it stays open in Profile.
    Q_INVOKABLE void skipAssessment();
    // The recall goes and never comes back for that lesson.
    Q_INVOKABLE void dismissTryIt();
    // Saves the optional private note on the recalled assignment (which ends the recall);
    // false when it could not be saved (nothing changes).
    Q_INVOKABLE bool saveTryItNote(const QString &text);

    QString dateText() const;
    QString trackTitle() const;
    QString lessonId() const;
    QString lessonTitle() const;
    QString lessonSummary() const;
    QString drillId() const;
    QString drillTitle() const;
    bool drillIsReview() const;
    QString drillFocus() const;
    bool restDay() const;
    bool practisedToday() const;
    int sessionsThisWeek() const;
    int weeklyTarget() const;
    int weeksOnTrack() const;
    int weeksCounted() const;

signals:
    void changed();

private:
    QString offerKey() const;
    // The assessment offer standing today, worked out once per change of the learner's data
    // (and of the date): it looks through every decision, and several properties read it.
    const core::learner::AssessmentOffer &offer() const;

    core::LearnerData &m_data;
    core::Preferences *m_preferences = nullptr;
    mutable std::optional<core::learner::AssessmentOffer> m_offer;
    mutable QDate m_offerDay;
};

} // namespace groundwork::today
