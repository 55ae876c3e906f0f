#include "rostermodel.h"

#include "lead/leadtrack.h"
#include "lead/stallrule.h"

#include <algorithm>

namespace groundwork::lead {

namespace v1 = sync::v1;

RosterModel::RosterModel(bool stalledOnly, QObject *parent) : QAbstractListModel(parent), m_stalledOnly(stalledOnly)
{
}

int RosterModel::idleDaysToStall()
{
    return sync::lead::kIdleDaysToStall;
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return row.name;
    case LessonsFinishedRole: return row.lessonsFinished;
    case DrillsPractisedRole: return row.drillsPractised;
    case WeeksOnOwnGoalRole: return row.weeksOnOwnGoal;
    case LastActiveRole: return row.lastActive;
    case SharesProfileRole: return row.sharesProfile;
    case StateRole: return QVariant::fromValue(row.state);
    case LeadTrackCompletedRole: return row.leadTrackCompleted;
    default: return {};
    }
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    return {{NameRole, "name"},           {LessonsFinishedRole, "lessonsFinished"}, {DrillsPractisedRole, "drillsPractised"},
            {WeeksOnOwnGoalRole, "weeksOnOwnGoal"}, {LastActiveRole, "lastActive"}, {SharesProfileRole, "sharesProfile"},
            {StateRole, "memberState"}, {LeadTrackCompletedRole, "leadTrackCompleted"}};
}

RosterModel::MemberState RosterModel::stateOf(const v1::RosterMember &member)
{
    switch (member.stall_reason()) {
    case v1::STALL_REASON_MISSED_OWN_GOAL_TWICE: return MemberState::StalledMissedOwnGoal;
    case v1::STALL_REASON_IDLE_FOURTEEN_DAYS: return MemberState::StalledIdle;
    default: return member.resting_this_week() ? MemberState::Resting : MemberState::Practising;
    }
}

void RosterModel::setRoster(const v1::LeadRosterResponse &roster)
{
    QList<Row> rows;
    for (const v1::RosterMember &m : roster.members()) {
        const MemberState state = stateOf(m);
        if (m_stalledOnly && state != MemberState::StalledIdle && state != MemberState::StalledMissedOwnGoal)
            continue;
        rows.append({QString::fromStdString(m.display_name()), int(m.lessons_finished()), int(m.drills_practised()),
                     m.has_weeks_on_own_goal() ? int(m.weeks_on_own_goal()) : -1,
                     QString::fromStdString(m.last_active_day()), m.shares_profile(), state,
                     sync::lead::leadTrackCompletedDay(m)});
    }
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    sortRows();
    endResetModel();
    if (count() != before)
        emit countChanged();
}

void RosterModel::sortBy(SortKey key)
{
    m_ascending = key == m_sortKey ? !m_ascending : true;
    m_sortKey = key;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Row> old = m_rows;
    sortRows();
    // Persistent indexes follow their rows (names with the same figures are told apart by position).
    QModelIndexList after;
    for (const QModelIndex &index : before) {
        const Row &row = old.at(index.row());
        int to = 0;
        for (; to < m_rows.size(); ++to)
            if (m_rows[to].name == row.name && m_rows[to].lastActive == row.lastActive)
                break;
        after << this->index(std::min(to, int(m_rows.size()) - 1));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit sortChanged();
}

void RosterModel::sortRows()
{
    const auto key = [this](const Row &r) -> QVariant {
        switch (m_sortKey) {
        case SortKey::Name: return r.name.toLower();
        case SortKey::LessonsFinished: return r.lessonsFinished;
        case SortKey::DrillsPractised: return r.drillsPractised;
        case SortKey::WeeksOnOwnGoal: return r.weeksOnOwnGoal;
        case SortKey::LastActive: return r.lastActive;
        case SortKey::SharesProfile: return int(r.sharesProfile);
        case SortKey::State: return int(r.state);
        case SortKey::LeadTrackCompleted: return r.leadTrackCompleted;
        }
        return {};
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        const QPartialOrdering order = QVariant::compare(key(a), key(b));
        if (order == QPartialOrdering::Equivalent)
            return a.name.toLower() < b.name.toLower();
        return m_ascending ? order == QPartialOrdering::Less : order == QPartialOrdering::Greater;
    });
}

} // namespace groundwork::lead
