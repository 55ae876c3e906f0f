#include "key/drillkey.h"

#include <algorithm>
#include <limits>

namespace groundwork::drillkey {

std::vector<std::string> measuredDimensions(const pb::Drill &drill, const pb::Decision &decision)
{
    if (!decision.measures().empty())
        return {decision.measures().begin(), decision.measures().end()};
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

std::vector<DimensionJudgment> judgment(const pb::Drill &drill, const pb::Decision &decision,
                                        int optionIndex)
{
    std::vector<DimensionJudgment> result;
    if (optionIndex < 0 || optionIndex >= decision.options_size())
        return result;
    const auto &chosen = decision.options(optionIndex);
    for (const auto &dim : measuredDimensions(drill, decision)) {
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
            continue;
        result.push_back({dim, (double(mine->second) - lo) / (hi - lo)});
    }
    return result;
}

std::optional<double> meanJudgment(const std::vector<DimensionJudgment> &scores)
{
    if (scores.empty())
        return std::nullopt;
    double sum = 0;
    for (const auto &score : scores)
        sum += score.score;
    return sum / double(scores.size());
}

std::optional<double> meanKey(const pb::Option &option, const std::vector<std::string> &dimensions)
{
    double sum = 0;
    int n = 0;
    for (const auto &dim : dimensions) {
        const auto it = option.key().find(dim);
        if (it != option.key().end()) {
            sum += it->second;
            ++n;
        }
    }
    return n ? std::optional(sum / n) : std::nullopt;
}

bool isBest(const pb::Drill &drill, const pb::Decision &decision, int optionIndex)
{
    if (optionIndex < 0 || optionIndex >= decision.options_size())
        return false;
    const auto dims = measuredDimensions(drill, decision);
    const auto mine = meanKey(decision.options(optionIndex), dims);
    if (!mine)
        return false;
    for (const auto &option : decision.options())
        if (const auto other = meanKey(option, dims); other && *other > *mine + 1e-9)
            return false;
    return true;
}

std::optional<std::vector<long>> packVersionNumbers(std::string_view version)
{
    version = version.substr(0, version.find('+'));
    std::vector<long> numbers;
    long current = -1;
    for (const char c : version) {
        if (c >= '0' && c <= '9') {
            if (current > 100000000)
                return std::nullopt; // not a version anyone writes; keeps the sum in range
            current = (current < 0 ? 0 : current * 10) + (c - '0');
        } else if (c == '.' && current >= 0) {
            numbers.push_back(current);
            current = -1;
        } else {
            return std::nullopt;
        }
    }
    if (current < 0)
        return std::nullopt; // empty, or ends with a dot
    numbers.push_back(current);
    return numbers;
}

int comparePackVersions(std::string_view a, std::string_view b)
{
    const auto left = packVersionNumbers(a).value_or(std::vector<long>{});
    const auto right = packVersionNumbers(b).value_or(std::vector<long>{});
    for (size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
        const long l = i < left.size() ? left[i] : 0;
        const long r = i < right.size() ? right[i] : 0;
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

bool keyHolds(std::string_view keyedSince, std::string_view contentVersion)
{
    if (!packVersionNumbers(keyedSince) || !packVersionNumbers(contentVersion))
        return true;
    return comparePackVersions(contentVersion, keyedSince) >= 0;
}

} // namespace groundwork::drillkey
