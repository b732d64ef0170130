// A site's configuration file as an IT admin meets it: the demo site and the
// annotated example load cleanly; a file with a defect is refused naming the
// file, the line and the problem; the demo's error rules turn the simulated
// targets' answers into the codes and advice people act on.

#include "payload.h"
#include "siteconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <set>
#include <sstream>

using namespace flowdesk::backend;

Q_DECLARE_METATYPE(flowdesk::backend::ErrorCategory)

class TestSiteConfig : public QObject {
    Q_OBJECT

private slots:
    void demoSiteLoads();
    void demoSiteIsTheCatalogue();
    void embeddedDemoSiteIsTheFile();
    void exampleSiteLoads();
    void everyCodeHasWhatToDo();
    void demoRulesMapTargetAnswers_data();
    void demoRulesMapTargetAnswers();
    void baseSiteLoads();
    void storeInPostgresLoads();
    void defectRefused_data();
    void defectRefused();
    void everyDefectReported();
    void missingFileNamed();
    void secretNeverRepeated();
};

namespace {

const std::string kSourceDir = FLOWDESK_SOURCE_DIR;

std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeText(const QString &path, const std::string &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(text.data(), static_cast<qint64>(text.size()));
}

std::string allErrors(const std::vector<ConfigError> &errors)
{
    std::string s;
    for (const auto &e : errors)
        s += "\n  " + e.text();
    return s;
}

// 1-based line of the first occurrence of `needle`; 0 when absent.
int lineOf(const std::string &text, const std::string &needle)
{
    const size_t at = text.find(needle);
    if (at == std::string::npos)
        return 0;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// A small valid site; each defect below changes one thing in it.
const std::string kBaseSite = R"(server:
  listen: 127.0.0.1:8443
  session_ttl: 8h
plants:
  - {id: DE01, name: Berlin}
connectors:
  - id: odoo
    name: Odoo ERP
    system: Odoo
    kind: odoo
    base_url: https://erp.example.com
    odoo: {protocol: jsonrpc, database: acme, login: integration@example.com}
    auth: {scheme: api_key, secret_env: FLOWDESK_ODOO_KEY}
  - id: wms
    name: Warehouse
    kind: http
    base_url: https://wms.example.com/api
    auth: {scheme: bearer, secret_env: FLOWDESK_WMS_TOKEN}
    health_path: /health
  - {id: crm, name: CRM, kind: inbound}
flows:
  - id: orders
    name: {en: Orders, de: Aufträge}
    domain: sales
    source: CRM
    target: Odoo
    connector: odoo
    business_object: sales_order
    sla: 30m
    retry: {max_attempts: 5, initial_backoff: 2s, multiplier: 2, max_backoff: 5m}
    schema_file: schemas/orders.json
    delivery:
      odoo:
        model: sale.order
        external_ref: client_order_ref
        references:
          - {pointer: /customer/code, model: res.partner, field: ref, odoo_field: partner_id, missing_code: UNKNOWN_CUSTOMER}
    errors:
      - {code: CREDIT_HOLD, when_code: ODOO_USER_ERROR, match: "credit hold", what_to_do: {en: Release it, de: Freigeben}}
  - id: shipments
    name: Shipments
    domain: logistics
    source: Odoo
    target: Warehouse
    connector: wms
    business_object: shipment
    schema:
      type: object
      properties:
        number: {type: string}
      x-business: {key: /number}
    delivery:
      http: {method: POST, path: /v2/orders}
)";

const std::string kBaseSchema = R"({
  "$schema": "http://json-schema.org/draft-04/schema#",
  "type": "object",
  "additionalProperties": false,
  "required": ["number", "customer"],
  "properties": {
    "number": {"type": "string", "pattern": "^SO-[0-9]+$"},
    "customer": {
      "type": "object",
      "properties": {"code": {"type": "string"}, "email": {"type": "string"}}
    },
    "lines": {"type": "array", "items": {"type": "object", "properties": {"price": {"type": "number"}}}}
  },
  "x-sensitive": ["/customer/email", "/lines/*/price"],
  "x-business": {"key": "/number", "counterparty": "/customer/code"}
}
)";

std::string replaced(std::string text, const std::string &find, const std::string &replace)
{
    const size_t at = text.find(find);
    if (at == std::string::npos)
        return {};
    return text.replace(at, find.size(), replace);
}

bool hasError(const std::vector<ConfigError> &errors, const std::string &file, int line, const std::string &part)
{
    for (const auto &e : errors)
        if (e.where.file == file && e.where.line == line && e.message.find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace


void TestSiteConfig::demoSiteLoads()
{
    std::vector<ConfigError> errors;
    const auto site = loadSiteConfig(kSourceDir + "/backend/demo/site/demo-site.yaml", &errors);
    QVERIFY2(site && errors.empty(), allErrors(errors).c_str());
    QCOMPARE(site->flows.size(), size_t(12));
    QCOMPARE(site->connectors.size(), size_t(12));
    QCOMPARE(site->plants.size(), size_t(4));
    QCOMPARE(site->plants[2].name, std::string("Poznań"));
    for (const auto &f : site->flows) {
        const std::string id = f.def.id;
        QVERIFY2(!localized(f.names, "de").empty() && f.names.at("de") != f.names.at("en"), id.c_str());
        QVERIFY2(f.descriptions.count("de") && f.descriptions.at("de") != f.descriptions.at("en"), id.c_str());
        QCOMPARE(f.def.localizedNames.at("de"), f.names.at("de"));
        QVERIFY2(PayloadSchema::compile(f.def.payloadSchemaJson) != nullptr, id.c_str());
        QVERIFY2(!f.errors.empty(), id.c_str());
        const auto *c = site->connector(f.def.connectorId);
        QVERIFY2(c && c->kind != ConnectorKind::Inbound, id.c_str());
        if (c->kind == ConnectorKind::Odoo) {
            QVERIFY2(!f.target.odooModel.empty() && !f.target.externalRefField.empty(), id.c_str());
            QVERIFY2(!f.target.references.empty(), id.c_str());
            for (const auto &r : f.target.references) {
                QVERIFY2(!r.missingCode.empty(), (id + " " + r.pointer).c_str());
                QVERIFY2(r.label.count("en") && r.label.count("de"), (id + " " + r.pointer).c_str());
            }
        } else {
            QVERIFY2(!f.target.pathTemplate.empty(), id.c_str());
        }
    }
    const auto *crm = site->flow("crm-quote-to-order");
    QVERIFY(crm);
    QCOMPARE(crm->target.odooModel, std::string("sale.order"));
    QCOMPARE(crm->target.externalRefField, std::string("client_order_ref"));
    QCOMPARE(crm->target.references.at(1).pointer, std::string("/lines/*/product"));
    QCOMPARE(crm->target.references.at(1).odooField, std::string("product_id"));
    QCOMPARE(site->flow("bank-payment-reconciliation")->target.externalRefField, std::string("unique_import_id"));
    QCOMPARE(site->flow("wms-shipment-dispatch")->target.pathTemplate, std::string("/v2/outbound-orders"));

    const auto *odoo = site->connector("odoo");
    QVERIFY(odoo);
    QCOMPARE(odoo->baseUrl, std::string("https://erp.acme-industrial.example"));
    QCOMPARE(odoo->odooDatabase, std::string("acme-prod"));
    QCOMPARE(odoo->odooLogin, std::string("integration@acme-industrial.example"));
    QVERIFY(odoo->auth == AuthScheme::ApiKey);
    QCOMPARE(odoo->secretEnv, std::string("FLOWDESK_DEMO_ODOO_KEY"));
    const auto *shop = site->connector("shopify");
    QCOMPARE(shop->apiKeyHeader, std::string("X-Shopify-Access-Token"));
    QCOMPARE(shop->healthPath, std::string("/admin/api/2024-10/shop.json"));
    QVERIFY(site->connector("wms-3pl")->auth == AuthScheme::Bearer);
    for (const char *inbound : {"salesforce", "mes-de01", "mes-fr01", "mes-pl01", "mes-mx01", "edi-provider", "bank",
                                "qms", "plm"})
        QVERIFY2(site->connector(inbound) && site->connector(inbound)->kind == ConnectorKind::Inbound, inbound);
}

void TestSiteConfig::demoSiteIsTheCatalogue()
{
    // The flows the demo, its traffic, the console's tests and the benchmarks
    // rely on: id, domain, connector, business object, SLA, attempts, batch.
    struct Want {
        const char *id, *domain, *connector, *object;
        std::int64_t slaSeconds;
        int maxAttempts;
        bool batch;
    };
    const Want want[] = {
        {"crm-quote-to-order", "sales", "odoo", "sales_order", 1800, 5, false},
        {"shopify-order-import", "sales", "odoo", "sales_order", 900, 6, false},
        {"mes-production-confirmation", "production", "odoo", "production_confirmation", 900, 8, false},
        {"mes-downtime-events", "production", "odoo", "downtime_event", 3600, 5, false},
        {"qms-inspection-results", "quality", "odoo", "quality_inspection", 1800, 5, false},
        {"wms-shipment-dispatch", "logistics", "wms-3pl", "shipment", 3600, 6, false},
        {"edi-supplier-asn", "procurement", "odoo", "advance_shipping_notice", 7200, 5, false},
        {"edi-po-acknowledgement", "procurement", "odoo", "purchase_order_ack", 14400, 5, false},
        {"invoice-posting", "finance", "odoo", "customer_invoice", 14400, 5, false},
        {"bank-payment-reconciliation", "finance", "odoo", "bank_statement_line", 28800, 5, false},
        {"plm-bom-sync", "engineering", "odoo", "bill_of_materials", 86400, 4, false},
        {"odoo-stock-to-ecommerce", "sales", "shopify", "stock_level_batch", 900, 3, true},
    };
    std::vector<ConfigError> errors;
    const auto site = loadSiteConfig(kSourceDir + "/backend/demo/site/demo-site.yaml", &errors);
    QVERIFY2(site, allErrors(errors).c_str());
    QCOMPARE(site->flows.size(), std::size(want));
    for (const auto &w : want) {
        const FlowConfig *f = site->flow(w.id);
        QVERIFY2(f, w.id);
        QCOMPARE(f->def.domain, std::string(w.domain));
        QCOMPARE(f->def.connectorId, std::string(w.connector));
        QCOMPARE(f->def.businessObjectType, std::string(w.object));
        QCOMPARE(f->def.slaSeconds, w.slaSeconds);
        QCOMPARE(f->def.retry.maxAttempts, w.maxAttempts);
        QCOMPARE(f->def.batch, w.batch);
        QVERIFY2(PayloadSchema::compile(f->def.payloadSchemaJson) != nullptr, w.id);
    }
}

void TestSiteConfig::embeddedDemoSiteIsTheFile()
{
    const auto &files = embeddedDemoSiteFiles();
    QVERIFY(files.count("demo-site.yaml"));
    QCOMPARE(files.size(), size_t(13));  // the configuration and 12 schemas
    for (const auto &[name, content] : files)
        QVERIFY2(content == readText(kSourceDir + "/backend/demo/site/" + name), name.c_str());

    std::vector<ConfigError> errors;
    const auto embedded = loadDemoSiteConfig(&errors);
    QVERIFY2(embedded && errors.empty(), allErrors(errors).c_str());
    const auto onDisk = loadSiteConfig(kSourceDir + "/backend/demo/site/demo-site.yaml", &errors);
    QVERIFY(onDisk);
    QCOMPARE(embedded->flows.size(), onDisk->flows.size());
    for (size_t i = 0; i < onDisk->flows.size(); ++i) {
        QCOMPARE(embedded->flows[i].def.payloadSchemaJson, onDisk->flows[i].def.payloadSchemaJson);
        QCOMPARE(embedded->flows[i].errors.size(), onDisk->flows[i].errors.size());
    }
}

void TestSiteConfig::exampleSiteLoads()
{
    std::vector<ConfigError> errors;
    const auto site = loadSiteConfig(kSourceDir + "/backend/site/example-site.yaml", &errors);
    QVERIFY2(site && errors.empty(), allErrors(errors).c_str());
    QVERIFY(!site->flows.empty());
    QVERIFY(site->connector("odoo") && site->connector("odoo")->kind == ConnectorKind::Odoo);
    for (const auto &f : site->flows) {
        QVERIFY2(PayloadSchema::compile(f.def.payloadSchemaJson) != nullptr, f.def.id.c_str());
        QVERIFY2(f.names.count("de"), f.def.id.c_str());
        for (const auto &rule : f.errors)
            if (!rule.whatToDo.empty())
                QVERIFY2(rule.whatToDo.count("de"), (f.def.id + " " + rule.code).c_str());
    }
}

void TestSiteConfig::everyCodeHasWhatToDo()
{
    std::vector<ConfigError> errors;
    const auto site = loadSiteConfig(kSourceDir + "/backend/demo/site/demo-site.yaml", &errors);
    QVERIFY2(site, allErrors(errors).c_str());
    // The codes the simulated targets give, per flow (demo_targets.cpp).
    const std::map<std::string, std::vector<std::string>> produced = {
        {"crm-quote-to-order", {"NO_LINES", "UNKNOWN_PRODUCT", "INVALID_QUANTITY", "UNKNOWN_UOM", "UOM_CATEGORY_MISMATCH",
                                "INVALID_PRICE", "TOTAL_MISMATCH", "INVALID_DATE", "DATE_ORDER", "ORDER_CLOSED",
                                "UNKNOWN_CUSTOMER", "CREDIT_HOLD", "CREDIT_LIMIT_EXCEEDED"}},
        {"shopify-order-import", {"NO_LINES", "UNKNOWN_PRODUCT", "INVALID_QUANTITY", "UNKNOWN_UOM",
                                  "UOM_CATEGORY_MISMATCH", "INVALID_PRICE", "TOTAL_MISMATCH", "INVALID_DATE",
                                  "DATE_ORDER", "ORDER_CLOSED", "UNKNOWN_CUSTOMER", "CREDIT_HOLD",
                                  "CREDIT_LIMIT_EXCEEDED"}},
        {"mes-production-confirmation", {"UNKNOWN_PRODUCT", "UNKNOWN_WORK_CENTER", "UNKNOWN_UOM",
                                         "UOM_CATEGORY_MISMATCH", "INVALID_QUANTITY", "ORDER_CLOSED"}},
        {"mes-downtime-events", {"UNKNOWN_EQUIPMENT", "UNKNOWN_WORK_CENTER", "INVALID_DATE", "DATE_ORDER"}},
        {"qms-inspection-results", {"UNKNOWN_PRODUCT", "UNKNOWN_UOM", "UOM_CATEGORY_MISMATCH", "INCONSISTENT_RESULT",
                                    "ORDER_CLOSED"}},
        {"wms-shipment-dispatch", {"UNKNOWN_CUSTOMER", "NO_LINES", "UNKNOWN_PRODUCT", "INVALID_QUANTITY",
                                   "UNKNOWN_UOM", "UOM_CATEGORY_MISMATCH", "INVALID_POSTAL_CODE", "ORDER_CLOSED",
                                   "TIMEOUT", "SERVICE_UNAVAILABLE", "TOKEN_EXPIRED"}},
        {"edi-supplier-asn", {"UNKNOWN_SUPPLIER", "NO_LINES", "MISSING_SUPPLIER_MAPPING", "PRODUCT_MISMATCH",
                              "UNKNOWN_UOM", "UOM_CATEGORY_MISMATCH", "INVALID_QUANTITY", "INVALID_DATE", "DATE_ORDER",
                              "ORDER_CLOSED"}},
        {"edi-po-acknowledgement", {"UNKNOWN_SUPPLIER", "NO_LINES", "UNKNOWN_PRODUCT", "INVALID_QUANTITY",
                                    "UNKNOWN_UOM", "UOM_CATEGORY_MISMATCH", "INVALID_PRICE", "TOTAL_MISMATCH",
                                    "ORDER_CLOSED"}},
        {"invoice-posting", {"UNKNOWN_CUSTOMER", "NO_LINES", "UNKNOWN_PRODUCT", "INVALID_QUANTITY", "UNKNOWN_UOM",
                             "UOM_CATEGORY_MISMATCH", "INVALID_PRICE", "TOTAL_MISMATCH", "INVALID_DATE", "DATE_ORDER",
                             "PERIOD_MISMATCH", "PERIOD_CLOSED", "ORDER_CLOSED"}},
        {"bank-payment-reconciliation", {"ZERO_AMOUNT", "UNKNOWN_CUSTOMER", "PERIOD_CLOSED"}},
        {"plm-bom-sync", {"UNKNOWN_PRODUCT", "UNKNOWN_UOM", "UOM_CATEGORY_MISMATCH", "NO_LINES", "INVALID_QUANTITY",
                          "CYCLIC_BOM"}},
        {"odoo-stock-to-ecommerce", {"NO_LINES", "UNKNOWN_PRODUCT", "INVALID_QUANTITY", "UNKNOWN_UOM",
                                     "UOM_CATEGORY_MISMATCH", "RATE_LIMITED", "SERVICE_UNAVAILABLE",
                                     "INVALID_TOKEN"}},
    };
    QCOMPARE(produced.size(), site->flows.size());
    for (const auto &f : site->flows) {
        auto it = produced.find(f.def.id);
        QVERIFY2(it != produced.end(), f.def.id.c_str());
        std::set<std::string> codes(it->second.begin(), it->second.end());
        codes.insert({"MISSING_FIELD", "DUPLICATE_DOCUMENT", "MALFORMED_PAYLOAD"});
        if (f.def.connectorId == "odoo")
            codes.insert({"TIMEOUT", "CONNECTION_REFUSED", "SESSION_EXPIRED"});
        for (const auto &r : f.target.references)
            codes.insert(r.missingCode);
        for (const auto &rule : f.errors)
            codes.insert(rule.code);
        for (const auto &code : codes) {
            const std::string what = f.def.id + " " + code;
            const std::string en = whatToDo(f, code, "en");
            const std::string de = whatToDo(f, code, "de");
            QVERIFY2(en.size() > 20, what.c_str());
            QVERIFY2(de.size() > 20 && de != en, what.c_str());
            QCOMPARE(f.def.whatToDo.at(code).at("de"), de);
        }
    }
    QCOMPARE(whatToDo(*site->flow("crm-quote-to-order"), "CREDIT_HOLD", "en"),
             std::string("Ask finance to release the credit hold on the customer in Odoo, then resubmit."));
    QVERIFY(whatToDo(*site->flow("crm-quote-to-order"), "NO_SUCH_CODE", "en").empty());
}

void TestSiteConfig::demoRulesMapTargetAnswers_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("adapterCode");
    QTest::addColumn<ErrorCategory>("adapterCategory");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorCategory>("category");

    const auto V = ErrorCategory::Validation, B = ErrorCategory::BusinessState, M = ErrorCategory::MasterData,
               A = ErrorCategory::Authentication, C = ErrorCategory::Connectivity, D = ErrorCategory::Duplicate;
    auto row = [](const char *name, const char *flow, const char *adapterCode, ErrorCategory ac, const char *message,
                  const char *code, ErrorCategory c) {
        QTest::newRow(name) << QString(flow) << QString(adapterCode) << ac << QString::fromUtf8(message)
                            << QString(code) << c;
    };
    row("credit hold", "crm-quote-to-order", "ODOO_USER_ERROR", B,
        "Customer C-10442 is on credit hold; new orders are blocked until finance releases it", "CREDIT_HOLD", B);
    row("credit limit", "shopify-order-import", "ODOO_USER_ERROR", B,
        "Order total 1200.00 EUR exceeds the available credit of 300.00 EUR for customer C-10442",
        "CREDIT_LIMIT_EXCEEDED", B);
    row("total mismatch", "crm-quote-to-order", "ODOO_VALIDATION_ERROR", V,
        "Total 100.00 does not match the sum of the lines 90.00", "TOTAL_MISMATCH", V);
    row("unknown customer", "crm-quote-to-order", "ODOO_MISSING_RECORD", M, "Customer C-99999 does not exist",
        "UNKNOWN_CUSTOMER", M);
    row("order closed", "crm-quote-to-order", "ODOO_USER_ERROR", B, "Sales order SO2026-000123 is already closed",
        "ORDER_CLOSED", B);
    row("date order", "crm-quote-to-order", "ODOO_VALIDATION_ERROR", V,
        "Field requested_date (2026-01-01) lies before order_date (2026-02-01)", "DATE_ORDER", V);
    row("invalid date", "mes-downtime-events", "ODOO_VALIDATION_ERROR", V, "Field ended_at is not a valid date",
        "INVALID_DATE", V);
    row("missing field", "mes-downtime-events", "ODOO_VALIDATION_ERROR", V, "Field equipment is required",
        "MISSING_FIELD", V);
    row("duplicate in odoo", "crm-quote-to-order", "ODOO_USER_ERROR", B, "Sales order SO2026-000123 already exists",
        "DUPLICATE_DOCUMENT", D);
    row("period closed", "invoice-posting", "ODOO_USER_ERROR", B, "Fiscal period 2025-10 is closed for posting",
        "PERIOD_CLOSED", B);
    row("period mismatch", "invoice-posting", "ODOO_VALIDATION_ERROR", V,
        "Invoice date 2026-01-05 lies outside the posting period 2026-02", "PERIOD_MISMATCH", V);
    row("work center", "mes-production-confirmation", "ODOO_MISSING_RECORD", M,
        "Work center WC-XX9 is not defined for plant DE01", "UNKNOWN_WORK_CENTER", M);
    row("confirmation quantity", "mes-production-confirmation", "ODOO_VALIDATION_ERROR", V,
        "A confirmation needs a produced or scrapped quantity", "INVALID_QUANTITY", V);
    row("equipment", "mes-downtime-events", "ODOO_MISSING_RECORD", M, "Equipment EQ-PRESS-9 is not registered in maintenance",
        "UNKNOWN_EQUIPMENT", M);
    row("inspection", "qms-inspection-results", "ODOO_VALIDATION_ERROR", V,
        "Lot accepted although characteristic 'Bore diameter' is out of tolerance", "INCONSISTENT_RESULT", V);
    row("supplier mapping", "edi-supplier-asn", "ODOO_MISSING_RECORD", M,
        "No product mapping for article ART-77 of supplier V-1001", "MISSING_SUPPLIER_MAPPING", M);
    row("product mismatch", "edi-supplier-asn", "ODOO_VALIDATION_ERROR", V, "Article ART-77 maps to P-1000, not P-2000",
        "PRODUCT_MISMATCH", V);
    row("no lines", "edi-supplier-asn", "ODOO_VALIDATION_ERROR", V, "The despatch advice has no lines", "NO_LINES", V);
    row("uom category", "edi-po-acknowledgement", "ODOO_VALIDATION_ERROR", V,
        "The unit of measure kg on the line is not in the same category as the unit Units of product P-1000",
        "UOM_CATEGORY_MISMATCH", V);
    row("unknown supplier", "edi-po-acknowledgement", "ODOO_MISSING_RECORD", M, "Supplier V-9999 does not exist",
        "UNKNOWN_SUPPLIER", M);
    row("price", "edi-po-acknowledgement", "ODOO_VALIDATION_ERROR", V, "Price of product P-1000 is missing",
        "INVALID_PRICE", V);
    row("zero amount", "bank-payment-reconciliation", "ODOO_VALIDATION_ERROR", V,
        "A statement line needs a non-zero amount", "ZERO_AMOUNT", V);
    row("cyclic bom", "plm-bom-sync", "ODOO_VALIDATION_ERROR", V,
        "Product P-1000 cannot be a component of its own bill of materials", "CYCLIC_BOM", V);
    row("unknown uom", "plm-bom-sync", "ODOO_MISSING_RECORD", M, "Unit of measure \"box\" is not defined",
        "UNKNOWN_UOM", M);
    row("unknown product", "plm-bom-sync", "ODOO_MISSING_RECORD", M, "Product P-9999 does not exist",
        "UNKNOWN_PRODUCT", M);
    row("odoo access denied", "invoice-posting", "ODOO_ACCESS_DENIED", A, "Access Denied", "SESSION_EXPIRED", A);
    row("3pl postal code", "wms-shipment-dispatch", "INVALID_POSTAL_CODE", V,
        "Postal code '1234' is not valid for country DE", "INVALID_POSTAL_CODE", V);
    row("3pl unknown customer", "wms-shipment-dispatch", "UNKNOWN_CUSTOMER", V, "Customer C-99999 does not exist",
        "UNKNOWN_CUSTOMER", M);
    row("3pl duplicate", "wms-shipment-dispatch", "DUPLICATE_DOCUMENT", V, "Outbound order SH-2026-000001 already exists",
        "DUPLICATE_DOCUMENT", D);
    row("3pl token", "wms-shipment-dispatch", "HTTP_401", A, "The access token expired", "TOKEN_EXPIRED", A);
    row("3pl maintenance", "wms-shipment-dispatch", "maintenance", C, "Scheduled maintenance, retry later",
        "SERVICE_UNAVAILABLE", C);
    // The HTTP adapter reads Shopify's {"errors": {"items[16].product": ["..."]}} as the field and its message.
    row("shop unknown product", "odoo-stock-to-ecommerce", "HTTP_422", V,
        "items[16].product Product P-9999 does not exist", "UNKNOWN_PRODUCT", M);
    row("shop quantity", "odoo-stock-to-ecommerce", "HTTP_422", V,
        "items[0].quantity Quantity of product P-1000 must be positive", "INVALID_QUANTITY", V);
    row("shop unknown unit", "odoo-stock-to-ecommerce", "HTTP_422", V,
        "items[2].uom Unit of measure \"box\" is not defined", "UNKNOWN_UOM", M);
    row("shop no lines", "odoo-stock-to-ecommerce", "HTTP_422", V, "The document has no items", "NO_LINES", V);
    row("shop other refusal", "odoo-stock-to-ecommerce", "HTTP_422", V, "items[0].price Amount too large", "HTTP_422",
        V);
    row("shop throttled", "odoo-stock-to-ecommerce", "HTTP_429", C, "Exceeded 2 calls per second for api client",
        "RATE_LIMITED", C);
    row("shop conflict", "odoo-stock-to-ecommerce", "HTTP_409", V, "Inventory batch STK-1 already exists",
        "DUPLICATE_DOCUMENT", D);
    row("shop token", "odoo-stock-to-ecommerce", "HTTP_401", A, "[API] Invalid API key or access token",
        "INVALID_TOKEN", A);
    // A rule applies only to the adapter code it names.
    row("credit hold text as validation", "crm-quote-to-order", "ODOO_VALIDATION_ERROR", V,
        "Customer C-10442 is on credit hold", "ODOO_VALIDATION_ERROR", V);
    row("unknown answer", "crm-quote-to-order", "ODOO_ERROR", V, "Something unexpected", "ODOO_ERROR", V);
}

void TestSiteConfig::demoRulesMapTargetAnswers()
{
    QFETCH(QString, flow);
    QFETCH(QString, adapterCode);
    QFETCH(ErrorCategory, adapterCategory);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QFETCH(ErrorCategory, category);
    std::vector<ConfigError> errors;
    const auto site = loadDemoSiteConfig(&errors);
    QVERIFY2(site, allErrors(errors).c_str());
    const auto *f = site->flow(flow.toStdString());
    QVERIFY(f);
    TxError e;
    e.code = adapterCode.toStdString();
    e.category = adapterCategory;
    e.message = message.toStdString();
    const ErrorRule *rule = applyErrorRules(*f, e);
    QCOMPARE(QString::fromStdString(e.code), code);
    QCOMPARE(e.category, category);
    if (code == adapterCode && (code.startsWith("ODOO_") || code.startsWith("HTTP_")))
        QVERIFY2(!rule, rule ? rule->code.c_str() : "");
    else
        QVERIFY(rule);
}

void TestSiteConfig::baseSiteLoads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeText(dir.filePath("site.yaml"), kBaseSite);
    writeText(dir.filePath("schemas/orders.json"), kBaseSchema);
    std::vector<ConfigError> errors;
    const auto site = loadSiteConfig(dir.filePath("site.yaml").toStdString(), &errors);
    QVERIFY2(site && errors.empty(), allErrors(errors).c_str());
    QCOMPARE(site->server.listenAddress, std::string("127.0.0.1:8443"));
    QCOMPARE(site->server.sessionTtlSeconds, std::int64_t(8 * 3600));
    QCOMPARE(site->connector("wms")->baseUrl, std::string("https://wms.example.com/api"));
    const auto *orders = site->flow("orders");
    QCOMPARE(orders->def.slaSeconds, std::int64_t(1800));
    QCOMPARE(orders->def.name, std::string("Orders"));
    QCOMPARE(orders->names.at("de"), std::string("Aufträge"));
    QCOMPARE(orders->def.sensitiveFields, (std::vector<std::string>{"/customer/email", "/lines/*/price"}));
    QCOMPARE(orders->schemaFile, dir.filePath("schemas/orders.json").toStdString());
    QVERIFY(orders->def.payloadSchemaJson.find('\n') == std::string::npos);
    const auto *shipments = site->flow("shipments");
    QCOMPARE(shipments->def.payloadSchemaJson,
             std::string(R"({"type":"object","properties":{"number":{"type":"string"}},"x-business":{"key":"/number"}})"));
    QCOMPARE(shipments->target.httpMethod, std::string("POST"));
    QCOMPARE(whatToDo(*orders, "CREDIT_HOLD", "de"), std::string("Freigeben"));
}

// The store in PostgreSQL: the URI and where its password comes from.
void TestSiteConfig::storeInPostgresLoads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeText(dir.filePath("site.yaml"),
              replaced(kBaseSite, "  session_ttl: 8h",
                       "  session_ttl: 8h\n  store: postgresql://flowdesk@db.example:5432/flowdesk\n"
                       "  store_password_env: FLOWDESK_PG_PASSWORD"));
    writeText(dir.filePath("schemas/orders.json"), kBaseSchema);
    std::vector<ConfigError> errors;
    const auto site = loadSiteConfig(dir.filePath("site.yaml").toStdString(), &errors);
    QVERIFY2(site && errors.empty(), allErrors(errors).c_str());
    QCOMPARE(site->server.store, std::string("postgresql://flowdesk@db.example:5432/flowdesk"));
    QCOMPARE(site->server.storePasswordEnv, std::string("FLOWDESK_PG_PASSWORD"));
    QVERIFY(site->server.storePasswordFile.empty());
}

void TestSiteConfig::defectRefused_data()
{
    QTest::addColumn<bool>("inSchema");      // the defect is in schemas/orders.json
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QString>("lineOf");     // the expected line is the first with this text
    QTest::addColumn<QString>("message");    // part of the message

    auto site = [](const char *name, const char *find, const char *replace, const char *lineOf, const char *message) {
        QTest::newRow(name) << false << QString::fromUtf8(find) << QString::fromUtf8(replace) << QString::fromUtf8(lineOf)
                            << QString::fromUtf8(message);
    };
    auto schema = [](const char *name, const char *find, const char *replace, const char *lineOf, const char *message) {
        QTest::newRow(name) << true << QString::fromUtf8(find) << QString::fromUtf8(replace) << QString::fromUtf8(lineOf)
                            << QString::fromUtf8(message);
    };
    site("yaml syntax", "    name: {en: Orders, de: Aufträge}", "    name: {en: Orders, de: Aufträge\n",
         "    domain: sales", "YAML syntax error");
    site("unknown key with suggestion", "    base_url: https://erp.example.com", "    base_ulr: https://erp.example.com",
         "base_ulr", "unknown key 'base_ulr' (did you mean 'base_url'?)");
    site("unknown top-level key", "plants:", "flow_defaults: {}\nplants:", "flow_defaults", "unknown key 'flow_defaults'");
    site("duplicate key", "    domain: sales\n", "    domain: sales\n    domain: finance\n", "    domain: finance",
         "key 'domain' appears twice");
    site("missing required key", "    business_object: sales_order\n", "", "  - id: orders", "business_object is missing");
    site("wrong type", "    sla: 30m", "    sla: [30m]", "    sla:", "sla must be a single value, not a list");
    site("connectors not a list", "flows:\n", "plants2: x\nflows:\n", "plants2", "unknown key 'plants2'");
    site("duplicate connector id", "  - id: wms", "  - id: odoo", "  - id: odoo\n    name: Warehouse",
         "connector 'odoo' is defined twice");
    site("duplicate flow id", "  - id: shipments", "  - id: orders", "  - id: orders\n    name: Shipments",
         "flow 'orders' is defined twice");
    site("bad id", "  - id: orders", "  - id: Orders!", "Orders!", "id 'Orders!' must be lower-case");
    // Found by fuzz_siteconfig: an entry without an id ended the program.
    site("flow without an id", "  - id: shipments\n    name: Shipments", "  - name: Shipments", "  - name: Shipments",
         "id is missing");
    site("connector without an id", "  - id: wms\n    name: Warehouse", "  - name: Warehouse", "  - name: Warehouse",
         "id is missing");
    site("plant without an id", "  - {id: DE01, name: Berlin}", "  - {name: Berlin}", "  - {name: Berlin}",
         "id is missing");
    site("unknown kind", "    kind: http", "    kind: rest", "kind: rest", "kind 'rest' is not known");
    site("unknown scheme", "{scheme: bearer,", "{scheme: oauth,", "scheme: oauth", "auth scheme 'oauth' is not known");
    site("unknown protocol", "protocol: jsonrpc", "protocol: xmlrpc", "xmlrpc", "odoo protocol 'xmlrpc' is not known");
    site("unknown domain", "    domain: sales", "    domain: sale", "domain: sale", "domain 'sale' is not known; use one of");
    site("unknown category", "match: \"credit hold\",", "match: \"credit hold\", category: credit,", "category: credit",
         "category 'credit' is not known");
    site("scheme does not fit kind", "auth: {scheme: api_key,", "auth: {scheme: bearer,", "scheme: bearer, secret_env: FLOWDESK_ODOO",
         "auth scheme bearer does not fit kind odoo");
    site("auth on inbound", "  - {id: crm, name: CRM, kind: inbound}",
         "  - {id: crm, name: CRM, kind: inbound, auth: {scheme: basic}}", "id: crm", "auth applies only to odoo and http");
    site("basic without username", "{scheme: bearer, secret_env: FLOWDESK_WMS_TOKEN}",
         "{scheme: basic, secret_env: FLOWDESK_WMS_TOKEN}", "scheme: basic", "username is missing");
    site("secret in auth", "auth: {scheme: api_key, secret_env: FLOWDESK_ODOO_KEY}", "auth: {scheme: api_key, api_key: abc}",
         "api_key: abc", "secrets never go in the configuration");
    site("password beside auth", "    odoo: {protocol", "    password: hunter2\n    odoo: {protocol", "password: hunter2",
         "would put a secret in this file");
    site("credential header", "    health_path: /health", "    health_path: /health\n    headers: {Authorization: Bearer x}",
         "headers:", "would put a credential in this file");
    site("secret file missing", "secret_env: FLOWDESK_ODOO_KEY", "secret_file: keys/odoo.key", "keys/odoo.key",
         "auth.secret_file");
    site("base_url not http", "https://erp.example.com", "ftp://erp.example.com", "ftp://",
         "must start with http:// or https://");
    site("base_url unparsable", "https://erp.example.com", "https://erp example.com", "erp example",
         "is not a valid URL");
    site("base_url with query", "https://wms.example.com/api", "https://wms.example.com/api?tenant=1", "tenant=1",
         "must not have a query");
    site("duration unparsable", "    sla: 30m", "    sla: 30 minutes", "30 minutes", "is not a duration");
    site("sla zero", "    sla: 30m", "    sla: 0s", "sla: 0s", "sla 0s is out of range");
    site("timeout too long", "    health_path: /health", "    health_path: /health\n    timeouts: {connect: 5s, total: 11m}",
         "timeouts:", "total 11m is out of range");
    site("size unparsable", "    health_path: /health", "    health_path: /health\n    max_response: 1MB", "max_response",
         "is not a size");
    site("max_attempts out of range", "max_attempts: 5", "max_attempts: 0", "max_attempts: 0",
         "max_attempts 0 is out of range");
    site("multiplier below one", "multiplier: 2", "multiplier: 0.5", "multiplier: 0.5", "multiplier '0.5' must be");
    site("unknown connector", "    connector: odoo", "    connector: odo", "connector: odo\n",
         "connector 'odo' is not defined under connectors (did you mean 'odoo'?)");
    site("inbound connector", "    connector: odoo", "    connector: crm", "connector: crm", "is inbound");
    site("delivery missing", "    delivery:\n      http: {method: POST, path: /v2/orders}\n", "", "  - id: shipments",
         "delivery is missing");
    site("delivery of the wrong kind", "      http: {method: POST, path: /v2/orders}", "      odoo: {model: stock.picking}",
         "odoo: {model: stock", "delivery is odoo but connector 'wms' is of kind http");
    site("model missing", "        model: sale.order\n", "", "        external_ref", "model is missing");
    site("path missing", "{method: POST, path: /v2/orders}", "{method: POST}", "{method: POST}", "path is missing");
    site("path placeholder", "path: /v2/orders}", "path: \"/v2/orders/{order}\"}", "{order}", "placeholder {order}");
    site("schema file missing", "schema_file: schemas/orders.json", "schema_file: schemas/order.json",
         "schemas/order.json", "does not exist");
    site("schema and schema_file", "    schema_file: schemas/orders.json",
         "    schema_file: schemas/orders.json\n    schema: {type: object}", "    schema: {", "not both");
    site("reference pointer", "pointer: /customer/code", "pointer: customer.code", "customer.code",
         "pointer 'customer.code' is not a JSON pointer");
    site("reference pointer not in schema", "pointer: /customer/code", "pointer: /kunde/code", "/kunde/code",
         "names a field the schema does not have ('kunde')");
    site("regex does not compile", "match: \"credit hold\"", "match: \"credit (hold\"", "credit (hold",
         "is not a valid regular expression");
    site("tls ca missing", "    health_path: /health", "    health_path: /health\n    tls: {ca: certs/ca.pem}", "tls:",
         "the CA certificate file");
    site("server certificate missing", "  session_ttl: 8h", "  session_ttl: 8h\n  tls: {cert: server.pem, key: server.key}",
         "  tls:", "the certificate file");
    site("name without en", "    name: {en: Orders, de: Aufträge}", "    name: {de: Aufträge}", "name: {de:",
         "name has no English text (en)");
    site("inline schema pointer", "x-business: {key: /number}", "x-business: {key: number}", "key: number",
         "x-business.key 'number' is not a JSON pointer");
    site("listen without port", "  listen: 127.0.0.1:8443", "  listen: 127.0.0.1", "  listen:", "must be host:port");
    site("odoo without database", "database: acme, ", "", "    odoo: {", "database is missing");
    site("store not postgresql", "  session_ttl: 8h", "  session_ttl: 8h\n  store: mysql://db/flowdesk", "  store:",
         "store must be a PostgreSQL URI without a password");
    site("store with a password", "  session_ttl: 8h", "  session_ttl: 8h\n  store: postgresql://fd:s3cret@db/flowdesk",
         "  store:", "store must be a PostgreSQL URI without a password");
    site("store password file missing", "  session_ttl: 8h",
         "  session_ttl: 8h\n  store: postgresql://fd@db/flowdesk\n  store_password_file: pg-password",
         "  store_password_file:", "store_password_file");
    site("store password without store", "  session_ttl: 8h", "  session_ttl: 8h\n  store_password_env: FD_PG",
         "  store_password_env:", "a store password without store");

    schema("schema not JSON", "\"required\": [\"number\", \"customer\"],", "\"required\": [\"number\" \"customer\"],",
           "\"required\"", "not valid JSON");
    schema("schema not draft 4", "draft-04", "draft-07", "$schema", "draft 4");
    schema("schema not an object schema", "\"type\": \"object\",\n  \"additionalProperties\"",
           "\"type\": \"array\",\n  \"additionalProperties\"", "\"type\": \"array\"", "must describe an object");
    schema("schema does not compile", "\"required\": [\"number\", \"customer\"],", "\"required\": \"number\",", "{",
           "is not a valid JSON Schema (draft 4)");
    schema("schema pattern", "^SO-[0-9]+$", "^SO-[0-9+$", "^SO-[0-9+$", "is not a valid regular expression");
    schema("x-sensitive not a pointer", "\"/customer/email\",", "\"customer/email\",", "\"customer/email\"",
           "x-sensitive pointer 'customer/email' is not a JSON pointer");
    schema("x-sensitive not in schema", "\"/lines/*/price\"]", "\"/lines/*/prize\"]", "/lines/*/prize",
           "names a field the schema does not have ('prize')");
    schema("x-business unknown key", "\"counterparty\": \"/customer/code\"", "\"partner\": \"/customer/code\"",
           "\"partner\"", "business field 'partner' is not known");
}

void TestSiteConfig::defectRefused()
{
    QFETCH(bool, inSchema);
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(QString, lineOf);
    QFETCH(QString, message);

    const std::string siteText = inSchema ? kBaseSite : replaced(kBaseSite, find.toStdString(), replace.toStdString());
    const std::string schemaText =
        inSchema ? replaced(kBaseSchema, find.toStdString(), replace.toStdString()) : kBaseSchema;
    QVERIFY2(!siteText.empty() && !schemaText.empty(), "the defect's text is not in the base file");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeText(dir.filePath("site.yaml"), siteText);
    writeText(dir.filePath("schemas/orders.json"), schemaText);
    const std::string siteFile = dir.filePath("site.yaml").toStdString();
    const std::string schemaFile = dir.filePath("schemas/orders.json").toStdString();

    std::vector<ConfigError> errors;
    const auto config = loadSiteConfig(siteFile, &errors);
    QVERIFY2(!config, "a file with a defect was accepted");
    QVERIFY(!errors.empty());
    const std::string file = inSchema ? schemaFile : siteFile;
    const int line = ::lineOf(inSchema ? schemaText : siteText, lineOf.toStdString());
    QVERIFY2(line > 0, "the expected line's text is not in the file");
    QVERIFY2(hasError(errors, file, line, message.toStdString()),
             ("expected " + file + ":" + std::to_string(line) + ": ..." + message.toStdString() + "...; got" +
              allErrors(errors))
                 .c_str());
}

void TestSiteConfig::everyDefectReported()
{
    std::string text = kBaseSite;
    text = replaced(text, "    base_url: https://erp.example.com", "    base_ulr: https://erp.example.com");
    text = replaced(text, "    domain: logistics", "    domain: logistic");
    text = replaced(text, "match: \"credit hold\"", "match: \"credit (hold\"");
    text = replaced(text, "    connector: wms", "    connector: wms-3pl");
    text = replaced(text, "    sla: 30m", "    sla: soon");
    QVERIFY(!text.empty());

    QTemporaryDir dir;
    writeText(dir.filePath("site.yaml"), text);
    writeText(dir.filePath("schemas/orders.json"), kBaseSchema);
    const std::string file = dir.filePath("site.yaml").toStdString();
    std::vector<ConfigError> errors;
    QVERIFY(!loadSiteConfig(file, &errors));
    QVERIFY2(hasError(errors, file, lineOf(text, "base_ulr"), "unknown key 'base_ulr'"), allErrors(errors).c_str());
    QVERIFY2(hasError(errors, file, lineOf(text, "domain: logistic"), "domain 'logistic'"), allErrors(errors).c_str());
    QVERIFY2(hasError(errors, file, lineOf(text, "credit (hold"), "regular expression"), allErrors(errors).c_str());
    QVERIFY2(hasError(errors, file, lineOf(text, "connector: wms-3pl"), "connector 'wms-3pl' is not defined"),
             allErrors(errors).c_str());
    QVERIFY2(hasError(errors, file, lineOf(text, "sla: soon"), "is not a duration"), allErrors(errors).c_str());
    // The message text names file and line as an editor understands it.
    bool found = false;
    for (const auto &e : errors)
        if (e.text().rfind(file + ":" + std::to_string(lineOf(text, "sla: soon")) + ":", 0) == 0)
            found = true;
    QVERIFY(found);
}

void TestSiteConfig::missingFileNamed()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("nowhere/site.yaml").toStdString();
    std::vector<ConfigError> errors;
    QVERIFY(!loadSiteConfig(path, &errors));
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors[0].where.file, path);
    QVERIFY2(errors[0].message.find("does not exist") != std::string::npos, errors[0].message.c_str());

    errors.clear();
    QVERIFY(!parseSiteConfig("", "empty.yaml", dir.path().toStdString(), &errors));
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors[0].where.file, std::string("empty.yaml"));
    QVERIFY(errors[0].message.find("empty") != std::string::npos);
}

void TestSiteConfig::secretNeverRepeated()
{
    const std::string secret = "s3cr3t-Value-4711";
    const std::string text = replaced(kBaseSite, "auth: {scheme: api_key, secret_env: FLOWDESK_ODOO_KEY}",
                                      "auth:\n      scheme: api_key\n      password: " + secret);
    QTemporaryDir dir;
    writeText(dir.filePath("site.yaml"), text);
    writeText(dir.filePath("schemas/orders.json"), kBaseSchema);
    std::vector<ConfigError> errors;
    QVERIFY(!loadSiteConfig(dir.filePath("site.yaml").toStdString(), &errors));
    QVERIFY2(hasError(errors, dir.filePath("site.yaml").toStdString(), lineOf(text, "password:"), "SetCredential"),
             allErrors(errors).c_str());
    QVERIFY(allErrors(errors).find(secret) == std::string::npos);
}

QTEST_GUILESS_MAIN(TestSiteConfig)
#include "tst_siteconfig.moc"
