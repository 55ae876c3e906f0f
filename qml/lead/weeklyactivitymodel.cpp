#include "weeklyactivitymodel.h"

#include <algorithm>

namespace groundwork::lead {

int WeeklyActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_weeks.size());
}

QVariant WeeklyActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Week &w = m_weeks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case WeekStartRole: return w.start;
    case ActiveMembersRole: return w.active;
    case SessionsRole: return w.sessions;
    default: return {};
    }
}

QHash<int, QByteArray> WeeklyActivityModel::roleNames() const
{
    return {{WeekStartRole, "weekStart"}, {ActiveMembersRole, "activeMembers"}, {SessionsRole, "sessions"}};
}

int WeeklyActivityModel::mostActive() const
{
    int most = 0;
    for (const Week &w : m_weeks)
        most = std::max(most, w.active);
    return most;
}

int WeeklyActivityModel::mostSessions() const
{
    int most = 0;
    for (const Week &w : m_weeks)
        most = std::max(most, w.sessions);
    return most;
}

int WeeklyActivityModel::activeMembersAt(int row) const
{
    return row >= 0 && row < count() ? m_weeks[row].active : 0;
}

int WeeklyActivityModel::sessionsAt(int row) const
{
    return row >= 0 && row < count() ? m_weeks[row].sessions : 0;
}

QString WeeklyActivityModel::weekStartAt(int row) const
{
    return row >= 0 && row < count() ? m_weeks[row].start : QString();
}

void WeeklyActivityModel::setWeeks(const sync::v1::LeadRosterResponse &roster)
{
    beginResetModel();
    m_weeks.clear();
    for (const sync::v1::CohortWeek &w : roster.weeks())
        m_weeks.append({QString::fromStdString(w.week_start()), int(w.active_members()), int(w.sessions())});
    endResetModel();
    emit changed();
}

} // namespace groundwork::lead
