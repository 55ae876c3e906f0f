#pragma once

#include "content/contentpack.h"
#include "learner/calibration.h"
#include "learner/cohortrole.h"
#include "learner/derivation.h"
#include "learner/estimate.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace groundwork::core::learner {

// One dimension of a readiness profile.
struct DimensionReadiness
{
    QString dimensionId;
    QString name;
    double weight = 0;          // the role's weight, normalised so all weights sum to 1
    DimensionEstimate estimate; // mean, credible interval, evidence, weekly trend
};

// The learner's judgment measured against what a role demands (a pack RoleTemplate).
struct ReadinessProfile
{
    QString roleId;
    QString roleTitle;
    QVector<DimensionReadiness> dimensions; // by weight, heaviest first, then id
    double overall = 0.5;                   // weighted mean of the estimates
    double overallLow = 0;                  // 90% interval (normal approximation of the sum)
    double overallHigh = 1;
    int evidence = 0;                       // decisions behind the profile
    QStringList focus;                      // up to 2 dimensions where weight x gap is largest
    Calibration calibration;
    QStringList contentVersions;            // content versions whose keys scored the evidence
};

// What a profile weighs by: a pack role template's weights, or the cohort's adapted role.
struct RoleWeights
{
    QString id;
    QString title;
    QVector<std::pair<QString, double>> weights; // dimension id -> weight > 0
};

// Builds readiness profiles from a derived state. nullopt when the role is not in the pack.
class ReadinessProfiler
{
public:
    explicit ReadinessProfiler(std::shared_ptr<const ContentPack> pack);

    std::optional<ReadinessProfile> profile(const LearnerState &state, const QString &roleId) const;
    // The same against any role's weights (the cohort's adapted role).
    ReadinessProfile profile(const LearnerState &state, const RoleWeights &role) const;

    // A pack role's weights; nullopt when the pack has no such role.
    std::optional<RoleWeights> packRole(const QString &roleId) const;
    // The cohort's role's weights (those above 0), titled as the lead titled it.
    static RoleWeights cohortRole(const CohortRole &role);

    // The same weighting over any estimates (a sitting of the readiness assessment): by the
    // role's weights, or every pack dimension equally when the pack has no such role. Fills
    // dimensions, overall and its interval; evidence, calibration and versions are left empty.
    ReadinessProfile weigh(const QMap<QString, DimensionEstimate> &estimates, const QString &roleId) const;
    ReadinessProfile weigh(const QMap<QString, DimensionEstimate> &estimates, const RoleWeights &role) const;

    // The variance of a profile's overall figure (normal approximation of the weighted sum of
    // independent Beta posteriors), as its interval uses.
    static double overallVariance(const ReadinessProfile &profile);
    // The variance of one dimension's Beta posterior, from its mean and evidence.
    static double estimateVariance(const DimensionEstimate &estimate);

private:
    std::shared_ptr<const ContentPack> m_pack;
};

} // namespace groundwork::core::learner
