#pragma once

// What the fuzz targets share: an input is one or more parts separated by the
// byte 0xFF (never part of UTF-8 text, so a plain JSON or YAML file is one part).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

// UBSan: every report ends the run, except those fuzz/ubsan.supp names (the
// targets are built with recoverable checks so that suppressions apply).
extern "C" const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1:suppressions=" FLOWDESK_FUZZ_UBSAN_SUPP;
}

// LeakSanitizer: RapidJSON 1.1 keeps the pointer to a string's copy in the
// upper bits of a value (its 48-bit pointer packing), so the enum values a
// compiled schema holds for as long as it lives look unreachable.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:rapidjson::internal::Schema*::AddUniqueElement\n";
}

namespace fuzzinput {

inline std::vector<std::string> parts(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::string> out(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0xFF)
            out.emplace_back();
        else
            out.back().push_back(static_cast<char>(data[i]));
    }
    return out;
}

// A finding the sanitizers cannot see: a broken promise of the code under test.
[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "fuzz: %s\n", what);
    std::abort();
}

} // namespace fuzzinput
