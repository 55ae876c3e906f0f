#include "learner/readiness.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace groundwork::core::learner {

namespace {

constexpr double kZ90 = 1.6448536269514722; // two-sided 90%

} // namespace

ReadinessProfiler::ReadinessProfiler(std::shared_ptr<const ContentPack> pack) : m_pack(std::move(pack)) {}

std::optional<ReadinessProfile> ReadinessProfiler::profile(const LearnerState &state,
                                                           const QString &roleId) const
{
    const pb::RoleTemplate *role = m_pack->role(roleId);
    if (!role)
        return std::nullopt;
    ReadinessProfile p;
    p.roleId = roleId;
    p.roleTitle = toQString(role->title());
    p.calibration = state.calibration;

    double total = 0;
    for (const auto &[dim, weight] : role->weights())
        if (weight > 0)
            total += weight;
    if (total <= 0)
        return p;

    for (const auto &[dim, weight] : role->weights()) {
        if (weight <= 0)
            continue;
        DimensionReadiness d;
        d.dimensionId = toQString(dim);
        const pb::Dimension *known = m_pack->dimension(d.dimensionId);
        d.name = known ? toQString(known->name()) : d.dimensionId;
        d.weight = weight / total;
        const auto it = state.dimensions.constFind(d.dimensionId);
        if (it != state.dimensions.cend()) {
            d.estimate = *it;
        } else {
            d.estimate.dimensionId = d.dimensionId;
            BetaEstimate prior;
            d.estimate.low = prior.quantile(0.05);
            d.estimate.high = prior.quantile(0.95);
        }
        p.dimensions.append(d);
    }
    std::sort(p.dimensions.begin(), p.dimensions.end(),
              [](const DimensionReadiness &a, const DimensionReadiness &b) {
                  return std::tie(b.weight, a.dimensionId) < std::tie(a.weight, b.dimensionId);
              });

    // Overall: weighted mean; its spread from each dimension's Beta variance, taken as
    // independent, and a normal approximation.
    double mean = 0;
    double variance = 0;
    for (const auto &d : p.dimensions) {
        mean += d.weight * d.estimate.mean;
        // Beta(1 + sum s, 1 + sum (1 - s)) has alpha + beta = 2 + evidence.
        const double n = 2.0 + d.estimate.evidence;
        const double m = d.estimate.mean;
        variance += d.weight * d.weight * m * (1.0 - m) / (n + 1.0);
    }
    p.overall = mean;
    const double sd = std::sqrt(variance);
    p.overallLow = std::clamp(mean - kZ90 * sd, 0.0, 1.0);
    p.overallHigh = std::clamp(mean + kZ90 * sd, 0.0, 1.0);

    QStringList versions;
    QStringView last; // decisions of one version share its string (see derive())
    for (const auto &d : state.decisions) {
        if (d.isEvidence()) {
            ++p.evidence;
            const bool same = d.contentVersion.constData() == last.data() && d.contentVersion.size() == last.size();
            if (!same && !versions.contains(d.contentVersion))
                versions << d.contentVersion;
            last = d.contentVersion;
        }
    }
    versions.sort();
    p.contentVersions = versions;

    QVector<const DimensionReadiness *> byGap;
    for (const auto &d : p.dimensions)
        byGap << &d;
    std::stable_sort(byGap.begin(), byGap.end(), [](const DimensionReadiness *a, const DimensionReadiness *b) {
        return a->weight * (1.0 - a->estimate.mean) > b->weight * (1.0 - b->estimate.mean);
    });
    for (int i = 0; i < byGap.size() && i < 2; ++i)
        p.focus << byGap[i]->dimensionId;
    return p;
}

} // namespace groundwork::core::learner
