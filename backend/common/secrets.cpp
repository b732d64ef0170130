#include "secrets.h"

#include "platform.h"

#include <cstdlib>
#include <fstream>

namespace flowdesk::backend {

namespace {

std::string trimmed(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return std::string();
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

} // namespace

std::optional<std::string> readSecret(const std::string &file, const std::string &env)
{
    if (!file.empty()) {
        std::ifstream in(platform::pathFromUtf8(file));
        std::string line;
        if (in && std::getline(in, line)) {
            line = trimmed(line);
            if (!line.empty())
                return line;
        }
    }
    if (!env.empty()) {
        if (const char *value = std::getenv(env.c_str())) {
            std::string text = trimmed(value);
            if (!text.empty())
                return text;
        }
    }
    return std::nullopt;
}

} // namespace flowdesk::backend
