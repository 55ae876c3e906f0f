#pragma once

#include "diagnostics.h"

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
};

// The authored content folder: finds and parses its files and fingerprints everything read.
class SourceTree
{
public:
    SourceTree(QString sourceDir, DiagnosticSink &sink);

    QString displayPath(const QString &relativePath) const;
    QString absolutePath(const QString &relativePath) const;

    std::optional<YamlDocument> loadYaml(const QString &relativePath);
    // Every *.yaml of a folder, sorted by name so "first" and "second" occurrences are stable.
    QList<YamlDocument> loadFolder(const QString &folder);
    // Reads a non-YAML source file (a recorded narration) and includes it in the fingerprint.
    std::optional<QByteArray> readExtraFile(const QString &relativePath);

    // Hex SHA-256 over every file read (relative path and bytes, in path order).
    QString fingerprint() const;

private:
    std::optional<QByteArray> readFile(const QString &relativePath);

    QString m_sourceDir;
    DiagnosticSink &m_sink;
    QMap<QString, QByteArray> m_filesRead;
};

// 1-based line of a node; 0 for a node without a position (such as one that is absent).
int lineOf(const YAML::Node &node);

} // namespace groundwork::contentc
