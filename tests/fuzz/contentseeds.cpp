#include "contentseeds.h"

#include "contentinput.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace groundwork::contentc::fuzz {

namespace {

using groundwork::sync::fuzz::Seed;

const QString kMinimal = QStringLiteral(GROUNDWORK_TEST_DATA "/content/minimal");
const QString kShipped = QStringLiteral(GROUNDWORK_SOURCE_DIR "/content");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The files of a tree, by relative path (sorted, so seeds are stable).
QMap<QByteArray, QByteArray> treeFiles(const QString &root, const QStringList &folders)
{
    QMap<QByteArray, QByteArray> files;
    for (const QString &folder : folders) {
        QDirIterator it(root + QLatin1Char('/') + folder, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            files.insert(QDir(root).relativeFilePath(path).toUtf8(), readFile(path));
        }
    }
    if (QFile::exists(root + QStringLiteral("/pack.yaml")))
        files.insert("pack.yaml", readFile(root + QStringLiteral("/pack.yaml")));
    return files;
}

QByteArray archive(const QMap<QByteArray, QByteArray> &files)
{
    InputWriter writer;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writer.file(it.key(), it.value());
    return writer.bytes();
}

const QStringList kAllFolders{QStringLiteral("catalogue"), QStringLiteral("lessons"),
                              QStringLiteral("drills"), QStringLiteral("tracks"),
                              QStringLiteral("roles")};

void shippedSeeds(std::vector<Seed> &seeds)
{
    const auto catalogue = treeFiles(kShipped, {QStringLiteral("catalogue")});
    for (const QString &folder : kAllFolders.mid(1)) {
        for (const QString &name :
             QDir(kShipped + QLatin1Char('/') + folder)
                 .entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            auto files = catalogue;
            files.insert((folder + QLatin1Char('/') + name).toUtf8(),
                         readFile(kShipped + QLatin1Char('/') + folder + QLatin1Char('/') + name));
            seeds.push_back(
                {QStringLiteral("shipped-%1-%2").arg(folder, QFileInfo(name).completeBaseName()),
                 archive(files)});
        }
    }
}

// The baseline tree with one file replaced (or added, or taken away with empty bytes).
Seed variant(const QString &name, const QMap<QByteArray, QByteArray> &base,
             const QList<QPair<QByteArray, QByteArray>> &changes, const InputWriter &extra = {})
{
    auto files = base;
    for (const auto &[path, bytes] : changes) {
        if (bytes.isNull())
            files.remove(path);
        else
            files.insert(path, bytes);
    }
    return {QStringLiteral("case-") + name, archive(files) + extra.bytes()};
}

QByteArray edited(const QMap<QByteArray, QByteArray> &base, const QByteArray &path,
                  const QByteArray &before, const QByteArray &after)
{
    QByteArray bytes = base.value(path);
    return bytes.replace(before, after);
}

QByteArray chainDrill(int decisions, int options)
{
    QByteArray yaml = "id: shaped\ntitle: Shaped\nscenario_type: conflict\nmeasures: [trust]\n"
                      "setting: S.\nstart: d0\ndecisions:\n";
    for (int i = 0; i < decisions; ++i) {
        yaml += "  - id: d" + QByteArray::number(i) + "\n    prompt: P.\n    options:\n";
        for (int o = 0; o < options; ++o) {
            yaml += "      - {id: o" + QByteArray::number(o) +
                    ", text: T., key: {trust: " + QByteArray::number(o % 5 + 1) + "}, feedback: F.";
            if (i + 1 < decisions)
                yaml += ", next: d" + QByteArray::number(i + 1);
            yaml += "}\n";
        }
    }
    return yaml;
}

void caseSeeds(std::vector<Seed> &seeds)
{
    const auto base = treeFiles(kMinimal, kAllFolders);
    seeds.push_back({QStringLiteral("minimal"), archive(base)});
    const QByteArray alpha = "lessons/alpha.yaml";
    const QByteArray one = "drills/one.yaml";
    const QByteArray lead = "roles/lead.yaml";
    seeds.push_back(variant(QStringLiteral("unknown-dimension-first"), base,
                            {{one, edited(base, one, "measures:\n  - coaching",
                                          "measures:\n  - empathy\n  - coaching")}}));
    seeds.push_back(variant(QStringLiteral("latin1"), base,
                            {{alpha, edited(base, alpha, "The first lesson.", "Caf\xE9.")}}));
    seeds.push_back(
        variant(QStringLiteral("bom-crlf"), base,
                {{alpha, "\xEF\xBB\xBF" + QByteArray(base.value(alpha)).replace("\n", "\r\n")}}));
    seeds.push_back(variant(QStringLiteral("two-documents"), base,
                            {{alpha, base.value(alpha) + "---\nid: gamma\n"}}));
    seeds.push_back(variant(QStringLiteral("alias"), base,
                            {{lead, edited(base, lead, "decisions_owned:", "decisions_owned: &o")
                                        .replace("success_at_90_days:\n  - Team ships weekly",
                                                 "success_at_90_days: *o")}}));
    seeds.push_back(variant(QStringLiteral("deep"), base,
                            {{alpha, edited(base, alpha, "The first lesson.",
                                            QByteArray(300, '[') + QByteArray(300, ']'))}}));
    seeds.push_back(
        variant(QStringLiteral("long-chain"), base, {{"drills/shaped.yaml", chainDrill(100, 3)}}));
    seeds.push_back(
        variant(QStringLiteral("wide"), base, {{"drills/shaped.yaml", chainDrill(4, 30)}}));
    seeds.push_back(
        variant(QStringLiteral("inf-weight"), base, {{lead, edited(base, lead, "1.5", "inf")}}));
    seeds.push_back(variant(QStringLiteral("html"), base,
                            {{alpha, edited(base, alpha, "Card three.", "Card <b>three</b>.")}}));
    seeds.push_back(variant(QStringLiteral("name-mismatch"), base,
                            {{alpha, QByteArray()}, {"lessons/first.yaml", base.value(alpha)}}));
    seeds.push_back(
        variant(QStringLiteral("subfolder"), base,
                {{alpha, QByteArray()}, {"lessons/old/alpha.yaml", base.value(alpha)}}));
    seeds.push_back(variant(QStringLiteral("links-and-pipes"), base, {},
                            InputWriter()
                                .link("lessons/alpha.mp3", kOutsideTarget)
                                .link("lessons/beta.wav", kMissingTarget)
                                .pipe("lessons/gamma.mp3")
                                .link("roles/second.yaml", "roles/lead.yaml")));
    seeds.push_back(variant(QStringLiteral("recording"), base, {{"lessons/alpha.mp3", "ID3\x03"}}));
}

} // namespace

std::vector<Seed> compilerSeeds()
{
    std::vector<Seed> seeds;
    caseSeeds(seeds);
    shippedSeeds(seeds);
    return seeds;
}

} // namespace groundwork::contentc::fuzz
