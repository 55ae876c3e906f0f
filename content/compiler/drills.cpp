#include "drills.h"

#include "assessment.h"
#include "drillgraph.h"
#include "ids.h"
#include "key/drillkey.h"
#include "yamlfields.h"

#include <QSet>

namespace groundwork::contentc {

namespace {

constexpr int kMinOptions = 3;
constexpr int kMaxOptions = 4;
constexpr int kMinKey = 1;
constexpr int kMaxKey = 5;

// What the options of a drill are checked against.
struct DrillScope
{
    const CompileContext &context;
    FileReporter report;
    QStringList measures; // as listed, including unknown ids (already reported)
};

// Reads an option's key; returns true when it rates every dimension of `measures` (the
// decision's, or else the drill's) validly.
bool readKey(const DrillScope &scope, const QStringList &measures, FieldReader &option,
             pb::Option *out)
{
    if (!option.value("key").IsMap()) {
        option.map("key"); // reports it missing or mistyped
        return false;
    }
    const FileReporter &report = option.reportFor("key");
    bool complete = true;
    QSet<QString> rated;
    for (const MapEntry &entry : option.entries("key")) {
        const int line = entry.keyLine;
        const QString dimension = scalarText(entry.key).trimmed();
        if (rated.contains(dimension)) {
            report.error(line, QStringLiteral("%1 rates '%2' twice in its key; keep one")
                                   .arg(option.what(), dimension));
            continue;
        }
        rated.insert(dimension);
        if (!measures.contains(dimension)) {
            complete = false;
            if (!scope.context.known.dimensions.contains(dimension))
                report.error(line, scope.context.known.dimensions.unknownMessage(dimension));
            else if (scope.measures.contains(dimension))
                report.error(line, QStringLiteral("%1 has a key for '%2', which its decision "
                                                  "does not measure (it measures: %3); remove it "
                                                  "or add '%2' to the decision's 'measures'")
                                       .arg(option.what(), dimension, listForMessage(measures)));
            else
                report.error(line, QStringLiteral("%1 has a key for '%2', which this drill does "
                                                  "not measure (it measures: %3); remove it or "
                                                  "add '%2' to 'measures'")
                                       .arg(option.what(), dimension,
                                            listForMessage(scope.measures)));
            continue;
        }
        // A quoted "3" is text in YAML: refused like any other text.
        bool isNumber = false;
        const int value = entry.value.IsScalar() && !isQuotedText(entry.value)
                              ? scalarText(entry.value).toInt(&isNumber)
                              : 0;
        const int valueLine = entry.valueLine;
        if (!isNumber) {
            complete = false;
            entry.report.error(valueLine, QStringLiteral("the key for '%1' in %2 should be a whole "
                                                         "number from %3 to %4%5, but it is %6")
                                              .arg(dimension, option.what())
                                              .arg(kMinKey).arg(kMaxKey)
                                              .arg(isQuotedText(entry.value)
                                                       ? QStringLiteral(" without quotes")
                                                       : QString())
                                              .arg(describeNode(entry.value)));
            continue;
        }
        if (value < kMinKey || value > kMaxKey) {
            complete = false;
            entry.report.error(valueLine, QStringLiteral("the key for '%1' in %2 is %3; keys go from "
                                                   "%4 (very ineffective) to %5 (very effective)")
                                        .arg(dimension, option.what())
                                        .arg(value).arg(kMinKey).arg(kMaxKey));
            continue;
        }
        (*out->mutable_key())[toStd(dimension)] = quint32(value);
    }
    for (const QString &dimension : measures) {
        if (rated.contains(dimension) || !scope.context.known.dimensions.contains(dimension))
            continue;
        complete = false;
        report.error(option.keyLine("key"),
                     QStringLiteral("%1 has no key for '%2', which %3 measures; rate it "
                                    "from %4 to %5")
                         .arg(option.what(), dimension,
                              measures == scope.measures ? QStringLiteral("this drill")
                                                         : QStringLiteral("its decision"))
                         .arg(kMinKey).arg(kMaxKey));
    }
    return complete;
}

// An option's graph entry is kept even when the option has other problems, so the branching
// is still checked in the same run.
bool readOption(const DrillScope &scope, const QStringList &measures, const ListItem &item,
                const QString &decisionName, int position, IdRegistry &optionIds,
                pb::Decision *decision, DrillGraph::Decision &graph)
{
    FieldReader option(item.node, QStringLiteral("option %1 of %2").arg(position).arg(decisionName),
                       {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("key"),
                        QStringLiteral("feedback"), QStringLiteral("next")},
                       item.report);
    if (!option.isMap())
        return false;
    const QString id = option.id("id");
    if (!id.isEmpty()) {
        optionIds.add(id, option.reportFor("id"), option.valueLine("id"));
        option.setWhat(QStringLiteral("option '%1' of %2").arg(id, decisionName));
    }
    pb::Option *out = decision->add_options();
    out->set_id(toStd(id));
    out->set_text(toStd(option.markdown("text")));
    const bool keyComplete = readKey(scope, measures, option, out);
    out->set_feedback(toStd(option.markdown("feedback")));
    const QString next = option.id("next", Need::Optional);
    out->set_next(toStd(next));
    graph.options.append({id.isEmpty() ? QStringLiteral("%1").arg(position) : id, next,
                          option.line(), option.valueLine("next")});
    return keyComplete;
}

// A decision measures something when, for at least one dimension, its options differ.
bool measuresSomething(const pb::Decision &decision, const QStringList &measures)
{
    for (const QString &dimension : measures) {
        QSet<quint32> values;
        for (const pb::Option &option : decision.options()) {
            const auto it = option.key().find(toStd(dimension));
            if (it != option.key().end())
                values.insert(it->second);
        }
        if (values.size() > 1)
            return true;
    }
    return false;
}

// A decision's own `measures`: a non-empty subset of the drill's, for a decision where some of
// the drill's dimensions do not apply. Absent: the drill's measures. Unknown or foreign ids
// are reported and left out, so its options are still checked against the rest.
QStringList readDecisionMeasures(const DrillScope &scope, FieldReader &fields, pb::Decision *out)
{
    if (!fields.has("measures"))
        return scope.measures;
    const auto ids = fields.idList("measures", Need::Optional);
    if (fields.value("measures").IsSequence() && fields.value("measures").size() == 0)
        fields.report().error(fields.keyLine("measures"),
                           QStringLiteral("'measures' in %1 is an empty list; leave it out to "
                                          "measure every dimension of the drill")
                               .arg(fields.what()));
    QStringList measures;
    for (const auto &[id, line] : ids) {
        if (measures.contains(id)) {
            fields.report().error(line, QStringLiteral("dimension '%1' is listed twice in the "
                                                    "'measures' of %2; keep one")
                                         .arg(id, fields.what()));
            continue;
        }
        if (!scope.measures.contains(id)) {
            fields.report().error(line, QStringLiteral("%1 measures '%2', which the drill does not "
                                                    "measure (it measures: %3); a decision "
                                                    "measures some of the drill's dimensions")
                                         .arg(fields.what(), id, listForMessage(scope.measures)));
            continue;
        }
        measures.append(id);
        out->add_measures(toStd(id));
    }
    return measures;
}

void readDecision(const DrillScope &scope, const ListItem &item, int position,
                  IdRegistry &decisionIds, pb::Drill *drill, DrillGraph &graph)
{
    FieldReader fields(item.node, QStringLiteral("decision %1").arg(position),
                       {QStringLiteral("id"), QStringLiteral("prompt"), QStringLiteral("measures"),
                        QStringLiteral("options")},
                       item.report);
    if (!fields.isMap())
        return;
    const QString id = fields.id("id");
    if (!id.isEmpty()) {
        decisionIds.add(id, fields.reportFor("id"), fields.valueLine("id"));
        fields.setWhat(QStringLiteral("decision '%1'").arg(id));
    }
    pb::Decision *decision = drill->add_decisions();
    decision->set_id(toStd(id));
    decision->set_prompt(toStd(fields.markdown("prompt")));
    const QStringList measures = readDecisionMeasures(scope, fields, decision);
    DrillGraph::Decision graphDecision{id, fields.valueLine("id"), {}};
    if (fields.value("options").IsSequence()) {
        const QList<ListItem> options = fields.items("options");
        const int count = int(options.size());
        if (count < kMinOptions || count > kMaxOptions)
            fields.report().error(fields.keyLine("options"),
                               QStringLiteral("%1 has %2 option%3; a decision needs %4 or %5")
                                   .arg(fields.what()).arg(count).arg(count == 1 ? "" : "s")
                                   .arg(kMinOptions).arg(kMaxOptions));
        IdRegistry optionIds(QStringLiteral("option"), QStringLiteral("options"));
        bool allKeysComplete = true;
        int optionPosition = 0;
        for (const ListItem &option : options)
            allKeysComplete &= readOption(scope, measures, option, fields.what(),
                                          ++optionPosition, optionIds, decision, graphDecision);
        // Only judged on complete keys: a missing key is already reported and would mislead.
        if (allKeysComplete && count > 1 && !measures.isEmpty()
            && !measuresSomething(*decision, measures))
            fields.report().error(fields.valueLine("id"),
                               QStringLiteral("%1 measures nothing: for every dimension it "
                                              "measures, all its options have the same key; give "
                                              "better and worse options different keys")
                                   .arg(fields.what()));
    } else {
        fields.list("options"); // reports it missing or mistyped
    }
    graph.decisions.append(graphDecision);
}

QStringList readMeasures(CompileContext &context, FieldReader &drill, pb::Drill *out)
{
    QStringList measures;
    const auto ids = drill.idList("measures");
    if (drill.value("measures").IsSequence() && drill.value("measures").size() == 0)
        drill.report().error(drill.keyLine("measures"),
                             QStringLiteral("'measures' in %1 is an empty list; a drill measures "
                                            "at least one dimension")
                                 .arg(drill.what()));
    for (const auto &[id, line] : ids) {
        if (measures.contains(id)) {
            drill.report().error(line, QStringLiteral("dimension '%1' is listed twice in "
                                                      "'measures'; keep one")
                                           .arg(id));
            continue;
        }
        if (!context.known.dimensions.contains(id))
            drill.report().error(line, context.known.dimensions.unknownMessage(id));
        measures.append(id);
        out->add_measures(toStd(id));
    }
    return measures;
}

// The pack version from which the drill's key holds; absent: it always held.
QString readKeyedSince(const CompileContext &context, FieldReader &drill)
{
    const QString since = drill.text("keyed_since", Need::Optional);
    if (since.isEmpty())
        return since;
    if (!drillkey::packVersionNumbers(toStd(since)))
        drill.report().error(drill.valueLine("keyed_since"),
                             QStringLiteral("'keyed_since' in %1 is '%2'; write the pack version "
                                            "the key was set in, such as 2026.12.0")
                                 .arg(drill.what(), since));
    else if (drillkey::packVersionNumbers(toStd(context.authorVersion))
             && drillkey::comparePackVersions(toStd(since), toStd(context.authorVersion)) > 0)
        drill.report().error(drill.valueLine("keyed_since"),
                             QStringLiteral("'keyed_since' in %1 is %2, later than the pack's "
                                            "version %3; raise 'version' in pack.yaml")
                                 .arg(drill.what(), since, context.authorVersion));
    return since;
}

// `assessment_form: a` or `b` marks a drill of the readiness assessment; absent: a practice
// drill. Its id says so too ("assess-a-..."), both ways: a forgotten `assessment_form` line would
// otherwise make an unseen assessment drill a practice drill without anyone noticing.
pb::AssessmentForm readAssessmentForm(CompileContext &context, FieldReader &drill,
                                      const QString &id, int drillIndex)
{
    pb::AssessmentForm form = pb::ASSESSMENT_FORM_NONE;
    const QString value = drill.text("assessment_form", Need::Optional);
    if (value == QLatin1String("a"))
        form = pb::ASSESSMENT_FORM_A;
    else if (value == QLatin1String("b"))
        form = pb::ASSESSMENT_FORM_B;
    else if (drill.has("assessment_form") && !drill.value("assessment_form").IsSequence()
             && !drill.value("assessment_form").IsMap()) // those are reported as the wrong type
        drill.report().error(drill.value("assessment_form").IsNull() ? drill.keyLine("assessment_form")
                                                                      : drill.valueLine("assessment_form"),
                             QStringLiteral("'assessment_form' in %1 is %2; write a or b, the "
                                            "form of the readiness assessment the drill belongs "
                                            "to, or leave it out for a practice drill")
                                 .arg(drill.what(),
                                      value.isEmpty() ? describeNode(drill.value("assessment_form"))
                                                      : QLatin1Char('\'') + value + QLatin1Char('\'')));
    if (id.isEmpty())
        return form;
    if (form == pb::ASSESSMENT_FORM_NONE && id.startsWith(QLatin1String(kAssessmentIdStem))
        && !drill.has("assessment_form"))
        drill.report().error(drill.valueLine("id"),
                             QStringLiteral("%1 has the id of a readiness assessment drill "
                                            "('%2...') but no 'assessment_form'; add "
                                            "'assessment_form: a' or 'b', or choose an id not "
                                            "starting with '%2' for a practice drill")
                                 .arg(drill.what(), QLatin1String(kAssessmentIdStem)));
    if (form != pb::ASSESSMENT_FORM_NONE) {
        if (!id.startsWith(assessmentIdPrefix(form)))
            drill.report().error(drill.valueLine("id"),
                                 QStringLiteral("%1 is in form %2 of the readiness assessment; "
                                                "its id must start with '%3', so that every "
                                                "list of files shows it is never practised")
                                     .arg(drill.what(), assessmentFormName(form),
                                          assessmentIdPrefix(form)));
        context.assessment.push_back({id, drillIndex, form, drill.report(),
                                      drill.valueLine("assessment_form"),
                                      drill.valueLine("scenario_type"), drill.keyLine("measures")});
    }
    return form;
}

void readDrill(CompileContext &context, const YamlDocument &document)
{
    const FileReporter report = context.reporter(document);
    FieldReader drill(document.root, QStringLiteral("this drill"),
                      {QStringLiteral("id"), QStringLiteral("title"),
                       QStringLiteral("scenario_type"), QStringLiteral("measures"),
                       QStringLiteral("setting"), QStringLiteral("start"),
                       QStringLiteral("decisions"), QStringLiteral("keyed_since"),
                       QStringLiteral("assessment_form")},
                      report);
    const QString id = drill.id("id");
    if (!id.isEmpty()) {
        context.known.drills.add(id, drill.reportFor("id"), drill.valueLine("id"));
        checkFileNamedAfterId(document.relativePath, QStringLiteral("drill"), id,
                              drill.reportFor("id"), drill.valueLine("id"));
        drill.setWhat(QStringLiteral("drill '%1'").arg(id));
    }
    pb::Drill *out = context.pack.add_drills();
    out->set_id(toStd(id));
    out->set_source_file(toStd(document.relativePath));
    out->set_title(toStd(drill.text("title")));
    const QString scenarioType = drill.id("scenario_type");
    if (!scenarioType.isEmpty() && !context.known.scenarioTypes.contains(scenarioType))
        report.error(drill.valueLine("scenario_type"),
                     context.known.scenarioTypes.unknownMessage(scenarioType));
    out->set_scenario_type(toStd(scenarioType));
    const DrillScope scope{context, report, readMeasures(context, drill, out)};
    out->set_setting(toStd(drill.markdown("setting")));
    out->set_keyed_since(toStd(readKeyedSince(context, drill)));
    out->set_assessment_form(readAssessmentForm(context, drill, id, context.pack.drills_size() - 1));
    DrillGraph graph;
    graph.start = drill.id("start");
    graph.startLine = drill.valueLine("start");
    out->set_start(toStd(graph.start));
    IdRegistry decisionIds(QStringLiteral("decision"), QStringLiteral("decisions"));
    int position = 0;
    for (const ListItem &decision : drill.items("decisions"))
        readDecision(scope, decision, ++position, decisionIds, out, graph);
    checkDrillGraph(graph, report);
}

} // namespace

void readDrills(CompileContext &context)
{
    for (const YamlDocument &document : context.tree.loadFolder(QStringLiteral("drills")))
        readDrill(context, document);
}

} // namespace groundwork::contentc
