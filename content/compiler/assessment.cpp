#include "assessment.h"

#include "key/drillkey.h"

#include <QSet>

#include <cstdlib>

namespace groundwork::contentc {

namespace {

using R = ParallelFormRules;

constexpr pb::AssessmentForm kForms[] = {pb::ASSESSMENT_FORM_A, pb::ASSESSMENT_FORM_B};

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// The sources of one form, in file order.
std::vector<const AssessmentSource *> sourcesOf(const CompileContext &context,
                                                pb::AssessmentForm form)
{
    std::vector<const AssessmentSource *> sources;
    for (const AssessmentSource &source : context.assessment)
        if (source.form == form)
            sources.push_back(&source);
    return sources;
}

bool measuresDimension(const pb::Drill &drill, const std::string &dimension)
{
    for (const auto &decision : drill.decisions())
        for (const auto &measured : evidenceDimensions(drill, decision))
            if (measured == dimension)
                return true;
    return false;
}

} // namespace

QString assessmentFormName(pb::AssessmentForm form)
{
    switch (form) {
    case pb::ASSESSMENT_FORM_A:
        return QStringLiteral("A");
    case pb::ASSESSMENT_FORM_B:
        return QStringLiteral("B");
    default:
        return {};
    }
}

QString assessmentIdPrefix(pb::AssessmentForm form)
{
    return QLatin1String(kAssessmentIdStem) + assessmentFormName(form).toLower() + QLatin1Char('-');
}

std::vector<std::string> evidenceDimensions(const pb::Drill &drill, const pb::Decision &decision)
{
    std::vector<std::string> result;
    for (const std::string &dimension : drillkey::measuredDimensions(drill, decision)) {
        QSet<quint32> values;
        for (const auto &option : decision.options())
            if (const auto it = option.key().find(dimension); it != option.key().end())
                values.insert(it->second);
        if (values.size() > 1)
            result.push_back(dimension);
    }
    return result;
}

QList<AssessmentFormSummary> summarizeAssessmentForms(const pb::ContentPack &pack)
{
    QList<AssessmentFormSummary> forms;
    bool any = false;
    for (const pb::AssessmentForm form : kForms) {
        AssessmentFormSummary summary;
        summary.name = assessmentFormName(form);
        for (const auto &dimension : pack.dimensions())
            summary.decisionsByDimension.insert(fromStd(dimension.id()), 0);
        for (const auto &scenario : pack.scenario_types())
            summary.drillsByScenario.insert(fromStd(scenario.id()), 0);
        for (const auto &drill : pack.drills()) {
            if (drill.assessment_form() != form)
                continue;
            any = true;
            summary.drills.append(fromStd(drill.id()));
            ++summary.drillsByScenario[fromStd(drill.scenario_type())];
            for (const auto &decision : drill.decisions()) {
                const auto dimensions = evidenceDimensions(drill, decision);
                summary.decisions += dimensions.empty() ? 0 : 1;
                for (const std::string &dimension : dimensions)
                    ++summary.decisionsByDimension[fromStd(dimension)];
            }
        }
        forms.append(summary);
    }
    return any ? forms : QList<AssessmentFormSummary>{};
}

void checkBothFormsExist(const CompileContext &context)
{
    for (const pb::AssessmentForm form : kForms) {
        const pb::AssessmentForm other =
            form == pb::ASSESSMENT_FORM_A ? pb::ASSESSMENT_FORM_B : pb::ASSESSMENT_FORM_A;
        const auto sources = sourcesOf(context, form);
        if (sources.empty() || !sourcesOf(context, other).empty())
            continue;
        const AssessmentSource &first = *sources.front();
        first.report.error(
            first.formLine,
            QStringLiteral("drill '%1' is in form %2 of the readiness assessment, "
                           "but no drill is in form %3: the assessment needs both "
                           "parallel forms (one taken at the start, the other "
                           "weeks later), or no assessment drills at all")
                .arg(first.drillId, assessmentFormName(form), assessmentFormName(other)));
    }
}

void checkFormsAreParallel(const CompileContext &context)
{
    const QList<AssessmentFormSummary> forms = summarizeAssessmentForms(context.pack);
    if (forms.size() != 2 || forms[0].drills.isEmpty() || forms[1].drills.isEmpty())
        return; // none, or one form only (checkBothFormsExist)
    const auto sources = [&](int form) { return sourcesOf(context, kForms[form]); };
    const auto drillOf = [&](const AssessmentSource *source) -> const pb::Drill & {
        return context.pack.drills(source->drillIndex);
    };
    // A difference is reported at the form with more, where removing or moving one fixes it.
    const auto larger = [](int a, int b) { return a >= b ? 0 : 1; };

    const int drillsA = int(forms[0].drills.size());
    const int drillsB = int(forms[1].drills.size());
    if (std::abs(drillsA - drillsB) > R::kMaxDrillDifference) {
        const AssessmentSource &at = *sources(larger(drillsA, drillsB)).front();
        at.report.error(at.formLine,
                        QStringLiteral("form A of the readiness assessment has %1 drills and "
                                       "form B %2; the two forms need the same number of drills")
                            .arg(drillsA)
                            .arg(drillsB));
    }
    const int decisionsA = forms[0].decisions;
    const int decisionsB = forms[1].decisions;
    if (std::abs(decisionsA - decisionsB) > R::kMaxDecisionDifference) {
        const AssessmentSource &at = *sources(larger(decisionsA, decisionsB)).front();
        at.report.error(at.formLine,
                        QStringLiteral("form A of the readiness assessment has %1 measured "
                                       "decisions and form B %2; the two forms need the same "
                                       "number within %3")
                            .arg(decisionsA)
                            .arg(decisionsB)
                            .arg(R::kMaxDecisionDifference));
    }
    for (const auto &dimension : context.pack.dimensions()) {
        const QString id = fromStd(dimension.id());
        const int counts[2] = {forms[0].decisionsByDimension.value(id),
                               forms[1].decisionsByDimension.value(id)};
        for (int form = 0; form < 2; ++form) {
            if (counts[form] >= R::kMinDecisionsPerDimension)
                continue;
            const AssessmentSource &at = *sources(form).front();
            at.report.error(at.formLine,
                            QStringLiteral("form %1 of the readiness assessment has %2 "
                                           "decision%3 measuring '%4'; every dimension needs at "
                                           "least %5 in each form, or the form's result on it "
                                           "rests on too little evidence")
                                .arg(forms[form].name)
                                .arg(counts[form])
                                .arg(counts[form] == 1 ? QString() : QStringLiteral("s"), id)
                                .arg(R::kMinDecisionsPerDimension));
        }
        if (std::abs(counts[0] - counts[1]) <= R::kMaxDimensionDifference)
            continue;
        const int more = larger(counts[0], counts[1]);
        for (const AssessmentSource *source : sources(more)) {
            if (!measuresDimension(drillOf(source), dimension.id()))
                continue;
            source->report.error(source->measuresLine,
                                 QStringLiteral("the forms of the readiness assessment "
                                                "differ in decisions measuring '%1': form A has "
                                                "%2 and form B %3; each dimension's count must "
                                                "be within %4 between the forms")
                                     .arg(id)
                                     .arg(counts[0])
                                     .arg(counts[1])
                                     .arg(R::kMaxDimensionDifference));
            break;
        }
    }
    for (const auto &scenario : context.pack.scenario_types()) {
        const QString id = fromStd(scenario.id());
        const int counts[2] = {forms[0].drillsByScenario.value(id),
                               forms[1].drillsByScenario.value(id)};
        if (std::abs(counts[0] - counts[1]) <= R::kMaxScenarioDifference)
            continue;
        for (const AssessmentSource *source : sources(larger(counts[0], counts[1]))) {
            if (drillOf(source).scenario_type() != scenario.id())
                continue;
            source->report.error(source->scenarioLine,
                                 QStringLiteral("the forms of the readiness assessment "
                                                "differ in '%1' drills: form A has %2 and form "
                                                "B %3; each scenario type's count must be within "
                                                "%4 drill between the forms")
                                     .arg(id)
                                     .arg(counts[0])
                                     .arg(counts[1])
                                     .arg(R::kMaxScenarioDifference));
            break;
        }
    }
}

} // namespace groundwork::contentc
