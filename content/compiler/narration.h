#pragma once

#include "diagnostics.h"

#include <QTemporaryDir>

#include <memory>

namespace groundwork::contentc {

// One lesson's narration to produce: a recording beside the lesson, or text to synthesise.
struct NarrationJob
{
    QString lessonId;
    QString text;
    QString recordingPath; // absolute path of <stem>.mp3 or <stem>.wav beside the lesson, or empty
    QString lessonFile;    // display path, for diagnostics
    int line = 0;          // the 'narration' field
};

struct NarrationAudio
{
    bool ok = false;
    QString audioPath; // an MP3 ready to ship: the recording itself or a file in the cache
    quint32 durationMs = 0;
    quint32 sizeBytes = 0;
    bool recorded = false;
};

inline constexpr int kMinNarrationSeconds = 120;
inline constexpr int kMaxNarrationSeconds = 240;

// Produces narration audio with espeak-ng, lame and soxi, caching results by what they were
// made from so unchanged lessons are never synthesised twice.
class Narrator
{
public:
    Narrator(const QString &cacheDir, DiagnosticSink &sink);
    ~Narrator();

    // Runs the jobs in parallel; results are in job order. Failures are reported per lesson.
    QList<NarrationAudio> produce(const QList<NarrationJob> &jobs);

private:
    NarrationAudio produceOne(const NarrationJob &job);
    NarrationAudio synthesise(const NarrationJob &job);
    NarrationAudio encodeRecording(const NarrationJob &job);
    NarrationAudio useRecordedMp3(const NarrationJob &job);
    bool measure(const NarrationJob &job, const QString &mp3, const QString &cacheKey,
                 NarrationAudio &audio);

    std::unique_ptr<QTemporaryDir> m_ownCache;
    QString m_cacheDir;
    DiagnosticSink &m_sink;
};

} // namespace groundwork::contentc
