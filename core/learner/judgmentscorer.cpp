#include "learner/judgmentscorer.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <string>

namespace groundwork::core::learner {

namespace {

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The dimensions a decision is judged on: the drill's `measures`, or (for a drill that lists
// none) every dimension some option of the decision keys, in id order.
std::vector<std::string> measuredDimensions(const pb::Drill &drill, const pb::Decision &decision)
{
    std::vector<std::string> dims(drill.measures().begin(), drill.measures().end());
    if (!dims.empty())
        return dims;
    for (const auto &option : decision.options())
        for (const auto &[dim, value] : option.key())
            if (std::find(dims.begin(), dims.end(), dim) == dims.end())
                dims.push_back(dim);
    std::sort(dims.begin(), dims.end());
    return dims;
}

} // namespace

JudgmentScorer::JudgmentScorer(std::shared_ptr<const ContentPack> pack) : m_pack(std::move(pack))
{
}

std::optional<JudgmentScorer::OptionScore>
JudgmentScorer::score(const QString &drillId, const QString &decisionId, const QString &optionId) const
{
    const pb::Drill *drill = m_pack ? m_pack->drill(drillId) : nullptr;
    if (!drill)
        return std::nullopt;
    const pb::Decision *decision = ContentPack::decision(*drill, decisionId);
    if (!decision)
        return std::nullopt;
    for (int i = 0; i < decision->options_size(); ++i)
        if (qs(decision->options(i).id()) == optionId)
            return scoreOption(*drill, *decision, i);
    return std::nullopt;
}

JudgmentScorer::OptionScore JudgmentScorer::scoreOption(const pb::Drill &drill,
                                                        const pb::Decision &decision,
                                                        int optionIndex)
{
    OptionScore result;
    const auto dims = measuredDimensions(drill, decision);
    const auto &chosen = decision.options(optionIndex);

    for (const auto &dim : dims) {
        double lo = std::numeric_limits<double>::max();
        double hi = std::numeric_limits<double>::lowest();
        for (const auto &option : decision.options()) {
            const auto it = option.key().find(dim);
            if (it == option.key().end())
                continue;
            lo = std::min(lo, double(it->second));
            hi = std::max(hi, double(it->second));
        }
        const auto mine = chosen.key().find(dim);
        if (mine == chosen.key().end() || !(hi > lo))
            continue; // flat or unkeyed: no evidence either way
        result.scores.append({qs(dim), (double(mine->second) - lo) / (hi - lo)});
    }

    // "Best": the highest mean key over the measured dimensions the option keys.
    auto meanKey = [&dims](const pb::Option &option) {
        double sum = 0;
        int n = 0;
        for (const auto &dim : dims) {
            const auto it = option.key().find(dim);
            if (it != option.key().end()) {
                sum += it->second;
                ++n;
            }
        }
        return n ? sum / n : -1.0;
    };
    double bestMean = -1.0;
    for (const auto &option : decision.options())
        bestMean = std::max(bestMean, meanKey(option));
    const double mine = meanKey(chosen);
    result.best = mine >= 0 && mine >= bestMean - 1e-9;
    return result;
}

} // namespace groundwork::core::learner
