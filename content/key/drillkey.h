#pragma once

// The meaning of a drill's expert key, in one place: which dimensions a decision is judged on,
// the judgment score of a chosen option per dimension, and which options are keyed best.

#include "groundwork/content/v1/pack.pb.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace groundwork::drillkey {

namespace pb = groundwork::content::v1;

// The decision's own `measures`, else the drill's; for a drill that lists none, every
// dimension some option of the decision keys, in id order.
std::vector<std::string> measuredDimensions(const pb::Drill &drill, const pb::Decision &decision);

struct DimensionJudgment
{
    std::string dimension;
    double score = 0; // [0, 1]: the worst option of the decision 0, the best 1
};

// Per measured dimension, the option's key placed between the decision's worst and best
// option. A dimension that is flat within the decision, or that the option does not key,
// carries no evidence and is left out.
std::vector<DimensionJudgment> judgment(const pb::Drill &drill, const pb::Decision &decision,
                                        int optionIndex);

// The mean of judgment()'s scores; nullopt when it has none.
std::optional<double> meanJudgment(const std::vector<DimensionJudgment> &scores);

// The option's mean key over `dimensions` it keys; nullopt when it keys none of them.
std::optional<double> meanKey(const pb::Option &option, const std::vector<std::string> &dimensions);

// Whether the option has the highest mean key of its decision (ties are all best).
bool isBest(const pb::Drill &drill, const pb::Decision &decision, int optionIndex);

// The dotted numbers of a pack version ("2026.12.0") or of a content version, whose part after
// '+' is a fingerprint ("2026.12.0+1a2b3c4d"); nullopt when it is not of that form.
std::optional<std::vector<long>> packVersionNumbers(std::string_view version);

// <0, 0 or >0 as `a` is older than, the same as or newer than `b` (missing parts count as 0).
// Both must be pack or content versions (see packVersionNumbers()).
int comparePackVersions(std::string_view a, std::string_view b);

// Whether an answer recorded against `contentVersion` was scored by a drill's current key,
// which holds since the pack version `keyedSince` (a drill's `keyed_since`; empty: always).
// A version that cannot be read counts as current: nothing is set aside on a guess.
bool keyHolds(std::string_view keyedSince, std::string_view contentVersion);

} // namespace groundwork::drillkey
