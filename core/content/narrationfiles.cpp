#include "content/narrationfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace groundwork::core {

namespace {

// Content versions look like "2026.11.0+3f9a2c1d"; keep only characters safe in a folder name.
QString folderNameFor(const QString &contentVersion)
{
    QString name;
    for (const QChar c : contentVersion)
        name += (c.isLetterOrNumber() || c == u'.' || c == u'-') ? c : u'_';
    return name.isEmpty() ? QStringLiteral("unversioned") : name;
}

bool copyAtomically(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return false;
    QSaveFile target(to);
    if (!target.open(QIODevice::WriteOnly))
        return false;
    target.write(source.readAll());
    return target.commit();
}

} // namespace

NarrationFiles::NarrationFiles(QString resourceRoot, QString cacheDir, QString contentVersion)
    : m_resourceRoot(std::move(resourceRoot)),
      m_cacheDir(QDir(cacheDir).filePath(folderNameFor(contentVersion)))
{
}

QUrl NarrationFiles::playableUrl(const QString &packRelativeFile) const
{
    if (packRelativeFile.isEmpty() || packRelativeFile.contains(QLatin1String("..")))
        return {};
    const QString source = m_resourceRoot + QLatin1Char('/') + packRelativeFile;
    const QString target = QDir(m_cacheDir).filePath(packRelativeFile);
    const QFileInfo cached(target);
    if (!cached.exists() || cached.size() != QFileInfo(source).size()) {
        if (!QFileInfo::exists(source) || !QDir().mkpath(cached.absolutePath()) ||
            !copyAtomically(source, target))
            return {};
    }
    return QUrl::fromLocalFile(target);
}

} // namespace groundwork::core
