#include "coverage.h"

#include "assessment.h"
#include "texttable.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace groundwork::contentc {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

template<typename Messages>
QList<Coverage::Entry> entries(const Messages &messages)
{
    QList<Coverage::Entry> result;
    for (const auto &message : messages)
        result.append({fromStd(message.id()), fromStd(message.name())});
    return result;
}

QStringList ids(const QList<Coverage::Entry> &entries)
{
    QStringList result;
    for (const auto &entry : entries)
        result.append(entry.id);
    return result;
}

} // namespace

Coverage computeCoverage(const groundwork::content::v1::ContentPack &pack)
{
    Coverage coverage;
    coverage.scenarioTypes = entries(pack.scenario_types());
    coverage.dimensions = entries(pack.dimensions());
    coverage.traps = entries(pack.traps());
    QHash<QString, QString> trapOfDimension;
    for (const auto &dimension : pack.dimensions())
        trapOfDimension.insert(fromStd(dimension.id()), fromStd(dimension.trap()));
    for (const auto &drill : pack.drills()) {
        if (drill.assessment_form() != groundwork::content::v1::ASSESSMENT_FORM_NONE)
            continue; // never practised: counted per form below
        const QString drillId = fromStd(drill.id());
        coverage.drills.append(drillId);
        QStringList &traps = coverage.trapsByDrill[drillId];
        for (const std::string &measure : drill.measures()) {
            const QString dimension = fromStd(measure);
            ++coverage.drillsByScenarioAndDimension[fromStd(drill.scenario_type())][dimension];
            const QString trap = trapOfDimension.value(dimension);
            if (!trap.isEmpty() && !traps.contains(trap))
                traps.append(trap);
        }
    }
    coverage.assessmentForms = summarizeAssessmentForms(pack);
    return coverage;
}

namespace {

QString formatAssessmentForms(const Coverage &coverage)
{
    const QList<AssessmentFormSummary> &forms = coverage.assessmentForms;
    if (forms.isEmpty())
        return {};
    QString text = QStringLiteral("\nReadiness assessment: the two parallel forms (never served "
                                  "as practice; decisions that measure each dimension, drills "
                                  "of each scenario type)\n");
    QStringList header{QStringLiteral("counted")};
    for (const auto &form : forms)
        header.append(QStringLiteral("form ") + form.name);
    QList<QStringList> rows;
    const auto addRow = [&](const QString &label, const std::function<int(const AssessmentFormSummary &)> &value) {
        QStringList row{label};
        for (const auto &form : forms)
            row.append(QString::number(value(form)));
        rows.append(row);
    };
    addRow(QStringLiteral("drills"), [](const auto &form) { return int(form.drills.size()); });
    addRow(QStringLiteral("measured decisions"), [](const auto &form) { return form.decisions; });
    for (const auto &dimension : coverage.dimensions)
        addRow(QStringLiteral("decisions: ") + dimension.id,
               [&](const auto &form) { return form.decisionsByDimension.value(dimension.id); });
    for (const auto &scenario : coverage.scenarioTypes)
        addRow(QStringLiteral("drills: ") + scenario.id,
               [&](const auto &form) { return form.drillsByScenario.value(scenario.id); });
    text += formatTable(header, rows);
    for (const auto &form : forms)
        text += QStringLiteral("Form %1: %2\n")
                    .arg(form.name, form.drills.isEmpty() ? QStringLiteral("no drills")
                                                          : form.drills.join(QStringLiteral(", ")));
    return text;
}

} // namespace

QString formatCoverageReport(const Coverage &coverage)
{
    // The assessment drills are left out of the practice tables and shown per form at the end.
    const QString practice = coverage.assessmentForms.isEmpty()
                                 ? QString()
                                 : QStringLiteral(", practice drills only");
    QString text = QStringLiteral("Coverage: drills per scenario type (rows) and dimension "
                                  "(columns)%1\n").arg(practice);
    QList<QStringList> rows;
    QSet<QString> scenariosUsed;
    QSet<QString> dimensionsUsed;
    for (const auto &scenario : coverage.scenarioTypes) {
        QStringList row{scenario.name};
        for (const auto &dimension : coverage.dimensions) {
            const int drills =
                coverage.drillsByScenarioAndDimension.value(scenario.id).value(dimension.id);
            row.append(drills == 0 ? QStringLiteral("-") : QString::number(drills));
            if (drills > 0) {
                scenariosUsed.insert(scenario.id);
                dimensionsUsed.insert(dimension.id);
            }
        }
        rows.append(row);
    }
    text += formatTable(QStringList{QStringLiteral("scenario type")} + ids(coverage.dimensions), rows);

    text += QStringLiteral("\nCoverage: traps each drill guards against (through the dimensions "
                           "it measures)%1\n").arg(practice);
    rows.clear();
    QSet<QString> trapsUsed;
    for (const QString &drill : coverage.drills) {
        QStringList row{drill};
        for (const auto &trap : coverage.traps) {
            const bool guards = coverage.trapsByDrill.value(drill).contains(trap.id);
            row.append(guards ? QStringLiteral("x") : QString());
            if (guards)
                trapsUsed.insert(trap.id);
        }
        rows.append(row);
    }
    text += formatTable(QStringList{QStringLiteral("drill")} + ids(coverage.traps), rows);

    QStringList gaps;
    for (const auto &scenario : coverage.scenarioTypes)
        if (!scenariosUsed.contains(scenario.id))
            gaps.append(QStringLiteral("scenario type '%1'").arg(scenario.id));
    for (const auto &dimension : coverage.dimensions)
        if (!dimensionsUsed.contains(dimension.id))
            gaps.append(QStringLiteral("dimension '%1'").arg(dimension.id));
    for (const auto &trap : coverage.traps)
        if (!trapsUsed.contains(trap.id))
            gaps.append(QStringLiteral("trap '%1'").arg(trap.id));
    text += gaps.isEmpty() ? QStringLiteral("\nEvery scenario type, dimension and trap has at "
                                            "least one drill.\n")
                           : QStringLiteral("\nNo drill yet for: %1\n")
                                 .arg(gaps.join(QStringLiteral(", ")));
    return text + formatAssessmentForms(coverage);
}

} // namespace groundwork::contentc
