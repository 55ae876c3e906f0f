#include "groundwork/platform/shippedfiles.h"

#include <QCoreApplication>
#include <QDir>

namespace groundwork::platform {

// Groundwork.app/Contents/MacOS/groundwork finds its files in Contents/Resources (app.cmake puts
// them there).
QString shippedFile(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("../Resources/") + name);
}

} // namespace groundwork::platform
