#pragma once

#include "diagnostics.h"
#include "yamlload.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace groundwork::contentc {

struct YamlDocument
{
    QString relativePath; // "lessons/delegation.yaml"
    QString displayPath;  // as diagnostics name it: the source dir as given + relative path
    QString absolutePath;
    YAML::Node root;      // a map; documents that are not one are reported and never returned
    std::shared_ptr<const AliasUses> aliases;
};

// What a content file may be. Sizes are far above anything written by hand (a long lesson is
// 10 KB; a four-minute WAV recording 40 MB), and keep a mistaken file from filling memory.
struct FileLimit
{
    qint64 maxBytes;
    const char *kind; // for messages
};
inline constexpr FileLimit kYamlFileLimit{1024 * 1024, "a YAML file"};
inline constexpr FileLimit kRecordingLimit{100 * 1024 * 1024, "a recording"};

// The authored content folder: finds and parses its files and fingerprints everything read.
// Every file read, whether by the full build or by --check, must be a regular file inside the
// folder (a link may point elsewhere in it) and within its size: what is outside the folder is
// neither fingerprinted nor reviewed with it, and a pipe or device would hang the read.
class SourceTree
{
public:
    SourceTree(QString sourceDir, DiagnosticSink &sink);

    QString displayPath(const QString &relativePath) const;
    QString absolutePath(const QString &relativePath) const;

    std::optional<YamlDocument> loadYaml(const QString &relativePath);
    // Every *.yaml of a folder, sorted by name so "first" and "second" occurrences are stable.
    // Anything else in the folder is reported, since it would never be read (subfolders, other
    // files), except files ending in one of companionExtensions (".mp3"), which are listed in
    // *companions for the caller. Hidden files and editor backups ("name~") are left alone.
    QList<YamlDocument> loadFolder(const QString &folder, const QStringList &companionExtensions = {},
                                   QStringList *companions = nullptr);
    // Reports every entry of a folder of fixed files that is not one of them.
    void checkFolderHolds(const QString &folder, const QStringList &names);
    // Reads a non-YAML source file (a recorded narration) and includes it in the fingerprint.
    std::optional<QByteArray> readExtraFile(const QString &relativePath);

    // Hex SHA-256 over every file read (relative path and bytes, in path order).
    QString fingerprint() const;

private:
    std::optional<QByteArray> readFile(const QString &relativePath, FileLimit limit);
    bool isReadableFile(const QString &relativePath, FileLimit limit);
    bool isFolderOrAbsent(const QString &folder);
    void reportUnread(const QString &relativePath, const QString &folder, bool isFolder,
                      const QString &expected);

    QString m_sourceDir;
    QString m_canonicalRoot;
    DiagnosticSink &m_sink;
    QMap<QString, QByteArray> m_filesRead;
};

// 1-based line of a node; 0 for a node without a position (such as one that is absent).
int lineOf(const YAML::Node &node);

} // namespace groundwork::contentc
