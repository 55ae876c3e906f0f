#include "tracksandroles.h"

#include "assessment.h"
#include "yamlfields.h"

#include <QHash>

namespace groundwork::contentc {

namespace {

void readReflection(FieldReader &item, IdRegistry &reflectionIds, pb::TrackItem *out)
{
    const YAML::Node node = item.map("reflection");
    if (!node.IsDefined())
        return;
    FieldReader reflection(node, QStringLiteral("the reflection of %1").arg(item.what()),
                           {QStringLiteral("id"), QStringLiteral("prompt"), QStringLiteral("hint")},
                           item.reportFor("reflection"));
    pb::ReflectionPrompt *prompt = out->mutable_reflection();
    const QString id = reflection.id("id");
    if (!id.isEmpty())
        reflectionIds.add(id, reflection.reportFor("id"), reflection.valueLine("id"));
    prompt->set_id(toStd(id));
    prompt->set_prompt(toStd(reflection.markdown("prompt")));
    prompt->set_hint(toStd(reflection.text("hint", Need::Optional)));
}

// What a track lists so far, to refuse a lesson or drill listed twice: the app tracks progress
// by id, so both places would show the same progress and the second would never be reached.
struct TrackItems
{
    IdRegistry reflectionIds{QStringLiteral("reflection"), QStringLiteral("reflections")};
    QHash<QString, int> lessonPositions;
    QHash<QString, int> drillPositions;
};

void checkListedOnce(FieldReader &item, const char *kind, const QString &id, int position,
                     QHash<QString, int> &positions)
{
    if (id.isEmpty())
        return;
    if (const auto first = positions.constFind(id); first != positions.cend()) {
        item.reportFor(kind).error(item.valueLine(kind),
                                   QStringLiteral("%1 '%2' is already item %3 of this track; a "
                                                  "track lists each %1 once")
                                       .arg(QLatin1String(kind), id)
                                       .arg(*first));
        return;
    }
    positions.insert(id, position);
}

void readItem(CompileContext &context, const ListItem &listItem, int position,
              TrackItems &listed, pb::Track *track)
{
    const QStringList kinds{QStringLiteral("lesson"), QStringLiteral("drill"),
                            QStringLiteral("reflection")};
    const FileReporter &report = listItem.report;
    FieldReader item(listItem.node, QStringLiteral("item %1 of the track").arg(position), kinds,
                     report);
    if (!item.isMap())
        return;
    const int present = int(item.has("lesson")) + int(item.has("drill")) + int(item.has("reflection"));
    if (present != 1) {
        report.error(item.line(), QStringLiteral("%1 should be exactly one of 'lesson: <id>', "
                                                 "'drill: <id>' or 'reflection:'")
                                      .arg(item.what()));
        return;
    }
    pb::TrackItem *out = track->add_items();
    if (item.has("lesson")) {
        const QString id = item.id("lesson");
        if (!id.isEmpty() && !context.known.lessons.contains(id))
            item.reportFor("lesson").error(item.valueLine("lesson"),
                                           context.known.lessons.unknownMessage(id));
        checkListedOnce(item, "lesson", id, position, listed.lessonPositions);
        out->set_lesson(toStd(id));
    } else if (item.has("drill")) {
        const QString id = item.id("drill");
        if (!id.isEmpty() && !context.known.drills.contains(id))
            item.reportFor("drill").error(item.valueLine("drill"),
                                          context.known.drills.unknownMessage(id));
        // Tracks are what a learner practises; an assessment drill seen in practice is no
        // longer unseen when the assessment comes.
        if (const AssessmentSource *assessment = context.assessmentDrill(id))
            item.reportFor("drill").error(
                item.valueLine("drill"),
                QStringLiteral("drill '%1' is in form %2 of the readiness assessment, which is "
                               "never served as practice; take it out of this track")
                    .arg(id, assessmentFormName(assessment->form)));
        checkListedOnce(item, "drill", id, position, listed.drillPositions);
        out->set_drill(toStd(id));
    } else {
        readReflection(item, listed.reflectionIds, out);
    }
}

void readOutcomes(FieldReader &track, pb::Track *out)
{
    IdRegistry outcomeIds(QStringLiteral("outcome"), QStringLiteral("outcomes"));
    int position = 0;
    for (const ListItem &item : track.items("outcomes", Need::Optional)) {
        FieldReader outcome(item.node, QStringLiteral("outcome %1 of %2").arg(++position).arg(track.what()),
                            {QStringLiteral("id"), QStringLiteral("label"),
                             QStringLiteral("closing")},
                            item.report);
        if (!outcome.isMap())
            continue;
        pb::TrackOutcome *message = out->add_outcomes();
        const QString id = outcome.id("id");
        if (!id.isEmpty())
            outcomeIds.add(id, outcome.reportFor("id"), outcome.valueLine("id"));
        message->set_id(toStd(id));
        message->set_label(toStd(outcome.text("label")));
        message->set_closing(toStd(outcome.markdown("closing")));
    }
}

void readTrack(CompileContext &context, const YamlDocument &document)
{
    const FileReporter report = context.reporter(document);
    FieldReader track(document.root, QStringLiteral("this track"),
                      {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
                       QStringLiteral("private"), QStringLiteral("items"),
                       QStringLiteral("outcomes")},
                      report);
    const QString id = track.id("id");
    if (!id.isEmpty()) {
        context.known.tracks.add(id, track.reportFor("id"), track.valueLine("id"));
        checkFileNamedAfterId(document.relativePath, QStringLiteral("track"), id,
                              track.reportFor("id"), track.valueLine("id"));
        track.setWhat(QStringLiteral("track '%1'").arg(id));
    }
    pb::Track *out = context.pack.add_tracks();
    out->set_id(toStd(id));
    out->set_title(toStd(track.text("title")));
    out->set_summary(toStd(track.markdown("summary")));
    out->set_is_private(track.boolean("private").value_or(false));
    const bool isList = track.value("items").IsSequence();
    const QList<ListItem> items = track.items("items");
    if (isList && items.isEmpty())
        report.error(track.keyLine("items"), QStringLiteral("'items' in %1 is an empty list; add "
                                                            "its lessons, drills and reflections")
                                                 .arg(track.what()));
    TrackItems listed;
    int position = 0;
    for (const ListItem &item : items)
        readItem(context, item, ++position, listed, out);
    readOutcomes(track, out);
}

// Why a weight is not a usable number, or empty when it is one.
QString weightProblem(const YAML::Node &value)
{
    if (finiteNumber(value))
        return {};
    if (isQuotedText(value))
        return QStringLiteral("should be a number without quotes, but it is %1").arg(describeNode(value));
    if (isNonFiniteNumber(value))
        return QStringLiteral("is %1, which is not a finite number; weigh it with a number such "
                              "as 1.5")
            .arg(scalarText(value));
    return QStringLiteral("should be a number, but it is %1").arg(describeNode(value));
}

void readWeights(CompileContext &context, FieldReader &role, pb::RoleTemplate *out)
{
    if (!role.value("weights").IsMap()) {
        role.map("weights"); // reports it missing or mistyped
        return;
    }
    const QList<MapEntry> weights = role.entries("weights");
    const FileReporter &report = role.reportFor("weights");
    if (weights.isEmpty())
        report.error(role.keyLine("weights"), QStringLiteral("'weights' in %1 is empty; weigh at "
                                                             "least one dimension")
                                                  .arg(role.what()));
    for (const MapEntry &entry : weights) {
        const QString dimension = scalarText(entry.key).trimmed();
        if (!context.known.dimensions.contains(dimension)) {
            report.error(entry.keyLine, context.known.dimensions.unknownMessage(dimension));
            continue;
        }
        if (out->weights().contains(toStd(dimension))) {
            report.error(entry.keyLine, QStringLiteral("'%1' is weighed twice in %2; keep one")
                                            .arg(dimension, role.what()));
            continue;
        }
        if (const QString problem = weightProblem(entry.value); !problem.isEmpty()) {
            entry.report.error(entry.valueLine, QStringLiteral("the weight of '%1' in %2 %3")
                                                    .arg(dimension, role.what(), problem));
            continue;
        }
        const double weight = *finiteNumber(entry.value);
        if (!(weight > 0)) {
            entry.report.error(entry.valueLine,
                               QStringLiteral("the weight of '%1' in %2 is %3; weights must be "
                                              "greater than 0 (leave out a dimension the role "
                                              "does not need)")
                                   .arg(dimension, role.what())
                                   .arg(weight));
            continue;
        }
        (*out->mutable_weights())[toStd(dimension)] = weight;
    }
}

// A whole number in [min, max], or 0 when absent (reported when not one).
quint32 readWholeNumber(FieldReader &role, const char *key, int min, int max, const QString &unit)
{
    if (!role.has(key))
        return 0;
    const YAML::Node value = role.value(key);
    bool isNumber = false;
    // A quoted "5" is text in YAML, refused as for weights and keys.
    const int number = value.IsScalar() && !isQuotedText(value)
                           ? scalarText(value).trimmed().toInt(&isNumber)
                           : 0;
    if (!isNumber || number < min || number > max) {
        role.report().error(role.valueLine(key),
                            QStringLiteral("'%1' in %2 should be a whole number of %3 from %4 to "
                                           "%5, but it is %6")
                                .arg(QLatin1String(key), role.what(), unit)
                                .arg(min).arg(max).arg(describeNode(value)));
        return 0;
    }
    return quint32(number);
}

// What makes the job doable or not: the fields a cohort lead adapts when defining the role.
void readJobDesign(FieldReader &role, pb::RoleTemplate *out)
{
    for (const QString &text : role.textList("decisions_not_owned", QStringLiteral("decision"),
                                             Need::Optional))
        out->add_decisions_not_owned(toStd(text));
    for (const QString &text : role.textList("support", QStringLiteral("entry"), Need::Optional))
        out->add_support(toStd(text));
    out->set_span_of_control(readWholeNumber(role, "span_of_control", 1, 100,
                                             QStringLiteral("direct reports")));
    out->set_meeting_hours_per_week(readWholeNumber(role, "meeting_hours_per_week", 0, 60,
                                                    QStringLiteral("hours")));
    const auto matches = role.boolean("authority_matches_accountability");
    const QString gap = role.text("authority_gap", Need::Optional);
    if (matches)
        out->set_authority(*matches ? pb::AUTHORITY_MATCHES : pb::AUTHORITY_FALLS_SHORT);
    out->set_authority_gap(toStd(gap));
    if (matches == false && gap.isEmpty())
        role.report().error(role.valueLine("authority_matches_accountability"),
                            QStringLiteral("%1 says authority does not match accountability; "
                                           "add 'authority_gap' saying where it falls short")
                                .arg(role.what()));
    if (matches == true && !gap.isEmpty())
        role.report().error(role.valueLine("authority_gap"),
                            QStringLiteral("%1 has an 'authority_gap' but says authority matches "
                                           "accountability; remove one of them")
                                .arg(role.what()));
}

void readRole(CompileContext &context, const YamlDocument &document)
{
    const FileReporter report = context.reporter(document);
    FieldReader role(document.root, QStringLiteral("this role"),
                     {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
                      QStringLiteral("decisions_owned"), QStringLiteral("success_at_90_days"),
                      QStringLiteral("frequent_judgment_calls"), QStringLiteral("weights"),
                      QStringLiteral("decisions_not_owned"), QStringLiteral("span_of_control"),
                      QStringLiteral("support"), QStringLiteral("meeting_hours_per_week"),
                      QStringLiteral("authority_matches_accountability"),
                      QStringLiteral("authority_gap")},
                     report);
    const QString id = role.id("id");
    if (!id.isEmpty()) {
        context.known.roles.add(id, role.reportFor("id"), role.valueLine("id"));
        checkFileNamedAfterId(document.relativePath, QStringLiteral("role"), id,
                              role.reportFor("id"), role.valueLine("id"));
        role.setWhat(QStringLiteral("role '%1'").arg(id));
    }
    pb::RoleTemplate *out = context.pack.add_roles();
    out->set_id(toStd(id));
    out->set_title(toStd(role.text("title")));
    out->set_summary(toStd(role.markdown("summary")));
    for (const QString &text : role.textList("decisions_owned", QStringLiteral("decision")))
        out->add_decisions_owned(toStd(text));
    for (const QString &text : role.textList("success_at_90_days", QStringLiteral("entry")))
        out->add_success_at_90_days(toStd(text));
    for (const QString &text : role.textList("frequent_judgment_calls", QStringLiteral("entry")))
        out->add_frequent_judgment_calls(toStd(text));
    readWeights(context, role, out);
    readJobDesign(role, out);
}

} // namespace

void readTracks(CompileContext &context)
{
    for (const YamlDocument &document : context.tree.loadFolder(QStringLiteral("tracks")))
        readTrack(context, document);
}

void readRoles(CompileContext &context)
{
    for (const YamlDocument &document : context.tree.loadFolder(QStringLiteral("roles")))
        readRole(context, document);
}

} // namespace groundwork::contentc
