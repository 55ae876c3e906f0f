#include "todayviewmodel.h"

#include "session/learnerdata.h"

namespace groundwork::today {

using core::toQString;

TodayViewModel::TodayViewModel(core::LearnerData &data, QObject *parent)
    : QObject(parent), m_data(data)
{
    connect(&data, &core::LearnerData::changed, this, &TodayViewModel::changed);
    connect(&data, &core::LearnerData::trackChanged, this, &TodayViewModel::changed);
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

} // namespace groundwork::today
