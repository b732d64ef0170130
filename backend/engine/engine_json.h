#pragma once

// Small utilities shared by the engine, the simulated targets and the demo
// traffic: calendar dates, JSON string escaping and deterministic hashing.

#include "domain.h"

#include <cstdint>
#include <optional>
#include <string>

namespace flowdesk::backend::detail {

// "2026-11-25" (midnight UTC) or "2026-11-25T08:15:00Z" / "...+01:00".
std::optional<TimeMs> parseIsoTime(const std::string &text);
std::string formatDate(TimeMs t);      // "2026-11-25"
std::string formatDateTime(TimeMs t);  // "2026-11-25T08:15:00Z"
std::string formatPeriod(TimeMs t);    // "2026-11"
// Days since the epoch of a civil date (proleptic Gregorian).
std::int64_t daysFromCivil(int year, int month, int day);

std::string jsonEscape(const std::string &s);
std::string jsonQuote(const std::string &s);  // escaped and in double quotes

std::uint64_t mix64(std::uint64_t x);
std::uint64_t hashString(const std::string &s, std::uint64_t seed = 0);
// A deterministic number in [0, 1) from the given keys.
double unitHash(std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0);

} // namespace flowdesk::backend::detail
