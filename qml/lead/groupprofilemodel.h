#pragma once

#include "groundwork/sync/v1/sync.pb.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace groundwork::lead {

// The group readiness profile, one row per dimension, only while the server shows a figure.
// Roles: dimensionId (string), title (string, the content pack's name for it), estimate, low,
// high (int, whole percentages: the group's mean estimate and the mean of its members' 90%
// intervals, rounded as the CSV export rounds them).
class GroupProfileModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LeadSession fills the group profile.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { DimensionIdRole = Qt::UserRole + 1, TitleRole, EstimateRole, LowRole, HighRole };

    // `titleOf` names a dimension id for people (may be empty: the id is shown).
    explicit GroupProfileModel(std::function<QString(const QString &)> titleOf = {}, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    void setProfile(const sync::v1::LeadGroupProfileResponse &profile);

signals:
    void countChanged();

private:
    struct Row
    {
        QString id;
        QString title;
        int estimate = 0, low = 0, high = 0;
    };
    std::function<QString(const QString &)> m_titleOf;
    QList<Row> m_rows;
};

} // namespace groundwork::lead
