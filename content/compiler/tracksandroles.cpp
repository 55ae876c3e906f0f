#include "tracksandroles.h"

#include "assessment.h"
#include "yamlfields.h"

#include <QHash>

namespace groundwork::contentc {

namespace {

// All reflections of a track are saved under the track's id, so their ids are unique across
// its items, its outcomes' paths and its closing step. "outcome" is where the chosen outcome
// itself is saved (core/learner/payload.h).
constexpr char kOutcomePromptId[] = "outcome";

void readReflection(FieldReader &item, IdRegistry &reflectionIds, pb::ReflectionPrompt *prompt)
{
    const YAML::Node node = item.map("reflection");
    if (!node.IsDefined())
        return;
    FieldReader reflection(node, QStringLiteral("the reflection of %1").arg(item.what()),
                           {QStringLiteral("id"), QStringLiteral("prompt"), QStringLiteral("hint")},
                           item.reportFor("reflection"));
    const QString id = reflection.id("id");
    if (id == QLatin1String(kOutcomePromptId))
        reflection.reportFor("id").error(
            reflection.valueLine("id"),
            QStringLiteral("the reflection id 'outcome' is kept for the outcome the learner "
                           "chooses; choose another id"));
    else if (!id.isEmpty())
        reflectionIds.add(id, reflection.reportFor("id"), reflection.valueLine("id"));
    prompt->set_id(toStd(id));
    prompt->set_prompt(toStd(reflection.markdown("prompt")));
    prompt->set_hint(toStd(reflection.text("hint", Need::Optional)));
}

// What one list of items (the track's, or an outcome's path) holds so far, to refuse a lesson
// or drill listed twice: the app tracks progress by id, so both places would always show the
// same progress.
struct ListedItems
{
    QHash<QString, int> lessonPositions;
    QHash<QString, int> drillPositions;
};

// A track being read: its reflection ids, its items, and the tracks its outcomes lead on to.
struct TrackReading
{
    IdRegistry reflectionIds{QStringLiteral("reflection"), QStringLiteral("reflections")};
    ListedItems items;
};

// Where a list of items sits, for its messages: the track itself or one outcome's path.
struct ItemList
{
    QString itemName;             // "item %1 of the track", "step %1 of outcome 'x'"
    QString listName;             // "this track", "the path of outcome 'x'"
    ListedItems *listed = nullptr;
    const ListedItems *track = nullptr; // the track's own items, when reading a path
};

bool checkListedOnce(FieldReader &item, const char *kind, const QString &id, int position,
                     const ItemList &list, QHash<QString, int> ListedItems::*positions)
{
    if (id.isEmpty())
        return true;
    if (list.track) {
        if (const auto inTrack = (list.track->*positions).constFind(id);
            inTrack != (list.track->*positions).cend()) {
            item.reportFor(kind).error(
                item.valueLine(kind),
                QStringLiteral("%1 '%2' is already item %3 of this track; an outcome's path "
                               "offers what comes after the track, so choose another %1")
                    .arg(QLatin1String(kind), id)
                    .arg(*inTrack));
            return false;
        }
    }
    QHash<QString, int> &seen = list.listed->*positions;
    if (const auto first = seen.constFind(id); first != seen.cend()) {
        const QString message = list.track
                                    ? QStringLiteral("%1 '%2' is already step %3 of %4; list "
                                                     "each %1 once")
                                    : QStringLiteral("%1 '%2' is already item %3 of %4; a track "
                                                     "lists each %1 once");
        item.reportFor(kind).error(item.valueLine(kind), message.arg(QLatin1String(kind), id)
                                                             .arg(*first)
                                                             .arg(list.listName));
        return false;
    }
    seen.insert(id, position);
    return true;
}

void readItem(CompileContext &context, const ListItem &listItem, int position,
              const ItemList &list, IdRegistry &reflectionIds, pb::TrackItem *out)
{
    const QStringList kinds{QStringLiteral("lesson"), QStringLiteral("drill"),
                            QStringLiteral("reflection")};
    const FileReporter &report = listItem.report;
    FieldReader item(listItem.node, list.itemName.arg(position), kinds, report);
    if (!item.isMap())
        return;
    const int present = int(item.has("lesson")) + int(item.has("drill")) + int(item.has("reflection"));
    if (present != 1) {
        report.error(item.line(), QStringLiteral("%1 should be exactly one of 'lesson: <id>', "
                                                 "'drill: <id>' or 'reflection:'")
                                      .arg(item.what()));
        return;
    }
    if (item.has("lesson")) {
        const QString id = item.id("lesson");
        if (!id.isEmpty() && !context.known.lessons.contains(id))
            item.reportFor("lesson").error(item.valueLine("lesson"),
                                           context.known.lessons.unknownMessage(id));
        checkListedOnce(item, "lesson", id, position, list, &ListedItems::lessonPositions);
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
                               "never served as practice; take it out of %3")
                    .arg(id, assessmentFormName(assessment->form), list.listName));
        checkListedOnce(item, "drill", id, position, list, &ListedItems::drillPositions);
        out->set_drill(toStd(id));
    } else {
        readReflection(item, reflectionIds, out->mutable_reflection());
    }
}

// An outcome that leads on to another track, checked once every track is known.
struct Continuation
{
    QString fromTrack;
    QString outcomeId;
    QString toTrack;
    FileReporter report;
    int line = 0;
};

void readOutcomePath(CompileContext &context, FieldReader &outcome, const QString &outcomeName,
                     TrackReading &reading, pb::TrackOutcome *message)
{
    ListedItems pathListed;
    const ItemList list{QStringLiteral("step %1 of the path of ") + outcomeName,
                        QStringLiteral("the path of ") + outcomeName, &pathListed, &reading.items};
    const bool isList = outcome.value("next").IsSequence();
    const QList<ListItem> steps = outcome.items("next", Need::Optional);
    if (isList && steps.isEmpty())
        outcome.report().error(outcome.keyLine("next"),
                               QStringLiteral("'next' in %1 is an empty list; list the lessons, "
                                              "drills and reflections that follow it, or leave "
                                              "'next' out")
                                   .arg(outcomeName));
    int position = 0;
    for (const ListItem &step : steps)
        readItem(context, step, ++position, list, reading.reflectionIds, message->add_next());
}

void readOutcomes(CompileContext &context, FieldReader &track, const QString &trackId,
                  TrackReading &reading, QList<Continuation> &continuations, pb::Track *out)
{
    IdRegistry outcomeIds(QStringLiteral("outcome"), QStringLiteral("outcomes"));
    int position = 0;
    for (const ListItem &item : track.items("outcomes", Need::Optional)) {
        FieldReader outcome(item.node, QStringLiteral("outcome %1 of %2").arg(++position).arg(track.what()),
                            {QStringLiteral("id"), QStringLiteral("label"),
                             QStringLiteral("closing"), QStringLiteral("next"),
                             QStringLiteral("continue_track")},
                            item.report);
        if (!outcome.isMap())
            continue;
        pb::TrackOutcome *message = out->add_outcomes();
        const QString id = outcome.id("id");
        if (!id.isEmpty()) {
            outcomeIds.add(id, outcome.reportFor("id"), outcome.valueLine("id"));
            outcome.setWhat(QStringLiteral("outcome '%1'").arg(id));
        }
        message->set_id(toStd(id));
        message->set_label(toStd(outcome.text("label")));
        message->set_closing(toStd(outcome.markdown("closing")));
        readOutcomePath(context, outcome, outcome.what(), reading, message);
        const QString next = outcome.id("continue_track", Need::Optional);
        message->set_continue_track(toStd(next));
        if (!next.isEmpty())
            continuations.append({trackId, id, next, outcome.reportFor("continue_track"),
                                  outcome.valueLine("continue_track")});
    }
}

void readClosingStep(FieldReader &track, TrackReading &reading, pb::Track *out)
{
    if (!track.has("closing_step"))
        return;
    const YAML::Node node = track.map("closing_step");
    if (!node.IsDefined())
        return;
    FieldReader closing(node, QStringLiteral("the closing step of %1").arg(track.what()),
                        {QStringLiteral("title"), QStringLiteral("text"),
                         QStringLiteral("reflection"), QStringLiteral("show_role")},
                        track.reportFor("closing_step"));
    if (!closing.isMap())
        return;
    pb::TrackClosingStep *step = out->mutable_closing_step();
    step->set_title(toStd(closing.text("title")));
    step->set_text(toStd(closing.markdown("text")));
    readReflection(closing, reading.reflectionIds, step->mutable_reflection());
    step->set_show_role(closing.boolean("show_role").value_or(false));
}

void readTrack(CompileContext &context, const YamlDocument &document,
               QList<Continuation> &continuations)
{
    const FileReporter report = context.reporter(document);
    FieldReader track(document.root, QStringLiteral("this track"),
                      {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
                       QStringLiteral("private"), QStringLiteral("items"),
                       QStringLiteral("outcomes"), QStringLiteral("closing_step")},
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
    TrackReading reading;
    const ItemList list{QStringLiteral("item %1 of the track"), QStringLiteral("this track"),
                        &reading.items, nullptr};
    int position = 0;
    for (const ListItem &item : items)
        readItem(context, item, ++position, list, reading.reflectionIds, out->add_items());
    readOutcomes(context, track, id, reading, continuations, out);
    readClosingStep(track, reading, out);
}

// The track an outcome leads on to must exist and must not lead back round to where the
// learner started: following "continue" links would then never reach an end.
void checkContinuations(CompileContext &context, const QList<Continuation> &continuations)
{
    QHash<QString, QStringList> leadsTo;
    for (const Continuation &c : continuations)
        if (context.known.tracks.contains(c.toTrack))
            leadsTo[c.fromTrack] << c.toTrack;
    for (const Continuation &c : continuations) {
        if (!context.known.tracks.contains(c.toTrack)) {
            c.report.error(c.line, context.known.tracks.unknownMessage(c.toTrack));
            continue;
        }
        if (c.toTrack == c.fromTrack) {
            c.report.error(c.line, QStringLiteral("outcome '%1' continues to its own track '%2'; "
                                                  "name the track that comes next")
                                       .arg(c.outcomeId, c.toTrack));
            continue;
        }
        // Breadth-first from the target: does any chain of continuations come back?
        QHash<QString, QString> cameFrom{{c.toTrack, QString()}};
        QStringList queue{c.toTrack};
        while (!queue.isEmpty() && !cameFrom.contains(c.fromTrack)) {
            const QString track = queue.takeFirst();
            for (const QString &next : leadsTo.value(track))
                if (!cameFrom.contains(next)) {
                    cameFrom.insert(next, track);
                    queue << next;
                }
        }
        if (!cameFrom.contains(c.fromTrack))
            continue;
        QStringList chain{c.fromTrack};
        for (QString track = cameFrom.value(c.fromTrack); !track.isEmpty();
             track = cameFrom.value(track))
            chain.prepend(track);
        chain.prepend(c.fromTrack);
        c.report.error(c.line, QStringLiteral("outcome '%1' continues to track '%2', which leads "
                                              "back here (%3); tracks may not lead round in a "
                                              "circle")
                                   .arg(c.outcomeId, c.toTrack,
                                        chain.join(QStringLiteral(" \u2192 "))));
    }
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
    QList<Continuation> continuations;
    for (const YamlDocument &document : context.tree.loadFolder(QStringLiteral("tracks")))
        readTrack(context, document, continuations);
    checkContinuations(context, continuations);
}

void readRoles(CompileContext &context)
{
    for (const YamlDocument &document : context.tree.loadFolder(QStringLiteral("roles")))
        readRole(context, document);
}

} // namespace groundwork::contentc
