#include "sourcetree.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace groundwork::contentc {

int lineOf(const YAML::Node &node)
{
    if (!node.IsDefined())
        return 0;
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

SourceTree::SourceTree(QString sourceDir, DiagnosticSink &sink)
    : m_sourceDir(std::move(sourceDir)), m_sink(sink)
{
}

QString SourceTree::displayPath(const QString &relativePath) const
{
    return QDir::cleanPath(m_sourceDir + QLatin1Char('/') + relativePath);
}

QString SourceTree::absolutePath(const QString &relativePath) const
{
    return QDir(m_sourceDir).absoluteFilePath(relativePath);
}

std::optional<QByteArray> SourceTree::readFile(const QString &relativePath)
{
    QFile file(absolutePath(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = file.exists() ? file.errorString()
                                             : QStringLiteral("the file does not exist");
        FileReporter(m_sink, displayPath(relativePath))
            .error(0, QStringLiteral("cannot read this file: %1").arg(reason));
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    m_filesRead.insert(relativePath, bytes);
    return bytes;
}

std::optional<QByteArray> SourceTree::readExtraFile(const QString &relativePath)
{
    return readFile(relativePath);
}

std::optional<YamlDocument> SourceTree::loadYaml(const QString &relativePath)
{
    const std::optional<QByteArray> bytes = readFile(relativePath);
    if (!bytes)
        return std::nullopt;
    const FileReporter report(m_sink, displayPath(relativePath));
    YAML::Node root;
    try {
        root = YAML::Load(bytes->toStdString());
    } catch (const YAML::ParserException &e) {
        report.error(e.mark.is_null() ? 0 : e.mark.line + 1,
                     QStringLiteral("this is not valid YAML (%1); check the indentation (two "
                                    "spaces, no tabs) and put quotes around text that contains "
                                    "': ' or starts with a special character")
                         .arg(QString::fromStdString(e.msg)));
        return std::nullopt;
    }
    if (root.IsNull() || !root.IsDefined()) {
        report.error(0, QStringLiteral("the file is empty"));
        return std::nullopt;
    }
    if (!root.IsMap()) {
        report.error(lineOf(root), QStringLiteral("the file should hold 'field: value' lines, "
                                                  "but it holds %1")
                                       .arg(root.IsSequence() ? QStringLiteral("a list")
                                                              : QStringLiteral("plain text")));
        return std::nullopt;
    }
    return YamlDocument{relativePath, displayPath(relativePath), absolutePath(relativePath), root};
}

QList<YamlDocument> SourceTree::loadFolder(const QString &folder)
{
    QList<YamlDocument> documents;
    const QDir dir(absolutePath(folder));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString relativePath = folder + QLatin1Char('/') + name;
        if (name.endsWith(QLatin1String(".yml"))) {
            FileReporter(m_sink, displayPath(relativePath))
                .error(0, QStringLiteral("this file is ignored because content files must end "
                                         "in .yaml; rename it"));
            continue;
        }
        if (!name.endsWith(QLatin1String(".yaml")))
            continue;
        if (auto document = loadYaml(relativePath))
            documents.append(std::move(*document));
    }
    return documents;
}

QString SourceTree::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = m_filesRead.cbegin(); it != m_filesRead.cend(); ++it) {
        // Lengths make the stream unambiguous: no two different trees hash the same bytes.
        const QByteArray path = it.key().toUtf8();
        hash.addData(QByteArray::number(path.size()) + ':' + path);
        hash.addData(QByteArray::number(it.value().size()) + ':');
        hash.addData(it.value());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace groundwork::contentc
