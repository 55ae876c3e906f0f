#include "groundwork/platform/shippedfiles.h"

namespace groundwork::platform {

// The APK's assets (app.cmake copies the file into the package's assets folder); Qt reads the
// assets:/ scheme like a read-only folder.
QString shippedFile(const QString &name)
{
    return QStringLiteral("assets:/") + name;
}

} // namespace groundwork::platform
