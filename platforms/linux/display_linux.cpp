#include "groundwork/platform/display.h"

#include <QtGlobal>

namespace groundwork::platform {

bool hasDisplay(QString *advice)
{
    // An explicitly chosen platform plugin (offscreen, vnc, eglfs...) needs no display server.
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
        qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return true;
    if (advice) {
        *advice = QStringLiteral(
            "Groundwork needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY "
            "are not set).\n"
            "  - On a desktop, start it from a terminal inside your graphical session.\n"
            "  - On a server or over SSH, run it under a virtual display:\n"
            "        xvfb-run -a -s '-screen 0 1280x800x24' %1\n"
            "  - Or render without any display: QT_QPA_PLATFORM=offscreen %1\n");
    }
    return false;
}

} // namespace groundwork::platform
