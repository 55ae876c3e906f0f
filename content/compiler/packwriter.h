#pragma once

#include "diagnostics.h"

namespace groundwork::contentc {

struct ShippedAudio
{
    QString lessonId;
    QString sourcePath; // the MP3 to ship as audio/<lessonId>.mp3
};

// Serialises the pack with a stable byte order, so unchanged content gives an identical file.
QByteArray serializePack(const groundwork::content::v1::ContentPack &pack);

// Writes <out>/pack.bin, <out>/audio/<id>.mp3 and <out>/content.qrc. Files whose bytes did not
// change are left untouched, so the resource step of the build does not redo its work.
bool writeOutput(const QString &outDir, const groundwork::content::v1::ContentPack &pack,
                 const QList<ShippedAudio> &audio, DiagnosticSink &sink);

} // namespace groundwork::contentc
