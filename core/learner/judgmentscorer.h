#pragma once

#include "content/contentpack.h"
#include "learner/event.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace groundwork::core::learner {

// Scores the judgment of a chosen option, not the outcome (the key's meaning lives in
// content/key/drillkey.h): per measured dimension, the
// option's expert key placed between the worst (0) and best (1) option of the same decision.
// A dimension whose key is flat within the decision (or that the chosen option does not key)
// carries no evidence and is left out.
class JudgmentScorer
{
public:
    struct OptionScore
    {
        QVector<DimensionScore> scores; // in the drill's `measures` order
        bool best = false;              // highest mean key over the measured dimensions (ties all best)
    };

    explicit JudgmentScorer(std::shared_ptr<const ContentPack> pack);

    // nullopt when the drill, decision or option is not in the pack.
    std::optional<OptionScore> score(const QString &drillId, const QString &decisionId,
                                     const QString &optionId) const;

    static OptionScore scoreOption(const pb::Drill &drill, const pb::Decision &decision,
                                   int optionIndex);

private:
    std::shared_ptr<const ContentPack> m_pack;
};

} // namespace groundwork::core::learner
