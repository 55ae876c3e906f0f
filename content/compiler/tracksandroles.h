#pragma once

#include "context.h"

namespace groundwork::contentc {

void readTracks(CompileContext &context);
void readRoles(CompileContext &context);

} // namespace groundwork::contentc
