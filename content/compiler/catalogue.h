#pragma once

#include "context.h"

namespace groundwork::contentc {

// pack.yaml: the title and the author's version.
void readPackFile(CompileContext &context);
// catalogue/traps.yaml, catalogue/scenario-types.yaml and catalogue/dimensions.yaml.
void readCatalogue(CompileContext &context);

} // namespace groundwork::contentc
