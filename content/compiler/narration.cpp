#include "narration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

namespace groundwork::contentc {

namespace {

// A clear, natural US English voice at a listening pace slightly slower than espeak's default
// 175 words per minute, so the 300-600 words the authors aim for last about 2-4 minutes.
const QStringList kVoiceArguments{QStringLiteral("-v"), QStringLiteral("en-us"),
                                  QStringLiteral("-s"), QStringLiteral("165")};
// Mono CBR 32 kbit/s at 22.05 kHz: speech stays clear (its energy is below 8 kHz) while a
// 4-minute lesson is under 1 MB on the phone. Constant bit rate keeps seeking and the reported
// length exact on every Qt Multimedia backend, which "resume where you stopped" relies on.
const QStringList kEncoderArguments{QStringLiteral("--quiet"), QStringLiteral("-m"),
                                    QStringLiteral("m"), QStringLiteral("--resample"),
                                    QStringLiteral("22.05"), QStringLiteral("-b"),
                                    QStringLiteral("32")};
// Bumped when the way audio is produced changes in a way the arguments above do not show.
const QByteArray kRecipeVersion = "narration-recipe-1";

constexpr int kToolTimeoutMs = 10 * 60 * 1000;

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray recipe(const QStringList &arguments)
{
    return kRecipeVersion + '\n' + arguments.join(QLatin1Char(' ')).toUtf8() + '\n';
}

struct ToolRun
{
    bool ok = false;
    QString error;
    QByteArray output;
};

// Runs a tool directly (no shell, so lesson text can never be taken for a command).
ToolRun runTool(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return {false,
                QStringLiteral("the program '%1' is not installed; install it (Debian/Ubuntu: "
                               "apt install espeak-ng lame sox libsox-fmt-mp3) or build without "
                               "narration (--no-narration)")
                    .arg(program),
                {}};
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForStarted()) {
        return {false, QStringLiteral("%1 could not start: %2").arg(program, process.errorString()),
                {}};
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {false, QStringLiteral("%1 did not finish in time").arg(program), {}};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString details = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return {false,
                QStringLiteral("%1 failed (exit code %2)%3")
                    .arg(program)
                    .arg(process.exitCode())
                    .arg(details.isEmpty() ? QString() : QStringLiteral(": ") + details.left(300)),
                {}};
    }
    return {true, {}, process.readAllStandardOutput()};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

Narrator::Narrator(const QString &cacheDir, DiagnosticSink &sink) : m_sink(sink)
{
    if (cacheDir.isEmpty()) {
        m_ownCache = std::make_unique<QTemporaryDir>();
        m_cacheDir = m_ownCache->path();
    } else {
        m_cacheDir = QDir(cacheDir).absolutePath();
        QDir().mkpath(m_cacheDir);
    }
}

Narrator::~Narrator() = default;

QList<NarrationAudio> Narrator::produce(const QList<NarrationJob> &jobs)
{
    QList<NarrationAudio> results(jobs.size());
    // The tools are single-threaded, so one job per core keeps the machine busy and no busier.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    for (int i = 0; i < jobs.size(); ++i)
        pool.start([this, &jobs, &results, i] { results[i] = produceOne(jobs[i]); });
    pool.waitForDone();
    return results;
}

NarrationAudio Narrator::produceOne(const NarrationJob &job)
{
    NarrationAudio audio;
    if (job.recordingPath.endsWith(QLatin1String(".mp3")))
        audio = useRecordedMp3(job);
    else if (job.recordingPath.endsWith(QLatin1String(".wav")))
        audio = encodeRecording(job);
    else
        audio = synthesise(job);
    if (!audio.ok)
        return audio;
    const int seconds = int(audio.durationMs / 1000);
    if (seconds < kMinNarrationSeconds || seconds > kMaxNarrationSeconds)
        FileReporter(m_sink, job.lessonFile)
            .warning(job.line, QStringLiteral("the %1narration of lesson '%2' lasts %3 s; aim for "
                                              "2 to 4 minutes (%4 to %5 s), roughly 300 to 600 "
                                              "words")
                                   .arg(audio.recorded ? QStringLiteral("recorded ") : QString(),
                                        job.lessonId)
                                   .arg(seconds)
                                   .arg(kMinNarrationSeconds)
                                   .arg(kMaxNarrationSeconds));
    return audio;
}

// The duration is cached beside the audio, so a warm cache runs no tool at all.
bool Narrator::measure(const NarrationJob &job, const QString &mp3, const QString &cacheKey,
                       NarrationAudio &audio)
{
    const QString durationFile = m_cacheDir + QLatin1Char('/') + cacheKey + QStringLiteral(".ms");
    QFile cached(durationFile);
    bool known = false;
    if (cached.open(QIODevice::ReadOnly))
        audio.durationMs = cached.readAll().trimmed().toUInt(&known);
    if (!known) {
        const ToolRun soxi = runTool(QStringLiteral("soxi"), {QStringLiteral("-D"), mp3});
        bool isNumber = false;
        const double seconds = soxi.ok ? soxi.output.trimmed().toDouble(&isNumber) : 0;
        if (!soxi.ok || !isNumber) {
            FileReporter(m_sink, job.lessonFile)
                .error(job.line, QStringLiteral("cannot measure the narration audio of lesson "
                                                "'%1': %2")
                                     .arg(job.lessonId,
                                          soxi.ok ? QStringLiteral("soxi printed no duration")
                                                  : soxi.error));
            return false;
        }
        audio.durationMs = quint32(seconds * 1000.0 + 0.5);
        writeFile(durationFile, QByteArray::number(audio.durationMs));
    }
    audio.audioPath = mp3;
    audio.sizeBytes = quint32(QFileInfo(mp3).size());
    audio.ok = audio.sizeBytes > 0;
    if (!audio.ok)
        FileReporter(m_sink, job.lessonFile)
            .error(job.line, QStringLiteral("the narration audio of lesson '%1' is empty")
                                 .arg(job.lessonId));
    return audio.ok;
}

NarrationAudio Narrator::useRecordedMp3(const NarrationJob &job)
{
    NarrationAudio audio;
    audio.recorded = true;
    QFile file(job.recordingPath);
    if (!file.open(QIODevice::ReadOnly)) {
        FileReporter(m_sink, job.lessonFile)
            .error(job.line, QStringLiteral("cannot read the recording %1: %2")
                                 .arg(job.recordingPath, file.errorString()));
        return audio;
    }
    measure(job, job.recordingPath, QStringLiteral("recorded-") + sha256Hex(file.readAll()), audio);
    return audio;
}

NarrationAudio Narrator::encodeRecording(const NarrationJob &job)
{
    NarrationAudio audio;
    audio.recorded = true;
    QFile file(job.recordingPath);
    if (!file.open(QIODevice::ReadOnly)) {
        FileReporter(m_sink, job.lessonFile)
            .error(job.line, QStringLiteral("cannot read the recording %1: %2")
                                 .arg(job.recordingPath, file.errorString()));
        return audio;
    }
    const QString key = sha256Hex(recipe(kEncoderArguments) + file.readAll());
    const QString mp3 = m_cacheDir + QLatin1Char('/') + key + QStringLiteral(".mp3");
    if (!QFileInfo::exists(mp3)) {
        const QString partial = mp3 + QStringLiteral(".part");
        const ToolRun lame = runTool(QStringLiteral("lame"),
                                     kEncoderArguments + QStringList{job.recordingPath, partial});
        // Another lesson with the same recording may have stored it first; that is fine.
        if (!lame.ok || (!QFile::rename(partial, mp3) && !QFileInfo::exists(mp3))) {
            QFile::remove(partial);
            FileReporter(m_sink, job.lessonFile)
                .error(job.line, QStringLiteral("cannot encode the recording of lesson '%1': %2")
                                     .arg(job.lessonId,
                                          lame.ok ? QStringLiteral("the cache is not writable")
                                                  : lame.error));
            return audio;
        }
    }
    measure(job, mp3, key, audio);
    return audio;
}

NarrationAudio Narrator::synthesise(const NarrationJob &job)
{
    NarrationAudio audio;
    const QString key = sha256Hex(recipe(kVoiceArguments) + recipe(kEncoderArguments)
                                  + job.text.toUtf8());
    const QString mp3 = m_cacheDir + QLatin1Char('/') + key + QStringLiteral(".mp3");
    if (QFileInfo::exists(mp3)) {
        measure(job, mp3, key, audio);
        return audio;
    }
    const auto fail = [&](const QString &reason) {
        FileReporter(m_sink, job.lessonFile)
            .error(job.line, QStringLiteral("cannot synthesise the narration of lesson '%1': %2")
                                 .arg(job.lessonId, reason));
        return audio;
    };
    QTemporaryDir work(m_cacheDir + QStringLiteral("/work-XXXXXX"));
    if (!work.isValid())
        return fail(QStringLiteral("cannot create a working folder in %1").arg(m_cacheDir));
    // The text goes through a file, never the command line: it may be long or start with '-'.
    const QString textFile = work.filePath(QStringLiteral("narration.txt"));
    const QString wav = work.filePath(QStringLiteral("narration.wav"));
    const QString partial = work.filePath(QStringLiteral("narration.mp3"));
    if (!writeFile(textFile, job.text.toUtf8()))
        return fail(QStringLiteral("cannot write %1").arg(textFile));
    const ToolRun espeak = runTool(QStringLiteral("espeak-ng"),
                                   kVoiceArguments
                                       + QStringList{QStringLiteral("-w"), wav,
                                                     QStringLiteral("-f"), textFile});
    if (!espeak.ok)
        return fail(espeak.error);
    const ToolRun lame = runTool(QStringLiteral("lame"), kEncoderArguments + QStringList{wav, partial});
    if (!lame.ok)
        return fail(lame.error);
    // Renamed into place only when complete, so an interrupted build never leaves a bad cache.
    // A lesson with the same text may have stored the same audio meanwhile; that is fine.
    if (!QFile::rename(partial, mp3) && !QFileInfo::exists(mp3))
        return fail(QStringLiteral("cannot store the audio in %1").arg(m_cacheDir));
    measure(job, mp3, key, audio);
    return audio;
}

} // namespace groundwork::contentc
