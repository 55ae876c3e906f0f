#include "tracksandroles.h"

#include "yamlfields.h"

namespace groundwork::contentc {

namespace {

void readReflection(FieldReader &item, IdRegistry &reflectionIds, pb::TrackItem *out)
{
    const YAML::Node node = item.map("reflection");
    if (!node.IsDefined())
        return;
    FieldReader reflection(node, QStringLiteral("the reflection of %1").arg(item.what()),
                           {QStringLiteral("id"), QStringLiteral("prompt"), QStringLiteral("hint")},
                           item.report());
    pb::ReflectionPrompt *prompt = out->mutable_reflection();
    const QString id = reflection.id("id");
    if (!id.isEmpty())
        reflectionIds.add(id, item.report(), reflection.valueLine("id"));
    prompt->set_id(toStd(id));
    prompt->set_prompt(toStd(reflection.text("prompt")));
    prompt->set_hint(toStd(reflection.text("hint", Need::Optional)));
}

void readItem(CompileContext &context, const YAML::Node &node, int position,
              IdRegistry &reflectionIds, const FileReporter &report, pb::Track *track)
{
    const QStringList kinds{QStringLiteral("lesson"), QStringLiteral("drill"),
                            QStringLiteral("reflection")};
    FieldReader item(node, QStringLiteral("item %1 of the track").arg(position), kinds, report);
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
            report.error(item.valueLine("lesson"), context.known.lessons.unknownMessage(id));
        out->set_lesson(toStd(id));
    } else if (item.has("drill")) {
        const QString id = item.id("drill");
        if (!id.isEmpty() && !context.known.drills.contains(id))
            report.error(item.valueLine("drill"), context.known.drills.unknownMessage(id));
        out->set_drill(toStd(id));
    } else {
        readReflection(item, reflectionIds, out);
    }
}

void readOutcomes(FieldReader &track, pb::Track *out)
{
    const YAML::Node outcomes = track.list("outcomes", Need::Optional);
    IdRegistry outcomeIds(QStringLiteral("outcome"), QStringLiteral("outcomes"));
    int position = 0;
    for (const YAML::Node &node : outcomes) {
        FieldReader outcome(node, QStringLiteral("outcome %1 of %2").arg(++position).arg(track.what()),
                            {QStringLiteral("id"), QStringLiteral("label"),
                             QStringLiteral("closing")},
                            track.report());
        if (!outcome.isMap())
            continue;
        pb::TrackOutcome *message = out->add_outcomes();
        const QString id = outcome.id("id");
        if (!id.isEmpty())
            outcomeIds.add(id, track.report(), outcome.valueLine("id"));
        message->set_id(toStd(id));
        message->set_label(toStd(outcome.text("label")));
        message->set_closing(toStd(outcome.text("closing")));
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
        context.known.tracks.add(id, report, track.valueLine("id"));
        track.setWhat(QStringLiteral("track '%1'").arg(id));
    }
    pb::Track *out = context.pack.add_tracks();
    out->set_id(toStd(id));
    out->set_title(toStd(track.text("title")));
    out->set_summary(toStd(track.text("summary")));
    out->set_is_private(track.boolean("private").value_or(false));
    const YAML::Node items = track.list("items");
    if (items.IsDefined() && items.size() == 0)
        report.error(track.keyLine("items"), QStringLiteral("'items' in %1 is an empty list; add "
                                                            "its lessons, drills and reflections")
                                                 .arg(track.what()));
    IdRegistry reflectionIds(QStringLiteral("reflection"), QStringLiteral("reflections"));
    int position = 0;
    for (const YAML::Node &item : items)
        readItem(context, item, ++position, reflectionIds, report, out);
    readOutcomes(track, out);
}

void readWeights(CompileContext &context, FieldReader &role, pb::RoleTemplate *out)
{
    const YAML::Node weights = role.map("weights");
    if (!weights.IsDefined())
        return;
    const FileReporter &report = role.report();
    if (weights.size() == 0)
        report.error(role.keyLine("weights"), QStringLiteral("'weights' in %1 is empty; weigh at "
                                                             "least one dimension")
                                                  .arg(role.what()));
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        const int line = lineOf(it->first);
        const QString dimension = scalarText(it->first).trimmed();
        if (!context.known.dimensions.contains(dimension)) {
            report.error(line, context.known.dimensions.unknownMessage(dimension));
            continue;
        }
        if (out->weights().contains(toStd(dimension))) {
            report.error(line, QStringLiteral("'%1' is weighed twice in %2; keep one")
                                   .arg(dimension, role.what()));
            continue;
        }
        bool isNumber = false;
        const double weight = it->second.IsScalar() ? scalarText(it->second).toDouble(&isNumber) : 0;
        const int valueLine = lineOf(it->second) > 0 ? lineOf(it->second) : line;
        if (!isNumber) {
            report.error(valueLine, QStringLiteral("the weight of '%1' in %2 should be a number, "
                                                   "but it is %3")
                                        .arg(dimension, role.what(), describeNode(it->second)));
            continue;
        }
        if (!(weight > 0)) {
            report.error(valueLine, QStringLiteral("the weight of '%1' in %2 is %3; weights must "
                                                   "be greater than 0 (leave out a dimension the "
                                                   "role does not need)")
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
    const int number = value.IsScalar() ? scalarText(value).trimmed().toInt(&isNumber) : 0;
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
        context.known.roles.add(id, report, role.valueLine("id"));
        role.setWhat(QStringLiteral("role '%1'").arg(id));
    }
    pb::RoleTemplate *out = context.pack.add_roles();
    out->set_id(toStd(id));
    out->set_title(toStd(role.text("title")));
    out->set_summary(toStd(role.text("summary")));
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
