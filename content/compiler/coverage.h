#pragma once

#include "compiler.h"

namespace groundwork::contentc {

Coverage computeCoverage(const groundwork::content::v1::ContentPack &pack);

} // namespace groundwork::contentc
