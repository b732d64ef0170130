#include "traffic.h"

#include "demo_rules.h"
#include "engine.h"
#include "engine_json.h"
#include "store.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <mutex>
#include <queue>
#include <random>
#include <thread>

namespace flowdesk::backend {

using detail::formatDate;
using detail::formatDateTime;
using detail::jsonQuote;

namespace {

constexpr TimeMs kHourMs = 3600 * 1000;
constexpr TimeMs kDayMs = 24 * kHourMs;

const char *const kPlants[] = {"DE01", "FR01", "PL01", "MX01"};

// The next number of a document series ("SO", "INV"...) below `modulo`. Numbers
// stay unique within a process whichever generator draws them, and a restarted
// process continues elsewhere in the range (the start comes from the clock).
// Numbers below 4000 are never drawn: the demo master data uses them for
// documents that already exist or are closed.
std::int64_t nextNumber(const char *series, std::int64_t modulo)
{
    static std::mutex mutex;
    static std::map<std::string, std::int64_t> counters;
    constexpr std::int64_t kReserved = 4000;
    std::lock_guard lock(mutex);
    auto it = counters.find(series);
    if (it == counters.end())
        it = counters.emplace(series, Clock::system().now() / 1000).first;
    const std::int64_t value = it->second++;
    return kReserved + value % (modulo - kReserved);
}

std::string fmt2(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string padded(std::int64_t v, int width)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%0*lld", width, static_cast<long long>(v));
    return buf;
}

int yearOf(TimeMs t)
{
    return std::stoi(formatDate(t).substr(0, 4));
}

// A JSON object written member by member.
class Obj {
public:
    Obj &raw(const char *key, const std::string &json)
    {
        if (!m_first)
            m_s += ',';
        m_first = false;
        m_s += jsonQuote(key);
        m_s += ':';
        m_s += json;
        return *this;
    }
    Obj &str(const char *key, const std::string &v) { return raw(key, jsonQuote(v)); }
    Obj &money(const char *key, double v) { return raw(key, fmt2(v)); }
    Obj &integer(const char *key, std::int64_t v) { return raw(key, std::to_string(v)); }
    Obj &number(const char *key, double v)
    {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.10g", v);
        return raw(key, buf);
    }
    Obj &boolean(const char *key, bool v) { return raw(key, v ? "true" : "false"); }
    std::string done() const { return m_s + "}"; }

private:
    std::string m_s = "{";
    bool m_first = true;
};

std::string arr(const std::vector<std::string> &items)
{
    std::string s = "[";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            s += ',';
        s += items[i];
    }
    return s + "]";
}

double rateFromEur(const std::string &currency)
{
    if (currency == "PLN")
        return 4.30;
    if (currency == "MXN")
        return 19.6;
    if (currency == "USD")
        return 1.08;
    if (currency == "GBP")
        return 0.86;
    return 1.0;
}

const char *plantOfCountry(const std::string &country)
{
    if (country == "FR" || country == "IT" || country == "GB")
        return "FR01";
    if (country == "PL" || country == "SE")
        return "PL01";
    if (country == "MX" || country == "US")
        return "MX01";
    return "DE01";
}

struct Step {
    TimeMs at = 0;
    Submission submission;
};

struct Line {
    const DemoProduct *product = nullptr;
    double quantity = 0;
    std::string uom;
    double price = 0;  // in the document currency
};

// The business-object generator shared by the live simulator and history seeding.
class Generator {
public:
    Generator(std::uint64_t seed, double timeCompression) : m_rng(seed), m_compress(timeCompression)
    {
        const TimeMs now = Clock::system().now();
        m_run = std::to_string(now % 100000000) + "-" + std::to_string(seed);
        // A price-book import into the CRM gave the piece goods the unit "EA",
        // which Odoo does not know, eight days ago; sales operations corrected
        // the price book two hours ago, but the orders taken in between wait
        // for a fix.
        m_eaFrom = now - 8 * kDayMs;
        m_eaUntil = now - 2 * kHourMs;
    }

    // Starts one business object at t; returns its steps, the first at t.
    std::vector<Step> story(TimeMs t)
    {
        std::vector<Step> steps;
        const double r = uniform();
        if (r < 0.42)
            salesStory(t, steps);
        else if (r < 0.57)
            procurementStory(t, steps);
        else if (r < 0.70)
            steps.push_back({t, productionConfirmation(t, pickPlant(), {}, nullptr, 0)});
        else if (r < 0.82)
            steps.push_back({t, downtime(t)});
        else if (r < 0.88)
            steps.push_back({t, inspection(t, pickPlant(), {}, nullptr)});
        else if (r < 0.91)
            steps.push_back({t, bom(t)});
        else
            steps.push_back({t, stockBatch(t)});
        return steps;
    }

private:
    std::mt19937_64 m_rng;
    double m_compress;
    std::string m_run;
    std::int64_t m_keys = 0;
    TimeMs m_eaFrom = 0;
    std::uint64_t m_crmQuotes = 0;
    TimeMs m_eaUntil = 0;

    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    template <class T> const T &pick(const std::vector<T> &v) { return v[static_cast<size_t>(between(0, static_cast<int>(v.size()) - 1))]; }
    std::string pickPlant() { return kPlants[between(0, 3)]; }
    TimeMs later(TimeMs minMs, TimeMs maxMs)
    {
        const double v = static_cast<double>(minMs) + uniform() * static_cast<double>(maxMs - minMs);
        return static_cast<TimeMs>(v * m_compress);
    }
    std::string key(const std::string &source) { return source + "-" + m_run + "-" + std::to_string(++m_keys); }

    // Picks a fault with the given per-transaction probability from the weighted list.
    std::string fault(double probability, const std::vector<std::pair<const char *, double>> &weighted)
    {
        if (uniform() >= probability)
            return {};
        double total = 0;
        for (const auto &w : weighted)
            total += w.second;
        double x = uniform() * total;
        for (const auto &w : weighted) {
            if (x < w.second)
                return w.first;
            x -= w.second;
        }
        return weighted.back().first;
    }

    const DemoCustomer &goodCustomer()
    {
        for (;;) {
            const auto &c = pick(DemoMasterData::customers());
            if (!c.creditHold && c.creditLimit - c.openExposure > 30000 * rateFromEur(c.currency) * 0.5)
                return c;
        }
    }
    const DemoCustomer &customerOnHold()
    {
        for (;;) {
            const auto &c = pick(DemoMasterData::customers());
            if (c.creditHold)
                return c;
        }
    }
    std::string unknownCustomerCode()
    {
        static const std::vector<std::string> codes = {"C-10442", "C-10873", "C-19021", "C-10210", "C-11007"};
        return pick(codes);
    }
    std::string unknownUom()
    {
        static const std::vector<std::string> uoms = {"Stk", "EA", "C62", "pc.", "Units"};
        return pick(uoms);
    }

    std::vector<Line> orderLines(const std::string &currency, double maxTotal)
    {
        std::vector<Line> lines;
        const int n = between(1, 5);
        double total = 0;
        for (int i = 0; i < n; ++i) {
            Line l;
            l.product = &pick(DemoMasterData::products());
            if (std::any_of(lines.begin(), lines.end(), [&](const Line &o) { return o.product == l.product; }))
                continue;
            l.uom = l.product->uom;
            if (l.product->price > 500)
                l.quantity = between(1, 6);
            else if (l.product->price > 20)
                l.quantity = between(2, 40);
            else
                l.quantity = between(5, 80) * 10;
            l.price = std::round(l.product->price * rateFromEur(currency) * 100.0) / 100.0;
            if (total + l.quantity * l.price > maxTotal && !lines.empty())
                break;
            total += l.quantity * l.price;
            lines.push_back(l);
        }
        return lines;
    }

    static double sum(const std::vector<Line> &lines)
    {
        double s = 0;
        for (const auto &l : lines)
            s += std::round(l.quantity * l.price * 100.0) / 100.0;
        return std::round(s * 100.0) / 100.0;
    }

    static std::string pricedLines(const std::vector<Line> &lines, bool withLineNo, const char *extraKey = nullptr,
                                   double extraValue = 0)
    {
        std::vector<std::string> items;
        int no = 0;
        for (const auto &l : lines) {
            Obj o;
            if (withLineNo)
                o.integer("line_no", ++no);
            o.str("product", l.product->code).number("quantity", l.quantity).str("uom", l.uom).money("price", l.price);
            if (extraKey)
                o.number(extraKey, extraValue);
            items.push_back(o.done());
        }
        return arr(items);
    }

    // ---- the sales order and what follows it ----

    void salesStory(TimeMs t, std::vector<Step> &steps)
    {
        const bool fromShop = uniform() < 0.35;
        const std::string flowId = fromShop ? "shopify-order-import" : "crm-quote-to-order";
        std::string f = fault(0.052, {{"unknown_customer", 40}, {"unknown_uom", 14}, {"credit_hold", 14},
                                      {"credit_limit", 4}, {"bad_dates", 7}, {"total_mismatch", 7},
                                      {"duplicate", 9}, {"unknown_product", 5}});
        // Sales reps quote prospects before Odoo has them as customers: one CRM
        // quote in 40 names a customer Odoo does not know yet, whenever the demo starts.
        if (!fromShop && f.empty() && ++m_crmQuotes % 40 == 0)
            f = "unknown_customer";
        const DemoCustomer *customer = &goodCustomer();
        if (f == "credit_hold")
            customer = &customerOnHold();
        const std::string currency = customer->currency;
        const double available = customer->creditLimit - customer->openExposure;
        auto lines = orderLines(currency, std::min(available * 0.8, 60000.0 * rateFromEur(currency)));
        if (f == "credit_limit") {
            for (const auto &c : DemoMasterData::customers())
                if (c.code == "C-10016")
                    customer = &c;
            lines = {{&DemoMasterData::products()[15], 4, "pcs", 3150.00}};
        }
        std::string customerCode = f == "unknown_customer" ? unknownCustomerCode() : customer->code;
        if (f == "unknown_uom")
            lines.front().uom = unknownUom();
        // Piece goods in the CRM's price book said "EA" for a while.
        bool eaLines = false;
        if (!fromShop && f.empty() && t >= m_eaFrom && t < m_eaUntil) {
            for (auto &l : lines)
                if (l.uom == "pcs") {
                    l.uom = "EA";
                    eaLines = true;
                }
        }
        const int year = yearOf(t);
        std::string orderNumber = "SO" + std::to_string(year) + "-" + padded(nextNumber("SO", 1000000), 6);
        if (f == "duplicate")
            orderNumber = fromShop ? "SO2026-000131" : (uniform() < 0.5 ? "SO2026-000105" : "SO2026-000112");
        const std::string plant = plantOfCountry(customer->country);
        double total = sum(lines);
        const double stated = f == "total_mismatch" ? total + between(1, 40) * 10.0 : total;
        std::string linesJson;
        if (f == "unknown_product") {
            auto extra = lines;
            static DemoProduct retired{"P-0987", "Retired pump HP-150", "pcs", 990.0, 15.0};
            extra.push_back({&retired, 2, "pcs", 990.0 * rateFromEur(currency)});
            linesJson = pricedLines(extra, true);
        } else {
            linesJson = pricedLines(lines, true);
        }
        const TimeMs requested = t + between(5, 30) * kDayMs;

        Obj o;
        o.str("order_number", orderNumber);
        if (fromShop) {
            o.integer("shopify_order_id", 5100000000LL + nextNumber("SHOPIFY", 100000000));
            o.raw("customer", Obj().str("code", customerCode).str("name", customer->name).str("email", customer->email)
                                  .str("phone", customer->phone).done());
            o.str("created_at", formatDateTime(t)).str("ship_by", formatDate(requested));
            o.str("currency", currency).str("plant", plant).str("financial_status", uniform() < 0.8 ? "paid" : "authorized");
            o.raw("shipping_address", Obj().str("name", customer->name).str("street", customer->street)
                                          .str("city", customer->city).str("postal_code", customer->postalCode)
                                          .str("country", customer->country).done());
        } else {
            o.str("quote_number", "Q-" + std::to_string(year) + "-" + padded(nextNumber("Q", 100000), 5));
            o.raw("customer", Obj().str("code", customerCode).str("name", customer->name)
                                  .raw("contact", Obj().str("name", "Purchasing").str("email", customer->email)
                                                      .str("phone", customer->phone).done())
                                  .done());
            o.str("order_date", formatDate(f == "bad_dates" ? t + 3 * kDayMs : t));
            o.str("requested_date", formatDate(f == "bad_dates" ? t - kDayMs : requested));
            o.str("currency", currency).str("plant", plant);
            o.str("payment_terms", customer->country == "MX" ? "NET60" : "NET30");
            o.str("incoterm", customer->country == "DE" ? "DAP" : "FCA");
        }
        o.raw("lines", linesJson).money("total_amount", stated);

        Submission s;
        s.flowId = flowId;
        s.payloadJson = o.done();
        s.idempotencyKey = key(fromShop ? "shopify" : "sfdc");
        s.correlationId = orderNumber;
        steps.push_back({t, std::move(s)});
        if (!f.empty() || eaLines)
            return;  // a failed order has no follow-ups until someone fixes it

        TimeMs at = t;
        if (uniform() < 0.5) {
            at += later(2 * kHourMs, 10 * kHourMs);
            const Line &made = lines.front();
            steps.push_back({at, productionConfirmation(at, plant, orderNumber, made.product, made.quantity)});
        }
        at += later(12 * kHourMs, 48 * kHourMs);
        steps.push_back({at, shipment(at, orderNumber, *customer, plant, lines)});
        at += later(1 * kHourMs, 6 * kHourMs);
        const std::string invoiceNumber = "INV/" + std::to_string(yearOf(at)) + "/" + padded(nextNumber("INV", 100000), 5);
        steps.push_back({at, invoice(at, invoiceNumber, orderNumber, *customer, plant, lines)});
        if (uniform() < 0.7) {
            at += later(12 * kHourMs, 3 * kDayMs);
            steps.push_back({at, payment(at, invoiceNumber, orderNumber, *customer, lines)});
        }
    }

    Submission productionConfirmation(TimeMs t, const std::string &plant, const std::string &salesOrder,
                                      const DemoProduct *product, double quantity)
    {
        const std::string f = fault(0.05, {{"unknown_work_center", 30}, {"closed_mo", 25}, {"unknown_uom", 20},
                                           {"zero_quantity", 15}, {"duplicate", 10}});
        static const std::vector<std::string> made = {"P-1001", "P-1002", "P-1009", "P-1010", "P-1016", "P-1003"};
        if (!product)
            for (const auto &p : DemoMasterData::products())
                if (p.code == pick(made))
                    product = &p;
        if (!product)
            product = &DemoMasterData::products().front();
        if (quantity <= 0)
            quantity = between(5, 60);
        const int year = yearOf(t);
        std::string mo = "MO/" + std::to_string(year) + "/" + padded(nextNumber("MO", 100000), 5);
        if (f == "closed_mo")
            mo = pick(std::vector<std::string>{"MO/2026/01002", "MO/2026/01145", "MO/2026/01301"});
        std::string id = "PC-" + plant + "-" + padded(nextNumber("PC", 10000000), 7);
        Obj o;
        o.str("confirmation_id", id).str("production_order", mo);
        if (!salesOrder.empty())
            o.str("sales_order", salesOrder);
        o.str("plant", plant).str("work_center", f == "unknown_work_center" ? "WC-CNC-9" : pick(DemoMasterData::workCenters()));
        o.str("product", product->code).number("quantity_good", f == "zero_quantity" ? 0 : quantity);
        o.number("quantity_scrap", f == "zero_quantity" ? 0 : (uniform() < 0.2 ? 1 : 0));
        o.str("uom", f == "unknown_uom" ? unknownUom() : product->uom);
        o.str("operator_badge", "B" + padded(between(10000, 99999), 5));
        o.str("confirmed_at", formatDateTime(t)).boolean("final_confirmation", true);
        Submission s;
        s.flowId = "mes-production-confirmation";
        s.payloadJson = o.done();
        s.idempotencyKey = key("mes-" + plant);
        if (f == "duplicate" && m_lastConfirmation.size()) {
            // The MES sent the same confirmation twice under a new message id.
            s.payloadJson = m_lastConfirmation;
        } else {
            m_lastConfirmation = s.payloadJson;
        }
        return s;
    }
    std::string m_lastConfirmation;

    Submission downtime(TimeMs t)
    {
        const std::string f = fault(0.05, {{"unknown_equipment", 55}, {"end_before_start", 35}, {"duplicate", 10}});
        const std::string plant = pickPlant();
        static const std::vector<std::string> reasons = {"BREAKDOWN", "CHANGEOVER", "MATERIAL_SHORTAGE",
                                                         "PLANNED_MAINTENANCE", "QUALITY_HOLD", "NO_OPERATOR"};
        const int minutes = between(5, 240);
        const TimeMs started = t - minutes * 60000LL;
        Obj o;
        std::string id = "DT-" + plant + "-" + padded(nextNumber("DT", 1000000), 6);
        if (f == "duplicate" && !m_lastDowntime.empty())
            id = m_lastDowntime;
        m_lastDowntime = id;
        o.str("event_id", id).str("plant", plant).str("work_center", pick(DemoMasterData::workCenters()));
        o.str("equipment", f == "unknown_equipment" ? "EQ-PRESS-07" : pick(DemoMasterData::equipment()));
        o.str("reason_code", pick(reasons)).str("started_at", formatDateTime(started));
        o.str("ended_at", formatDateTime(f == "end_before_start" ? started - 600000 : t));
        o.integer("duration_minutes", minutes);
        Submission s;
        s.flowId = "mes-downtime-events";
        s.payloadJson = o.done();
        s.idempotencyKey = key("mes-" + plant);
        return s;
    }
    std::string m_lastDowntime;

    Submission inspection(TimeMs t, const std::string &plant, const std::string &purchaseOrder,
                          const DemoProduct *product)
    {
        const std::string f = fault(0.05, {{"unknown_product", 40}, {"inconsistent", 45}, {"unknown_uom", 15}});
        if (!product)
            product = &pick(DemoMasterData::products());
        const bool ok = uniform() < 0.9;
        const double nominal = 40.0;
        const double value = ok || f == "inconsistent" ? nominal + (uniform() - 0.5) * 0.08 + (f == "inconsistent" ? 0.3 : 0)
                                                       : nominal + 0.25;
        Obj o;
        o.str("inspection_lot", "IL-" + std::to_string(yearOf(t)) + "-" + padded(nextNumber("IL", 1000000), 6));
        o.str("plant", plant).str("product", f == "unknown_product" ? "P-1099" : product->code);
        o.str("lot_number", "L" + formatDate(t).substr(0, 4) + padded(between(1000, 9999), 4));
        if (!purchaseOrder.empty())
            o.str("purchase_order", purchaseOrder);
        o.str("result", ok || f == "inconsistent" ? "ACCEPTED" : "REJECTED");
        o.number("quantity_inspected", between(5, 50)).str("uom", f == "unknown_uom" ? unknownUom() : product->uom);
        o.str("inspector", pick(std::vector<std::string>{"M. Schulz", "A. Bernard", "K. Wisniewska", "J. Hernandez"}));
        o.raw("characteristics",
              arr({Obj().str("name", "Bore diameter").number("value", std::round(value * 1000) / 1000)
                       .number("lower_limit", 39.95).number("upper_limit", 40.05).str("unit", "mm").done()}));
        o.str("inspected_at", formatDateTime(t));
        Submission s;
        s.flowId = "qms-inspection-results";
        s.payloadJson = o.done();
        s.idempotencyKey = key("qms");
        return s;
    }

    Submission shipment(TimeMs t, const std::string &salesOrder, const DemoCustomer &customer,
                        const std::string &plant, const std::vector<Line> &lines)
    {
        const std::string f = fault(0.045, {{"bad_postal_code", 35}, {"unknown_uom", 20}, {"closed_order", 20},
                                            {"duplicate", 15}, {"unknown_product", 10}});
        std::vector<std::string> items;
        int no = 0;
        double weight = 0;
        for (const auto &l : lines) {
            ++no;
            const std::string uom = f == "unknown_uom" && no == 1 ? unknownUom() : l.uom;
            items.push_back(Obj().integer("line_no", no).str("product", l.product->code).number("quantity", l.quantity)
                                .str("uom", uom).done());
            weight += l.quantity * l.product->weightKg;
        }
        if (f == "unknown_product")
            items.push_back(Obj().integer("line_no", ++no).str("product", "P-2040").number("quantity", 1).str("uom", "pcs").done());
        std::string number = "SH-" + std::to_string(yearOf(t)) + "-" + padded(nextNumber("SH", 1000000), 6);
        if (f == "duplicate")
            number = "SH-2026-000310";
        static const std::vector<std::string> carriers = {"DHL", "DB_SCHENKER", "KUEHNE_NAGEL", "DSV", "UPS", "GEODIS"};
        Obj o;
        o.str("shipment_number", number);
        o.str("sales_order", f == "closed_order" ? "SO2026-002318" : salesOrder);
        o.raw("customer", Obj().str("code", customer.code).str("name", customer.name).done());
        o.str("plant", plant).str("carrier", customer.country == "MX" ? "ESTAFETA" : pick(carriers));
        o.str("service_level", weight > 500 ? "LTL" : "STANDARD").str("ship_date", formatDate(t + kDayMs));
        std::string postal = customer.postalCode;
        if (f == "bad_postal_code")
            postal = customer.country == "PL" ? postal.substr(0, 2) + postal.substr(3) : postal.substr(0, 4);
        o.raw("delivery_address", Obj().str("name", customer.name).str("street", customer.street)
                                      .str("city", customer.city).str("postal_code", postal)
                                      .str("country", customer.country).str("contact_phone", customer.phone).done());
        o.raw("lines", arr(items)).number("gross_weight_kg", std::round(weight * 10) / 10);
        Submission s;
        s.flowId = "wms-shipment-dispatch";
        s.payloadJson = o.done();
        s.idempotencyKey = key("odoo-out");
        s.correlationId = salesOrder;
        return s;
    }

    Submission invoice(TimeMs t, const std::string &number, const std::string &salesOrder,
                       const DemoCustomer &customer, const std::string &plant, const std::vector<Line> &lines)
    {
        const std::string f = fault(0.05, {{"period_closed", 45}, {"total_mismatch", 25}, {"closed_order", 10},
                                           {"duplicate", 10}, {"unknown_customer", 10}});
        const double rate = customer.country == "DE" ? 19 : customer.country == "FR" ? 20
                            : customer.country == "PL"                              ? 23
                            : customer.country == "MX"                              ? 16
                                                                                    : 0;
        TimeMs invoiceDate = t;
        if (f == "period_closed")
            invoiceDate = t - between(70, 120) * kDayMs;  // a late correction dated into a closed period
        double untaxed = sum(lines);
        double tax = 0;
        for (const auto &l : lines)
            tax += l.quantity * l.price * rate / 100.0;
        tax = std::round(tax * 100.0) / 100.0;
        Obj o;
        o.str("invoice_number", f == "duplicate" ? "INV/2026/00042" : number);
        o.str("sales_order", f == "closed_order" ? "SO2026-001204" : salesOrder);
        o.raw("customer", Obj().str("code", f == "unknown_customer" ? unknownCustomerCode() : customer.code)
                              .str("name", customer.name).done());
        o.str("invoice_date", formatDate(invoiceDate)).str("due_date", formatDate(invoiceDate + 30 * kDayMs));
        o.str("posting_period", formatDate(invoiceDate).substr(0, 7));
        o.str("currency", customer.currency).str("plant", plant);
        o.str("payment_terms", customer.country == "MX" ? "NET60" : "NET30");
        o.raw("lines", pricedLines(lines, false, "tax_rate", rate));
        o.money("amount_untaxed", untaxed).money("amount_tax", tax);
        o.money("amount_total", untaxed + tax + (f == "total_mismatch" ? between(1, 9) * 0.5 : 0.0));
        Submission s;
        s.flowId = "invoice-posting";
        s.payloadJson = o.done();
        s.idempotencyKey = key("odoo-inv");
        s.correlationId = salesOrder;
        return s;
    }

    Submission payment(TimeMs t, const std::string &invoiceNumber, const std::string &salesOrder,
                       const DemoCustomer &customer, const std::vector<Line> &lines)
    {
        const std::string f = fault(0.045, {{"period_closed", 45}, {"unknown_customer", 35}, {"duplicate", 20}});
        TimeMs valueDate = f == "period_closed" ? t - between(70, 100) * kDayMs : t;
        std::string id = "BST-" + formatDate(t).substr(0, 4) + formatDate(t).substr(5, 2) + formatDate(t).substr(8, 2) +
                         "-" + padded(nextNumber("BST", 10000), 4);
        if (f == "duplicate" && !m_lastStatementLine.empty())
            id = m_lastStatementLine;
        m_lastStatementLine = id;
        Obj o;
        o.str("statement_line_id", id);
        o.raw("bank_account", Obj().str("iban", "DE89370400440532013000").str("bic", "COBADEFFXXX").done());
        o.str("value_date", formatDate(valueDate)).str("booking_date", formatDate(t));
        o.money("amount", sum(lines)).str("currency", customer.currency);
        o.raw("counterparty", Obj().str("name", customer.name)
                                  .str("iban", customer.country == "PL" ? "PL61109010140000071219812874"
                                                                        : "FR1420041010050500013M02606")
                                  .str("customer_code", f == "unknown_customer" ? unknownCustomerCode() : customer.code)
                                  .done());
        o.str("invoice_reference", invoiceNumber).str("remittance_info", "Payment " + invoiceNumber);
        o.str("end_to_end_id", "E2E" + padded(nextNumber("E2E", 10000000), 8));
        Submission s;
        s.flowId = "bank-payment-reconciliation";
        s.payloadJson = o.done();
        s.idempotencyKey = key("camt053");
        s.correlationId = salesOrder;
        return s;
    }
    std::string m_lastStatementLine;

    // ---- procurement ----

    void procurementStory(TimeMs t, std::vector<Step> &steps)
    {
        const auto &supplier = pick(DemoMasterData::suppliers());
        const auto &article = *std::next(supplier.articles.begin(),
                                         between(0, static_cast<int>(supplier.articles.size()) - 1));
        const DemoProduct *product = nullptr;
        for (const auto &p : DemoMasterData::products())
            if (p.code == article.second)
                product = &p;
        const std::string plant = pickPlant();
        std::string po = "PO/" + std::to_string(yearOf(t)) + "/" + padded(nextNumber("PO", 100000), 5);
        const double quantity = product->price > 20 ? between(5, 60) : between(10, 200) * 10;
        const double price = std::round(product->price * 0.62 * 100.0) / 100.0;

        // Order response.
        {
            const std::string f = fault(0.05, {{"unknown_supplier", 30}, {"unknown_uom", 30}, {"total_mismatch", 20},
                                               {"closed_po", 20}});
            std::vector<Line> lines = {{product, quantity, f == "unknown_uom" ? "C62" : product->uom, price}};
            Obj o;
            o.str("ack_number", "ORDRSP-" + std::to_string(yearOf(t)) + "-" + padded(nextNumber("ORDRSP", 100000), 5));
            o.str("purchase_order", f == "closed_po" ? "PO/2026/00533" : po);
            o.raw("supplier", Obj().str("code", f == "unknown_supplier" ? "V-2931" : supplier.code)
                                  .str("gln", supplier.gln).str("name", supplier.name).done());
            o.str("ack_status", uniform() < 0.85 ? "ACCEPTED" : "ACCEPTED_WITH_CHANGES");
            o.str("ack_date", formatDate(t)).str("plant", plant).str("currency", "EUR");
            std::vector<std::string> items = {Obj().integer("line_no", 1).str("product", product->code)
                                                  .number("quantity", quantity).str("uom", lines[0].uom)
                                                  .money("price", price).str("delivery_date", formatDate(t + 7 * kDayMs))
                                                  .done()};
            o.raw("lines", arr(items));
            o.money("total_amount", sum(lines) + (f == "total_mismatch" ? 25.0 : 0.0));
            Submission s;
            s.flowId = "edi-po-acknowledgement";
            s.payloadJson = o.done();
            s.idempotencyKey = key("edi");
            steps.push_back({t, std::move(s)});
            if (!f.empty())
                return;
        }
        // Despatch advice.
        const TimeMs at = t + later(1 * kDayMs, 3 * kDayMs);
        {
            const std::string f = fault(0.05, {{"missing_mapping", 50}, {"unknown_supplier", 15}, {"closed_po", 20},
                                               {"bad_dates", 15}});
            Obj o;
            o.str("asn_number", "ASN-" + padded(nextNumber("ASN", 1000000), 6));
            o.raw("supplier", Obj().str("code", f == "unknown_supplier" ? "V-2931" : supplier.code)
                                  .str("gln", supplier.gln).done());
            o.str("purchase_order", f == "closed_po" ? "PO/2026/00412" : po).str("plant", plant);
            o.str("despatch_date", formatDate(at)).str("expected_delivery", formatDate(f == "bad_dates" ? at - 2 * kDayMs : at + 2 * kDayMs));
            o.str("carrier", "DB Schenker");
            const std::string supplierArticle = f == "missing_mapping" ? article.first + "-REV2" : article.first;
            o.raw("lines", arr({Obj().integer("line_no", 1).str("supplier_product", supplierArticle)
                                    .number("quantity", quantity).str("uom", product->uom)
                                    .str("batch", "B" + padded(between(100000, 999999), 6)).done()}));
            Submission s;
            s.flowId = "edi-supplier-asn";
            s.payloadJson = o.done();
            s.idempotencyKey = key("edi");
            steps.push_back({at, std::move(s)});
            if (!f.empty())
                return;
        }
        if (uniform() < 0.6) {
            const TimeMs inspected = at + later(2 * kDayMs, 3 * kDayMs);
            Submission s = inspection(inspected, plant, po, product);
            steps.push_back({inspected, std::move(s)});
        }
    }

    Submission bom(TimeMs t)
    {
        const std::string f = fault(0.05, {{"cyclic", 40}, {"unknown_component", 60}});
        static const std::vector<std::string> parents = {"P-1001", "P-1016", "P-1010"};
        const std::string parent = pick(parents);
        std::vector<std::string> components;
        std::vector<std::string> used = {parent};
        int position = 0;
        const int n = between(3, 6);
        for (int i = 0; i < n; ++i) {
            const auto &p = pick(DemoMasterData::products());
            if (std::find(used.begin(), used.end(), p.code) != used.end())
                continue;
            used.push_back(p.code);
            components.push_back(Obj().integer("position", position += 10).str("product", p.code)
                                     .number("quantity", p.uom == "pcs" ? between(1, 8) : between(1, 20) * 0.5)
                                     .str("uom", p.uom).done());
        }
        if (f == "cyclic")
            components.push_back(Obj().integer("position", position + 10).str("product", parent).number("quantity", 1)
                                     .str("uom", "pcs").done());
        if (f == "unknown_component")
            components.push_back(Obj().integer("position", position + 10).str("product", "P-3310").number("quantity", 2)
                                     .str("uom", "pcs").done());
        Obj o;
        o.str("bom_id", "BOM-" + padded(nextNumber("BOM", 1000000), 6)).str("product", parent);
        o.str("revision", std::string(1, static_cast<char>('A' + between(0, 6))));
        o.str("change_order", "ECO-" + std::to_string(yearOf(t)) + "-" + padded(nextNumber("ECO", 10000), 4));
        o.str("plant", pickPlant()).str("effective_date", formatDate(t + between(1, 14) * kDayMs));
        o.number("quantity", 1).str("uom", "pcs").raw("components", arr(components));
        o.str("released_by", pick(std::vector<std::string>{"Engineering DE", "Engineering FR"}));
        Submission s;
        s.flowId = "plm-bom-sync";
        s.payloadJson = o.done();
        s.idempotencyKey = key("plm");
        return s;
    }

    Submission stockBatch(TimeMs t)
    {
        const std::string f = fault(0.04, {{"unknown_product", 100}});
        const std::string plant = pickPlant();
        std::vector<std::string> items;
        for (const auto &p : DemoMasterData::products())
            items.push_back(Obj().str("product", p.code).str("sku", "SP-" + p.code.substr(2))
                                .number("quantity_available", between(0, 400)).str("uom", p.uom).done());
        if (f == "unknown_product")
            items.push_back(Obj().str("product", "P-1999").str("sku", "SP-1999").number("quantity_available", 12)
                                .str("uom", "pcs").done());
        const std::string date = formatDateTime(t);
        char id[64];
        // Date, run number of the day and plant.
        std::snprintf(id, sizeof id, "STK-%s%s%s-%s-%s", date.substr(0, 4).c_str(), date.substr(5, 2).c_str(),
                      date.substr(8, 2).c_str(), padded(nextNumber("STK", 10000), 4).c_str(), plant.c_str());
        Obj o;
        o.str("batch_id", std::string(id) + "").str("plant", plant).str("warehouse", "WH-" + plant);
        o.str("generated_at", date).raw("items", arr(items));
        Submission s;
        s.flowId = "odoo-stock-to-ecommerce";
        s.payloadJson = o.done();
        s.idempotencyKey = key("odoo-stock") ;
        return s;
    }
};

struct StepLater {
    bool operator()(const Step &a, const Step &b) const { return a.at > b.at; }
};

} // namespace

// ---------------------------------------------------------------------------

struct TrafficSimulator::Impl {
    Impl(Engine &e, std::uint64_t seed, double rate) : engine(e), generator(seed, 1.0 / 360.0), rate(rate) {}

    Engine &engine;
    std::mutex mutex;  // guards generator, pending, credit, lastStep
    Generator generator;
    std::priority_queue<Step, std::vector<Step>, StepLater> pending;
    std::atomic<double> rate;
    double credit = 0;
    TimeMs lastStep = 0;
    std::atomic<std::int64_t> count{0};
    std::atomic<std::int64_t> refused{0};

    std::thread thread;
    std::mutex stopMutex;
    std::condition_variable stopCv;
    bool stopRequested = false;
};

TrafficSimulator::TrafficSimulator(Engine &engine, std::uint64_t seed, double ratePerSecond)
    : d(std::make_unique<Impl>(engine, seed, ratePerSecond))
{
}

TrafficSimulator::~TrafficSimulator()
{
    stop();
}

void TrafficSimulator::setRate(double ratePerSecond)
{
    d->rate = std::max(0.0, ratePerSecond);
}

std::int64_t TrafficSimulator::submitted() const
{
    return d->count.load();
}

std::int64_t TrafficSimulator::refused() const
{
    return d->refused.load();
}

namespace {

// The demo's failures come from its target systems, never from a payload its
// flow's schema refuses: such a refusal is a fault of the generator, logged.
bool refusedByTheSchema(const Submission &s, const SubmitResult &r)
{
    if (r.status != SubmitResult::Status::InvalidPayload && r.status != SubmitResult::Status::SchemaBroken)
        return false;
    std::string where;
    for (const auto &v : r.violations)
        where += (where.empty() ? "" : ", ") + (v.field.empty() ? std::string("(payload)") : v.field) + ": " + v.description;
    spdlog::warn("demo traffic: the {} payload {} was refused: {} {}", s.flowId, s.businessKey, r.message, where);
    return true;
}

} // namespace

int TrafficSimulator::step(TimeMs now)
{
    std::vector<Submission> batch;
    {
        std::lock_guard lock(d->mutex);
        if (d->lastStep == 0)
            d->lastStep = now - 100;
        const double elapsed = static_cast<double>(std::max<TimeMs>(0, now - d->lastStep)) / 1000.0;
        d->lastStep = now;
        // Every transaction spends one unit of credit: follow-ups of earlier
        // business objects first, new business objects with what is left.
        d->credit = std::min(d->credit + std::min(elapsed, 5.0) * d->rate.load(), 50.0 + d->rate.load());
        auto takeDue = [&] {
            while (!d->pending.empty() && d->pending.top().at <= now) {
                Step s = d->pending.top();
                d->pending.pop();
                s.submission.receivedAt = now;
                batch.push_back(std::move(s.submission));
                d->credit -= 1.0;
            }
        };
        takeDue();
        while (d->credit >= 1.0) {
            for (auto &s : d->generator.story(now))
                d->pending.push(std::move(s));
            takeDue();
        }
        // Keep the follow-up queue bounded on a long demo.
        while (d->pending.size() > 20000)
            d->pending.pop();
    }
    if (batch.empty())
        return 0;
    int ok = 0;
    const auto results = d->engine.submitBatch(batch);
    for (size_t i = 0; i < results.size(); ++i) {
        ok += results[i].status == SubmitResult::Status::Ok ? 1 : 0;
        d->refused += refusedByTheSchema(batch[i], results[i]) ? 1 : 0;
    }
    d->count += ok;
    return ok;
}

void TrafficSimulator::start()
{
    if (d->thread.joinable())
        return;
    {
        std::lock_guard lock(d->stopMutex);
        d->stopRequested = false;
    }
    d->thread = std::thread([this] {
        for (;;) {
            try {
                step(Clock::system().now());
            } catch (const std::exception &ex) {
                spdlog::warn("demo traffic: {}", ex.what());
            }
            std::unique_lock lock(d->stopMutex);
            if (d->stopCv.wait_for(lock, std::chrono::milliseconds(100), [&] { return d->stopRequested; }))
                break;
        }
    });
}

void TrafficSimulator::stop()
{
    {
        std::lock_guard lock(d->stopMutex);
        d->stopRequested = true;
    }
    d->stopCv.notify_all();
    if (d->thread.joinable())
        d->thread.join();
}

int seedHistory(Engine &engine, int count, TimeMs span, std::uint64_t seed, int *refused)
{
    if (refused)
        *refused = 0;
    if (count <= 0 || span <= 0)
        return 0;
    const TimeMs now = Clock::system().now();
    const TimeMs begin = now - span;
    Generator generator(seed, 1.0);
    std::mt19937_64 rng(seed ^ 0x5eedULL);
    std::vector<Step> steps;
    steps.reserve(static_cast<size_t>(count) + 16);
    // Start times spread evenly over the span, busier on working hours.
    while (static_cast<int>(steps.size()) < count) {
        TimeMs t = begin + static_cast<TimeMs>(std::uniform_real_distribution<double>(0, 1)(rng) * static_cast<double>(span));
        const int hour = static_cast<int>((t / 3600000) % 24);
        if ((hour < 6 || hour > 20) && std::uniform_real_distribution<double>(0, 1)(rng) < 0.6)
            continue;
        for (auto &s : generator.story(t))
            if (s.at < now)
                steps.push_back(std::move(s));
    }
    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.at < b.at; });
    if (static_cast<int>(steps.size()) > count)
        steps.resize(static_cast<size_t>(count));

    int submitted = 0;
    constexpr size_t kChunk = 250;
    for (size_t i = 0; i < steps.size(); i += kChunk) {
        const size_t end = std::min(steps.size(), i + kChunk);
        std::vector<Submission> batch;
        batch.reserve(end - i);
        for (size_t j = i; j < end; ++j) {
            steps[j].submission.receivedAt = steps[j].at;
            batch.push_back(steps[j].submission);
        }
        const auto results = engine.submitBatch(batch);
        for (size_t k = 0; k < results.size(); ++k) {
            submitted += results[k].status == SubmitResult::Status::Ok ? 1 : 0;
            if (refusedByTheSchema(batch[k], results[k]) && refused)
                ++*refused;
        }
        // Deliver what was due by then, at that time.
        engine.runOnce(steps[end - 1].at);
    }
    // Retries still scheduled in the past are done by now; later ones stay for the live engine.
    engine.runOnce(now);
    return submitted;
}

} // namespace flowdesk::backend
