#include "catalogue.h"

#include <string>

namespace flowdesk::backend {

namespace {

// Schema fragments shared by several flows. Each one is a complete JSON value.
const std::string kPlant = R"({"type":"string","enum":["DE01","FR01","PL01","MX01"]})";
const std::string kCurrency = R"({"type":"string","enum":["EUR","USD","PLN","MXN","GBP"]})";
const std::string kDate = R"({"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"})";
const std::string kDateTime = R"({"type":"string","format":"date-time"})";
const std::string kProduct = R"({"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"})";
const std::string kUom = R"({"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"})";
const std::string kQuantity = R"({"type":"number","minimum":0,"exclusiveMinimum":true})";
const std::string kMoney = R"({"type":"number","minimum":0})";
const std::string kCustomerCode = R"({"type":"string","pattern":"^C-[0-9]{5}$"})";
const std::string kSupplierCode = R"({"type":"string","pattern":"^V-[0-9]{4}$"})";
const std::string kSalesOrder = R"({"type":"string","pattern":"^SO[0-9]{4}-[0-9]{6}$"})";
const std::string kPurchaseOrder = R"({"type":"string","pattern":"^PO/[0-9]{4}/[0-9]{5}$"})";
const std::string kEmail = R"({"type":"string","format":"email","maxLength":254})";
const std::string kPhone = R"({"type":"string","pattern":"^\\+[0-9 ]{7,20}$"})";
const std::string kIban = R"({"type":"string","pattern":"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"})";
const std::string kBic = R"({"type":"string","pattern":"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"})";
const std::string kCountry = R"({"type":"string","pattern":"^[A-Z]{2}$"})";

// An order line with product, quantity, unit and price.
const std::string kPricedLine = R"({"type":"object","additionalProperties":false,)"
    R"("required":["product","quantity","uom","price"],"properties":{)"
    R"("line_no":{"type":"integer","minimum":1},"product":)" + kProduct +
    R"(,"description":{"type":"string","maxLength":200},"quantity":)" + kQuantity +
    R"(,"uom":)" + kUom + R"(,"price":)" + kMoney +
    R"(,"discount_percent":{"type":"number","minimum":0,"maximum":100}}})";

std::string address(bool withPhone)
{
    std::string s = R"({"type":"object","additionalProperties":false,)"
        R"("required":["name","street","city","postal_code","country"],"properties":{)"
        R"("name":{"type":"string","minLength":1,"maxLength":120},)"
        R"("street":{"type":"string","minLength":1,"maxLength":120},)"
        R"("city":{"type":"string","minLength":1,"maxLength":80},)"
        R"("postal_code":{"type":"string","minLength":3,"maxLength":12},)"
        R"("country":)" + kCountry;
    if (withPhone)
        s += R"(,"contact_phone":)" + kPhone;
    return s + "}}";
}

std::string jsonArray(const std::vector<std::string> &items)
{
    std::string s = "[";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            s += ',';
        s += '"' + items[i] + '"';
    }
    return s + "]";
}

// Assembles a top-level object schema.
std::string schema(const std::string &title, const std::string &properties,
                   const std::vector<std::string> &required, const std::vector<std::string> &sensitive,
                   const std::string &business)
{
    return R"({"$schema":"http://json-schema.org/draft-04/schema#","title":")" + title +
           R"(","type":"object","additionalProperties":false,"required":)" + jsonArray(required) +
           R"(,"properties":{)" + properties + R"(},"x-sensitive":)" + jsonArray(sensitive) +
           R"(,"x-business":)" + business + "}";
}

FlowDef flow(std::string id, std::string name, std::string domain, std::string source, std::string target,
             std::string connector, std::string objectType, std::string description, std::int64_t slaSeconds,
             RetryPolicy retry)
{
    FlowDef f;
    f.id = std::move(id);
    f.name = std::move(name);
    f.domain = std::move(domain);
    f.sourceSystem = std::move(source);
    f.targetSystem = std::move(target);
    f.connectorId = std::move(connector);
    f.businessObjectType = std::move(objectType);
    f.description = std::move(description);
    f.slaSeconds = slaSeconds;
    f.retry = retry;
    return f;
}

RetryPolicy policy(int maxAttempts, std::int64_t initialMs, double multiplier, std::int64_t maxMs)
{
    RetryPolicy p;
    p.maxAttempts = maxAttempts;
    p.initialBackoffMs = initialMs;
    p.multiplier = multiplier;
    p.maxBackoffMs = maxMs;
    return p;
}

void setSchema(FlowDef &f, const std::string &properties, const std::vector<std::string> &required,
               const std::vector<std::string> &sensitive, const std::string &business)
{
    f.sensitiveFields = sensitive;
    f.payloadSchemaJson = schema(f.name, properties, required, sensitive, business);
}

} // namespace

std::vector<FlowDef> demoFlows()
{
    std::vector<FlowDef> flows;
    const int kMinute = 60;
    const int kHour = 3600;

    {
        FlowDef f = flow("crm-quote-to-order", "CRM quote to sales order", "sales", "Salesforce CRM", "Odoo",
                         "odoo", "sales_order",
                         "Accepted quotes in Salesforce become confirmed sales orders in Odoo.", 30 * kMinute,
                         policy(5, 2000, 2.0, 5 * 60 * 1000));
        setSchema(f,
                  R"("order_number":)" + kSalesOrder +
                      R"(,"quote_number":{"type":"string","pattern":"^Q-[0-9]{4}-[0-9]{5}$"})"
                      R"(,"opportunity_id":{"type":"string","pattern":"^006[A-Za-z0-9]{12,15}$"})"
                      R"(,"customer":{"type":"object","additionalProperties":false,"required":["code","name"],)"
                      R"("properties":{"code":)" + kCustomerCode +
                      R"(,"name":{"type":"string","minLength":1,"maxLength":120},)"
                      R"("contact":{"type":"object","additionalProperties":false,"properties":{)"
                      R"("name":{"type":"string","maxLength":120},"email":)" + kEmail + R"(,"phone":)" + kPhone +
                      R"(}}}},"order_date":)" + kDate + R"(,"requested_date":)" + kDate +
                      R"(,"currency":)" + kCurrency + R"(,"plant":)" + kPlant +
                      R"(,"payment_terms":{"type":"string","enum":["NET30","NET45","NET60","PREPAID"]})"
                      R"(,"incoterm":{"type":"string","enum":["EXW","FCA","DAP","DDP"]})"
                      R"(,"lines":{"type":"array","minItems":1,"maxItems":200,"items":)" + kPricedLine +
                      R"(},"total_amount":)" + kMoney,
                  {"order_number", "quote_number", "customer", "order_date", "requested_date", "currency", "plant",
                   "lines", "total_amount"},
                  {"/customer/contact/email", "/customer/contact/phone", "/lines/*/price", "/total_amount"},
                  R"({"key":"/order_number","counterparty":"/customer/code","amount":"/total_amount",)"
                  R"("currency":"/currency","plant":"/plant","due":"/requested_date","correlation":"/order_number"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("shopify-order-import", "Shopify order import", "sales", "Shopify", "Odoo", "odoo",
                         "sales_order", "Web shop orders for spare parts are imported into Odoo as sales orders.",
                         15 * kMinute, policy(6, 1000, 2.0, 2 * 60 * 1000));
        setSchema(f,
                  R"("order_number":)" + kSalesOrder +
                      R"(,"shopify_order_id":{"type":"integer","minimum":1})"
                      R"(,"customer":{"type":"object","additionalProperties":false,"required":["code","email"],)"
                      R"("properties":{"code":)" + kCustomerCode +
                      R"(,"name":{"type":"string","maxLength":120},"email":)" + kEmail + R"(,"phone":)" + kPhone +
                      R"(}},"created_at":)" + kDateTime + R"(,"ship_by":)" + kDate +
                      R"(,"currency":)" + kCurrency + R"(,"plant":)" + kPlant +
                      R"(,"financial_status":{"type":"string","enum":["paid","pending","authorized"]})"
                      R"(,"shipping_address":)" + address(false) +
                      R"(,"lines":{"type":"array","minItems":1,"maxItems":100,"items":)" + kPricedLine +
                      R"(},"total_amount":)" + kMoney,
                  {"order_number", "shopify_order_id", "customer", "created_at", "currency", "plant",
                   "shipping_address", "lines", "total_amount"},
                  {"/customer/email", "/customer/phone", "/shipping_address/street", "/lines/*/price",
                   "/total_amount"},
                  R"({"key":"/order_number","counterparty":"/customer/code","amount":"/total_amount",)"
                  R"("currency":"/currency","plant":"/plant","due":"/ship_by","correlation":"/order_number"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("mes-production-confirmation", "MES production confirmation", "production",
                         "MES (per plant)", "Odoo", "odoo", "production_confirmation",
                         "Each plant's MES confirms produced and scrapped quantities against Odoo manufacturing "
                         "orders.",
                         15 * kMinute, policy(8, 1000, 2.0, 60 * 1000));
        setSchema(f,
                  R"("confirmation_id":{"type":"string","pattern":"^PC-(DE01|FR01|PL01|MX01)-[0-9]{7}$"})"
                  R"(,"production_order":{"type":"string","pattern":"^MO/[0-9]{4}/[0-9]{5}$"})"
                  R"(,"sales_order":)" + kSalesOrder + R"(,"plant":)" + kPlant +
                      R"(,"work_center":{"type":"string","pattern":"^WC-[A-Z0-9-]{2,12}$"})"
                      R"(,"product":)" + kProduct + R"(,"quantity_good":{"type":"number","minimum":0})"
                      R"(,"quantity_scrap":{"type":"number","minimum":0},"uom":)" + kUom +
                      R"(,"operator_badge":{"type":"string","pattern":"^B[0-9]{5}$"})"
                      R"(,"confirmed_at":)" + kDateTime + R"(,"final_confirmation":{"type":"boolean"})",
                  {"confirmation_id", "production_order", "plant", "work_center", "product", "quantity_good", "uom",
                   "confirmed_at"},
                  {"/operator_badge"},
                  R"({"key":"/confirmation_id","counterparty":"/work_center","plant":"/plant",)"
                  R"("correlation":"/sales_order"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("mes-downtime-events", "MES downtime events", "production", "MES (per plant)",
                         "Odoo Maintenance", "odoo", "downtime_event",
                         "Machine stops recorded by the MES open or update maintenance requests in Odoo.", kHour,
                         policy(5, 2000, 2.0, 5 * 60 * 1000));
        setSchema(f,
                  R"("event_id":{"type":"string","pattern":"^DT-(DE01|FR01|PL01|MX01)-[0-9]{6}$"},"plant":)" +
                      kPlant +
                      R"(,"work_center":{"type":"string","pattern":"^WC-[A-Z0-9-]{2,12}$"})"
                      R"(,"equipment":{"type":"string","pattern":"^EQ-[A-Z0-9-]{2,16}$"})"
                      R"(,"reason_code":{"type":"string","enum":["BREAKDOWN","CHANGEOVER","MATERIAL_SHORTAGE",)"
                      R"("PLANNED_MAINTENANCE","QUALITY_HOLD","NO_OPERATOR"]},"started_at":)" + kDateTime +
                      R"(,"ended_at":)" + kDateTime +
                      R"(,"duration_minutes":{"type":"integer","minimum":0,"maximum":10080})"
                      R"(,"comment":{"type":"string","maxLength":500})",
                  {"event_id", "plant", "work_center", "equipment", "reason_code", "started_at"}, {},
                  R"({"key":"/event_id","counterparty":"/equipment","plant":"/plant"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("qms-inspection-results", "QMS inspection results", "quality", "QMS", "Odoo Quality",
                         "odoo", "quality_inspection",
                         "Incoming and in-process inspection results release or block lots in Odoo.", 30 * kMinute,
                         policy(5, 2000, 2.0, 5 * 60 * 1000));
        const std::string characteristic =
            R"({"type":"object","additionalProperties":false,"required":["name","value"],"properties":{)"
            R"("name":{"type":"string","minLength":1,"maxLength":80},"value":{"type":"number"},)"
            R"("lower_limit":{"type":"number"},"upper_limit":{"type":"number"},"unit":{"type":"string","maxLength":12}}})";
        setSchema(f,
                  R"("inspection_lot":{"type":"string","pattern":"^IL-[0-9]{4}-[0-9]{6}$"},"plant":)" + kPlant +
                      R"(,"product":)" + kProduct +
                      R"(,"lot_number":{"type":"string","pattern":"^L[0-9]{8}$"},"purchase_order":)" +
                      kPurchaseOrder +
                      R"(,"production_order":{"type":"string","pattern":"^MO/[0-9]{4}/[0-9]{5}$"})"
                      R"(,"result":{"type":"string","enum":["ACCEPTED","REJECTED","CONDITIONAL"]})"
                      R"(,"quantity_inspected":)" + kQuantity + R"(,"uom":)" + kUom +
                      R"(,"inspector":{"type":"string","maxLength":80})"
                      R"(,"characteristics":{"type":"array","maxItems":50,"items":)" + characteristic +
                      R"(},"inspected_at":)" + kDateTime,
                  {"inspection_lot", "plant", "product", "lot_number", "result", "quantity_inspected", "uom",
                   "inspected_at"},
                  {"/inspector"},
                  R"({"key":"/inspection_lot","counterparty":"/product","plant":"/plant",)"
                  R"("correlation":"/purchase_order"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("wms-shipment-dispatch", "Shipment dispatch to 3PL", "logistics", "Odoo", "WMS (3PL)",
                         "wms-3pl", "shipment",
                         "Delivery orders released in Odoo are sent to the 3PL warehouse for picking and dispatch.",
                         kHour, policy(6, 5000, 2.0, 10 * 60 * 1000));
        const std::string line =
            R"({"type":"object","additionalProperties":false,"required":["product","quantity","uom"],)"
            R"("properties":{"line_no":{"type":"integer","minimum":1},"product":)" + kProduct +
            R"(,"quantity":)" + kQuantity + R"(,"uom":)" + kUom +
            R"(,"batch":{"type":"string","maxLength":20}}})";
        setSchema(f,
                  R"("shipment_number":{"type":"string","pattern":"^SH-[0-9]{4}-[0-9]{6}$"},"sales_order":)" +
                      kSalesOrder +
                      R"(,"customer":{"type":"object","additionalProperties":false,"required":["code"],)"
                      R"("properties":{"code":)" + kCustomerCode +
                      R"(,"name":{"type":"string","maxLength":120}}},"plant":)" + kPlant +
                      R"(,"carrier":{"type":"string","enum":["DHL","DB_SCHENKER","KUEHNE_NAGEL","DSV","UPS",)"
                      R"("ESTAFETA","GEODIS"]},"service_level":{"type":"string","enum":["STANDARD","EXPRESS",)"
                      R"("FTL","LTL"]},"ship_date":)" + kDate + R"(,"delivery_address":)" + address(true) +
                      R"(,"lines":{"type":"array","minItems":1,"maxItems":200,"items":)" + line +
                      R"(},"gross_weight_kg":{"type":"number","minimum":0})",
                  {"shipment_number", "sales_order", "customer", "plant", "carrier", "ship_date", "delivery_address",
                   "lines"},
                  {"/delivery_address/contact_phone", "/delivery_address/street"},
                  R"({"key":"/shipment_number","counterparty":"/customer/code","plant":"/plant",)"
                  R"("due":"/ship_date","correlation":"/sales_order"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("edi-supplier-asn", "EDI supplier ASN", "procurement", "EDI provider (DESADV)", "Odoo",
                         "odoo", "advance_shipping_notice",
                         "Suppliers' despatch advices create incoming receipts in Odoo.", 2 * kHour,
                         policy(5, 5000, 2.0, 10 * 60 * 1000));
        const std::string line =
            R"({"type":"object","additionalProperties":false,"required":["line_no","supplier_product","quantity","uom"],)"
            R"("properties":{"line_no":{"type":"integer","minimum":1},)"
            R"("supplier_product":{"type":"string","minLength":1,"maxLength":35},"product":)" + kProduct +
            R"(,"quantity":)" + kQuantity + R"(,"uom":)" + kUom +
            R"(,"batch":{"type":"string","maxLength":20}}})";
        setSchema(f,
                  R"("asn_number":{"type":"string","pattern":"^ASN-[0-9]{6,10}$"})"
                  R"(,"supplier":{"type":"object","additionalProperties":false,"required":["code"],"properties":{)"
                  R"("code":)" + kSupplierCode +
                      R"(,"gln":{"type":"string","pattern":"^[0-9]{13}$"},"name":{"type":"string","maxLength":120}}})"
                      R"(,"purchase_order":)" + kPurchaseOrder + R"(,"plant":)" + kPlant +
                      R"(,"despatch_date":)" + kDate + R"(,"expected_delivery":)" + kDate +
                      R"(,"carrier":{"type":"string","maxLength":40})"
                      R"(,"lines":{"type":"array","minItems":1,"maxItems":500,"items":)" + line + "}",
                  {"asn_number", "supplier", "purchase_order", "plant", "despatch_date", "expected_delivery", "lines"},
                  {},
                  R"({"key":"/asn_number","counterparty":"/supplier/code","plant":"/plant",)"
                  R"("due":"/expected_delivery","correlation":"/purchase_order"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("edi-po-acknowledgement", "EDI purchase order acknowledgement", "procurement",
                         "EDI provider (ORDRSP)", "Odoo", "odoo", "purchase_order_ack",
                         "Suppliers confirm, change or reject purchase orders; Odoo updates the PO.", 4 * kHour,
                         policy(5, 5000, 2.0, 10 * 60 * 1000));
        const std::string line =
            R"({"type":"object","additionalProperties":false,"required":["line_no","product","quantity","uom","price"],)"
            R"("properties":{"line_no":{"type":"integer","minimum":1},"product":)" + kProduct +
            R"(,"quantity":)" + kQuantity + R"(,"uom":)" + kUom + R"(,"price":)" + kMoney +
            R"(,"delivery_date":)" + kDate + "}}";
        setSchema(f,
                  R"("ack_number":{"type":"string","pattern":"^ORDRSP-[0-9]{4}-[0-9]{5}$"},"purchase_order":)" +
                      kPurchaseOrder +
                      R"(,"supplier":{"type":"object","additionalProperties":false,"required":["code"],"properties":{)"
                      R"("code":)" + kSupplierCode +
                      R"(,"gln":{"type":"string","pattern":"^[0-9]{13}$"},"name":{"type":"string","maxLength":120}}})"
                      R"(,"ack_status":{"type":"string","enum":["ACCEPTED","ACCEPTED_WITH_CHANGES","REJECTED"]})"
                      R"(,"ack_date":)" + kDate + R"(,"plant":)" + kPlant + R"(,"currency":)" + kCurrency +
                      R"(,"lines":{"type":"array","minItems":1,"maxItems":500,"items":)" + line +
                      R"(},"total_amount":)" + kMoney,
                  {"ack_number", "purchase_order", "supplier", "ack_status", "ack_date", "currency", "lines"},
                  {"/lines/*/price", "/total_amount"},
                  R"({"key":"/ack_number","counterparty":"/supplier/code","amount":"/total_amount",)"
                  R"("currency":"/currency","plant":"/plant","correlation":"/purchase_order"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("invoice-posting", "Invoice posting to accounting", "finance", "Odoo Sales",
                         "Odoo Accounting", "odoo", "customer_invoice",
                         "Customer invoices are posted to the general ledger in the invoice's fiscal period.",
                         4 * kHour, policy(5, 5000, 2.0, 10 * 60 * 1000));
        const std::string line =
            R"({"type":"object","additionalProperties":false,"required":["product","quantity","uom","price","tax_rate"],)"
            R"("properties":{"product":)" + kProduct + R"(,"quantity":)" + kQuantity + R"(,"uom":)" + kUom +
            R"(,"price":)" + kMoney + R"(,"tax_rate":{"type":"number","minimum":0,"maximum":30}}})";
        setSchema(f,
                  R"("invoice_number":{"type":"string","pattern":"^INV/[0-9]{4}/[0-9]{5}$"},"sales_order":)" +
                      kSalesOrder +
                      R"(,"customer":{"type":"object","additionalProperties":false,"required":["code"],"properties":{)"
                      R"("code":)" + kCustomerCode +
                      R"(,"name":{"type":"string","maxLength":120},"vat_id":{"type":"string","pattern":"^[A-Z]{2}[A-Z0-9]{6,14}$"}}})"
                      R"(,"invoice_date":)" + kDate + R"(,"due_date":)" + kDate +
                      R"(,"posting_period":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$"})"
                      R"(,"currency":)" + kCurrency + R"(,"plant":)" + kPlant +
                      R"(,"payment_terms":{"type":"string","enum":["NET30","NET45","NET60","PREPAID"]})"
                      R"(,"lines":{"type":"array","minItems":1,"maxItems":200,"items":)" + line +
                      R"(},"amount_untaxed":)" + kMoney + R"(,"amount_tax":)" + kMoney +
                      R"(,"amount_total":)" + kMoney,
                  {"invoice_number", "customer", "invoice_date", "due_date", "posting_period", "currency", "lines",
                   "amount_untaxed", "amount_tax", "amount_total"},
                  {"/lines/*/price", "/amount_untaxed", "/amount_tax", "/amount_total"},
                  R"({"key":"/invoice_number","counterparty":"/customer/code","amount":"/amount_total",)"
                  R"("currency":"/currency","plant":"/plant","due":"/due_date","correlation":"/sales_order"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("bank-payment-reconciliation", "Bank payment reconciliation", "finance",
                         "Bank (camt.053)", "Odoo Accounting", "odoo", "bank_statement_line",
                         "Incoming payments from the bank statement are matched to open customer invoices.",
                         8 * kHour, policy(5, 10000, 2.0, 15 * 60 * 1000));
        setSchema(f,
                  R"("statement_line_id":{"type":"string","pattern":"^BST-[0-9]{8}-[0-9]{4}$"})"
                  R"(,"bank_account":{"type":"object","additionalProperties":false,"required":["iban"],"properties":{)"
                  R"("iban":)" + kIban + R"(,"bic":)" + kBic +
                      R"(}},"value_date":)" + kDate + R"(,"booking_date":)" + kDate +
                      R"(,"amount":{"type":"number"},"currency":)" + kCurrency +
                      R"(,"counterparty":{"type":"object","additionalProperties":false,"required":["name"],"properties":{)"
                      R"("name":{"type":"string","minLength":1,"maxLength":140},"iban":)" + kIban +
                      R"(,"bic":)" + kBic + R"(,"customer_code":)" + kCustomerCode +
                      R"(}},"invoice_reference":{"type":"string","pattern":"^INV/[0-9]{4}/[0-9]{5}$"})"
                      R"(,"remittance_info":{"type":"string","maxLength":140})"
                      R"(,"end_to_end_id":{"type":"string","maxLength":35})",
                  {"statement_line_id", "bank_account", "value_date", "amount", "currency", "counterparty"},
                  {"/bank_account/iban", "/bank_account/bic", "/counterparty/iban", "/counterparty/bic"},
                  R"({"key":"/statement_line_id","counterparty":"/counterparty/customer_code","amount":"/amount",)"
                  R"("currency":"/currency","correlation":"/invoice_reference"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("plm-bom-sync", "PLM bill of materials sync", "engineering", "PLM", "Odoo", "odoo",
                         "bill_of_materials",
                         "Released engineering changes update bills of materials in Odoo manufacturing.",
                         24 * kHour, policy(4, 30000, 2.0, 30 * 60 * 1000));
        const std::string component =
            R"({"type":"object","additionalProperties":false,"required":["position","product","quantity","uom"],)"
            R"("properties":{"position":{"type":"integer","minimum":1},"product":)" + kProduct +
            R"(,"quantity":)" + kQuantity + R"(,"uom":)" + kUom + "}}";
        setSchema(f,
                  R"("bom_id":{"type":"string","pattern":"^BOM-[0-9]{6}$"},"product":)" + kProduct +
                      R"(,"revision":{"type":"string","pattern":"^[A-Z]{1,2}$"})"
                      R"(,"change_order":{"type":"string","pattern":"^ECO-[0-9]{4}-[0-9]{4}$"},"plant":)" + kPlant +
                      R"(,"effective_date":)" + kDate + R"(,"quantity":)" + kQuantity + R"(,"uom":)" + kUom +
                      R"(,"components":{"type":"array","minItems":1,"maxItems":500,"items":)" + component +
                      R"(},"released_by":{"type":"string","maxLength":80})",
                  {"bom_id", "product", "revision", "change_order", "plant", "effective_date", "quantity", "uom",
                   "components"},
                  {},
                  R"({"key":"/bom_id","counterparty":"/product","plant":"/plant","due":"/effective_date",)"
                  R"("correlation":"/change_order"})");
        flows.push_back(std::move(f));
    }
    {
        FlowDef f = flow("odoo-stock-to-ecommerce", "Stock levels to web shop", "sales", "Odoo", "Shopify",
                         "shopify", "stock_level_batch",
                         "Every 15 minutes, available stock per warehouse is published to the web shop.",
                         15 * kMinute, policy(3, 5000, 2.0, 60 * 1000));
        f.batch = true;
        const std::string item =
            R"({"type":"object","additionalProperties":false,"required":["product","quantity_available","uom"],)"
            R"("properties":{"product":)" + kProduct +
            R"(,"sku":{"type":"string","maxLength":40},"quantity_available":{"type":"number","minimum":0},"uom":)" +
            kUom + "}}";
        setSchema(f,
                  R"("batch_id":{"type":"string","pattern":"^STK-[0-9]{8}-[0-9]{4}-(DE01|FR01|PL01|MX01)$"},"plant":)" +
                      kPlant + R"(,"warehouse":{"type":"string","pattern":"^WH-(DE01|FR01|PL01|MX01)$"})"
                               R"(,"generated_at":)" + kDateTime +
                      R"(,"items":{"type":"array","minItems":1,"maxItems":5000,"items":)" + item + "}",
                  {"batch_id", "plant", "warehouse", "generated_at", "items"}, {},
                  R"({"key":"/batch_id","counterparty":"/warehouse","plant":"/plant"})");
        flows.push_back(std::move(f));
    }
    return flows;
}

std::vector<ConnectorRecord> demoConnectors()
{
    auto c = [](std::string id, std::string name, std::string kind, std::string system, std::string endpoint,
                std::string auth) {
        ConnectorRecord r;
        r.id = std::move(id);
        r.name = std::move(name);
        r.kind = std::move(kind);
        r.system = std::move(system);
        r.endpoint = std::move(endpoint);
        r.authType = std::move(auth);
        return r;
    };
    return {
        c("odoo", "Odoo ERP", "odoo", "Odoo", "https://erp.acme-industrial.example/jsonrpc", "api_key"),
        c("salesforce", "Salesforce CRM", "crm", "Salesforce CRM", "https://acme-industrial.my.salesforce.com",
          "oauth2"),
        c("shopify", "Shopify spare parts shop", "shop", "Shopify",
          "https://acme-spares.myshopify.com/admin/api/2024-10", "api_key"),
        c("mes-de01", "MES Berlin (DE01)", "mes", "MES DE01", "https://mes.de01.acme-industrial.example/api",
          "certificate"),
        c("mes-fr01", "MES Lyon (FR01)", "mes", "MES FR01", "https://mes.fr01.acme-industrial.example/api",
          "certificate"),
        c("mes-pl01", "MES Poznan (PL01)", "mes", "MES PL01", "https://mes.pl01.acme-industrial.example/api",
          "certificate"),
        c("mes-mx01", "MES Puebla (MX01)", "mes", "MES MX01", "https://mes.mx01.acme-industrial.example/api",
          "certificate"),
        c("wms-3pl", "3PL warehouse (WMS)", "wms", "WMS (3PL)", "https://api.logistics-partner.example/v2",
          "oauth2"),
        c("edi-provider", "EDI provider (AS2)", "edi", "EDI provider", "as2://edi.van-provider.example/acme",
          "certificate"),
        c("bank", "House bank (EBICS)", "bank", "Bank", "https://ebics.house-bank.example/ebicsweb", "certificate"),
        c("qms", "Quality management system", "qms", "QMS", "https://qms.acme-industrial.example/rest", "basic"),
        c("plm", "PLM", "plm", "PLM", "https://plm.acme-industrial.example/odata", "oauth2"),
    };
}

} // namespace flowdesk::backend
