#include "groundwork/platform/shippedfiles.h"

#include <QCoreApplication>
#include <QDir>

namespace groundwork::platform {

// An iOS bundle is flat: the executable and its resources sit side by side in Groundwork.app.
QString shippedFile(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace groundwork::platform
