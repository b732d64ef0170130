// The domain's policies for failures: the error signature that groups
// identical failures, the retry backoff, and the business impact that ranks
// exceptions.

#include "policy.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <tuple>

namespace flowdesk::backend {

namespace {

double eurRate(const std::string &currency)
{
    static const std::map<std::string, double> rates = {
        {"EUR", 1.0}, {"USD", 0.92}, {"GBP", 1.16}, {"PLN", 0.23}, {"MXN", 0.051}, {"CHF", 1.05}, {"CNY", 0.13},
    };
    auto it = rates.find(currency);
    return it == rates.end() ? 1.0 : it->second;
}

double objectWeight(const std::string &type)
{
    static const std::map<std::string, double> weights = {
        {"sales_order", 1.5},          {"shipment", 1.4},
        {"customer_invoice", 1.3},     {"bank_statement_line", 1.2},
        {"production_confirmation", 1.2}, {"advance_shipping_notice", 1.1},
        {"quality_inspection", 1.1},   {"purchase_order_ack", 1.0},
        {"bill_of_materials", 0.9},    {"downtime_event", 0.8},
        {"stock_level_batch", 0.7},
    };
    auto it = weights.find(type);
    return it == weights.end() ? 1.0 : it->second;
}

bool tokenChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '/' || c == '.' || c == ':' ||
           c == '#';
}

std::string normaliseToken(const std::string &token)
{
    bool hasDigit = false;
    bool numeric = true;
    for (char c : token) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            hasDigit = true;
        else if (!(c == '.' || c == ',' || c == '-' || c == '+' || c == ':'))
            numeric = false;
    }
    if (!hasDigit)
        return token;
    return numeric ? "<n>" : "<id>";
}

} // namespace

// ---------------------------------------------------------------------------
// Free functions

std::string firstVaryingValue(const std::string &message)
{
    const size_t n = message.size();
    size_t i = 0;
    while (i < n) {
        const char c = message[i];
        if (c == '"' || (c == '\'' && (i == 0 || !std::isalnum(static_cast<unsigned char>(message[i - 1]))))) {
            const size_t close = message.find(c, i + 1);
            if (close != std::string::npos &&
                (c == '"' || close + 1 >= n || !std::isalnum(static_cast<unsigned char>(message[close + 1]))))
                return message.substr(i + 1, close - i - 1);
        }
        if (tokenChar(c)) {
            size_t j = i;
            while (j < n && tokenChar(message[j]))
                ++j;
            // An index of a field path ("items[16].product") names no value.
            if (i > 0 && message[i - 1] == '[') {
                i = j;
                continue;
            }
            std::string token = message.substr(i, j - i);
            while (!token.empty() && (token.back() == '.' || token.back() == ':' || token.back() == ','))
                token.pop_back();
            if (!token.empty() && normaliseToken(token) != token)
                return token;
            i = j;
            continue;
        }
        ++i;
    }
    return {};
}

std::string errorSignature(const std::string &flowId, const std::string &code, const std::string &message)
{
    std::string out;
    out.reserve(message.size());
    const size_t n = message.size();
    size_t i = 0;
    bool lastSpace = false;
    while (i < n) {
        const char c = message[i];
        // A quoted value: "..." always, '...' only when it opens a word.
        if (c == '"' || (c == '\'' && (i == 0 || !std::isalnum(static_cast<unsigned char>(message[i - 1]))))) {
            const size_t close = message.find(c, i + 1);
            if (close != std::string::npos &&
                (c == '"' || close + 1 >= n || !std::isalnum(static_cast<unsigned char>(message[close + 1])))) {
                out += c;
                out += "<id>";
                out += c;
                i = close + 1;
                lastSpace = false;
                continue;
            }
        }
        if (tokenChar(c) || (c == ',' && i + 1 < n && i > 0 && std::isdigit(static_cast<unsigned char>(message[i - 1])) &&
                             std::isdigit(static_cast<unsigned char>(message[i + 1])))) {
            size_t j = i;
            while (j < n && (tokenChar(message[j]) ||
                             (message[j] == ',' && j + 1 < n && j > i &&
                              std::isdigit(static_cast<unsigned char>(message[j - 1])) &&
                              std::isdigit(static_cast<unsigned char>(message[j + 1])))))
                ++j;
            std::string token = message.substr(i, j - i);
            // Sentence punctuation is not part of the token.
            std::string trailing;
            while (!token.empty() && (token.back() == '.' || token.back() == ':' || token.back() == ',')) {
                trailing.insert(trailing.begin(), token.back());
                token.pop_back();
            }
            out += normaliseToken(token);
            out += trailing;
            i = j;
            lastSpace = false;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!lastSpace && !out.empty())
                out += ' ';
            lastSpace = true;
        } else {
            out += c;
            lastSpace = false;
        }
        ++i;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    std::string signature = flowId + "|" + code + "|" + out;
    if (signature.size() > kMaxSignatureBytes) {
        std::size_t end = kMaxSignatureBytes;
        // Never inside a UTF-8 sequence.
        while (end > 0 && (static_cast<unsigned char>(signature[end]) & 0xC0) == 0x80)
            --end;
        signature.resize(end);
    }
    return signature;
}

bool amountMinorInRange(std::int64_t minor)
{
    return minor <= kMaxAmountMinor && minor >= -kMaxAmountMinor;
}

std::optional<std::int64_t> amountMinorFromMajor(double major)
{
    const double minor = major * 100.0;
    if (!(std::fabs(minor) <= static_cast<double>(kMaxAmountMinor)))
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(minor));
}

std::string amountOutOfRange()
{
    return "amount out of range: at most " + std::to_string(kMaxAmountMinor / 100) + " in major units, either sign";
}

std::int64_t backoffDelayMs(const RetryPolicy &policy, int attempt, double scale)
{
    if (attempt < 1)
        attempt = 1;
    double delay = static_cast<double>(policy.initialBackoffMs);
    const double cap = static_cast<double>(std::max(policy.maxBackoffMs, policy.initialBackoffMs));
    for (int i = 1; i < attempt && delay < cap; ++i)
        delay *= policy.multiplier;
    delay = std::min(delay, cap) * scale;
    const auto ms = static_cast<std::int64_t>(std::llround(delay));
    return std::max<std::int64_t>(ms, policy.initialBackoffMs > 0 ? 1 : 0);
}

double impactScore(const Transaction &tx, TimeMs now)
{
    // Value at risk in EUR; objects without an amount still count for something.
    const double value = static_cast<double>(std::max<std::int64_t>(tx.amountMinor, 0)) / 100.0 * eurRate(tx.currency);
    const double base = value + 250.0;

    // Urgency from the nearest of due date and SLA deadline.
    TimeMs deadline = tx.slaDeadline;
    if (tx.dueAt > 0 && (deadline == 0 || tx.dueAt < deadline))
        deadline = tx.dueAt;
    double urgency = 1.0;
    if (deadline > 0) {
        const double hoursLeft = static_cast<double>(deadline - now) / 3600000.0;
        if (hoursLeft <= 0)
            urgency = 4.0 + std::min(2.0, -hoursLeft / 48.0);  // overdue, growing for two days... four
        else
            urgency = 1.0 + 3.0 / (1.0 + hoursLeft / 12.0);
    }
    const double score = base * urgency * objectWeight(tx.businessObjectType);
    // Rounded so that the ranking does not flicker on the last digits.
    return std::round(score * 100.0) / 100.0;
}

bool hasControlCharacter(std::string_view text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

std::optional<Violation> checkListedFields(const Transaction &t, const std::string &idempotencyKey)
{
    const std::tuple<const char *, const std::string *, std::size_t> fields[] = {
        {"business_key", &t.businessKey, kMaxKeyBytes},
        {"correlation_id", &t.correlationId, kMaxKeyBytes},
        {"idempotency_key", &idempotencyKey, kMaxKeyBytes},
        {"counterparty", &t.counterparty, kMaxKeyBytes},
        {"plant", &t.plant, kMaxCodeBytes},
        {"currency", &t.currency, kMaxCodeBytes},
        {"business_object_type", &t.businessObjectType, kMaxCodeBytes}};
    for (const auto &[field, value, maxBytes] : fields) {
        if (value->size() > maxBytes)
            return Violation{field, "longer than " + std::to_string(maxBytes) + " bytes", "FIELD_TOO_LONG"};
        if (hasControlCharacter(*value))
            return Violation{field, "holding control characters", "INVALID_ARGUMENT"};
    }
    return std::nullopt;
}

std::string cutForList(const std::string &text)
{
    if (text.size() <= kListTextBytes)
        return text;
    std::size_t end = kListTextBytes;
    // Never inside a UTF-8 sequence: back up over continuation bytes.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end) + "\xe2\x80\xa6";  // "…"
}

} // namespace flowdesk::backend
