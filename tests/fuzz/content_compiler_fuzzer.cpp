// libFuzzer target: the content compiler over whole content trees, as an author's editor and
// tools can leave them. An input is a tree in the small archive format of contentinput.h (files,
// links, pipes); the harness writes it to a fresh folder and compiles it in check mode, as
// `groundwork-contentc --check` does. Rules, beyond "no crash, hang or runaway allocation" (the
// sanitizers, -timeout and -malloc_limit_mb watch those):
//  - every problem is reported with a location: a file of the tree (or the tree itself) and a
//    line that exists in that file, or 0 for the whole file;
//  - a tree accepted without errors round-trips through the pack: its bytes parse back into
//    the same pack, the app's loader takes it, and every id the pack refers to resolves there.
// A broken rule prints what happened and aborts, which libFuzzer records as a crash.
#include "compiler/compiler.h"
#include "compiler/packwriter.h"
#include "content/contentpack.h"
#include "contentinput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace groundwork;
using namespace groundwork::contentc::fuzz;

namespace {

[[noreturn]] void broken(const QString &rule, const contentc::CompileResult &result)
{
    std::fprintf(stderr, "content_compiler_fuzzer: rule broken: %s\n", qPrintable(rule));
    for (const contentc::Diagnostic &d : result.diagnostics)
        std::fprintf(stderr, "  %s\n", qPrintable(d.toString()));
    std::abort();
}

// One folder for the whole run: the tree is laid anew inside it for each input, beside a file
// that links may point to from outside the tree.
struct Workspace
{
    QTemporaryDir dir;
    QString tree = dir.filePath(QStringLiteral("tree"));
    QString outside = dir.filePath(QStringLiteral("outside.yaml"));

    Workspace()
    {
        QFile file(outside);
        if (!file.open(QIODevice::WriteOnly) || file.write("id: outside\n") < 0)
            std::abort();
    }
};

Workspace &workspace()
{
    static Workspace w;
    return w;
}

void lay(const Entry &entry, const QString &root)
{
    const QString path = root + QLatin1Char('/') + QString::fromLatin1(entry.path);
    QDir().mkpath(QFileInfo(path).path());
    if (QFileInfo(path).isSymLink() || QFileInfo::exists(path))
        return; // the first entry of a path wins
    switch (entry.kind) {
    case EntryKind::File: {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(entry.bytes);
        break;
    }
    case EntryKind::Link:
        if (entry.target == kOutsideTarget)
            QFile::link(workspace().outside, path);
        else if (entry.target == kMissingTarget)
            QFile::link(root + QStringLiteral("/missing-target"), path);
        else
            QFile::link(root + QLatin1Char('/') + QString::fromLatin1(entry.target), path);
        break;
    case EntryKind::Pipe:
        ::mkfifo(QFile::encodeName(path).constData(), 0600);
        break;
    }
}

int lineCount(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return 0;
    if (!info.isFile())
        return 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // yaml-cpp also breaks lines at a lone CR.
    const QByteArray bytes = file.readAll();
    return int(bytes.count('\n') + bytes.count('\r') - bytes.count("\r\n")) + 1;
}

void checkLocations(const contentc::CompileResult &result, const QString &root)
{
    for (const contentc::Diagnostic &d : result.diagnostics) {
        if (d.message.isEmpty())
            broken(QStringLiteral("a problem without a message"), result);
        if (d.file != root && !d.file.startsWith(root + QLatin1Char('/')))
            broken(QStringLiteral("a problem outside the tree: %1").arg(d.file), result);
        if (d.line < 0 || (d.line > 0 && d.line > lineCount(d.file)))
            broken(
                QStringLiteral("a problem at a line the file does not have: %1").arg(d.toString()),
                result);
    }
}

template <typename Items>
void checkResolves(const Items &ids, auto lookup, const char *kind,
                   const contentc::CompileResult &result)
{
    for (const auto &id : ids)
        if (!lookup(QString::fromStdString(id)))
            broken(QStringLiteral("the accepted pack refers to an unknown %1 '%2'")
                       .arg(QLatin1String(kind), QString::fromStdString(id)),
                   result);
}

void checkRoundTrip(const contentc::CompileResult &result)
{
    const QByteArray bytes = contentc::serializePack(result.pack);
    content::v1::ContentPack parsed;
    if (!parsed.ParseFromArray(bytes.constData(), int(bytes.size())) ||
        contentc::serializePack(parsed) != bytes)
        broken(QStringLiteral("the accepted pack does not round-trip"), result);
    const auto loaded = core::ContentPack::fromBytes(bytes);
    if (!loaded.pack)
        broken(QStringLiteral("the app refuses the accepted pack: %1").arg(loaded.error), result);
    const core::ContentPack &pack = *loaded.pack;
    for (const auto &track : result.pack.tracks())
        for (const auto &item : track.items()) {
            if (item.has_lesson())
                checkResolves(
                    std::vector{item.lesson()}, [&](const QString &id) { return pack.lesson(id); },
                    "lesson", result);
            if (item.has_drill())
                checkResolves(
                    std::vector{item.drill()}, [&](const QString &id) { return pack.drill(id); },
                    "drill", result);
        }
    for (const auto &drill : result.pack.drills()) {
        checkResolves(
            drill.measures(), [&](const QString &id) { return pack.dimension(id); }, "dimension",
            result);
        for (const auto &decision : drill.decisions())
            for (const auto &option : decision.options())
                if (!option.next().empty() &&
                    !pack.decision(drill, QString::fromStdString(option.next())))
                    broken(QStringLiteral("option '%1' leads to no decision")
                               .arg(QString::fromStdString(option.id())),
                           result);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString root = workspace().tree;
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    for (const Entry &entry :
         readEntries(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size))))
        lay(entry, root);
    contentc::CompileOptions options;
    options.sourceDir = root; // no outDir, no narration: --check
    const contentc::CompileResult result = contentc::compileContent(options);
    checkLocations(result, root);
    if (!result.hasErrors())
        checkRoundTrip(result);
    return 0;
}
