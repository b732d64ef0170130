#include "demo_targets.h"

#include "engine_json.h"
#include "store.h"

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace flowdesk::backend {

using detail::jsonEscape;
using detail::jsonQuote;

// ---------------------------------------------------------------------------

namespace {

struct Failure {
    ErrorCategory category = ErrorCategory::Validation;
    std::string code;
    std::string message;
    std::string field;  // offending field, for the raw answer
};

enum class TargetKind { Odoo, Wms, Shopify };

TargetKind kindOf(const FlowDef &flow)
{
    if (flow.connectorId == "wms-3pl")
        return TargetKind::Wms;
    if (flow.connectorId == "shopify")
        return TargetKind::Shopify;
    return TargetKind::Odoo;
}

const DemoCustomer *findCustomer(const std::string &code)
{
    for (const auto &c : DemoMasterData::customers())
        if (c.code == code)
            return &c;
    return nullptr;
}

const DemoProduct *findProduct(const std::string &code)
{
    for (const auto &p : DemoMasterData::products())
        if (p.code == code)
            return &p;
    return nullptr;
}

const DemoSupplier *findSupplier(const std::string &code)
{
    for (const auto &s : DemoMasterData::suppliers())
        if (s.code == code)
            return &s;
    return nullptr;
}

bool contains(const std::vector<std::string> &list, const std::string &value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string money(double v, const std::string &currency)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f %s", v, currency.c_str());
    return buf;
}

// Read access to a payload, tolerant of missing or mistyped members.
class Payload {
public:
    explicit Payload(const std::string &json) { m_doc.Parse(json.c_str(), json.size()); }
    bool ok() const { return !m_doc.HasParseError() && m_doc.IsObject(); }
    const rapidjson::Value &root() const { return m_doc; }

    static const rapidjson::Value *get(const rapidjson::Value &v, const char *name)
    {
        if (!v.IsObject())
            return nullptr;
        auto it = v.FindMember(name);
        return it == v.MemberEnd() ? nullptr : &it->value;
    }
    static std::string str(const rapidjson::Value &v, const char *name)
    {
        const auto *m = get(v, name);
        return m && m->IsString() ? std::string(m->GetString(), m->GetStringLength()) : std::string();
    }
    static std::optional<double> num(const rapidjson::Value &v, const char *name)
    {
        const auto *m = get(v, name);
        if (m && m->IsNumber())
            return m->GetDouble();
        return std::nullopt;
    }
    std::string str(const char *name) const { return str(m_doc, name); }
    std::optional<double> num(const char *name) const { return num(m_doc, name); }
    std::string strAt(const char *object, const char *name) const
    {
        const auto *o = get(m_doc, object);
        return o ? str(*o, name) : std::string();
    }
    const rapidjson::Value *array(const char *name) const
    {
        const auto *a = get(m_doc, name);
        return a && a->IsArray() ? a : nullptr;
    }

private:
    rapidjson::Document m_doc;
};

std::optional<Failure> missing(const Payload &p, std::initializer_list<const char *> fields)
{
    for (const char *f : fields) {
        const auto *v = Payload::get(p.root(), f);
        if (!v || v->IsNull() || (v->IsString() && v->GetStringLength() == 0))
            return Failure{ErrorCategory::Validation, "MISSING_FIELD",
                           std::string("Field ") + f + " is required", f};
    }
    return std::nullopt;
}

std::optional<Failure> checkCustomer(const std::string &code, bool checkCredit, double orderTotal,
                                     const std::string &currency)
{
    if (code.empty())
        return Failure{ErrorCategory::Validation, "MISSING_FIELD", "Field customer.code is required", "customer.code"};
    const DemoCustomer *c = findCustomer(code);
    if (!c)
        return Failure{ErrorCategory::MasterData, "UNKNOWN_CUSTOMER", "Customer " + code + " does not exist",
                       "customer.code"};
    if (!checkCredit)
        return std::nullopt;
    if (c->creditHold)
        return Failure{ErrorCategory::BusinessState, "CREDIT_HOLD",
                       "Customer " + code + " is on credit hold; new orders are blocked until finance releases it",
                       "customer.code"};
    if (currency == c->currency && orderTotal > c->creditLimit - c->openExposure)
        return Failure{ErrorCategory::BusinessState, "CREDIT_LIMIT_EXCEEDED",
                       "Order total " + money(orderTotal, currency) + " exceeds the available credit of " +
                           money(std::max(0.0, c->creditLimit - c->openExposure), currency) + " for customer " + code,
                       "total_amount"};
    return std::nullopt;
}

std::optional<Failure> checkUom(const std::string &uom, const DemoProduct *product, const std::string &field)
{
    const auto &uoms = DemoMasterData::uoms();
    auto it = uoms.find(uom);
    if (it == uoms.end())
        return Failure{ErrorCategory::MasterData, "UNKNOWN_UOM", "Unit of measure \"" + uom + "\" is not defined",
                       field};
    if (product) {
        auto own = uoms.find(product->uom);
        if (own != uoms.end() && own->second != it->second)
            return Failure{ErrorCategory::Validation, "UOM_CATEGORY_MISMATCH",
                           "The unit of measure " + uom + " on the line is not in the same category as the unit " +
                               product->uom + " of product " + product->code,
                           field};
    }
    return std::nullopt;
}

// Lines with product, quantity, uom and optionally price. *sum receives the sum
// of quantity x price (net of discounts).
std::optional<Failure> checkLines(const Payload &p, const char *arrayName, bool priced, double *sum,
                                  const char *productField = "product")
{
    const auto *lines = p.array(arrayName);
    if (!lines || lines->Empty())
        return Failure{ErrorCategory::Validation, "NO_LINES", std::string("The document has no ") + arrayName,
                       arrayName};
    double total = 0;
    int index = 0;
    for (const auto &line : lines->GetArray()) {
        const std::string prefix = std::string(arrayName) + "[" + std::to_string(index++) + "].";
        const std::string code = Payload::str(line, productField);
        const DemoProduct *product = findProduct(code);
        if (!product)
            return Failure{ErrorCategory::MasterData, "UNKNOWN_PRODUCT",
                           code.empty() ? "Line without product" : "Product " + code + " does not exist",
                           prefix + productField};
        const auto qty = Payload::num(line, "quantity").value_or(Payload::num(line, "quantity_available").value_or(-1));
        if (qty < 0 || (qty == 0 && std::string(arrayName) != "items"))
            return Failure{ErrorCategory::Validation, "INVALID_QUANTITY",
                           "Quantity of product " + code + " must be positive", prefix + "quantity"};
        if (auto f = checkUom(Payload::str(line, "uom"), product, prefix + "uom"))
            return f;
        if (priced) {
            const auto price = Payload::num(line, "price");
            if (!price || *price < 0)
                return Failure{ErrorCategory::Validation, "INVALID_PRICE", "Price of product " + code + " is missing",
                               prefix + "price"};
            const double discount = Payload::num(line, "discount_percent").value_or(0);
            total += qty * *price * (1 - discount / 100.0);
        }
    }
    if (sum)
        *sum = total;
    return std::nullopt;
}

std::optional<Failure> checkTotal(double computed, std::optional<double> stated, const char *field)
{
    if (!stated)
        return Failure{ErrorCategory::Validation, "MISSING_FIELD", std::string("Field ") + field + " is required",
                       field};
    if (std::fabs(computed - *stated) > 0.01 + 1e-9 * std::fabs(computed)) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "Total %.2f does not match the sum of the lines %.2f", *stated, computed);
        return Failure{ErrorCategory::Validation, "TOTAL_MISMATCH", buf, field};
    }
    return std::nullopt;
}

std::optional<Failure> checkDates(const Payload &p, const char *earlier, const char *later)
{
    const auto a = detail::parseIsoTime(p.str(earlier));
    const auto b = detail::parseIsoTime(p.str(later));
    if (!a)
        return Failure{ErrorCategory::Validation, "INVALID_DATE",
                       std::string("Field ") + earlier + " is not a valid date", earlier};
    if (!b)
        return Failure{ErrorCategory::Validation, "INVALID_DATE",
                       std::string("Field ") + later + " is not a valid date", later};
    if (*b < *a)
        return Failure{ErrorCategory::Validation, "DATE_ORDER",
                       std::string("Field ") + later + " (" + p.str(later) + ") lies before " + earlier + " (" +
                           p.str(earlier) + ")",
                       later};
    return std::nullopt;
}

std::optional<Failure> checkClosed(const std::string &order, const char *what, const char *field)
{
    if (!order.empty() && contains(DemoMasterData::closedOrders(), order))
        return Failure{ErrorCategory::BusinessState, "ORDER_CLOSED",
                       std::string(what) + " " + order + " is already closed", field};
    return std::nullopt;
}

bool validPostalCode(const std::string &country, const std::string &code)
{
    auto digitsOnly = [](const std::string &s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (country == "DE" || country == "FR" || country == "MX" || country == "IT")
        return code.size() == 5 && digitsOnly(code);
    if (country == "PL")
        return code.size() == 6 && code[2] == '-' && digitsOnly(code.substr(0, 2)) && digitsOnly(code.substr(3));
    return code.size() >= 3;
}

// The document number a target keys the created object by.
std::string documentNumber(const FlowDef &flow, const Payload &p)
{
    static const std::map<std::string, const char *> keys = {
        {"crm-quote-to-order", "order_number"},      {"shopify-order-import", "order_number"},
        {"mes-production-confirmation", "confirmation_id"}, {"mes-downtime-events", "event_id"},
        {"qms-inspection-results", "inspection_lot"}, {"wms-shipment-dispatch", "shipment_number"},
        {"edi-supplier-asn", "asn_number"},          {"edi-po-acknowledgement", "ack_number"},
        {"invoice-posting", "invoice_number"},       {"bank-payment-reconciliation", "statement_line_id"},
        {"plm-bom-sync", "bom_id"},                  {"odoo-stock-to-ecommerce", "batch_id"},
    };
    auto it = keys.find(flow.id);
    if (it == keys.end())
        return {};
    std::string number = p.str(it->second);
    if (flow.id == "plm-bom-sync")
        number += " rev. " + p.str("revision");
    return number;
}

std::string duplicateMessage(const FlowDef &flow, const std::string &number)
{
    static const std::map<std::string, std::string> nouns = {
        {"crm-quote-to-order", "Sales order"},     {"shopify-order-import", "Sales order"},
        {"mes-production-confirmation", "Production confirmation"}, {"mes-downtime-events", "Downtime event"},
        {"qms-inspection-results", "Inspection lot"}, {"wms-shipment-dispatch", "Outbound order"},
        {"edi-supplier-asn", "Despatch advice"},   {"edi-po-acknowledgement", "Order response"},
        {"invoice-posting", "Journal entry for invoice"}, {"bank-payment-reconciliation", "Statement line"},
        {"plm-bom-sync", "Bill of materials"},     {"odoo-stock-to-ecommerce", "Inventory batch"},
    };
    auto it = nouns.find(flow.id);
    return (it == nouns.end() ? std::string("Document") : it->second) + " " + number + " already exists";
}

// ---- per flow business rules ----

std::optional<Failure> checkSalesOrder(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"order_number", "customer", "currency", "lines", "total_amount"}))
        return f;
    double sum = 0;
    if (auto f = checkLines(p, "lines", true, &sum))
        return f;
    if (auto f = checkTotal(sum, p.num("total_amount"), "total_amount"))
        return f;
    if (!p.str("order_date").empty())
        if (auto f = checkDates(p, "order_date", "requested_date"))
            return f;
    if (auto f = checkClosed(p.str("order_number"), "Sales order", "order_number"))
        return f;
    return checkCustomer(p.strAt("customer", "code"), true, sum, p.str("currency"));
}

std::optional<Failure> checkProductionConfirmation(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"confirmation_id", "production_order", "plant", "work_center", "product", "uom"}))
        return f;
    const DemoProduct *product = findProduct(p.str("product"));
    if (!product)
        return Failure{ErrorCategory::MasterData, "UNKNOWN_PRODUCT", "Product " + p.str("product") + " does not exist",
                       "product"};
    if (!contains(DemoMasterData::workCenters(), p.str("work_center")))
        return Failure{ErrorCategory::MasterData, "UNKNOWN_WORK_CENTER",
                       "Work center " + p.str("work_center") + " is not defined for plant " + p.str("plant"),
                       "work_center"};
    if (auto f = checkUom(p.str("uom"), product, "uom"))
        return f;
    const double good = p.num("quantity_good").value_or(0);
    const double scrap = p.num("quantity_scrap").value_or(0);
    if (good < 0 || scrap < 0 || good + scrap <= 0)
        return Failure{ErrorCategory::Validation, "INVALID_QUANTITY",
                       "A confirmation needs a produced or scrapped quantity", "quantity_good"};
    return checkClosed(p.str("production_order"), "Manufacturing order", "production_order");
}

std::optional<Failure> checkDowntime(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"event_id", "plant", "work_center", "equipment", "reason_code", "started_at"}))
        return f;
    if (!contains(DemoMasterData::equipment(), p.str("equipment")))
        return Failure{ErrorCategory::MasterData, "UNKNOWN_EQUIPMENT",
                       "Equipment " + p.str("equipment") + " is not registered in maintenance", "equipment"};
    if (!contains(DemoMasterData::workCenters(), p.str("work_center")))
        return Failure{ErrorCategory::MasterData, "UNKNOWN_WORK_CENTER",
                       "Work center " + p.str("work_center") + " is not defined for plant " + p.str("plant"),
                       "work_center"};
    if (!p.str("ended_at").empty())
        return checkDates(p, "started_at", "ended_at");
    return std::nullopt;
}

std::optional<Failure> checkInspection(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"inspection_lot", "plant", "product", "lot_number", "result", "uom"}))
        return f;
    const DemoProduct *product = findProduct(p.str("product"));
    if (!product)
        return Failure{ErrorCategory::MasterData, "UNKNOWN_PRODUCT", "Product " + p.str("product") + " does not exist",
                       "product"};
    if (auto f = checkUom(p.str("uom"), product, "uom"))
        return f;
    if (p.str("result") == "ACCEPTED") {
        if (const auto *chars = p.array("characteristics")) {
            for (const auto &c : chars->GetArray()) {
                const auto v = Payload::num(c, "value");
                const auto lo = Payload::num(c, "lower_limit");
                const auto hi = Payload::num(c, "upper_limit");
                if (v && ((lo && *v < *lo) || (hi && *v > *hi)))
                    return Failure{ErrorCategory::Validation, "INCONSISTENT_RESULT",
                                   "Lot accepted although characteristic '" + Payload::str(c, "name") +
                                       "' is out of tolerance",
                                   "result"};
            }
        }
    }
    return checkClosed(p.str("purchase_order"), "Purchase order", "purchase_order");
}

std::optional<Failure> checkShipment(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"shipment_number", "sales_order", "customer", "carrier", "delivery_address", "lines"}))
        return f;
    if (auto f = checkCustomer(p.strAt("customer", "code"), false, 0, {}))
        return f;
    if (auto f = checkLines(p, "lines", false, nullptr))
        return f;
    const std::string country = p.strAt("delivery_address", "country");
    const std::string postal = p.strAt("delivery_address", "postal_code");
    if (!validPostalCode(country, postal))
        return Failure{ErrorCategory::Validation, "INVALID_POSTAL_CODE",
                       "Postal code '" + postal + "' is not valid for country " + country,
                       "delivery_address.postal_code"};
    return checkClosed(p.str("sales_order"), "Sales order", "sales_order");
}

std::optional<Failure> checkAsn(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"asn_number", "supplier", "purchase_order", "despatch_date", "expected_delivery", "lines"}))
        return f;
    const std::string code = p.strAt("supplier", "code");
    const DemoSupplier *supplier = findSupplier(code);
    if (!supplier)
        return Failure{ErrorCategory::MasterData, "UNKNOWN_SUPPLIER", "Supplier " + code + " does not exist",
                       "supplier.code"};
    const auto *lines = p.array("lines");
    if (!lines || lines->Empty())
        return Failure{ErrorCategory::Validation, "NO_LINES", "The despatch advice has no lines", "lines"};
    int index = 0;
    for (const auto &line : lines->GetArray()) {
        const std::string prefix = "lines[" + std::to_string(index++) + "].";
        const std::string article = Payload::str(line, "supplier_product");
        auto it = supplier->articles.find(article);
        if (it == supplier->articles.end())
            return Failure{ErrorCategory::MasterData, "MISSING_SUPPLIER_MAPPING",
                           "No product mapping for article " + article + " of supplier " + code,
                           prefix + "supplier_product"};
        const std::string product = Payload::str(line, "product");
        if (!product.empty() && product != it->second)
            return Failure{ErrorCategory::Validation, "PRODUCT_MISMATCH",
                           "Article " + article + " maps to " + it->second + ", not " + product, prefix + "product"};
        if (auto f = checkUom(Payload::str(line, "uom"), findProduct(it->second), prefix + "uom"))
            return f;
        if (Payload::num(line, "quantity").value_or(0) <= 0)
            return Failure{ErrorCategory::Validation, "INVALID_QUANTITY", "Quantity of article " + article +
                                                                              " must be positive",
                           prefix + "quantity"};
    }
    if (auto f = checkDates(p, "despatch_date", "expected_delivery"))
        return f;
    return checkClosed(p.str("purchase_order"), "Purchase order", "purchase_order");
}

std::optional<Failure> checkPoAck(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"ack_number", "purchase_order", "supplier", "ack_status", "lines"}))
        return f;
    const std::string code = p.strAt("supplier", "code");
    if (!findSupplier(code))
        return Failure{ErrorCategory::MasterData, "UNKNOWN_SUPPLIER", "Supplier " + code + " does not exist",
                       "supplier.code"};
    double sum = 0;
    if (auto f = checkLines(p, "lines", true, &sum))
        return f;
    if (p.num("total_amount"))
        if (auto f = checkTotal(sum, p.num("total_amount"), "total_amount"))
            return f;
    return checkClosed(p.str("purchase_order"), "Purchase order", "purchase_order");
}

std::optional<Failure> checkInvoice(const Payload &p, TimeMs now)
{
    if (auto f = missing(p, {"invoice_number", "customer", "invoice_date", "due_date", "posting_period", "lines"}))
        return f;
    if (auto f = checkCustomer(p.strAt("customer", "code"), false, 0, {}))
        return f;
    const auto *lines = p.array("lines");
    double untaxed = 0, tax = 0;
    if (auto f = checkLines(p, "lines", true, &untaxed))
        return f;
    for (const auto &line : lines->GetArray())
        tax += Payload::num(line, "quantity").value_or(0) * Payload::num(line, "price").value_or(0) *
               Payload::num(line, "tax_rate").value_or(0) / 100.0;
    if (auto f = checkTotal(untaxed, p.num("amount_untaxed"), "amount_untaxed"))
        return f;
    if (auto f = checkTotal(untaxed + tax, p.num("amount_total"), "amount_total"))
        return f;
    if (auto f = checkDates(p, "invoice_date", "due_date"))
        return f;
    const std::string period = p.str("posting_period");
    if (p.str("invoice_date").substr(0, 7) != period)
        return Failure{ErrorCategory::Validation, "PERIOD_MISMATCH",
                       "Invoice date " + p.str("invoice_date") + " lies outside the posting period " + period,
                       "posting_period"};
    if (!DemoMasterData::periodOpen(period, now))
        return Failure{ErrorCategory::BusinessState, "PERIOD_CLOSED",
                       "Fiscal period " + period + " is closed for posting", "posting_period"};
    return checkClosed(p.str("sales_order"), "Sales order", "sales_order");
}

std::optional<Failure> checkPayment(const Payload &p, TimeMs now)
{
    if (auto f = missing(p, {"statement_line_id", "bank_account", "value_date", "amount", "currency", "counterparty"}))
        return f;
    if (p.num("amount").value_or(0) == 0)
        return Failure{ErrorCategory::Validation, "ZERO_AMOUNT", "A statement line needs a non-zero amount", "amount"};
    const std::string customer = p.strAt("counterparty", "customer_code");
    if (!customer.empty())
        if (auto f = checkCustomer(customer, false, 0, {}))
            return f;
    const std::string period = p.str("value_date").substr(0, 7);
    if (!DemoMasterData::periodOpen(period, now))
        return Failure{ErrorCategory::BusinessState, "PERIOD_CLOSED",
                       "Fiscal period " + period + " is closed for posting", "value_date"};
    return std::nullopt;
}

std::optional<Failure> checkBom(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"bom_id", "product", "revision", "uom", "components"}))
        return f;
    const std::string parent = p.str("product");
    const DemoProduct *product = findProduct(parent);
    if (!product)
        return Failure{ErrorCategory::MasterData, "UNKNOWN_PRODUCT", "Product " + parent + " does not exist", "product"};
    if (auto f = checkUom(p.str("uom"), product, "uom"))
        return f;
    if (auto f = checkLines(p, "components", false, nullptr))
        return f;
    for (const auto &c : p.array("components")->GetArray())
        if (Payload::str(c, "product") == parent)
            return Failure{ErrorCategory::Validation, "CYCLIC_BOM",
                           "Product " + parent + " cannot be a component of its own bill of materials", "components"};
    return std::nullopt;
}

std::optional<Failure> checkStock(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"batch_id", "warehouse", "items"}))
        return f;
    return checkLines(p, "items", false, nullptr);
}

using Rule = std::optional<Failure> (*)(const Payload &, TimeMs);

Rule ruleFor(const std::string &flowId)
{
    static const std::map<std::string, Rule> rules = {
        {"crm-quote-to-order", &checkSalesOrder},
        {"shopify-order-import", &checkSalesOrder},
        {"mes-production-confirmation", &checkProductionConfirmation},
        {"mes-downtime-events", &checkDowntime},
        {"qms-inspection-results", &checkInspection},
        {"wms-shipment-dispatch", &checkShipment},
        {"edi-supplier-asn", &checkAsn},
        {"edi-po-acknowledgement", &checkPoAck},
        {"invoice-posting", &checkInvoice},
        {"bank-payment-reconciliation", &checkPayment},
        {"plm-bom-sync", &checkBom},
        {"odoo-stock-to-ecommerce", &checkStock},
    };
    auto it = rules.find(flowId);
    return it == rules.end() ? nullptr : it->second;
}

// Odoo model behind a flow, for realistic answers.
const char *odooModel(const std::string &flowId)
{
    if (flowId == "crm-quote-to-order" || flowId == "shopify-order-import")
        return "sale.order";
    if (flowId == "mes-production-confirmation")
        return "mrp.workorder";
    if (flowId == "mes-downtime-events")
        return "maintenance.request";
    if (flowId == "qms-inspection-results")
        return "quality.check";
    if (flowId == "edi-supplier-asn")
        return "stock.picking";
    if (flowId == "edi-po-acknowledgement")
        return "purchase.order";
    if (flowId == "invoice-posting")
        return "account.move";
    if (flowId == "bank-payment-reconciliation")
        return "account.bank.statement.line";
    if (flowId == "plm-bom-sync")
        return "mrp.bom";
    return "ir.model";
}

} // namespace

// ---------------------------------------------------------------------------

struct DemoTargets::Impl {
    explicit Impl(Options o) : options(o) {}
    Options options;

    mutable std::mutex mutex;
    std::set<std::string> down;
    std::set<std::string> rejected;
    std::map<std::string, int> created;  // "flow|number" -> times
    std::map<std::string, std::int64_t> createdPerFlow;
    std::int64_t duplicates = 0;
    std::int64_t nextRecordId = 4100;
    std::uint64_t requestCounter = 0;

    std::string requestId(std::uint64_t salt)
    {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(detail::mix64(salt ^ options.seed)));
        return buf;
    }

    void simulateLatency(std::uint64_t salt) const
    {
        if (options.latencyMs <= 0)
            return;
        const double jitter = 0.5 + detail::unitHash(options.seed, salt);
        std::this_thread::sleep_for(
            std::chrono::milliseconds(static_cast<std::int64_t>(static_cast<double>(options.latencyMs) * jitter)));
    }
};

DemoTargets::DemoTargets() : DemoTargets(Options{}) {}

DemoTargets::DemoTargets(Options options) : d(std::make_unique<Impl>(options))
{
    for (const auto &[flow, number] : DemoMasterData::existingDocuments())
        d->created[flow + "|" + number] = 1;
}

DemoTargets::~DemoTargets() = default;

void DemoTargets::setLatencyMs(std::int64_t latencyMs)
{
    std::lock_guard lock(d->mutex);
    d->options.latencyMs = latencyMs;
}

void DemoTargets::setFailureRates(double connectivity, double authentication)
{
    std::lock_guard lock(d->mutex);
    d->options.connectivityFailureRate = connectivity;
    d->options.authFailureRate = authentication;
}

void DemoTargets::setConnectorDown(const std::string &connectorId, bool down)
{
    std::lock_guard lock(d->mutex);
    if (down)
        d->down.insert(connectorId);
    else
        d->down.erase(connectorId);
}

void DemoTargets::setCredentialsRejected(const std::string &connectorId, bool rejected)
{
    std::lock_guard lock(d->mutex);
    if (rejected)
        d->rejected.insert(connectorId);
    else
        d->rejected.erase(connectorId);
}

std::int64_t DemoTargets::createdCount(const std::string &flowId) const
{
    std::lock_guard lock(d->mutex);
    if (!flowId.empty()) {
        auto it = d->createdPerFlow.find(flowId);
        return it == d->createdPerFlow.end() ? 0 : it->second;
    }
    std::int64_t total = 0;
    for (const auto &[flow, n] : d->createdPerFlow)
        total += n;
    return total;
}

int DemoTargets::timesCreated(const std::string &flowId, const std::string &documentNumber) const
{
    std::lock_guard lock(d->mutex);
    auto it = d->created.find(flowId + "|" + documentNumber);
    return it == d->created.end() ? 0 : it->second;
}

std::int64_t DemoTargets::duplicateRejections() const
{
    std::lock_guard lock(d->mutex);
    return d->duplicates;
}

namespace {

std::string odooError(const std::string &exceptionName, const std::string &message, std::uint64_t rpcId)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nServer: Werkzeug/2.0.2 Python/3.10.12\r\n\r\n"
           "{\"jsonrpc\":\"2.0\",\"id\":" + std::to_string(rpcId) +
           ",\"error\":{\"code\":200,\"message\":\"Odoo Server Error\",\"data\":{\"name\":" + jsonQuote(exceptionName) +
           ",\"debug\":" +
           jsonQuote("Traceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/odoo/http.py\", "
                     "line 1765, in _serve_db\n    return service_model.retrying(self._serve_ir_http, self.env)\n" +
                     exceptionName + ": " + message + "\n") +
           ",\"message\":" + jsonQuote(message) + ",\"arguments\":[" + jsonQuote(message) +
           "],\"context\":{}}}}";
}

std::string httpJson(int status, const char *reason, const std::string &body, const std::string &extraHeaders = {})
{
    return "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\nContent-Type: application/json\r\n" +
           extraHeaders + "\r\n" + body;
}

} // namespace

DeliveryResult DemoTargets::deliver(const FlowDef &flow, const Transaction &tx)
{
    const auto started = std::chrono::steady_clock::now();
    const TimeMs now = Clock::system().now();
    const TargetKind kind = kindOf(flow);
    const std::uint64_t salt = detail::hashString(flow.id + "|" + tx.businessKey + "|" + tx.idempotencyKey) ^
                               static_cast<std::uint64_t>(tx.id);
    Options options;
    bool isDown, isRejected;
    std::uint64_t rpcId;
    {
        std::lock_guard lock(d->mutex);
        options = d->options;
        isDown = d->down.count(flow.connectorId) > 0;
        isRejected = d->rejected.count(flow.connectorId) > 0;
        rpcId = ++d->requestCounter;
    }
    d->simulateLatency(salt + static_cast<std::uint64_t>(tx.attempts));

    DeliveryResult result;
    auto finish = [&]() {
        result.latencyMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                                 started)
                               .count();
        return result;
    };
    auto fail = [&](ErrorCategory category, std::string code, std::string message, std::string raw) {
        result.ok = false;
        result.error.category = category;
        result.error.code = std::move(code);
        result.error.message = std::move(message);
        result.error.targetResponse = std::move(raw);
        return finish();
    };

    // Transport and authentication first, as in real life.
    const double u = detail::unitHash(options.seed, salt, static_cast<std::uint64_t>(tx.attempts));
    if (isDown || u < options.connectivityFailureRate) {
        const bool timeout = isDown ? false : detail::unitHash(salt, options.seed, 7) < 0.6;
        if (kind == TargetKind::Odoo) {
            if (timeout)
                return fail(ErrorCategory::Connectivity, "TIMEOUT",
                            "Odoo did not answer within 30 s (504 Gateway Time-out)",
                            "HTTP/1.1 504 Gateway Time-out\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\n\r\n"
                            "<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway "
                            "Time-out</h1></center><hr><center>nginx/1.22.1</center></body></html>");
            return fail(ErrorCategory::Connectivity, "CONNECTION_REFUSED",
                        "Connection to erp.acme-industrial.example:443 refused",
                        "connect ECONNREFUSED 10.20.4.11:443 (erp.acme-industrial.example)");
        }
        if (kind == TargetKind::Shopify)
            return fail(ErrorCategory::Connectivity, timeout ? "RATE_LIMITED" : "SERVICE_UNAVAILABLE",
                        timeout ? "Shopify throttled the request (429 Too Many Requests)"
                                : "Shopify is unavailable (503 Service Unavailable)",
                        timeout ? httpJson(429, "Too Many Requests", "{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.\"}", "Retry-After: 2.0\r\n")
                                : httpJson(503, "Service Unavailable", "{\"errors\":\"Unavailable Shop\"}"));
        return fail(ErrorCategory::Connectivity, timeout ? "TIMEOUT" : "SERVICE_UNAVAILABLE",
                    timeout ? "3PL API did not answer within 20 s" : "3PL API is unavailable (503 Service Unavailable)",
                    timeout ? std::string("read ETIMEDOUT api.logistics-partner.example:443")
                            : httpJson(503, "Service Unavailable",
                                       "{\"error\":{\"code\":\"maintenance\",\"message\":\"Scheduled maintenance, "
                                       "retry later\",\"request_id\":\"" + d->requestId(salt) + "\"}}"));
    }
    if (isRejected || u < options.connectivityFailureRate + options.authFailureRate) {
        if (kind == TargetKind::Odoo)
            return fail(ErrorCategory::Authentication, "SESSION_EXPIRED",
                        "Odoo refused the API key of the integration user (Access Denied)",
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":" +
                            std::to_string(rpcId) +
                            ",\"error\":{\"code\":100,\"message\":\"Odoo Session Expired\",\"data\":{\"name\":"
                            "\"odoo.exceptions.AccessDenied\",\"debug\":\"\",\"message\":\"Access Denied\","
                            "\"arguments\":[\"Access Denied\"],\"context\":{}}}}");
        if (kind == TargetKind::Shopify)
            return fail(ErrorCategory::Authentication, "INVALID_TOKEN", "Shopify rejected the access token (401)",
                        httpJson(401, "Unauthorized",
                                 "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong "
                                 "password)\"}"));
        return fail(ErrorCategory::Authentication, "TOKEN_EXPIRED", "3PL API rejected the OAuth token (401)",
                    httpJson(401, "Unauthorized",
                             "{\"error\":\"invalid_token\",\"error_description\":\"The access token expired\"}",
                             "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n"));
    }

    Payload payload(tx.payloadJson);
    std::optional<Failure> failure;
    if (!payload.ok()) {
        failure = Failure{ErrorCategory::Validation, "MALFORMED_PAYLOAD", "The payload is not a JSON object", ""};
    } else if (Rule rule = ruleFor(flow.id)) {
        failure = rule(payload, now);
    }
    const std::string number = payload.ok() ? documentNumber(flow, payload) : std::string();
    const std::string docKey = flow.id + "|" + number;
    if (!failure && !number.empty()) {
        std::lock_guard lock(d->mutex);
        auto it = d->created.find(docKey);
        if (it != d->created.end() && it->second > 0) {
            ++d->duplicates;
            failure = Failure{ErrorCategory::Duplicate, "DUPLICATE_DOCUMENT", duplicateMessage(flow, number), ""};
        } else {
            d->created[docKey] += 1;
            d->createdPerFlow[flow.id] += 1;
            result.targetReference = kind == TargetKind::Odoo ? std::string(odooModel(flow.id)) + "," +
                                                                    std::to_string(++d->nextRecordId)
                                     : kind == TargetKind::Wms ? "OB-" + std::to_string(++d->nextRecordId)
                                                               : "gid://shopify/InventoryBatch/" +
                                                                     std::to_string(++d->nextRecordId);
        }
    }
    if (failure) {
        std::string raw;
        if (kind == TargetKind::Odoo) {
            const char *exc = failure->category == ErrorCategory::Validation ? "odoo.exceptions.ValidationError"
                              : failure->category == ErrorCategory::MasterData ? "odoo.exceptions.MissingError"
                                                                               : "odoo.exceptions.UserError";
            raw = odooError(exc, failure->message, rpcId);
        } else if (kind == TargetKind::Shopify) {
            raw = httpJson(failure->category == ErrorCategory::Duplicate ? 409 : 422,
                           failure->category == ErrorCategory::Duplicate ? "Conflict" : "Unprocessable Entity",
                           "{\"errors\":{" + jsonQuote(failure->field.empty() ? "base" : failure->field) + ":[" +
                               jsonQuote(failure->message) + "]}}",
                           "X-Shopify-Shop-Api-Call-Limit: 3/40\r\n");
        } else {
            raw = httpJson(failure->category == ErrorCategory::Duplicate ? 409 : 422,
                           failure->category == ErrorCategory::Duplicate ? "Conflict" : "Unprocessable Entity",
                           "{\"error\":{\"code\":" + jsonQuote(failure->code) + ",\"message\":" +
                               jsonQuote(failure->message) + ",\"field\":" + jsonQuote(failure->field) +
                               ",\"request_id\":\"" + d->requestId(salt) + "\"}}");
        }
        return fail(failure->category, failure->code, failure->message, std::move(raw));
    }
    result.ok = true;
    return finish();
}

ConnectionTest DemoTargets::test(const ConnectorRecord &connector)
{
    ConnectionTest t;
    Options options;
    bool isDown, isRejected;
    {
        std::lock_guard lock(d->mutex);
        options = d->options;
        isDown = d->down.count(connector.id) > 0;
        isRejected = d->rejected.count(connector.id) > 0;
    }
    const std::uint64_t salt = detail::hashString(connector.id, options.seed);
    d->simulateLatency(salt);
    // A handshake takes what it takes on the wire.
    t.latencyMs = options.latencyMs + 15 + static_cast<std::int64_t>(detail::unitHash(salt) * 60.0);
    std::string host = connector.endpoint;
    if (auto p = host.find("://"); p != std::string::npos)
        host = host.substr(p + 3);
    if (auto p = host.find('/'); p != std::string::npos)
        host = host.substr(0, p);
    if (isDown) {
        t.ok = false;
        t.message = "Cannot reach " + host + ": connection refused";
        return t;
    }
    if (isRejected) {
        t.ok = false;
        t.message = "Reached " + host + " but the credential was rejected (401 Unauthorized)";
        return t;
    }
    if (connector.paused) {
        t.ok = true;
        t.message = "Reachable and authenticated; the connector is paused, so nothing is delivered";
        return t;
    }
    t.ok = true;
    if (connector.kind == "odoo")
        t.message = "Odoo 17.0 at " + host + " answered; authenticated as integration user (uid 7)";
    else if (connector.kind == "shop")
        t.message = "Shopify Admin API 2024-10 at " + host + " answered; access scopes read_inventory, write_inventory";
    else
        t.message = connector.name + " at " + host + " answered; " + connector.authType + " authentication accepted";
    return t;
}

} // namespace flowdesk::backend
