#pragma once

// The fuzzing entry points, shared by the libFuzzer executables (tests/fuzz/*Main.cpp, clang
// with -DHEXCLAVE_BUILD_FUZZERS=ON) and by tst_FuzzRegressions, which replays the corpora and
// the crash inputs kept in tests/fuzz/ in every normal build.

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace hexclave::fuzz {

// What an entry point throws when it finds a bug that is not a crash (a round trip that
// disagrees, an exception the app would not catch). Deliberately not a std::exception, so that no
// `catch (const std::exception &)` of the code under test can swallow it; under libFuzzer it ends
// the run like a crash does.
struct Failure
{
    QString message;
};

// The JSON → DTO layer. The first byte chooses the answer's type (dtoTargetNames()[byte % count]);
// the rest is the response body, parsed as the app parses it (parseJson<T> caught as Job<T>
// does, errorFromResponse, readNextCursor, ConfigTree and what the pages read from it, …).
int fuzzDto(const std::uint8_t *data, std::size_t size);
// The names of the DTO selectors in selector order (the corpus seeds depend on this order:
// append new ones at the end).
QStringList dtoTargetNames();

// The hexclave.config.ts parser: parse; when it parses, write and parse again, which must give
// the same file back.
int fuzzConfigFile(const std::uint8_t *data, std::size_t size);

} // namespace hexclave::fuzz
