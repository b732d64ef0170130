#pragma once

// Secrets that the configuration names but never holds: the first line of a
// file, or an environment variable (the file first when both are given),
// without surrounding blanks. Empty counts as missing.

#include <optional>
#include <string>

namespace flowdesk::backend {

std::optional<std::string> readSecret(const std::string &file, const std::string &env);

} // namespace flowdesk::backend
