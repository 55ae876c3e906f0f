#include "lessons.h"

#include "yamlfields.h"

namespace groundwork::contentc {

namespace {

constexpr int kMinCards = 3;
constexpr int kMaxCards = 6;
constexpr int kMinCheckOptions = 2;
constexpr int kMaxCheckOptions = 4;

void readCheckOptions(FieldReader &check, pb::QuickCheck *out)
{
    const FileReporter &report = check.report();
    const YAML::Node options = check.list("options");
    if (!options.IsDefined())
        return;
    const int count = int(options.size());
    if (count < kMinCheckOptions || count > kMaxCheckOptions)
        report.error(check.keyLine("options"),
                     QStringLiteral("the quick check has %1 option%2; it needs %3 to %4")
                         .arg(count).arg(count == 1 ? "" : "s")
                         .arg(kMinCheckOptions).arg(kMaxCheckOptions));
    int firstCorrectLine = 0;
    int position = 0;
    for (const YAML::Node &node : options) {
        ++position;
        FieldReader option(node, QStringLiteral("option %1 of the quick check").arg(position),
                           {QStringLiteral("text"), QStringLiteral("correct")}, report);
        if (!option.isMap())
            continue;
        pb::QuickCheckOption *message = out->add_options();
        message->set_text(toStd(option.text("text")));
        const bool correct = option.boolean("correct").value_or(false);
        message->set_correct(correct);
        if (!correct)
            continue;
        if (firstCorrectLine == 0) {
            firstCorrectLine = option.keyLine("correct");
            continue;
        }
        report.error(option.keyLine("correct"),
                     QStringLiteral("option %1 of the quick check is marked correct, but so is "
                                    "the option on line %2; exactly one option may be correct")
                         .arg(position).arg(firstCorrectLine));
    }
    if (firstCorrectLine == 0 && count > 0)
        report.error(check.keyLine("options"),
                     QStringLiteral("the quick check has no option marked 'correct: true'; mark "
                                    "exactly one"));
}

void readCheck(FieldReader &lesson, pb::QuickCheck *out)
{
    const YAML::Node node = lesson.map("check");
    if (!node.IsDefined())
        return;
    FieldReader check(node, QStringLiteral("the quick check"),
                      {QStringLiteral("question"), QStringLiteral("options"),
                       QStringLiteral("explanation")},
                      lesson.report());
    out->set_question(toStd(check.text("question")));
    readCheckOptions(check, out);
    out->set_explanation(toStd(check.text("explanation")));
}

void readCards(FieldReader &lesson, pb::Lesson *out)
{
    const QStringList cards = lesson.textList("cards", QStringLiteral("card"));
    for (const QString &card : cards)
        out->add_cards(toStd(card));
    const YAML::Node node = lesson.value("cards");
    if (!node.IsSequence())
        return;
    const int count = int(node.size());
    if (count < kMinCards || count > kMaxCards)
        lesson.report().error(lesson.keyLine("cards"),
                              QStringLiteral("%1 has %2 card%3; a lesson needs %4 to %5 cards")
                                  .arg(lesson.what()).arg(count).arg(count == 1 ? "" : "s")
                                  .arg(kMinCards).arg(kMaxCards));
}

void readLessonDimensions(CompileContext &context, FieldReader &lesson, pb::Lesson *out)
{
    for (const auto &[id, line] : lesson.idList("dimensions", Need::Optional)) {
        if (!context.known.dimensions.contains(id))
            lesson.report().error(line, context.known.dimensions.unknownMessage(id));
        out->add_dimensions(toStd(id));
    }
}

} // namespace

QList<LessonSource> readLessons(CompileContext &context)
{
    QList<LessonSource> sources;
    for (const YamlDocument &document : context.tree.loadFolder(QStringLiteral("lessons"))) {
        const FileReporter report = context.reporter(document);
        FieldReader lesson(document.root, QStringLiteral("this lesson"),
                           {QStringLiteral("id"), QStringLiteral("title"),
                            QStringLiteral("summary"), QStringLiteral("dimensions"),
                            QStringLiteral("cards"), QStringLiteral("takeaway"),
                            QStringLiteral("check"), QStringLiteral("narration"),
                            QStringLiteral("try_it")},
                           report);
        const QString id = lesson.id("id");
        if (!id.isEmpty()) {
            context.known.lessons.add(id, report, lesson.valueLine("id"));
            lesson.setWhat(QStringLiteral("lesson '%1'").arg(id));
        }
        pb::Lesson *out = context.pack.add_lessons();
        out->set_id(toStd(id));
        out->set_source_file(toStd(document.relativePath));
        out->set_title(toStd(lesson.text("title")));
        out->set_summary(toStd(lesson.text("summary")));
        readLessonDimensions(context, lesson, out);
        readCards(lesson, out);
        out->set_takeaway(toStd(lesson.text("takeaway")));
        out->set_try_it(toStd(lesson.text("try_it", Need::Optional)));
        readCheck(lesson, out->mutable_check());
        out->set_narration_text(toStd(lesson.text("narration")));
        sources.append({context.pack.lessons_size() - 1, document.relativePath,
                        document.displayPath, lesson.valueLine("narration")});
    }
    return sources;
}

} // namespace groundwork::contentc
