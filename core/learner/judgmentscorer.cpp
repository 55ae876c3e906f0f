#include "learner/judgmentscorer.h"

#include "key/drillkey.h"

#include <string>

namespace groundwork::core::learner {

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
        if (toQString(decision->options(i).id()) == optionId)
            return scoreOption(*drill, *decision, i);
    return std::nullopt;
}

JudgmentScorer::OptionScore JudgmentScorer::scoreOption(const pb::Drill &drill,
                                                        const pb::Decision &decision,
                                                        int optionIndex)
{
    OptionScore result;
    for (const auto &judged : drillkey::judgment(drill, decision, optionIndex))
        result.scores.append({toQString(judged.dimension), judged.score});
    result.best = drillkey::isBest(drill, decision, optionIndex);
    return result;
}

} // namespace groundwork::core::learner
