#pragma once

// Hashing and hex encoding shared by every layer of flowdeskd.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace flowdesk::backend::crypto {

// Lower-case hex SHA-256 of data. Throws std::runtime_error when OpenSSL fails.
std::string sha256Hex(std::string_view data);
// Lower-case hex of raw bytes.
std::string toHex(std::string_view bytes);
// HMAC-SHA256 of data under key, as raw bytes.
std::string hmacSha256(std::string_view key, std::string_view data);
// Raw bytes of hex text (either case); nullopt when it is not hex.
std::optional<std::string> fromHex(std::string_view hex);
// `bytes` random bytes from the system generator, as hex.
std::string randomHex(std::size_t bytes);
// Compares in time independent of where the strings differ.
bool constantTimeEquals(const std::string &a, const std::string &b);

} // namespace flowdesk::backend::crypto
