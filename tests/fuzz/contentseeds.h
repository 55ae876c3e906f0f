#pragma once
// Seeds of content_compiler_fuzzer (contentinput.h trees): the test suite's baseline tree, the
// shipped content (the catalogue with one lesson, drill, track or role at a time, so each seed
// stays small), and the broken trees of issue 17, one input class each. Read from the checkout
// at run time, so they follow the content as it changes.
#include "seeds.h"

#include <vector>

namespace groundwork::contentc::fuzz {

std::vector<groundwork::sync::fuzz::Seed> compilerSeeds();

} // namespace groundwork::contentc::fuzz
