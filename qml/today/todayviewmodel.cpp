#include "todayviewmodel.h"

#include "session/learnerdata.h"
#include "settings/preferences.h"

#include <QLocale>

namespace groundwork::today {

using core::toQString;

using Offer = core::learner::AssessmentOffer;

TodayViewModel::TodayViewModel(core::LearnerData &data, core::Preferences *preferences,
                               QObject *parent)
    : QObject(parent), m_data(data), m_preferences(preferences)
{
    connect(&data, &core::LearnerData::changed, this, [this] {
        m_offer.reset();
        emit changed();
    });
    connect(&data, &core::LearnerData::trackChanged, this, &TodayViewModel::changed);
}

const Offer &TodayViewModel::offer() const
{
    const QDate today = m_data.today();
    if (!m_offer || m_offerDay != today) {
        m_offer = m_data.assessments().offer(m_data.state(), today);
        m_offerDay = today;
    }
    return *m_offer;
}

QString TodayViewModel::dateText() const
{
    return QLocale().toString(m_data.today(), QLocale::LongFormat);
}

QString TodayViewModel::trackTitle() const
{
    const core::pb::Track *track = m_data.pack().track(m_data.trackId());
    return track ? toQString(track->title()) : QString();
}

QString TodayViewModel::lessonId() const { return m_data.plan().lessonId; }

QString TodayViewModel::lessonTitle() const
{
    const core::pb::Lesson *lesson = m_data.pack().lesson(lessonId());
    return lesson ? toQString(lesson->title()) : QString();
}

QString TodayViewModel::lessonSummary() const
{
    const core::pb::Lesson *lesson = m_data.pack().lesson(lessonId());
    return lesson ? toQString(lesson->summary()) : QString();
}

QString TodayViewModel::drillId() const { return m_data.plan().drillId; }

QString TodayViewModel::drillTitle() const
{
    const core::pb::Drill *drill = m_data.pack().drill(drillId());
    return drill ? toQString(drill->title()) : QString();
}

bool TodayViewModel::drillIsReview() const
{
    return m_data.plan().reason == core::learner::TodayPlan::DrillReason::DueReview;
}

QString TodayViewModel::drillFocus() const
{
    const core::pb::Dimension *dimension = m_data.pack().dimension(m_data.plan().targetDimension);
    return dimension ? toQString(dimension->name()) : QString();
}

bool TodayViewModel::restDay() const { return m_data.restDay(); }
bool TodayViewModel::practisedToday() const { return m_data.plan().practisedToday; }
int TodayViewModel::sessionsThisWeek() const { return m_data.weeklyGoal().thisWeek.sessions; }
int TodayViewModel::weeklyTarget() const { return m_data.weeklyGoal().thisWeek.target; }
int TodayViewModel::weeksOnTrack() const { return m_data.weeklyGoal().weeksOnTrack; }
int TodayViewModel::weeksCounted() const { return m_data.weeklyGoal().weeksCounted; }

// Names the offer standing now ("start-1", "six-weeks-2", ...): a skip holds for it only.
QString TodayViewModel::offerKey() const
{
    const Offer &standing = offer();
    if (!standing.available())
        return {};
    const char *reason = standing.reason == Offer::Reason::Start      ? "start"
                         : standing.reason == Offer::Reason::Continue ? "continue"
                                                                      : "six-weeks";
    return QStringLiteral("%1-%2").arg(QLatin1String(reason)).arg(int(standing.form));
}

TodayViewModel::AssessmentOffer TodayViewModel::assessmentOffer() const
{
    const QString key = offerKey();
    if (key.isEmpty() || (m_preferences && m_preferences->skippedAssessmentOffer() == key))
        return AssessmentOffer::None;
    switch (offer().reason) {
    case Offer::Reason::Start:
        return AssessmentOffer::Start;
    case Offer::Reason::Continue:
        return AssessmentOffer::Continue;
    case Offer::Reason::SixWeeks:
        return AssessmentOffer::SixWeeks;
    case Offer::Reason::None:
    case Offer::Reason::NotYet:
        break;
    }
    return AssessmentOffer::None;
}

QString TodayViewModel::assessmentForm() const
{
    const core::pb::AssessmentForm form = offer().form;
    return form == core::pb::ASSESSMENT_FORM_A   ? QStringLiteral("A")
           : form == core::pb::ASSESSMENT_FORM_B ? QStringLiteral("B")
                                                 : QString();
}

int TodayViewModel::assessmentSituations() const
{
    return int(m_data.pack().assessmentDrills(offer().form).size());
}

bool TodayViewModel::assessmentFirstSitting() const
{
    return m_data.assessments().results(m_data.state(), QString()).isEmpty();
}

void TodayViewModel::skipAssessment()
{
    if (!m_preferences)
        return;
    m_preferences->setSkippedAssessmentOffer(offerKey());
    emit changed();
}

QString TodayViewModel::tryItLessonId() const
{
    return core::learner::lastWeeksTryIt(m_data.state(), m_data.pack(), m_data.today(),
                                         m_preferences ? m_preferences->dismissedTryIts() : QStringList());
}

QString TodayViewModel::tryItLessonTitle() const
{
    const core::pb::Lesson *lesson = m_data.pack().lesson(tryItLessonId());
    return lesson ? toQString(lesson->title()) : QString();
}

QString TodayViewModel::tryItText() const
{
    const core::pb::Lesson *lesson = m_data.pack().lesson(tryItLessonId());
    return lesson ? toQString(lesson->try_it()).trimmed() : QString();
}

void TodayViewModel::dismissTryIt()
{
    if (!m_preferences)
        return;
    m_preferences->dismissTryIt(tryItLessonId());
    emit changed();
}

bool TodayViewModel::saveTryItNote(const QString &text)
{
    const QString lessonId = tryItLessonId();
    if (lessonId.isEmpty() || text.trimmed().isEmpty())
        return false;
    return m_data.saveTryItNote(lessonId, text.trimmed()); // LearnerData emits changed
}

} // namespace groundwork::today
