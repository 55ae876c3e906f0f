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
    // A difference is reported at the form with more (form A on a tie), where removing or moving
    // something fixes it: at its first drill that `holds` what is counted, on that drill's `line`.
    const auto report = [&](int count0, int count1, const auto &holds, int AssessmentSource::*line,
                            const QString &message) {
        for (const AssessmentSource *source : sourcesOf(context, kForms[count0 >= count1 ? 0 : 1]))
            if (holds(context.pack.drills(source->drillIndex))) {
                source->report.error(source->*line, message);
                return;
            }
    };
    const auto anyDrill = [](const pb::Drill &) { return true; };
    // Two counts that may differ by at most `limit`; the message's %1 to %4 are `what`, form A's
    // count, form B's and the limit.
    const auto compare = [&](const QString &what, int a, int b, int limit, const auto &holds,
                             int AssessmentSource::*line, const QString &message) {
        if (std::abs(a - b) > limit)
            report(a, b, holds, line, message.arg(what).arg(a).arg(b).arg(limit));
    };

    const int drills[2] = {int(forms[0].drills.size()), int(forms[1].drills.size())};
    if (std::abs(drills[0] - drills[1]) > R::kMaxDrillDifference)
        report(drills[0], drills[1], anyDrill, &AssessmentSource::formLine,
               QStringLiteral("form A of the readiness assessment has %1 drills and form B %2; "
                              "the two forms need the same number of drills")
                   .arg(drills[0])
                   .arg(drills[1]));
    compare(QStringLiteral("measured decisions"), forms[0].decisions, forms[1].decisions,
            R::kMaxDecisionDifference, anyDrill, &AssessmentSource::formLine,
            QStringLiteral("form A of the readiness assessment has %2 %1 and form B %3; the two "
                           "forms need the same number within %4"));
    for (const auto &dimension : context.pack.dimensions()) {
        const QString id = fromStd(dimension.id());
        const int counts[2] = {forms[0].decisionsByDimension.value(id),
                               forms[1].decisionsByDimension.value(id)};
        for (int form = 0; form < 2; ++form) {
            if (counts[form] >= R::kMinDecisionsPerDimension)
                continue;
            // A shortfall: at the form short of it (passed as the one with more, 1 against 0).
            report(form == 0 ? 1 : 0, form == 0 ? 0 : 1, anyDrill, &AssessmentSource::formLine,
                   QStringLiteral("form %1 of the readiness assessment has %2 decision%3 "
                                  "measuring '%4'; every dimension needs at least %5 in each "
                                  "form, or the form's result on it rests on too little evidence")
                       .arg(forms[form].name)
                       .arg(counts[form])
                       .arg(counts[form] == 1 ? QString() : QStringLiteral("s"), id)
                       .arg(R::kMinDecisionsPerDimension));
        }
        compare(
            id, counts[0], counts[1], R::kMaxDimensionDifference,
            [&](const pb::Drill &drill) { return measuresDimension(drill, dimension.id()); },
            &AssessmentSource::measuresLine,
            QStringLiteral("the forms of the readiness assessment differ in decisions "
                           "measuring '%1': form A has %2 and form B %3; each dimension's "
                           "count must be within %4 between the forms"));
    }
    for (const auto &scenario : context.pack.scenario_types())
        compare(
            fromStd(scenario.id()), forms[0].drillsByScenario.value(fromStd(scenario.id())),
            forms[1].drillsByScenario.value(fromStd(scenario.id())), R::kMaxScenarioDifference,
            [&](const pb::Drill &drill) { return drill.scenario_type() == scenario.id(); },
            &AssessmentSource::scenarioLine,
            QStringLiteral("the forms of the readiness assessment differ in '%1' drills: "
                           "form A has %2 and form B %3; each scenario type's count must "
                           "be within %4 drill between the forms"));
}

} // namespace groundwork::contentc
