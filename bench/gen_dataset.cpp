// Generates the standard data set of the performance targets into a flowdeskd
// data folder: by default 1,000,000 transactions over 30 days on the 12 demo
// flows and 4 plants, 5 % of them FAILED (50,000 exceptions with realistic error
// signatures) and 1,000 stuck past their SLA, the rest delivered. With a
// postgresql:// URI in place of the folder, into that (empty) database.
//
//   gen_dataset --data DIR|postgresql://... [--count N] [--seed N]

#include "catalogue.h"
#include "engine.h"
#include "store.h"

#include "benchutil.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace flowdesk::backend;

using namespace flowdesk::bench;

namespace {

struct ErrorTemplate {
    ErrorCategory category;
    const char *code;
    const char *message;  // %s: an id
};

const ErrorTemplate kErrors[] = {
    {ErrorCategory::MasterData, "UNKNOWN_CUSTOMER", "Customer %s does not exist in Odoo"},
    {ErrorCategory::MasterData, "UNKNOWN_PRODUCT", "Product %s is not active in company 1"},
    {ErrorCategory::MasterData, "UNKNOWN_UOM", "Unit of measure '%s' is not defined"},
    {ErrorCategory::MasterData, "UNMAPPED_SUPPLIER", "No supplier mapping for partner %s"},
    {ErrorCategory::BusinessState, "CREDIT_HOLD", "Customer %s is on credit hold"},
    {ErrorCategory::BusinessState, "PERIOD_CLOSED", "Fiscal period %s is closed"},
    {ErrorCategory::BusinessState, "ORDER_CLOSED", "Order %s is already closed"},
    {ErrorCategory::Validation, "SCHEMA_VIOLATION", "Field /lines/0/quantity must be > 0 (got %s)"},
    {ErrorCategory::Duplicate, "DUPLICATE_DOCUMENT", "Document %s already exists"},
    {ErrorCategory::Connectivity, "TIMEOUT", "Target did not answer within 30 s (request %s)"},
    {ErrorCategory::Authentication, "TOKEN_EXPIRED", "API key for %s expired"},
};

const char *kPlants[] = {"DE01", "FR01", "PL01", "MX01"};
const char *kCurrencies[] = {"EUR", "EUR", "EUR", "USD", "PLN", "MXN"};
const char *kCustomers[] = {"Brandt Maschinenbau GmbH", "Lyon Hydraulique SA", "Kowalski Automotive",
                            "Industrias Poblanas", "Nordlicht Anlagen AG", "Atelier Rhône SARL",
                            "Vistula Components", "Aceros del Bajío", "Hansa Antriebe KG",
                            "Delta Motion BV"};

} // namespace

int main(int argc, char **argv)
{
    const std::string dir = argStr(argc, argv, "--data");
    if (dir.empty()) {
        std::fprintf(stderr, "usage: gen_dataset --data DIR|postgresql://... [--count N] [--seed N]\n");
        return 2;
    }
    const int count = argInt(argc, argv, "--count", 1000000);
    const int seed = argInt(argc, argv, "--seed", 1);
    const int failedCount = count / 20;
    const int stuckCount = count >= 1000000 ? 1000 : std::max(1, count / 1000);

    std::string error;
    auto store = Store::open(dir, &error);
    if (!store) {
        std::fprintf(stderr, "gen_dataset: %s\n", error.c_str());
        return 1;
    }

    const auto flows = demoFlows();
    const auto connectors = demoConnectors();
    store->write([&](WriteTxn &w) {
        for (const auto &f : flows)
            w.upsertFlow(f);
        for (const auto &c : connectors)
            w.upsertConnector(c);
    });

    std::mt19937_64 rng(seed);
    const TimeMs now = flowdesk::backend::Clock::system().now();
    const TimeMs span = 30LL * 24 * 3600 * 1000;
    // Which rows fail and which are stuck: spread evenly, deterministic.
    std::vector<char> kind(count, 0);  // 0 delivered, 1 failed, 2 stuck
    {
        std::vector<int> idx(count);
        for (int i = 0; i < count; ++i)
            idx[i] = i;
        std::shuffle(idx.begin(), idx.end(), rng);
        for (int i = 0; i < failedCount; ++i)
            kind[idx[i]] = 1;
        for (int i = failedCount; i < failedCount + stuckCount; ++i)
            kind[idx[i]] = 2;
    }

    const auto t0 = std::chrono::steady_clock::now();
    const int batch = 20000;
    char buf[512];
    for (int start = 0; start < count; start += batch) {
        const int end = std::min(count, start + batch);
        store->write([&](WriteTxn &w) {
            for (int i = start; i < end; ++i) {
                const FlowDef &flow = flows[rng() % flows.size()];
                Transaction t;
                t.flowId = flow.id;
                t.domain = flow.domain;
                t.sourceSystem = flow.sourceSystem;
                t.targetSystem = flow.targetSystem;
                t.businessObjectType = flow.businessObjectType;
                t.plant = kPlants[rng() % 4];
                t.currency = kCurrencies[rng() % 6];
                t.counterparty = kCustomers[rng() % 10];
                t.amountMinor = static_cast<std::int64_t>(rng() % 25000000) + 5000;
                // Stuck rows are recent enough to be open, past their SLA.
                t.createdAt = kind[i] == 2 ? now - flow.slaSeconds * 1000 - static_cast<TimeMs>(rng() % 3600000)
                                           : now - span + static_cast<TimeMs>(i) * (span / count);
                t.updatedAt = t.createdAt;
                t.slaDeadline = t.createdAt + flow.slaSeconds * 1000;
                t.dueAt = t.createdAt + static_cast<TimeMs>(1 + rng() % 21) * 24 * 3600 * 1000;
                std::snprintf(buf, sizeof buf, "SO2026-%07d", i + 1);
                t.businessKey = buf;
                std::snprintf(buf, sizeof buf, "COR-%07d", (i + 1) / 5 + 1);
                t.correlationId = buf;
                std::snprintf(buf, sizeof buf, "gen-%d-%d", seed, i);
                t.idempotencyKey = buf;
                std::snprintf(buf, sizeof buf,
                              "{\"order_ref\":\"SO2026-%07d\",\"customer\":\"C-%05d\",\"currency\":\"%s\","
                              "\"lines\":[{\"product\":\"P-%05d\",\"quantity\":%d,\"uom\":\"pcs\",\"price\":%d.00}]}",
                              i + 1, static_cast<int>(rng() % 5000), t.currency.c_str(),
                              static_cast<int>(rng() % 20000), static_cast<int>(1 + rng() % 200),
                              static_cast<int>(1 + rng() % 5000));
                t.payloadJson = buf;
                t.originalPayloadJson = buf;
                t.attempts = 1;
                if (kind[i] == 0) {
                    t.state = TxState::Delivered;
                    t.deliveredAt = t.createdAt + static_cast<TimeMs>(50 + rng() % 4000);
                    t.updatedAt = t.deliveredAt;
                } else {
                    const ErrorTemplate &e = kErrors[rng() % (sizeof kErrors / sizeof kErrors[0])];
                    std::snprintf(buf, sizeof buf, "C-%05d", static_cast<int>(rng() % 5000));
                    char msg[256];
                    std::snprintf(msg, sizeof msg, e.message, buf);
                    t.error.category = e.category;
                    t.error.code = e.code;
                    t.error.message = msg;
                    t.error.signature = errorSignature(flow.id, e.code, msg);
                    t.error.targetResponse = std::string("HTTP/1.1 400 Bad Request\n{\"error\":{\"code\":\"") + e.code
                        + "\",\"message\":\"" + msg + "\"}}";
                    t.error.at = t.createdAt + 1000;
                    if (kind[i] == 1) {
                        t.state = TxState::Failed;
                        t.triage = TriageStatus::New;
                        t.attempts = isRetryable(e.category) ? flow.retry.maxAttempts : 1;
                    } else {
                        t.state = TxState::RetryScheduled;
                        t.nextAttemptAt = now + 3600 * 1000;
                        t.attempts = 2;
                    }
                    t.impactScore = impactScore(t, now);
                }
                w.insertTransaction(t);
            }
        });
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("generated %d transactions (%d failed, %d stuck) in %.1f s (%.0f/s) into %s\n", count,
                failedCount, stuckCount, secs, count / secs, store->path().c_str());
    return 0;
}
