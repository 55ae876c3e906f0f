#include "learner/readiness.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace groundwork::core::learner {

namespace {

constexpr double kZ90 = 1.6448536269514722; // two-sided 90%

} // namespace

ReadinessProfiler::ReadinessProfiler(std::shared_ptr<const ContentPack> pack) : m_pack(std::move(pack)) {}

double ReadinessProfiler::estimateVariance(const DimensionEstimate &e)
{
    // Beta(1 + sum s, 1 + sum (1 - s)) has alpha + beta = 2 + evidence.
    const double n = 2.0 + e.evidence;
    return e.mean * (1.0 - e.mean) / (n + 1.0);
}

double ReadinessProfiler::overallVariance(const ReadinessProfile &profile)
{
    double variance = 0;
    for (const auto &d : profile.dimensions)
        variance += d.weight * d.weight * estimateVariance(d.estimate);
    return variance;
}

std::optional<RoleWeights> ReadinessProfiler::packRole(const QString &roleId) const
{
    const pb::RoleTemplate *role = m_pack->role(roleId);
    if (!role)
        return std::nullopt;
    RoleWeights w{roleId, toQString(role->title()), {}};
    for (const auto &[dim, weight] : role->weights())
        if (weight > 0)
            w.weights.append({toQString(dim), double(weight)});
    return w;
}

RoleWeights ReadinessProfiler::cohortRole(const CohortRole &role)
{
    RoleWeights w{kCohortRoleId, role.title, {}};
    for (auto it = role.weights.cbegin(); it != role.weights.cend(); ++it)
        if (it.value() > 0)
            w.weights.append({it.key(), it.value()});
    return w;
}

ReadinessProfile ReadinessProfiler::weigh(const QMap<QString, DimensionEstimate> &estimates,
                                          const QString &roleId) const
{
    if (const auto role = packRole(roleId))
        return weigh(estimates, *role);
    RoleWeights equal;
    for (const auto &dim : m_pack->data().dimensions())
        equal.weights.append({toQString(dim.id()), 1.0});
    return weigh(estimates, equal);
}

ReadinessProfile ReadinessProfiler::weigh(const QMap<QString, DimensionEstimate> &estimates,
                                          const RoleWeights &role) const
{
    ReadinessProfile p;
    p.roleId = role.id;
    p.roleTitle = role.title;
    const QVector<std::pair<QString, double>> &weights = role.weights;
    double total = 0;
    for (const auto &w : std::as_const(weights))
        total += w.second;
    if (total <= 0)
        return p;

    for (const auto &[id, weight] : std::as_const(weights)) {
        DimensionReadiness d;
        d.dimensionId = id;
        const pb::Dimension *known = m_pack->dimension(id);
        d.name = known ? toQString(known->name()) : id;
        d.weight = weight / total;
        const auto it = estimates.constFind(id);
        if (it != estimates.cend()) {
            d.estimate = *it;
        } else {
            d.estimate.dimensionId = id;
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
    for (const auto &d : p.dimensions)
        mean += d.weight * d.estimate.mean;
    p.overall = mean;
    const double sd = std::sqrt(overallVariance(p));
    p.overallLow = std::clamp(mean - kZ90 * sd, 0.0, 1.0);
    p.overallHigh = std::clamp(mean + kZ90 * sd, 0.0, 1.0);
    return p;
}

std::optional<ReadinessProfile> ReadinessProfiler::profile(const LearnerState &state,
                                                           const QString &roleId) const
{
    const auto role = packRole(roleId);
    if (!role)
        return std::nullopt;
    return profile(state, *role);
}

ReadinessProfile ReadinessProfiler::profile(const LearnerState &state, const RoleWeights &role) const
{
    ReadinessProfile p = weigh(state.dimensions, role);
    p.calibration = state.calibration;
    if (p.dimensions.isEmpty())
        return p;

    p.evidence = state.evidenceDecisions;
    p.contentVersions = state.evidenceVersions;

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
