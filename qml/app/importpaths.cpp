#include "importpaths.h"

#include <QFileInfo>

namespace groundwork::app {

QStringList qmlImportPaths(const QStringList &defaults, const QString &installedQml)
{
    const bool onDisk = !installedQml.isEmpty() && QFileInfo::exists(installedQml + QStringLiteral("/QtQuick/qmldir"));
    QStringList paths{QStringLiteral("qrc:/qt/qml")};
    if (onDisk)
        paths << installedQml;
    for (const QString &path : defaults) {
        const bool builtInCopies = path == QLatin1String("qrc:/qt-project.org/imports");
        if (!paths.contains(path) && !(onDisk && builtInCopies))
            paths << path;
    }
    return paths;
}

} // namespace groundwork::app
