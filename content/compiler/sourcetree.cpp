#include "sourcetree.h"

#include "sourcetext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace groundwork::contentc {

int lineOf(const YAML::Node &node)
{
    if (!node.IsDefined())
        return 0;
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

SourceTree::SourceTree(QString sourceDir, DiagnosticSink &sink)
    : m_sourceDir(std::move(sourceDir)),
      m_canonicalRoot(QFileInfo(m_sourceDir).canonicalFilePath()),
      m_sink(sink)
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

// Checked before opening: opening a pipe blocks until someone writes to it, and a device such
// as /dev/zero never ends.
bool SourceTree::isReadableFile(const QString &relativePath, FileLimit limit)
{
    const FileReporter report(m_sink, displayPath(relativePath));
    const QFileInfo info(absolutePath(relativePath));
    const QString canonical = info.canonicalFilePath();
    if (info.isSymLink() && canonical.isEmpty()) {
        report.error(0, QStringLiteral("this is a link to '%1', which does not exist")
                            .arg(info.symLinkTarget()));
        return false;
    }
    if (!info.exists()) {
        report.error(0, QStringLiteral("cannot read this file: the file does not exist"));
        return false;
    }
    if (!canonical.startsWith(m_canonicalRoot + QLatin1Char('/'))) {
        const QString what = info.isSymLink()
                                 ? QStringLiteral("this is a link to '%1'")
                                 : QStringLiteral("through a linked folder, this file is '%1'");
        report.error(0, what.arg(canonical)
                            + QStringLiteral(", outside the content folder; put the file itself "
                                             "in the folder (what is outside it is neither "
                                             "reviewed nor fingerprinted with the content)"));
        return false;
    }
    if (!info.isFile()) {
        report.error(0, QStringLiteral("this is not a regular file (but a %1); content must be "
                                       "ordinary files")
                            .arg(info.isDir() ? QStringLiteral("folder")
                                              : QStringLiteral("pipe, device or socket")));
        return false;
    }
    if (info.size() > limit.maxBytes) {
        report.error(0, QStringLiteral("this file is %1 bytes; %2 may be at most %3 MiB")
                            .arg(info.size())
                            .arg(QLatin1String(limit.kind))
                            .arg(limit.maxBytes / (1024 * 1024)));
        return false;
    }
    return true;
}

std::optional<QByteArray> SourceTree::readFile(const QString &relativePath, FileLimit limit)
{
    if (!isReadableFile(relativePath, limit))
        return std::nullopt;
    QFile file(absolutePath(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        FileReporter(m_sink, displayPath(relativePath))
            .error(0, QStringLiteral("cannot read this file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    // Bounded even here, in case the file grows between the check and the read.
    QByteArray bytes = file.read(limit.maxBytes + 1);
    if (bytes.size() > limit.maxBytes) {
        FileReporter(m_sink, displayPath(relativePath))
            .error(0, QStringLiteral("this file grew past %1 MiB while it was read")
                          .arg(limit.maxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    m_filesRead.insert(relativePath, bytes);
    return bytes;
}

std::optional<QByteArray> SourceTree::readExtraFile(const QString &relativePath)
{
    return readFile(relativePath, kRecordingLimit);
}

std::optional<YamlDocument> SourceTree::loadYaml(const QString &relativePath)
{
    const std::optional<QByteArray> bytes = readFile(relativePath, kYamlFileLimit);
    if (!bytes)
        return std::nullopt;
    const FileReporter report(m_sink, displayPath(relativePath));
    if (const auto problem = checkSourceText(*bytes)) {
        report.error(problem->line, problem->message);
        return std::nullopt;
    }
    auto parsed = parseYaml(*bytes);
    if (const auto *problem = std::get_if<YamlProblem>(&parsed)) {
        report.error(problem->line, problem->message);
        return std::nullopt;
    }
    const ParsedYaml &yaml = std::get<ParsedYaml>(parsed);
    const YAML::Node &root = yaml.root;
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
    return YamlDocument{relativePath, displayPath(relativePath), absolutePath(relativePath), root,
                        yaml.aliases};
}

namespace {

// Files an editor or the system leaves beside the author's own: never content.
bool isEditorLeftover(const QString &name)
{
    return name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('~'));
}

QFileInfoList folderEntries(const QString &path)
{
    // System: pipes, devices and broken links too, so none is passed over without a word.
    return QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                        | QDir::System,
                                    QDir::Name);
}

} // namespace

// A content folder written as a file (or a link to one) would otherwise read as empty.
bool SourceTree::isFolderOrAbsent(const QString &folder)
{
    const QFileInfo info(absolutePath(folder));
    if (info.isDir() || (!info.exists() && !info.isSymLink()))
        return true;
    FileReporter(m_sink, displayPath(folder))
        .error(0, QStringLiteral("this should be the folder %1/, but it is not a folder").arg(folder));
    return false;
}

void SourceTree::reportUnread(const QString &relativePath, const QString &folder, bool isFolder,
                              const QString &expected)
{
    const FileReporter report(m_sink, displayPath(relativePath));
    if (isFolder) {
        report.error(0, QStringLiteral("this folder is not read: the files of %1/ must sit "
                                       "directly in it, not in a folder inside it; move them up")
                            .arg(folder));
        return;
    }
    const QString name = QFileInfo(relativePath).fileName();
    const bool misspeltYaml = name.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive)
                              || (name.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
                                  && !name.endsWith(QLatin1String(".yaml")));
    if (misspeltYaml) {
        report.error(0, QStringLiteral("this file is not read because content files must end in "
                                       ".yaml (lowercase); rename it"));
        return;
    }
    report.error(0, QStringLiteral("this file is not read: %1/ holds only %2; remove it or move "
                                   "it elsewhere")
                        .arg(folder, expected));
}

QList<YamlDocument> SourceTree::loadFolder(const QString &folder,
                                           const QStringList &companionExtensions,
                                           QStringList *companions)
{
    QString expected = QStringLiteral(".yaml files");
    if (!companionExtensions.isEmpty())
        expected += QStringLiteral(" and %1 files").arg(companionExtensions.join(QStringLiteral(" or ")));
    QList<YamlDocument> documents;
    if (!isFolderOrAbsent(folder))
        return documents;
    for (const QFileInfo &entry : folderEntries(absolutePath(folder))) {
        const QString name = entry.fileName();
        const QString relativePath = folder + QLatin1Char('/') + name;
        if (isEditorLeftover(name))
            continue;
        const auto isCompanion = [&](const QString &extension) { return name.endsWith(extension); };
        if (entry.isDir()) {
            reportUnread(relativePath, folder, true, expected);
        } else if (name.endsWith(QLatin1String(".yaml"))) {
            if (auto document = loadYaml(relativePath))
                documents.append(std::move(*document));
        } else if (companions && std::any_of(companionExtensions.cbegin(), companionExtensions.cend(), isCompanion)) {
            companions->append(relativePath);
        } else {
            reportUnread(relativePath, folder, false, expected);
        }
    }
    return documents;
}

void SourceTree::checkFolderHolds(const QString &folder, const QStringList &names)
{
    const QString expected = names.join(QStringLiteral(", "));
    if (!isFolderOrAbsent(folder))
        return;
    for (const QFileInfo &entry : folderEntries(absolutePath(folder))) {
        const QString name = entry.fileName();
        if (!isEditorLeftover(name) && (entry.isDir() || !names.contains(name)))
            reportUnread(folder + QLatin1Char('/') + name, folder, entry.isDir(), expected);
    }
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
