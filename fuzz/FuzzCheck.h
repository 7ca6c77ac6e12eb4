#pragma once

#include <cstdio>
#include <cstdlib>

// A broken invariant must end the run the way a crash does, under libFuzzer (which then saves the
// input) and under the replay driver (which fails its ctest test).
[[noreturn]] inline void fuzzCheckFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, condition);
    std::abort();
}

#define FUZZ_CHECK(condition) ((condition) ? void(0) : fuzzCheckFailed(#condition, __FILE__, __LINE__))
