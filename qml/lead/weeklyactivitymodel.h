#pragma once

#include "groundwork/sync/v1/sync.pb.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace groundwork::lead {

// The cohort's weeks, oldest first, for the chart of weekly active members.
// Roles: weekStart (string, the Monday as yyyy-MM-dd), activeMembers (int), sessions (int:
// member-days with practice).
class WeeklyActivityModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LeadSession fills the weeks.")
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int mostActive READ mostActive NOTIFY changed)
    Q_PROPERTY(int mostSessions READ mostSessions NOTIFY changed)

public:
    enum Role { WeekStartRole = Qt::UserRole + 1, ActiveMembersRole, SessionsRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_weeks.size()); }
    int mostActive() const;
    int mostSessions() const;

    // For the chart, which draws rather than delegates.
    Q_INVOKABLE int activeMembersAt(int row) const;
    Q_INVOKABLE int sessionsAt(int row) const;
    Q_INVOKABLE QString weekStartAt(int row) const;

    void setWeeks(const sync::v1::LeadRosterResponse &roster);

signals:
    void changed();

private:
    struct Week
    {
        QString start;
        int active = 0;
        int sessions = 0;
    };
    QList<Week> m_weeks;
};

} // namespace groundwork::lead
