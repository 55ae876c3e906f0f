#include "goalviewmodel.h"

#include "session/learnerdata.h"

namespace groundwork::ui {

GoalViewModel::GoalViewModel(core::LearnerData &data, QObject *parent)
    : QObject(parent), m_data(data)
{
    connect(&data, &core::LearnerData::changed, this, &GoalViewModel::changed);
    connect(&data, &core::LearnerData::lastErrorChanged, this, &GoalViewModel::lastErrorChanged);
}

int GoalViewModel::sessionsPerWeek() const
{
    return m_data.weeklyGoal().goal.sessionsPerWeek;
}

QList<int> GoalViewModel::restDays() const
{
    return m_data.weeklyGoal().goal.restDays;
}

QString GoalViewModel::lastError() const
{
    return m_data.lastError();
}

bool GoalViewModel::isCurrent(int sessionsPerWeek, const QList<int> &restDays) const
{
    return sessionsPerWeek == this->sessionsPerWeek() && restDays == this->restDays();
}

bool GoalViewModel::save(int sessionsPerWeek, const QList<int> &restDays)
{
    return m_data.setGoal(sessionsPerWeek, restDays);
}

} // namespace groundwork::ui
