#include "groundwork/platform/shippedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace groundwork::platform {

// A build tree and Windows keep it beside the executable; an installed Linux package (and a
// Flatpak) under <prefix>/share/groundwork, next to <prefix>/bin.
QString shippedFile(const QString &name)
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {name, QStringLiteral("../share/groundwork/") + name}) {
        if (QFileInfo::exists(appDir.filePath(candidate)))
            return appDir.filePath(candidate);
    }
    return appDir.filePath(name);
}

} // namespace groundwork::platform
