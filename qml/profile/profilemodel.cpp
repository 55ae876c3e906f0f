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

ProfileModel::ProfileModel(QObject *parent)
    : RowListModel(
          {{"dimensionId", [](const DimensionRow &r) -> QVariant { return r.readiness.dimensionId; }},
           {"name", [](const DimensionRow &r) -> QVariant { return r.readiness.name; }},
           {"definition", [](const DimensionRow &r) -> QVariant { return r.definition; }},
           {"mean", [](const DimensionRow &r) -> QVariant { return r.readiness.estimate.mean; }},
           {"low", [](const DimensionRow &r) -> QVariant { return r.readiness.estimate.low; }},
           {"high", [](const DimensionRow &r) -> QVariant { return r.readiness.estimate.high; }},
           {"evidence", [](const DimensionRow &r) -> QVariant { return r.readiness.estimate.evidence; }},
           // an int: QML compares it with ProfileModel.Rising etc.
           {"trend", [](const DimensionRow &r) -> QVariant { return int(trendOf(r.readiness.estimate.trend)); }},
           {"weight", [](const DimensionRow &r) -> QVariant { return r.readiness.weight; }},
           {"isFocus", [](const DimensionRow &r) -> QVariant { return r.isFocus; }}},
          "name", parent)
{
}

} // namespace groundwork::profile
