#include "lead/groupfigure.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace groundwork::sync::lead {

QString minGroupSizeProblem(int size)
{
    if (size < kMinGroupSizeFloor)
        return QStringLiteral("The minimum group size must be at least %1 (asked for %2): smaller groups "
                              "would let a lead work out one person's readiness.")
            .arg(kMinGroupSizeFloor)
            .arg(size);
    return {};
}

int membersChanged(const QStringList &a, const QStringList &b)
{
    const QSet<QString> left(a.cbegin(), a.cend());
    const QSet<QString> right(b.cbegin(), b.cend());
    return int((left - right).size() + (right - left).size());
}

namespace {

GroupFigure compute(const QList<ContributedProfile> &sharing, int minSize, qint64 nowMs)
{
    struct Sum
    {
        double estimate = 0, low = 0, high = 0;
        int count = 0;
    };
    QMap<QString, Sum> sums;
    GroupFigure figure;
    for (const ContributedProfile &p : sharing) {
        figure.contributors << p.accountId;
        for (const DimensionValue &d : p.dimensions) {
            Sum &s = sums[d.dimensionId];
            s.estimate += d.estimate;
            s.low += d.low;
            s.high += d.high;
            ++s.count;
        }
    }
    figure.contributors.sort();
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (it->count < minSize)
            continue;
        figure.dimensions.append({it.key(), it->estimate / it->count, it->low / it->count, it->high / it->count});
    }
    figure.computedMs = nowMs;
    return figure;
}

bool containsAll(const QStringList &set, const QStringList &members)
{
    const QSet<QString> in(set.cbegin(), set.cend());
    return std::all_of(members.cbegin(), members.cend(), [&in](const QString &m) { return in.contains(m); });
}

GroupFigure withheld(const GroupFigure &figure)
{
    GroupFigure out;
    out.contributors = figure.contributors;
    out.computedMs = figure.computedMs;
    out.withheld = true;
    return out;
}

} // namespace

std::optional<GroupFigure> figureToShow(const std::optional<GroupFigure> &previous,
                                        const QList<ContributedProfile> &sharing, int minSize, qint64 nowMs)
{
    QStringList now;
    for (const ContributedProfile &p : sharing)
        now << p.accountId;
    const bool enoughProfiles = sharing.size() >= minSize;
    if (!previous)
        return enoughProfiles ? std::optional(compute(sharing, minSize, nowMs)) : std::nullopt;
    if (enoughProfiles && membersChanged(previous->contributors, now) >= minSize)
        return compute(sharing, minSize, nowMs);
    if (!previous->withheld && !containsAll(now, previous->contributors))
        return withheld(*previous);
    return previous;
}

} // namespace groundwork::sync::lead
