#include "groundwork/platform/display.h"

namespace groundwork::platform {

// This system always runs apps inside its own graphical session.
bool hasDisplay(QString *)
{
    return true;
}

} // namespace groundwork::platform
