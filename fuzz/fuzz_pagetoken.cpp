// Page tokens as clients send them back: ListTransactions (every order),
// ListAuditEntries and ListStuck over a store with a few rows. Besides tokens
// as they come, the input is also sealed the way the store seals its own
// tokens, and put after the prefix of a real token (kind, order, filter), so
// that what lies behind the checksum is reached too.
//
// Input: mode byte, then the token text.

#include "fuzzinput.h"
#include "store.h"
#include "store_p.h"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>

using namespace flowdesk::backend;
using namespace flowdesk::backend::store_detail;

namespace {

Store *store;
constexpr TxOrder kOrders[] = {TxOrder::ImpactDesc, TxOrder::CreatedAsc, TxOrder::CreatedDesc, TxOrder::AmountDesc,
                               TxOrder::DueAsc,     TxOrder::FlowAsc,    TxOrder::IdAsc};
constexpr TimeMs kNow = 1'780'000'000'000;

// The prefix of a real token: everything up to and including the last '|'.
std::string prefixOf(const std::string &token)
{
    if (token.empty())
        std::abort();
    auto parts = openToken(token);
    parts.pop_back();
    std::string out;
    for (const auto &p : parts)
        out += p + "|";
    return out;
}

std::string txPrefix[std::size(kOrders)];
std::string auditPrefix;
std::string stuckPrefix;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    char dir[] = "/tmp/flowdesk-fuzz-pagetoken-XXXXXX";
    if (!mkdtemp(dir))
        std::abort();
    std::string error;
    store = Store::open(dir, &error).release();
    if (!store) {
        std::fprintf(stderr, "fuzz_pagetoken: %s\n", error.c_str());
        std::abort();
    }
    store->write([](WriteTxn &w) {
        for (int i = 0; i < 6; ++i) {
            Transaction t;
            t.flowId = i % 2 ? "crm-quote-to-order" : "invoice-posting";
            t.state = i % 3 ? TxState::Failed : TxState::Received;
            t.version = 1;
            t.businessKey = "KEY-" + std::to_string(i);
            t.correlationId = t.businessKey;
            t.plant = "DE01";
            t.domain = "sales";
            t.payloadJson = "{}";
            t.originalPayloadJson = "{}";
            t.createdAt = kNow - 3'600'000 * (i + 1);
            t.updatedAt = t.createdAt;
            t.slaDeadline = t.createdAt + 60'000;
            t.amountMinor = 1000 * i;
            t.impactScore = 0.5 * i;
            t.id = w.insertTransaction(t);
            AuditEntry a;
            a.at = t.createdAt;
            a.actor = "admin";
            a.action = "fuzz.seed";
            a.targetType = "transaction";
            a.targetId = std::to_string(t.id);
            w.appendAudit(a);
        }
    });
    for (std::size_t i = 0; i < std::size(kOrders); ++i)
        txPrefix[i] = prefixOf(store->listTransactions({}, kOrders[i], 1, {}).nextPageToken);
    auditPrefix = prefixOf(store->listAudit({}, 1, {}).nextPageToken);
    stuckPrefix = prefixOf(store->listStuck({}, kNow, 1, {}).nextPageToken);
    std::filesystem::remove_all(dir);  // the open database lives on until the process ends
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0];
    const std::string text(reinterpret_cast<const char *>(data + 1), size - 1);
    const std::size_t order = (mode >> 3) % std::size(kOrders);
    std::string token;
    switch (mode & 7) {
    case 0: case 1: token = text; break;
    case 2: token = sealToken(text); break;
    case 3: case 4: token = sealToken(txPrefix[order] + text); break;
    case 5: token = sealToken(auditPrefix + text); break;
    default: token = sealToken(stuckPrefix + text); break;
    }
    try {
        switch (mode & 7) {
        case 5: (void)store->listAudit({}, 2, token); break;
        case 6: case 7: (void)store->listStuck({}, kNow, 2, token); break;
        default: (void)store->listTransactions({}, kOrders[order], 2, token); break;
        }
    } catch (const StoreError &e) {
        if (e.kind() != StoreError::Kind::InvalidArgument)
            fuzzinput::broken("a page token caused a storage error rather than an invalid argument");
    }
    return 0;
}
