#pragma once

#include <QString>

namespace groundwork::platform {

// Where the app's package puts a file it ships beside the program (the content pack): beside the
// executable in a build tree, ../share/groundwork on Linux, the bundle's Resources on macOS, the
// bundle itself on iOS, the APK's assets on Android. The path that exists, or the first place
// looked at when none does (for the error message).
QString shippedFile(const QString &name);

} // namespace groundwork::platform
