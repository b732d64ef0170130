#include "demo_rules.h"

#include "engine_json.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>

namespace flowdesk::backend::demo {

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


namespace {

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
    explicit Payload(const rapidjson::Value &root) : m_doc(root) {}
    bool ok() const { return m_doc.IsObject(); }
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
    const rapidjson::Value &m_doc;
};
std::optional<RuleFailure> missing(const Payload &p, std::initializer_list<const char *> fields)
{
    for (const char *f : fields) {
        const auto *v = Payload::get(p.root(), f);
        if (!v || v->IsNull() || (v->IsString() && v->GetStringLength() == 0))
            return RuleFailure{ErrorCategory::Validation, "MISSING_FIELD",
                           std::string("Field ") + f + " is required", f};
    }
    return std::nullopt;
}

std::optional<RuleFailure> checkCustomer(const std::string &code, bool checkCredit, double orderTotal,
                                     const std::string &currency)
{
    if (code.empty())
        return RuleFailure{ErrorCategory::Validation, "MISSING_FIELD", "Field customer.code is required", "customer.code"};
    const DemoCustomer *c = findCustomer(code);
    if (!c)
        return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_CUSTOMER", "Customer " + code + " does not exist",
                       "customer.code"};
    if (!checkCredit)
        return std::nullopt;
    if (c->creditHold)
        return RuleFailure{ErrorCategory::BusinessState, "CREDIT_HOLD",
                       "Customer " + code + " is on credit hold; new orders are blocked until finance releases it",
                       "customer.code"};
    if (currency == c->currency && orderTotal > c->creditLimit - c->openExposure)
        return RuleFailure{ErrorCategory::BusinessState, "CREDIT_LIMIT_EXCEEDED",
                       "Order total " + money(orderTotal, currency) + " exceeds the available credit of " +
                           money(std::max(0.0, c->creditLimit - c->openExposure), currency) + " for customer " + code,
                       "total_amount"};
    return std::nullopt;
}

std::optional<RuleFailure> checkUom(const std::string &uom, const DemoProduct *product, const std::string &field)
{
    const auto &uoms = DemoMasterData::uoms();
    auto it = uoms.find(uom);
    if (it == uoms.end())
        return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_UOM", "Unit of measure \"" + uom + "\" is not defined",
                       field};
    if (product) {
        auto own = uoms.find(product->uom);
        if (own != uoms.end() && own->second != it->second)
            return RuleFailure{ErrorCategory::Validation, "UOM_CATEGORY_MISMATCH",
                           "The unit of measure " + uom + " on the line is not in the same category as the unit " +
                               product->uom + " of product " + product->code,
                           field};
    }
    return std::nullopt;
}

// Lines with product, quantity, uom and optionally price. *sum receives the sum
// of quantity x price (net of discounts).
std::optional<RuleFailure> checkLines(const Payload &p, const char *arrayName, bool priced, double *sum,
                                  const char *productField = "product")
{
    const auto *lines = p.array(arrayName);
    if (!lines || lines->Empty())
        return RuleFailure{ErrorCategory::Validation, "NO_LINES", std::string("The document has no ") + arrayName,
                       arrayName};
    double total = 0;
    int index = 0;
    for (const auto &line : lines->GetArray()) {
        const std::string prefix = std::string(arrayName) + "[" + std::to_string(index++) + "].";
        const std::string code = Payload::str(line, productField);
        const DemoProduct *product = findProduct(code);
        if (!product)
            return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_PRODUCT",
                           code.empty() ? "Line without product" : "Product " + code + " does not exist",
                           prefix + productField};
        const auto qty = Payload::num(line, "quantity").value_or(Payload::num(line, "quantity_available").value_or(-1));
        if (qty < 0 || (qty == 0 && std::string(arrayName) != "items"))
            return RuleFailure{ErrorCategory::Validation, "INVALID_QUANTITY",
                           "Quantity of product " + code + " must be positive", prefix + "quantity"};
        if (auto f = checkUom(Payload::str(line, "uom"), product, prefix + "uom"))
            return f;
        if (priced) {
            const auto price = Payload::num(line, "price");
            if (!price || *price < 0)
                return RuleFailure{ErrorCategory::Validation, "INVALID_PRICE", "Price of product " + code + " is missing",
                               prefix + "price"};
            const double discount = Payload::num(line, "discount_percent").value_or(0);
            total += qty * *price * (1 - discount / 100.0);
        }
    }
    if (sum)
        *sum = total;
    return std::nullopt;
}

std::optional<RuleFailure> checkTotal(double computed, std::optional<double> stated, const char *field)
{
    if (!stated)
        return RuleFailure{ErrorCategory::Validation, "MISSING_FIELD", std::string("Field ") + field + " is required",
                       field};
    if (std::fabs(computed - *stated) > 0.01 + 1e-9 * std::fabs(computed)) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "Total %.2f does not match the sum of the lines %.2f", *stated, computed);
        return RuleFailure{ErrorCategory::Validation, "TOTAL_MISMATCH", buf, field};
    }
    return std::nullopt;
}

std::optional<RuleFailure> checkDates(const Payload &p, const char *earlier, const char *later)
{
    const auto a = detail::parseIsoTime(p.str(earlier));
    const auto b = detail::parseIsoTime(p.str(later));
    if (!a)
        return RuleFailure{ErrorCategory::Validation, "INVALID_DATE",
                       std::string("Field ") + earlier + " is not a valid date", earlier};
    if (!b)
        return RuleFailure{ErrorCategory::Validation, "INVALID_DATE",
                       std::string("Field ") + later + " is not a valid date", later};
    if (*b < *a)
        return RuleFailure{ErrorCategory::Validation, "DATE_ORDER",
                       std::string("Field ") + later + " (" + p.str(later) + ") lies before " + earlier + " (" +
                           p.str(earlier) + ")",
                       later};
    return std::nullopt;
}

std::optional<RuleFailure> checkClosed(const std::string &order, const char *what, const char *field)
{
    if (!order.empty() && contains(DemoMasterData::closedOrders(), order))
        return RuleFailure{ErrorCategory::BusinessState, "ORDER_CLOSED",
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
std::string documentNumberOf(const std::string &flowId, const Payload &p)
{
    static const std::map<std::string, const char *> keys = {
        {"crm-quote-to-order", "order_number"},      {"shopify-order-import", "order_number"},
        {"mes-production-confirmation", "confirmation_id"}, {"mes-downtime-events", "event_id"},
        {"qms-inspection-results", "inspection_lot"}, {"wms-shipment-dispatch", "shipment_number"},
        {"edi-supplier-asn", "asn_number"},          {"edi-po-acknowledgement", "ack_number"},
        {"invoice-posting", "invoice_number"},       {"bank-payment-reconciliation", "statement_line_id"},
        {"plm-bom-sync", "bom_id"},                  {"odoo-stock-to-ecommerce", "batch_id"},
    };
    auto it = keys.find(flowId);
    if (it == keys.end())
        return {};
    std::string number = p.str(it->second);
    if (flowId == "plm-bom-sync")
        number += " rev. " + p.str("revision");
    return number;
}

std::string duplicateMessageOf(const std::string &flowId, const std::string &number)
{
    static const std::map<std::string, std::string> nouns = {
        {"crm-quote-to-order", "Sales order"},     {"shopify-order-import", "Sales order"},
        {"mes-production-confirmation", "Production confirmation"}, {"mes-downtime-events", "Downtime event"},
        {"qms-inspection-results", "Inspection lot"}, {"wms-shipment-dispatch", "Outbound order"},
        {"edi-supplier-asn", "Despatch advice"},   {"edi-po-acknowledgement", "Order response"},
        {"invoice-posting", "Journal entry for invoice"}, {"bank-payment-reconciliation", "Statement line"},
        {"plm-bom-sync", "Bill of materials"},     {"odoo-stock-to-ecommerce", "Inventory batch"},
    };
    auto it = nouns.find(flowId);
    return (it == nouns.end() ? std::string("Document") : it->second) + " " + number + " already exists";
}

// ---- per flow business rules ----

std::optional<RuleFailure> checkSalesOrder(const Payload &p, TimeMs)
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

std::optional<RuleFailure> checkProductionConfirmation(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"confirmation_id", "production_order", "plant", "work_center", "product", "uom"}))
        return f;
    const DemoProduct *product = findProduct(p.str("product"));
    if (!product)
        return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_PRODUCT", "Product " + p.str("product") + " does not exist",
                       "product"};
    if (!contains(DemoMasterData::workCenters(), p.str("work_center")))
        return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_WORK_CENTER",
                       "Work center " + p.str("work_center") + " is not defined for plant " + p.str("plant"),
                       "work_center"};
    if (auto f = checkUom(p.str("uom"), product, "uom"))
        return f;
    const double good = p.num("quantity_good").value_or(0);
    const double scrap = p.num("quantity_scrap").value_or(0);
    if (good < 0 || scrap < 0 || good + scrap <= 0)
        return RuleFailure{ErrorCategory::Validation, "INVALID_QUANTITY",
                       "A confirmation needs a produced or scrapped quantity", "quantity_good"};
    return checkClosed(p.str("production_order"), "Manufacturing order", "production_order");
}

std::optional<RuleFailure> checkDowntime(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"event_id", "plant", "work_center", "equipment", "reason_code", "started_at"}))
        return f;
    if (!contains(DemoMasterData::equipment(), p.str("equipment")))
        return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_EQUIPMENT",
                       "Equipment " + p.str("equipment") + " is not registered in maintenance", "equipment"};
    if (!contains(DemoMasterData::workCenters(), p.str("work_center")))
        return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_WORK_CENTER",
                       "Work center " + p.str("work_center") + " is not defined for plant " + p.str("plant"),
                       "work_center"};
    if (!p.str("ended_at").empty())
        return checkDates(p, "started_at", "ended_at");
    return std::nullopt;
}

std::optional<RuleFailure> checkInspection(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"inspection_lot", "plant", "product", "lot_number", "result", "uom"}))
        return f;
    const DemoProduct *product = findProduct(p.str("product"));
    if (!product)
        return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_PRODUCT", "Product " + p.str("product") + " does not exist",
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
                    return RuleFailure{ErrorCategory::Validation, "INCONSISTENT_RESULT",
                                   "Lot accepted although characteristic '" + Payload::str(c, "name") +
                                       "' is out of tolerance",
                                   "result"};
            }
        }
    }
    return checkClosed(p.str("purchase_order"), "Purchase order", "purchase_order");
}

std::optional<RuleFailure> checkShipment(const Payload &p, TimeMs)
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
        return RuleFailure{ErrorCategory::Validation, "INVALID_POSTAL_CODE",
                       "Postal code '" + postal + "' is not valid for country " + country,
                       "delivery_address.postal_code"};
    return checkClosed(p.str("sales_order"), "Sales order", "sales_order");
}

std::optional<RuleFailure> checkAsn(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"asn_number", "supplier", "purchase_order", "despatch_date", "expected_delivery", "lines"}))
        return f;
    const std::string code = p.strAt("supplier", "code");
    const DemoSupplier *supplier = findSupplier(code);
    if (!supplier)
        return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_SUPPLIER", "Supplier " + code + " does not exist",
                       "supplier.code"};
    const auto *lines = p.array("lines");
    if (!lines || lines->Empty())
        return RuleFailure{ErrorCategory::Validation, "NO_LINES", "The despatch advice has no lines", "lines"};
    int index = 0;
    for (const auto &line : lines->GetArray()) {
        const std::string prefix = "lines[" + std::to_string(index++) + "].";
        const std::string article = Payload::str(line, "supplier_product");
        auto it = supplier->articles.find(article);
        if (it == supplier->articles.end())
            return RuleFailure{ErrorCategory::MasterData, "MISSING_SUPPLIER_MAPPING",
                           "No product mapping for article " + article + " of supplier " + code,
                           prefix + "supplier_product"};
        const std::string product = Payload::str(line, "product");
        if (!product.empty() && product != it->second)
            return RuleFailure{ErrorCategory::Validation, "PRODUCT_MISMATCH",
                           "Article " + article + " maps to " + it->second + ", not " + product, prefix + "product"};
        if (auto f = checkUom(Payload::str(line, "uom"), findProduct(it->second), prefix + "uom"))
            return f;
        if (Payload::num(line, "quantity").value_or(0) <= 0)
            return RuleFailure{ErrorCategory::Validation, "INVALID_QUANTITY", "Quantity of article " + article +
                                                                              " must be positive",
                           prefix + "quantity"};
    }
    if (auto f = checkDates(p, "despatch_date", "expected_delivery"))
        return f;
    return checkClosed(p.str("purchase_order"), "Purchase order", "purchase_order");
}

std::optional<RuleFailure> checkPoAck(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"ack_number", "purchase_order", "supplier", "ack_status", "lines"}))
        return f;
    const std::string code = p.strAt("supplier", "code");
    if (!findSupplier(code))
        return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_SUPPLIER", "Supplier " + code + " does not exist",
                       "supplier.code"};
    double sum = 0;
    if (auto f = checkLines(p, "lines", true, &sum))
        return f;
    if (p.num("total_amount"))
        if (auto f = checkTotal(sum, p.num("total_amount"), "total_amount"))
            return f;
    return checkClosed(p.str("purchase_order"), "Purchase order", "purchase_order");
}

std::optional<RuleFailure> checkInvoice(const Payload &p, TimeMs now)
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
        return RuleFailure{ErrorCategory::Validation, "PERIOD_MISMATCH",
                       "Invoice date " + p.str("invoice_date") + " lies outside the posting period " + period,
                       "posting_period"};
    if (!DemoMasterData::periodOpen(period, now))
        return RuleFailure{ErrorCategory::BusinessState, "PERIOD_CLOSED",
                       "Fiscal period " + period + " is closed for posting", "posting_period"};
    return checkClosed(p.str("sales_order"), "Sales order", "sales_order");
}

std::optional<RuleFailure> checkPayment(const Payload &p, TimeMs now)
{
    if (auto f = missing(p, {"statement_line_id", "bank_account", "value_date", "amount", "currency", "counterparty"}))
        return f;
    if (p.num("amount").value_or(0) == 0)
        return RuleFailure{ErrorCategory::Validation, "ZERO_AMOUNT", "A statement line needs a non-zero amount", "amount"};
    const std::string customer = p.strAt("counterparty", "customer_code");
    if (!customer.empty())
        if (auto f = checkCustomer(customer, false, 0, {}))
            return f;
    const std::string period = p.str("value_date").substr(0, 7);
    if (!DemoMasterData::periodOpen(period, now))
        return RuleFailure{ErrorCategory::BusinessState, "PERIOD_CLOSED",
                       "Fiscal period " + period + " is closed for posting", "value_date"};
    return std::nullopt;
}

std::optional<RuleFailure> checkBom(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"bom_id", "product", "revision", "uom", "components"}))
        return f;
    const std::string parent = p.str("product");
    const DemoProduct *product = findProduct(parent);
    if (!product)
        return RuleFailure{ErrorCategory::MasterData, "UNKNOWN_PRODUCT", "Product " + parent + " does not exist", "product"};
    if (auto f = checkUom(p.str("uom"), product, "uom"))
        return f;
    if (auto f = checkLines(p, "components", false, nullptr))
        return f;
    for (const auto &c : p.array("components")->GetArray())
        if (Payload::str(c, "product") == parent)
            return RuleFailure{ErrorCategory::Validation, "CYCLIC_BOM",
                           "Product " + parent + " cannot be a component of its own bill of materials", "components"};
    return std::nullopt;
}

std::optional<RuleFailure> checkStock(const Payload &p, TimeMs)
{
    if (auto f = missing(p, {"batch_id", "warehouse", "items"}))
        return f;
    return checkLines(p, "items", false, nullptr);
}

using Rule = std::optional<RuleFailure> (*)(const Payload &, TimeMs);

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
const char *odooModelOf(const std::string &flowId)
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

std::optional<RuleFailure> checkDocument(const std::string &flowId, const rapidjson::Value &document, TimeMs now)
{
    const Payload payload(document);
    if (!payload.ok())
        return RuleFailure{ErrorCategory::Validation, "MALFORMED_PAYLOAD", "The payload is not a JSON object", ""};
    if (Rule rule = ruleFor(flowId))
        return rule(payload, now);
    return std::nullopt;
}

std::optional<RuleFailure> checkDocument(const std::string &flowId, const std::string &json, TimeMs now)
{
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    if (doc.HasParseError() || !doc.IsObject())
        return RuleFailure{ErrorCategory::Validation, "MALFORMED_PAYLOAD", "The payload is not a JSON object", ""};
    return checkDocument(flowId, doc, now);
}

std::string documentNumber(const std::string &flowId, const rapidjson::Value &document)
{
    return document.IsObject() ? documentNumberOf(flowId, Payload(document)) : std::string();
}

std::string duplicateMessage(const std::string &flowId, const std::string &number)
{
    return duplicateMessageOf(flowId, number);
}

const char *odooModel(const std::string &flowId)
{
    return odooModelOf(flowId);
}

std::string flowOfOdooModel(const std::string &model)
{
    static const std::map<std::string, std::string> flows = {
        {"sale.order", "crm-quote-to-order"},
        {"mrp.workorder", "mes-production-confirmation"},
        {"maintenance.request", "mes-downtime-events"},
        {"quality.check", "qms-inspection-results"},
        {"stock.picking", "edi-supplier-asn"},
        {"purchase.order", "edi-po-acknowledgement"},
        {"account.move", "invoice-posting"},
        {"account.bank.statement.line", "bank-payment-reconciliation"},
        {"mrp.bom", "plm-bom-sync"},
    };
    auto it = flows.find(model);
    return it == flows.end() ? std::string() : it->second;
}

const char *odooReferenceField(const std::string &model)
{
    static const std::map<std::string, const char *> fields = {
        {"sale.order", "client_order_ref"},
        {"mrp.workorder", "x_confirmation_id"},
        {"maintenance.request", "x_event_id"},
        {"quality.check", "x_inspection_lot"},
        {"stock.picking", "x_asn_number"},
        {"purchase.order", "x_ack_number"},
        {"account.move", "ref"},
        {"account.bank.statement.line", "unique_import_id"},
        {"mrp.bom", "x_bom_id"},
    };
    auto it = fields.find(model);
    return it == fields.end() ? nullptr : it->second;
}

const char *odooExceptionName(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::MasterData:
        return "odoo.exceptions.MissingError";
    case ErrorCategory::BusinessState:
        return "odoo.exceptions.UserError";
    default:
        return "odoo.exceptions.ValidationError";
    }
}

} // namespace flowdesk::backend::demo
