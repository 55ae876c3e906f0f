#pragma once

#include "learner/readiness.h"
#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace groundwork::profile {

struct DimensionRow
{
    core::learner::DimensionReadiness readiness;
    QString definition;
    bool isFocus = false;

    bool sameItem(const DimensionRow &other) const
    {
        return readiness.dimensionId == other.readiness.dimensionId;
    }
};

// One row per judgment dimension of the readiness profile.
//
// Roles (names as QML sees them):
//   dimensionId  string  the pack's Dimension.id
//   name         string  the dimension's name
//   definition   string  what the dimension means (Markdown)
//   mean         real    the estimate, 0..1 (0.5 with no evidence)
//   low, high    real    its 90% credible interval, 0..1
//   evidence     int     decisions that scored this dimension
//   trend        ProfileModel.Trend  Rising, Steady, Falling or Unknown (too few weeks)
//   weight       real    the chosen role's weight, normalised so all rows sum to 1
//                        (equal weights when no role is chosen)
//   isFocus      bool    one of the (up to 2) dimensions that matter most to work on
class ProfileModel : public ui::RowListModel<DimensionRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of ProfileViewModel")

public:
    // The same values as learner::DimensionEstimate::Trend, which QML cannot name.
    enum class Trend { Unknown, Falling, Steady, Rising };
    Q_ENUM(Trend)

    explicit ProfileModel(QObject *parent = nullptr);

    static Trend trendOf(core::learner::DimensionEstimate::Trend trend);
};

} // namespace groundwork::profile
