#include "profilemodel.h"

namespace groundwork::profile {

ProfileModel::Trend ProfileModel::trendOf(core::learner::DimensionEstimate::Trend trend)
{
    using Core = core::learner::DimensionEstimate::Trend;
    switch (trend) {
    case Core::Rising:
        return Trend::Rising;
    case Core::Steady:
        return Trend::Steady;
    case Core::Falling:
        return Trend::Falling;
    case Core::Unknown:
        break;
    }
    return Trend::Unknown;
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    const DimensionRow *row = rowAt(index);
    if (!row)
        return {};
    const auto &e = row->readiness.estimate;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row->readiness.name;
    case DimensionIdRole:
        return row->readiness.dimensionId;
    case DefinitionRole:
        return row->definition;
    case MeanRole:
        return e.mean;
    case LowRole:
        return e.low;
    case HighRole:
        return e.high;
    case EvidenceRole:
        return e.evidence;
    case TrendRole:
        return int(trendOf(e.trend)); // QML compares it with ProfileModel.Rising etc.
    case WeightRole:
        return row->readiness.weight;
    case IsFocusRole:
        return row->isFocus;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileModel::roleNames() const
{
    return {{DimensionIdRole, "dimensionId"}, {NameRole, "name"},       {DefinitionRole, "definition"},
            {MeanRole, "mean"},               {LowRole, "low"},         {HighRole, "high"},
            {EvidenceRole, "evidence"},       {TrendRole, "trend"},     {WeightRole, "weight"},
            {IsFocusRole, "isFocus"}};
}

} // namespace groundwork::profile
