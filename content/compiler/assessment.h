#pragma once

// The readiness assessment: drills marked `assessment_form: a` or `b` make two parallel forms,
// taken at the start and again after some weeks, and never served as practice.

#include "context.h"

#include <string>
#include <vector>

namespace groundwork::contentc {

// What makes the two forms parallel, so that the difference between a learner's two results
// shows growth rather than a harder or differently aimed second form.
struct ParallelFormRules
{
    static constexpr int kMaxDrillDifference = 0;       // the same number of drills
    static constexpr int kMaxDecisionDifference = 1;    // measured decisions within 1
    static constexpr int kMaxDimensionDifference = 1;   // per dimension, within 1
    static constexpr int kMinDecisionsPerDimension = 3; // every dimension, in each form
    static constexpr int kMaxScenarioDifference = 1;    // per scenario type, drills within 1
};

// "A" or "B"; empty for a practice drill.
QString assessmentFormName(pb::AssessmentForm form);
// "assess-a-" or "assess-b-": how an assessment drill's id starts, so that every file list and
// track shows at a glance that it is never practised.
QString assessmentIdPrefix(pb::AssessmentForm form);
inline constexpr char kAssessmentIdStem[] = "assess-";

// The dimensions a decision gives evidence on: those it measures whose keys differ between its
// options (a flat dimension scores nothing, see drillkey::judgment()).
std::vector<std::string> evidenceDimensions(const pb::Drill &drill, const pb::Decision &decision);

// Form A then form B, counted as ParallelFormRules counts them; empty without assessment drills.
QList<AssessmentFormSummary> summarizeAssessmentForms(const pb::ContentPack &pack);

// Both forms or none. Reported at the drills of the form that exists.
void checkBothFormsExist(const CompileContext &context);
// The ParallelFormRules. Only run on content without other errors: a drill with a broken key
// would be miscounted and report a difference that is not there.
void checkFormsAreParallel(const CompileContext &context);

} // namespace groundwork::contentc
