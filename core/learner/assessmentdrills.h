#pragma once

#include "content/contentpack.h"

#include <QHash>
#include <QString>

namespace groundwork::core::learner {

// The drills of the readiness assessment's forms, by id, as the pack marks them
// (Drill.assessment_form). The derivation tags their answers with the form so that they stay
// out of the practice profile; the recorder still saves them like any drill decision.
class AssessmentDrills
{
public:
    AssessmentDrills() = default;
    explicit AssessmentDrills(const ContentPack &pack)
    {
        for (const QString &id : pack.drillIds())
            if (const int form = pack.drillAssessmentForm(id); form != pb::ASSESSMENT_FORM_NONE)
                m_forms.insert(id, form);
    }

    // pb::AssessmentForm's value: 0 (ASSESSMENT_FORM_NONE) for a practice or unknown drill.
    int formOf(const QString &drillId) const { return m_forms.value(drillId, 0); }
    bool isEmpty() const { return m_forms.isEmpty(); }

private:
    QHash<QString, int> m_forms;
};

} // namespace groundwork::core::learner
