#include "groupprofilemodel.h"

#include "lead/leadexport.h"

namespace groundwork::lead {

GroupProfileModel::GroupProfileModel(std::function<QString(const QString &)> titleOf, QObject *parent)
    : QAbstractListModel(parent), m_titleOf(std::move(titleOf))
{
}

int GroupProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GroupProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case DimensionIdRole: return r.id;
    case Qt::DisplayRole:
    case TitleRole: return r.title;
    case EstimateRole: return r.estimate;
    case LowRole: return r.low;
    case HighRole: return r.high;
    default: return {};
    }
}

QHash<int, QByteArray> GroupProfileModel::roleNames() const
{
    return {{DimensionIdRole, "dimensionId"}, {TitleRole, "title"}, {EstimateRole, "estimate"}, {LowRole, "low"},
            {HighRole, "high"}};
}

void GroupProfileModel::setProfile(const sync::v1::LeadGroupProfileResponse &profile)
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    if (profile.hidden() == sync::v1::GROUP_PROFILE_HIDDEN_NOT) {
        for (const sync::v1::GroupDimension &d : profile.dimensions()) {
            const QString id = QString::fromStdString(d.dimension_id());
            QString title = m_titleOf ? m_titleOf(id) : QString();
            // Whole percentages, rounded as the export rounds: the screen and the CSV agree.
            m_rows.append({id, title.isEmpty() ? id : title, sync::lead::percentShown(d.estimate()),
                           sync::lead::percentShown(d.low()), sync::lead::percentShown(d.high())});
        }
    }
    endResetModel();
    if (count() != before)
        emit countChanged();
}

} // namespace groundwork::lead
