#pragma once

#include <QString>

namespace groundwork::platform {

// Whether a graphical session is available before any GUI object is created. When it is not,
// `advice` receives a plain explanation of how to run the app anyway (for example under Xvfb).
bool hasDisplay(QString *advice);

} // namespace groundwork::platform
