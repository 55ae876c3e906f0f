#pragma once

// Marks the code whose instructions a benchmark counts: run it under
//   valgrind --tool=callgrind --collect-atstart=no
// and callgrind's "Collected" is what ran between the two toggles. Outside valgrind, or where
// its headers are missing, these do nothing.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define GROUNDWORK_COUNT_INSTRUCTIONS(...)                                                         \
    do {                                                                                           \
        CALLGRIND_TOGGLE_COLLECT;                                                                  \
        __VA_ARGS__;                                                                               \
        CALLGRIND_TOGGLE_COLLECT;                                                                  \
    } while (false)
#else
#define GROUNDWORK_COUNT_INSTRUCTIONS(...) __VA_ARGS__
#endif
