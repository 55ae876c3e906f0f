#pragma once

#include "context.h"

namespace groundwork::contentc {

void readDrills(CompileContext &context);

} // namespace groundwork::contentc
