#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace groundwork::sync::lead {

// The smallest group whose readiness figures a lead may see; an administrator may raise the
// default, never set it below the floor.
constexpr int kDefaultMinGroupSize = 5;
constexpr int kMinGroupSizeFloor = 3;

// Empty when `size` may be used; otherwise why not, in plain words.
QString minGroupSizeProblem(int size);

struct DimensionValue
{
    QString dimensionId;
    double estimate = 0.5;
    double low = 0;
    double high = 1;
};

// One member's shared profile, as far as group figures use it.
struct ContributedProfile
{
    QString accountId;
    QList<DimensionValue> dimensions;
};

struct GroupFigure
{
    QStringList contributors;         // account ids behind it, sorted (kept on the server only)
    QList<DimensionValue> dimensions; // means over the contributors, by dimension id
    qint64 computedMs = 0;
    // Someone in `contributors` stopped sharing or left: nothing is shown, and the set is kept
    // only as the reference the next figure must differ from.
    bool withheld = false;
};

// Members in one set and not the other.
int membersChanged(const QStringList &a, const QStringList &b);

// The figure to keep now (shown to the lead unless withheld). A new figure is computed only
// from at least `minSize` profiles, and only when the contributing set differs from the one
// behind `previous` by at least `minSize` members; otherwise `previous` stands (it may be
// none). So two figures a lead can obtain never differ by fewer than `minSize` members, and
// nobody's score can be read from the change their joining, leaving, sharing or withdrawing
// makes. A profile whose owner stopped sharing or deleted their account is never shown again:
// a figure it is part of is withheld until the set has changed by `minSize`.
// A dimension fewer than `minSize` of the profiles carry is left out.
std::optional<GroupFigure> figureToShow(const std::optional<GroupFigure> &previous,
                                        const QList<ContributedProfile> &sharing, int minSize, qint64 nowMs);

} // namespace groundwork::sync::lead
