// libFuzzer executable for the JSON → DTO layer (see FuzzTargets.h and tests/fuzz/README.md).

#include "FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        return hexclave::fuzz::fuzzDto(data, size);
    } catch (const hexclave::fuzz::Failure &failure) {
        // Not a crash, but a bug all the same: say what, then stop like a crash (the input is kept).
        std::fprintf(stderr, "==FUZZ FAILURE== %s\n", qPrintable(failure.message));
        std::abort();
    }
}
