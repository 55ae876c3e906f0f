#include "packwriter.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>

namespace groundwork::contentc {

namespace {

bool writeIfChanged(const QString &path, const QByteArray &bytes, DiagnosticSink &sink)
{
    QFile existing(path);
    if (existing.size() == bytes.size() && existing.open(QIODevice::ReadOnly)
        && existing.readAll() == bytes)
        return true;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    sink.add({path, 0, QStringLiteral("cannot write this file: %1").arg(file.errorString()), false});
    return false;
}

QByteArray resourceFile(const QList<ShippedAudio> &audio)
{
    QByteArray qrc = "<!DOCTYPE RCC>\n<RCC version=\"1.0\">\n<qresource prefix=\"/content\">\n"
                     "  <file alias=\"pack.bin\">pack.bin</file>\n";
    for (const ShippedAudio &item : audio) {
        const QByteArray path = "audio/" + item.lessonId.toUtf8() + ".mp3";
        qrc += "  <file alias=\"" + path + "\">" + path + "</file>\n";
    }
    return qrc + "</qresource>\n</RCC>\n";
}

// Audio of lessons that were removed or renamed must not linger in the shipped resources.
void removeStaleAudio(const QDir &audioDir, const QList<ShippedAudio> &audio)
{
    QSet<QString> current;
    for (const ShippedAudio &item : audio)
        current.insert(item.lessonId + QStringLiteral(".mp3"));
    for (const QString &name : audioDir.entryList({QStringLiteral("*.mp3")}, QDir::Files))
        if (!current.contains(name))
            QFile::remove(audioDir.filePath(name));
}

} // namespace

QByteArray serializePack(const groundwork::content::v1::ContentPack &pack)
{
    std::string bytes;
    bytes.reserve(pack.ByteSizeLong()); // also computes the sizes SerializeWithCachedSizes uses
    {
        google::protobuf::io::StringOutputStream stream(&bytes);
        google::protobuf::io::CodedOutputStream coded(&stream);
        // Map fields (keys, weights) otherwise serialise in hash order, which varies by run.
        coded.SetSerializationDeterministic(true);
        pack.SerializeWithCachedSizes(&coded);
    }
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

bool writeOutput(const QString &outDir, const groundwork::content::v1::ContentPack &pack,
                 const QList<ShippedAudio> &audio, DiagnosticSink &sink)
{
    const QDir out(outDir);
    if (!out.mkpath(QStringLiteral("audio"))) {
        sink.add({outDir, 0, QStringLiteral("cannot create the output folder"), false});
        return false;
    }
    bool ok = writeIfChanged(out.filePath(QStringLiteral("pack.bin")), serializePack(pack), sink);
    const QDir audioDir(out.filePath(QStringLiteral("audio")));
    for (const ShippedAudio &item : audio) {
        QFile source(item.sourcePath);
        if (!source.open(QIODevice::ReadOnly)) {
            sink.add({item.sourcePath, 0,
                      QStringLiteral("cannot read this audio file: %1").arg(source.errorString()),
                      false});
            ok = false;
            continue;
        }
        ok &= writeIfChanged(audioDir.filePath(item.lessonId + QStringLiteral(".mp3")),
                             source.readAll(), sink);
    }
    removeStaleAudio(audioDir, audio);
    ok &= writeIfChanged(out.filePath(QStringLiteral("content.qrc")), resourceFile(audio), sink);
    return ok;
}

} // namespace groundwork::contentc
