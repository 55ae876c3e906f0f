#include "lessons.h"

#include "yamlfields.h"

#include <QFileInfo>
#include <QHash>

namespace groundwork::contentc {

namespace {

constexpr int kMinCards = 3;
constexpr int kMaxCards = 6;
constexpr int kMinCheckOptions = 2;
constexpr int kMaxCheckOptions = 4;

void readCheckOptions(FieldReader &check, pb::QuickCheck *out)
{
    const FileReporter &report = check.report();
    if (!check.value("options").IsSequence()) {
        check.list("options"); // reports it missing or mistyped
        return;
    }
    const QList<ListItem> options = check.items("options");
    const int count = int(options.size());
    if (count < kMinCheckOptions || count > kMaxCheckOptions)
        report.error(check.keyLine("options"),
                     QStringLiteral("the quick check has %1 option%2; it needs %3 to %4")
                         .arg(count).arg(count == 1 ? "" : "s")
                         .arg(kMinCheckOptions).arg(kMaxCheckOptions));
    int firstCorrectLine = 0;
    int position = 0;
    for (const ListItem &item : options) {
        ++position;
        FieldReader option(item.node, QStringLiteral("option %1 of the quick check").arg(position),
                           {QStringLiteral("text"), QStringLiteral("correct")}, item.report);
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
        option.report().error(option.keyLine("correct"),
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
                      lesson.reportFor("check"));
    out->set_question(toStd(check.text("question")));
    readCheckOptions(check, out);
    out->set_explanation(toStd(check.markdown("explanation")));
}

void readCards(FieldReader &lesson, pb::Lesson *out)
{
    const QStringList cards = lesson.markdownList("cards", QStringLiteral("card"));
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
            lesson.reportFor("dimensions").error(line, context.known.dimensions.unknownMessage(id));
        out->add_dimensions(toStd(id));
    }
}

const QStringList kRecordingExtensions{QStringLiteral(".mp3"), QStringLiteral(".wav")};

// Recordings sit beside their lesson with the same name; one without a lesson (a lesson renamed,
// say) or a second one would otherwise be left out without a word. Returns the recording of
// each lesson file by its stem ("lessons/alpha"); every one is read, so the fingerprint covers it.
QHash<QString, QString> readRecordings(CompileContext &context, const QStringList &recordings)
{
    QHash<QString, QString> recordingOf;
    for (const QString &recording : recordings) {
        const QString stem = recording.left(recording.lastIndexOf(QLatin1Char('.')));
        const FileReporter report(context.sink, context.tree.displayPath(recording));
        // Beside a lesson file even when that file has problems, which are reported on their own.
        if (!QFileInfo(context.tree.absolutePath(stem + QStringLiteral(".yaml"))).isFile())
            report.error(0, QStringLiteral("this recording belongs to no lesson: there is no "
                                           "%1.yaml beside it; name it after its lesson's file "
                                           "or remove it")
                                .arg(stem));
        else if (recordingOf.contains(stem))
            report.error(0, QStringLiteral("%1 is this lesson's recording already; keep one of "
                                           "the two")
                                .arg(context.tree.displayPath(recordingOf.value(stem))));
        else if (context.tree.readExtraFile(recording))
            recordingOf.insert(stem, recording);
    }
    return recordingOf;
}

void readLesson(CompileContext &context, const YamlDocument &document, LessonSource &source)
{
    const FileReporter report = context.reporter(document);
    FieldReader lesson(document.root, QStringLiteral("this lesson"),
                       {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
                        QStringLiteral("dimensions"), QStringLiteral("cards"),
                        QStringLiteral("takeaway"), QStringLiteral("check"),
                        QStringLiteral("narration"), QStringLiteral("try_it")},
                       report);
    const QString id = lesson.id("id");
    if (!id.isEmpty()) {
        context.known.lessons.add(id, lesson.reportFor("id"), lesson.valueLine("id"));
        checkFileNamedAfterId(document.relativePath, QStringLiteral("lesson"), id,
                              lesson.reportFor("id"), lesson.valueLine("id"));
        lesson.setWhat(QStringLiteral("lesson '%1'").arg(id));
    }
    pb::Lesson *out = context.pack.add_lessons();
    out->set_id(toStd(id));
    out->set_source_file(toStd(document.relativePath));
    out->set_title(toStd(lesson.text("title")));
    out->set_summary(toStd(lesson.text("summary")));
    readLessonDimensions(context, lesson, out);
    readCards(lesson, out);
    out->set_takeaway(toStd(lesson.markdown("takeaway")));
    out->set_try_it(toStd(lesson.markdown("try_it", Need::Optional)));
    readCheck(lesson, out->mutable_check());
    out->set_narration_text(toStd(lesson.text("narration")));
    source = {context.pack.lessons_size() - 1, document.relativePath, document.displayPath,
              lesson.valueLine("narration"), {}};
}

} // namespace

QList<LessonSource> readLessons(CompileContext &context)
{
    QStringList recordings;
    const QList<YamlDocument> documents =
        context.tree.loadFolder(QStringLiteral("lessons"), kRecordingExtensions, &recordings);
    // .mp3 sorts before .wav, so an .mp3 is the one kept when both are there.
    const QHash<QString, QString> recordingOf = readRecordings(context, recordings);
    QList<LessonSource> sources;
    for (const YamlDocument &document : documents) {
        LessonSource source;
        readLesson(context, document, source);
        const QString recording = recordingOf.value(source.relativePath.chopped(int(qstrlen(".yaml"))));
        if (!recording.isEmpty())
            source.recordingPath = context.tree.absolutePath(recording);
        sources.append(source);
    }
    return sources;
}

} // namespace groundwork::contentc
