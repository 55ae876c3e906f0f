#pragma once

#include "groundwork/sync/v1/sync.pb.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace groundwork::lead {

// The cohort's members as the lead's roster shows them, one row per member, sortable.
// Roles (all read-only):
//   name             string  the member's display name
//   lessonsFinished  int     lessons finished (public tracks only)
//   drillsPractised  int     drill decisions practised
//   weeksOnOwnGoal   int     weeks that met the member's own goal; -1: the server does not know
//                            the member's plan
//   lastActive       string  the last UTC day with practice, yyyy-MM-dd; empty: none yet
//   sharesProfile    bool    the member shares their readiness profile with the lead
//   memberState      MemberState  practising, resting, or stalled and why (never from scores;
//                            today the server judges idle days alone, see sync/lead/stallrule.h)
//   leadTrackCompleted string the UTC day the member completed "Ready to lead", yyyy-MM-dd;
//                            empty: not (yet)
// Sorting (sortBy) keeps ties in name order, so a re-sort never shuffles equal rows.
class RosterModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LeadSession fills the roster.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(SortKey sortKey READ sortKey NOTIFY sortChanged)
    Q_PROPERTY(bool ascending READ ascending NOTIFY sortChanged)
    // The server's stall rule in days, so the words on screen name the number it uses.
    Q_PROPERTY(int idleDaysToStall READ idleDaysToStall CONSTANT)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        LessonsFinishedRole,
        DrillsPractisedRole,
        WeeksOnOwnGoalRole,
        LastActiveRole,
        SharesProfileRole,
        StateRole,
        LeadTrackCompletedRole
    };
    enum class MemberState { Practising, Resting, StalledMissedOwnGoal, StalledIdle };
    Q_ENUM(MemberState)
    enum class SortKey { Name, LessonsFinished, DrillsPractised, WeeksOnOwnGoal, LastActive, SharesProfile, State,
                         LeadTrackCompleted };
    Q_ENUM(SortKey)

    struct Row
    {
        QString name;
        int lessonsFinished = 0;
        int drillsPractised = 0;
        int weeksOnOwnGoal = -1;
        QString lastActive;
        bool sharesProfile = false;
        MemberState state = MemberState::Practising;
        QString leadTrackCompleted;
    };

    // `stalledOnly`: the list of stalled members (the same rows, filtered).
    explicit RosterModel(bool stalledOnly = false, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }
    SortKey sortKey() const { return m_sortKey; }
    bool ascending() const { return m_ascending; }
    static int idleDaysToStall();

    void setRoster(const sync::v1::LeadRosterResponse &roster);
    // Sorts by `key`; the same key again turns the order round.
    Q_INVOKABLE void sortBy(groundwork::lead::RosterModel::SortKey key);
    const QList<Row> &rows() const { return m_rows; }

    static MemberState stateOf(const sync::v1::RosterMember &member);

signals:
    void countChanged();
    void sortChanged();

private:
    void sortRows();

    bool m_stalledOnly;
    QList<Row> m_rows;
    SortKey m_sortKey = SortKey::Name;
    bool m_ascending = true;
};

} // namespace groundwork::lead
