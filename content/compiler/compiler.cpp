#include "compiler.h"

#include "assessment.h"
#include "catalogue.h"
#include "context.h"
#include "coverage.h"
#include "drills.h"
#include "lessons.h"
#include "narration.h"
#include "packwriter.h"
#include "tracksandroles.h"

#include <QDir>
#include <QFileInfo>

namespace groundwork::contentc {

namespace {

constexpr quint32 kFormatVersion = 1;
constexpr int kFingerprintLength = 8;

QList<NarrationJob> narrationJobs(const pb::ContentPack &pack, const QList<LessonSource> &lessons)
{
    QList<NarrationJob> jobs;
    for (const LessonSource &source : lessons) {
        const pb::Lesson &lesson = pack.lessons(source.index);
        jobs.append({QString::fromStdString(lesson.id()),
                     QString::fromStdString(lesson.narration_text()), source.recordingPath,
                     source.displayPath, source.narrationLine});
    }
    return jobs;
}

QList<ShippedAudio> narrate(const CompileOptions &options, DiagnosticSink &sink,
                            const QList<NarrationJob> &jobs, pb::ContentPack &pack,
                            const QList<LessonSource> &lessons)
{
    Narrator narrator(options.narrationCacheDir, sink);
    const QList<NarrationAudio> produced = narrator.produce(jobs);
    QList<ShippedAudio> shipped;
    for (int i = 0; i < produced.size(); ++i) {
        const NarrationAudio &audio = produced[i];
        if (!audio.ok)
            continue;
        pb::Narration *narration = pack.mutable_lessons(lessons[i].index)->mutable_narration();
        narration->set_file("audio/" + jobs[i].lessonId.toStdString() + ".mp3");
        narration->set_duration_ms(audio.durationMs);
        narration->set_recorded(audio.recorded);
        narration->set_mime_type("audio/mpeg");
        narration->set_size_bytes(audio.sizeBytes);
        shipped.append({jobs[i].lessonId, audio.audioPath});
    }
    return shipped;
}

} // namespace

CompileResult compileContent(const CompileOptions &options)
{
    CompileResult result;
    DiagnosticSink sink;
    if (!QFileInfo(options.sourceDir).isDir()) {
        sink.add({QDir::cleanPath(options.sourceDir), 0,
                  QStringLiteral("the content folder does not exist"), false});
        result.diagnostics = sink.sorted();
        return result;
    }
    SourceTree tree(options.sourceDir, sink);
    CompileContext context{tree, sink, result.pack, {}, {}, {}};
    // Order matters: each kind may only refer to kinds read before it.
    readPackFile(context);
    readCatalogue(context);
    const QList<LessonSource> lessons = readLessons(context);
    readDrills(context);
    readTracks(context);
    readRoles(context);
    checkBothFormsExist(context);
    const QList<NarrationJob> jobs = narrationJobs(result.pack, lessons);

    result.pack.set_format_version(kFormatVersion);
    result.pack.set_content_version(
        (context.authorVersion + QLatin1Char('+') + tree.fingerprint().left(kFingerprintLength))
            .toStdString());
    result.coverage = computeCoverage(result.pack);
    // The audit walks every path of every drill, which only the checks above keep small (a
    // chain of 100 decisions is 3^100 paths): it is only done on content without errors.
    // The parallel-forms rules count decisions and keys, so they wait for the same.
    if (!sink.hasErrors()) {
        checkFormsAreParallel(context);
        const auto reportFailures = [&](const CueAudit &audit, const QString &prefix) {
            for (const CueFailure &failure : audit.failures)
                sink.add({QDir::cleanPath(options.sourceDir + QLatin1Char('/') + failure.folder), 0,
                          prefix + failure.message, false});
        };
        result.cueAudit = auditCues(result.pack);
        reportFailures(result.cueAudit, QStringLiteral("cue audit: "));
        result.formCueAudits = auditFormCues(result.pack);
        for (const FormCueAudit &form : std::as_const(result.formCueAudits))
            reportFailures(form.audit, QStringLiteral("cue audit (assessment form %1): ").arg(form.form));
    }

    // Audio is only worth producing for content that is otherwise correct.
    QList<ShippedAudio> audio;
    if (options.narrate && !sink.hasErrors())
        audio = narrate(options, sink, jobs, result.pack, lessons);
    result.diagnostics = sink.sorted();
    const bool blocked = result.hasErrors() || (options.warningsAreErrors && result.hasWarnings());
    if (!options.outDir.isEmpty() && !blocked && !writeOutput(options.outDir, result.pack, audio, sink))
        result.diagnostics = sink.sorted();
    return result;
}

QString formatCueAudits(const CompileResult &result)
{
    return formatCueAudit(result.cueAudit) + formatFormCueAudits(result.formCueAudits);
}

} // namespace groundwork::contentc
