#include "engine_json.h"
#include "payload.h"

#include <cstdio>

namespace flowdesk::backend::detail {

std::int64_t daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil.
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

namespace {

void civilFromDays(std::int64_t z, int &year, int &month, int &day)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0));
}

bool digits(const std::string &s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

std::optional<TimeMs> parseIsoTime(const std::string &text)
{
    int y = 0, mo = 0, d = 0;
    if (!digits(text, 0, 4, y) || text.size() < 10 || text[4] != '-' || !digits(text, 5, 2, mo) || text[7] != '-' ||
        !digits(text, 8, 2, d))
        return std::nullopt;
    // A day the calendar has: 2026-02-30 is no date (never 2 March).
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return std::nullopt;
    std::int64_t secs = daysFromCivil(y, mo, d) * 86400;
    if (text.size() == 10)
        return secs * 1000;
    int h = 0, mi = 0, s = 0;
    if ((text[10] != 'T' && text[10] != ' ') || !digits(text, 11, 2, h) || text.size() < 19 || text[13] != ':' ||
        !digits(text, 14, 2, mi) || text[16] != ':' || !digits(text, 17, 2, s))
        return std::nullopt;
    if (h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    secs += h * 3600 + mi * 60 + s;
    size_t pos = 19;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            ++pos;
    }
    if (pos == text.size() || text[pos] == 'Z')
        return secs * 1000;
    if (text[pos] == '+' || text[pos] == '-') {
        int oh = 0, om = 0;
        if (!digits(text, pos + 1, 2, oh) || pos + 6 > text.size() || text[pos + 3] != ':' ||
            !digits(text, pos + 4, 2, om))
            return std::nullopt;
        const int offset = oh * 3600 + om * 60;
        secs += text[pos] == '+' ? -offset : offset;
        return secs * 1000;
    }
    return std::nullopt;
}

std::string formatDate(TimeMs t)
{
    int y, m, d;
    civilFromDays(floorDiv(t, 86400000), y, m, d);
    char buf[48];  // room for any int year, month and day
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

std::string formatDateTime(TimeMs t)
{
    const std::int64_t days = floorDiv(t, 86400000);
    const std::int64_t rest = (t - days * 86400000) / 1000;
    int y, m, d;
    civilFromDays(days, y, m, d);
    char buf[80];  // room for any int year and the rest
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, static_cast<int>(rest / 3600),
                  static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    return buf;
}

std::string formatPeriod(TimeMs t)
{
    return formatDate(t).substr(0, 7);
}

std::string jsonEscape(const std::string &s)
{
    std::string out;
    out.reserve(s.size() + 8);
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out;
}

std::string jsonQuote(const std::string &s)
{
    return '"' + jsonEscape(s) + '"';
}

std::uint64_t mix64(std::uint64_t x)
{
    // splitmix64 finaliser
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::uint64_t hashString(const std::string &s, std::uint64_t seed)
{
    std::uint64_t h = 0xcbf29ce484222325ULL ^ mix64(seed);
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return mix64(h);
}

double unitHash(std::uint64_t a, std::uint64_t b, std::uint64_t c)
{
    const std::uint64_t h = mix64(mix64(mix64(a) ^ b) ^ c);
    return static_cast<double>(h >> 11) / 9007199254740992.0;
}

} // namespace flowdesk::backend::detail
