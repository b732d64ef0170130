// The payload editor of the exceptions workbench, driven through its real widgets:
// the form generated from each demo flow's schema, typing, server problems, masked
// values, the JSON tab and the differences.

#include "backendconnection.h"
#include "consoletestutil.h"
#include "jsonschema.h"
#include "payloadeditor/payloadeditor.h"
#include "sessionservice.h"
#include "transactionquery.h"
#include "transactionsservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QScopeGuard>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace Flowdesk;

namespace {

struct DemoFlow
{
    const char *id;
    const char *schema;
    const char *payload; // a payload the flow delivered
};

// The twelve flows of the demo catalogue with their payload schemas, as flowdeskd
// serves them, and one delivered payload each.
const DemoFlow kFlows[] = {
    {"crm-quote-to-order",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"CRM quote to sales order","type":"object","additionalProperties":false,"required":["order_number","quote_number","customer","order_date","requested_date","currency","plant","lines","total_amount"],"properties":{"order_number":{"type":"string","pattern":"^SO[0-9]{4}-[0-9]{6}$"},"quote_number":{"type":"string","pattern":"^Q-[0-9]{4}-[0-9]{5}$"},"opportunity_id":{"type":"string","pattern":"^006[A-Za-z0-9]{12,15}$"},"customer":{"type":"object","additionalProperties":false,"required":["code","name"],"properties":{"code":{"type":"string","pattern":"^C-[0-9]{5}$"},"name":{"type":"string","minLength":1,"maxLength":120},"contact":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","maxLength":120},"email":{"type":"string","format":"email","maxLength":254},"phone":{"type":"string","pattern":"^\\+[0-9 ]{7,20}$"}}}}},"order_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"requested_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"currency":{"type":"string","enum":["EUR","USD","PLN","MXN","GBP"]},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"payment_terms":{"type":"string","enum":["NET30","NET45","NET60","PREPAID"]},"incoterm":{"type":"string","enum":["EXW","FCA","DAP","DDP"]},"lines":{"type":"array","minItems":1,"maxItems":200,"items":{"type":"object","additionalProperties":false,"required":["product","quantity","uom","price"],"properties":{"line_no":{"type":"integer","minimum":1},"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"description":{"type":"string","maxLength":200},"quantity":{"type":"number","minimum":0,"exclusiveMinimum":true},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"},"price":{"type":"number","minimum":0},"discount_percent":{"type":"number","minimum":0,"maximum":100}}}},"total_amount":{"type":"number","minimum":0}},"x-sensitive":["/customer/contact/email","/customer/contact/phone","/lines/*/price","/total_amount"],"x-search":["/quote_number","/customer/name","/lines/*/product"],"x-business":{"key":"/order_number","counterparty":"/customer/code","amount":"/total_amount","currency":"/currency","plant":"/plant","due":"/requested_date","correlation":"/order_number"}})",
     R"({"order_number":"SO2026-819607","quote_number":"Q-2026-27596","customer":{"code":"C-10012","name":"Midwest Fluid Power Inc.","contact":{"name":"Purchasing","email":"po@midwest-fluidpower.example","phone":"+1 414 555 0190"}},"order_date":"2026-11-19","requested_date":"2026-12-08","currency":"USD","plant":"MX01","payment_terms":"NET30","incoterm":"FCA","lines":[{"line_no":1,"product":"P-1013","quantity":680,"uom":"m","price":9.94}],"total_amount":6759.20})"},
    {"shopify-order-import",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"Shopify order import","type":"object","additionalProperties":false,"required":["order_number","shopify_order_id","customer","created_at","currency","plant","shipping_address","lines","total_amount"],"properties":{"order_number":{"type":"string","pattern":"^SO[0-9]{4}-[0-9]{6}$"},"shopify_order_id":{"type":"integer","minimum":1},"customer":{"type":"object","additionalProperties":false,"required":["code","email"],"properties":{"code":{"type":"string","pattern":"^C-[0-9]{5}$"},"name":{"type":"string","maxLength":120},"email":{"type":"string","format":"email","maxLength":254},"phone":{"type":"string","pattern":"^\\+[0-9 ]{7,20}$"}}},"created_at":{"type":"string","format":"date-time"},"ship_by":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"currency":{"type":"string","enum":["EUR","USD","PLN","MXN","GBP"]},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"financial_status":{"type":"string","enum":["paid","pending","authorized"]},"shipping_address":{"type":"object","additionalProperties":false,"required":["name","street","city","postal_code","country"],"properties":{"name":{"type":"string","minLength":1,"maxLength":120},"street":{"type":"string","minLength":1,"maxLength":120},"city":{"type":"string","minLength":1,"maxLength":80},"postal_code":{"type":"string","minLength":3,"maxLength":12},"country":{"type":"string","pattern":"^[A-Z]{2}$"}}},"lines":{"type":"array","minItems":1,"maxItems":100,"items":{"type":"object","additionalProperties":false,"required":["product","quantity","uom","price"],"properties":{"line_no":{"type":"integer","minimum":1},"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"description":{"type":"string","maxLength":200},"quantity":{"type":"number","minimum":0,"exclusiveMinimum":true},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"},"price":{"type":"number","minimum":0},"discount_percent":{"type":"number","minimum":0,"maximum":100}}}},"total_amount":{"type":"number","minimum":0}},"x-sensitive":["/customer/email","/customer/phone","/shipping_address/street","/lines/*/price","/total_amount"],"x-search":["/shopify_order_id","/customer/name","/lines/*/product"],"x-business":{"key":"/order_number","counterparty":"/customer/code","amount":"/total_amount","currency":"/currency","plant":"/plant","due":"/ship_by","correlation":"/order_number"}})",
     R"({"order_number":"SO2026-819816","shopify_order_id":5195679639,"customer":{"code":"C-10010","name":"Nordic Marine Systems AB","email":"purchasing@nordic-marine.example","phone":"+46 31 650 400"},"created_at":"2026-11-03T20:24:37Z","ship_by":"2026-11-30","currency":"EUR","plant":"PL01","financial_status":"paid","shipping_address":{"name":"Nordic Marine Systems AB","street":"Hamnvagen 9","city":"Goteborg","postal_code":"41755","country":"SE"},"lines":[{"line_no":1,"product":"P-1013","quantity":470,"uom":"m","price":9.20}],"total_amount":4324.00})"},
    {"mes-production-confirmation",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"MES production confirmation","type":"object","additionalProperties":false,"required":["confirmation_id","production_order","plant","work_center","product","quantity_good","uom","confirmed_at"],"properties":{"confirmation_id":{"type":"string","pattern":"^PC-(DE01|FR01|PL01|MX01)-[0-9]{7}$"},"production_order":{"type":"string","pattern":"^MO/[0-9]{4}/[0-9]{5}$"},"sales_order":{"type":"string","pattern":"^SO[0-9]{4}-[0-9]{6}$"},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"work_center":{"type":"string","pattern":"^WC-[A-Z0-9-]{2,12}$"},"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"quantity_good":{"type":"number","minimum":0},"quantity_scrap":{"type":"number","minimum":0},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"},"operator_badge":{"type":"string","pattern":"^B[0-9]{5}$"},"confirmed_at":{"type":"string","format":"date-time"},"final_confirmation":{"type":"boolean"}},"x-sensitive":["/operator_badge"],"x-search":["/production_order","/sales_order","/product"],"x-business":{"key":"/confirmation_id","counterparty":"/work_center","plant":"/plant","correlation":"/sales_order"}})",
     R"({"confirmation_id":"PC-MX01-6327590","production_order":"MO/2026/27590","plant":"MX01","work_center":"WC-TEST","product":"P-1001","quantity_good":9,"quantity_scrap":0,"uom":"pcs","operator_badge":"B36525","confirmed_at":"2026-10-28T06:19:41Z","final_confirmation":true})"},
    {"mes-downtime-events",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"MES downtime events","type":"object","additionalProperties":false,"required":["event_id","plant","work_center","equipment","reason_code","started_at"],"properties":{"event_id":{"type":"string","pattern":"^DT-(DE01|FR01|PL01|MX01)-[0-9]{6}$"},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"work_center":{"type":"string","pattern":"^WC-[A-Z0-9-]{2,12}$"},"equipment":{"type":"string","pattern":"^EQ-[A-Z0-9-]{2,16}$"},"reason_code":{"type":"string","enum":["BREAKDOWN","CHANGEOVER","MATERIAL_SHORTAGE","PLANNED_MAINTENANCE","QUALITY_HOLD","NO_OPERATOR"]},"started_at":{"type":"string","format":"date-time"},"ended_at":{"type":"string","format":"date-time"},"duration_minutes":{"type":"integer","minimum":0,"maximum":10080},"comment":{"type":"string","maxLength":500}},"x-sensitive":[],"x-business":{"key":"/event_id","counterparty":"/equipment","plant":"/plant"}})",
     R"({"event_id":"DT-FR01-819703","plant":"FR01","work_center":"WC-TEST","equipment":"EQ-CNC-02","reason_code":"CHANGEOVER","started_at":"2026-10-29T20:53:20Z","ended_at":"2026-10-29T22:12:20Z","duration_minutes":79})"},
    {"qms-inspection-results",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"QMS inspection results","type":"object","additionalProperties":false,"required":["inspection_lot","plant","product","lot_number","result","quantity_inspected","uom","inspected_at"],"properties":{"inspection_lot":{"type":"string","pattern":"^IL-[0-9]{4}-[0-9]{6}$"},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"lot_number":{"type":"string","pattern":"^L[0-9]{8}$"},"purchase_order":{"type":"string","pattern":"^PO/[0-9]{4}/[0-9]{5}$"},"production_order":{"type":"string","pattern":"^MO/[0-9]{4}/[0-9]{5}$"},"result":{"type":"string","enum":["ACCEPTED","REJECTED","CONDITIONAL"]},"quantity_inspected":{"type":"number","minimum":0,"exclusiveMinimum":true},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"},"inspector":{"type":"string","maxLength":80},"characteristics":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"type":"string","minLength":1,"maxLength":80},"value":{"type":"number"},"lower_limit":{"type":"number"},"upper_limit":{"type":"number"},"unit":{"type":"string","maxLength":12}}}},"inspected_at":{"type":"string","format":"date-time"}},"x-sensitive":["/inspector"],"x-search":["/product","/lot_number","/purchase_order","/production_order"],"x-business":{"key":"/inspection_lot","counterparty":"/product","plant":"/plant","correlation":"/purchase_order"}})",
     R"({"inspection_lot":"IL-2026-819622","plant":"DE01","product":"P-1006","lot_number":"L20263634","result":"ACCEPTED","quantity_inspected":20,"uom":"l","inspector":"M. Schulz","characteristics":[{"name":"Bore diameter","value":39.998,"lower_limit":39.95,"upper_limit":40.05,"unit":"mm"}],"inspected_at":"2026-11-03T16:51:52Z"})"},
    {"wms-shipment-dispatch",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"Shipment dispatch to 3PL","type":"object","additionalProperties":false,"required":["shipment_number","sales_order","customer","plant","carrier","ship_date","delivery_address","lines"],"properties":{"shipment_number":{"type":"string","pattern":"^SH-[0-9]{4}-[0-9]{6}$"},"sales_order":{"type":"string","pattern":"^SO[0-9]{4}-[0-9]{6}$"},"customer":{"type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","pattern":"^C-[0-9]{5}$"},"name":{"type":"string","maxLength":120}}},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"carrier":{"type":"string","enum":["DHL","DB_SCHENKER","KUEHNE_NAGEL","DSV","UPS","ESTAFETA","GEODIS"]},"service_level":{"type":"string","enum":["STANDARD","EXPRESS","FTL","LTL"]},"ship_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"delivery_address":{"type":"object","additionalProperties":false,"required":["name","street","city","postal_code","country"],"properties":{"name":{"type":"string","minLength":1,"maxLength":120},"street":{"type":"string","minLength":1,"maxLength":120},"city":{"type":"string","minLength":1,"maxLength":80},"postal_code":{"type":"string","minLength":3,"maxLength":12},"country":{"type":"string","pattern":"^[A-Z]{2}$"},"contact_phone":{"type":"string","pattern":"^\\+[0-9 ]{7,20}$"}}},"lines":{"type":"array","minItems":1,"maxItems":200,"items":{"type":"object","additionalProperties":false,"required":["product","quantity","uom"],"properties":{"line_no":{"type":"integer","minimum":1},"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"quantity":{"type":"number","minimum":0,"exclusiveMinimum":true},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"},"batch":{"type":"string","maxLength":20}}}},"gross_weight_kg":{"type":"number","minimum":0}},"x-sensitive":["/delivery_address/contact_phone","/delivery_address/street"],"x-search":["/sales_order","/customer/name","/lines/*/product"],"x-business":{"key":"/shipment_number","counterparty":"/customer/code","plant":"/plant","due":"/ship_date","correlation":"/sales_order"}})",
     R"({"shipment_number":"SH-2026-819625","sales_order":"SO2026-819626","customer":{"code":"C-10007","name":"Kowalski Hydraulika"},"plant":"PL01","carrier":"UPS","service_level":"LTL","ship_date":"2026-11-04","delivery_address":{"name":"Kowalski Hydraulika","street":"ul. Krakowska 180","city":"Wroclaw","postal_code":"52-015","country":"PL","contact_phone":"+48 71 344 80 00"},"lines":[{"line_no":1,"product":"P-1014","quantity":260,"uom":"pcs"}],"gross_weight_kg":3640})"},
    {"edi-supplier-asn",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"EDI supplier ASN","type":"object","additionalProperties":false,"required":["asn_number","supplier","purchase_order","plant","despatch_date","expected_delivery","lines"],"properties":{"asn_number":{"type":"string","pattern":"^ASN-[0-9]{6,10}$"},"supplier":{"type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","pattern":"^V-[0-9]{4}$"},"gln":{"type":"string","pattern":"^[0-9]{13}$"},"name":{"type":"string","maxLength":120}}},"purchase_order":{"type":"string","pattern":"^PO/[0-9]{4}/[0-9]{5}$"},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"despatch_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"expected_delivery":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"carrier":{"type":"string","maxLength":40},"lines":{"type":"array","minItems":1,"maxItems":500,"items":{"type":"object","additionalProperties":false,"required":["line_no","supplier_product","quantity","uom"],"properties":{"line_no":{"type":"integer","minimum":1},"supplier_product":{"type":"string","minLength":1,"maxLength":35},"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"quantity":{"type":"number","minimum":0,"exclusiveMinimum":true},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"},"batch":{"type":"string","maxLength":20}}}}},"x-sensitive":[],"x-search":["/supplier/name","/purchase_order","/lines/*/product","/lines/*/supplier_product"],"x-business":{"key":"/asn_number","counterparty":"/supplier/code","plant":"/plant","due":"/expected_delivery","correlation":"/purchase_order"}})",
     R"({"asn_number":"ASN-819682","supplier":{"code":"V-2006","gln":"7501234000015"},"purchase_order":"PO/2026/27684","plant":"MX01","despatch_date":"2026-11-03","expected_delivery":"2026-11-05","carrier":"DB Schenker","lines":[{"line_no":1,"supplier_product":"GH45-RAW","quantity":8,"uom":"pcs","batch":"B300582"}]})"},
    {"edi-po-acknowledgement",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"EDI purchase order acknowledgement","type":"object","additionalProperties":false,"required":["ack_number","purchase_order","supplier","ack_status","ack_date","currency","lines"],"properties":{"ack_number":{"type":"string","pattern":"^ORDRSP-[0-9]{4}-[0-9]{5}$"},"purchase_order":{"type":"string","pattern":"^PO/[0-9]{4}/[0-9]{5}$"},"supplier":{"type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","pattern":"^V-[0-9]{4}$"},"gln":{"type":"string","pattern":"^[0-9]{13}$"},"name":{"type":"string","maxLength":120}}},"ack_status":{"type":"string","enum":["ACCEPTED","ACCEPTED_WITH_CHANGES","REJECTED"]},"ack_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"currency":{"type":"string","enum":["EUR","USD","PLN","MXN","GBP"]},"lines":{"type":"array","minItems":1,"maxItems":500,"items":{"type":"object","additionalProperties":false,"required":["line_no","product","quantity","uom","price"],"properties":{"line_no":{"type":"integer","minimum":1},"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"quantity":{"type":"number","minimum":0,"exclusiveMinimum":true},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"},"price":{"type":"number","minimum":0},"delivery_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}}},"total_amount":{"type":"number","minimum":0}},"x-sensitive":["/lines/*/price","/total_amount"],"x-search":["/supplier/name","/purchase_order","/lines/*/product"],"x-business":{"key":"/ack_number","counterparty":"/supplier/code","amount":"/total_amount","currency":"/currency","plant":"/plant","correlation":"/purchase_order"}})",
     R"({"ack_number":"ORDRSP-2026-27642","purchase_order":"PO/2026/27642","supplier":{"code":"V-2005","gln":"5901234000012","name":"Aluprofil Polska"},"ack_status":"ACCEPTED","ack_date":"2026-10-26","plant":"FR01","currency":"EUR","lines":[{"line_no":1,"product":"P-1013","quantity":370,"uom":"m","price":5.70,"delivery_date":"2026-11-02"}],"total_amount":2109.00})"},
    {"invoice-posting",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"Invoice posting to accounting","type":"object","additionalProperties":false,"required":["invoice_number","customer","invoice_date","due_date","posting_period","currency","lines","amount_untaxed","amount_tax","amount_total"],"properties":{"invoice_number":{"type":"string","pattern":"^INV/[0-9]{4}/[0-9]{5}$"},"sales_order":{"type":"string","pattern":"^SO[0-9]{4}-[0-9]{6}$"},"customer":{"type":"object","additionalProperties":false,"required":["code"],"properties":{"code":{"type":"string","pattern":"^C-[0-9]{5}$"},"name":{"type":"string","maxLength":120},"vat_id":{"type":"string","pattern":"^[A-Z]{2}[A-Z0-9]{6,14}$"}}},"invoice_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"due_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"posting_period":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$"},"currency":{"type":"string","enum":["EUR","USD","PLN","MXN","GBP"]},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"payment_terms":{"type":"string","enum":["NET30","NET45","NET60","PREPAID"]},"lines":{"type":"array","minItems":1,"maxItems":200,"items":{"type":"object","additionalProperties":false,"required":["product","quantity","uom","price","tax_rate"],"properties":{"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"quantity":{"type":"number","minimum":0,"exclusiveMinimum":true},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"},"price":{"type":"number","minimum":0},"tax_rate":{"type":"number","minimum":0,"maximum":30}}}},"amount_untaxed":{"type":"number","minimum":0},"amount_tax":{"type":"number","minimum":0},"amount_total":{"type":"number","minimum":0}},"x-sensitive":["/lines/*/price","/amount_untaxed","/amount_tax","/amount_total"],"x-search":["/customer/name","/sales_order","/lines/*/product"],"x-business":{"key":"/invoice_number","counterparty":"/customer/code","amount":"/amount_total","currency":"/currency","plant":"/plant","due":"/due_date","correlation":"/sales_order"}})",
     R"({"invoice_number":"INV/2026/27868","sales_order":"SO2026-819885","customer":{"code":"C-10010","name":"Nordic Marine Systems AB"},"invoice_date":"2026-10-30","due_date":"2026-11-29","posting_period":"2026-10","currency":"EUR","plant":"PL01","payment_terms":"NET30","lines":[{"product":"P-1008","quantity":400,"uom":"m","price":4.80,"tax_rate":0}],"amount_untaxed":1920.00,"amount_tax":0.00,"amount_total":1920.00})"},
    {"bank-payment-reconciliation",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"Bank payment reconciliation","type":"object","additionalProperties":false,"required":["statement_line_id","bank_account","value_date","amount","currency","counterparty"],"properties":{"statement_line_id":{"type":"string","pattern":"^BST-[0-9]{8}-[0-9]{4}$"},"bank_account":{"type":"object","additionalProperties":false,"required":["iban"],"properties":{"iban":{"type":"string","pattern":"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"},"bic":{"type":"string","pattern":"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"}}},"value_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"booking_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"amount":{"type":"number"},"currency":{"type":"string","enum":["EUR","USD","PLN","MXN","GBP"]},"counterparty":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":140},"iban":{"type":"string","pattern":"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"},"bic":{"type":"string","pattern":"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"},"customer_code":{"type":"string","pattern":"^C-[0-9]{5}$"}}},"invoice_reference":{"type":"string","pattern":"^INV/[0-9]{4}/[0-9]{5}$"},"remittance_info":{"type":"string","maxLength":140},"end_to_end_id":{"type":"string","maxLength":35}},"x-sensitive":["/bank_account/iban","/bank_account/bic","/counterparty/iban","/counterparty/bic"],"x-search":["/counterparty/name","/invoice_reference"],"x-business":{"key":"/statement_line_id","counterparty":"/counterparty/customer_code","amount":"/amount","currency":"/currency","correlation":"/invoice_reference"}})",
     R"({"statement_line_id":"BST-20261103-9809","bank_account":{"iban":"DE89370400440532013000","bic":"COBADEFFXXX"},"value_date":"2026-11-03","booking_date":"2026-11-03","amount":6931.60,"currency":"PLN","counterparty":{"name":"Kowalski Hydraulika","iban":"PL61109010140000071219812874","customer_code":"C-10007"},"invoice_reference":"INV/2026/27899","remittance_info":"Payment INV/2026/27899","end_to_end_id":"E2E06327809"})"},
    {"plm-bom-sync",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"PLM bill of materials sync","type":"object","additionalProperties":false,"required":["bom_id","product","revision","change_order","plant","effective_date","quantity","uom","components"],"properties":{"bom_id":{"type":"string","pattern":"^BOM-[0-9]{6}$"},"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"revision":{"type":"string","pattern":"^[A-Z]{1,2}$"},"change_order":{"type":"string","pattern":"^ECO-[0-9]{4}-[0-9]{4}$"},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"effective_date":{"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"quantity":{"type":"number","minimum":0,"exclusiveMinimum":true},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"},"components":{"type":"array","minItems":1,"maxItems":500,"items":{"type":"object","additionalProperties":false,"required":["position","product","quantity","uom"],"properties":{"position":{"type":"integer","minimum":1},"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"quantity":{"type":"number","minimum":0,"exclusiveMinimum":true},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"}}}},"released_by":{"type":"string","maxLength":80}},"x-sensitive":[],"x-search":["/product","/change_order","/components/*/product"],"x-business":{"key":"/bom_id","counterparty":"/product","plant":"/plant","due":"/effective_date","correlation":"/change_order"}})",
     R"({"bom_id":"BOM-819596","product":"P-1010","revision":"E","change_order":"ECO-2026-9596","plant":"FR01","effective_date":"2026-11-04","quantity":1,"uom":"pcs","components":[{"position":10,"product":"P-1003","quantity":8,"uom":"pcs"},{"position":20,"product":"P-1008","quantity":10,"uom":"m"}],"released_by":"Engineering FR"})"},
    {"odoo-stock-to-ecommerce",
     R"({"$schema":"http://json-schema.org/draft-04/schema#","title":"Stock levels to web shop","type":"object","additionalProperties":false,"required":["batch_id","plant","warehouse","generated_at","items"],"properties":{"batch_id":{"type":"string","pattern":"^STK-[0-9]{8}-[0-9]{4}-(DE01|FR01|PL01|MX01)$"},"plant":{"type":"string","enum":["DE01","FR01","PL01","MX01"]},"warehouse":{"type":"string","pattern":"^WH-(DE01|FR01|PL01|MX01)$"},"generated_at":{"type":"string","format":"date-time"},"items":{"type":"array","minItems":1,"maxItems":5000,"items":{"type":"object","additionalProperties":false,"required":["product","quantity_available","uom"],"properties":{"product":{"type":"string","pattern":"^P-[0-9]{4}$","description":"Odoo internal reference"},"sku":{"type":"string","maxLength":40},"quantity_available":{"type":"number","minimum":0},"uom":{"type":"string","minLength":1,"maxLength":12,"description":"Unit of measure as named in Odoo"}}}}},"x-sensitive":[],"x-search":["/items/*/product","/items/*/sku"],"x-business":{"key":"/batch_id","counterparty":"/warehouse","plant":"/plant"}})",
     R"({"batch_id":"STK-20261102-9642-PL01","plant":"PL01","warehouse":"WH-PL01","generated_at":"2026-11-02T16:55:34Z","items":[{"product":"P-1001","sku":"SP-1001","quantity_available":4,"uom":"pcs"},{"product":"P-1002","sku":"SP-1002","quantity_available":82,"uom":"pcs"},{"product":"P-1003","sku":"SP-1003","quantity_available":94,"uom":"pcs"},{"product":"P-1004","sku":"SP-1004","quantity_available":250,"uom":"set"},{"product":"P-1005","sku":"SP-1005","quantity_available":103,"uom":"pcs"},{"product":"P-1006","sku":"SP-1006","quantity_available":131,"uom":"l"},{"product":"P-1007","sku":"SP-1007","quantity_available":8,"uom":"kg"},{"product":"P-1008","sku":"SP-1008","quantity_available":218,"uom":"m"},{"product":"P-1009","sku":"SP-1009","quantity_available":69,"uom":"pcs"},{"product":"P-1010","sku":"SP-1010","quantity_available":91,"uom":"pcs"},{"product":"P-1011","sku":"SP-1011","quantity_available":5,"uom":"pcs"},{"product":"P-1012","sku":"SP-1012","quantity_available":113,"uom":"pcs"},{"product":"P-1013","sku":"SP-1013","quantity_available":12,"uom":"m"},{"product":"P-1014","sku":"SP-1014","quantity_available":212,"uom":"pcs"},{"product":"P-1015","sku":"SP-1015","quantity_available":4,"uom":"kg"},{"product":"P-1016","sku":"SP-1016","quantity_available":339,"uom":"pcs"}]})"},
};

const DemoFlow &flow(const char *id)
{
    for (const DemoFlow &f : kFlows) {
        if (qstrcmp(f.id, id) == 0)
            return f;
    }
    qFatal("unknown demo flow %s", id);
}

// A CRM order that failed at Odoo: an unknown unit on its first line. Prices and the
// total are masked for the person editing it.
const char *kFailedOrder =
    R"({"order_number":"SO2026-819937","quote_number":"Q-2026-27813","customer":{"code":"C-10003",)"
    R"("name":"Nowak Maszyny Sp. z o.o.","contact":{"name":"Purchasing","email":"zakupy@nowak-maszyny.example",)"
    R"("phone":"+48 61 835 22 10"}},"order_date":"2026-11-03","requested_date":"2026-11-20","currency":"PLN",)"
    R"("plant":"PL01","payment_terms":"NET30","incoterm":"FCA","lines":[{"line_no":1,"product":"P-1012",)"
    R"("quantity":190,"uom":"Units","price":"***"},{"line_no":2,"product":"P-1008","quantity":440,"uom":"m",)"
    R"("price":"***"},{"line_no":3,"product":"P-1006","quantity":490,"uom":"l","price":"***"}],)"
    R"("total_amount":"***"})";
const QStringList kFailedOrderMasked{QStringLiteral("/lines/0/price"), QStringLiteral("/lines/1/price"),
                                     QStringLiteral("/lines/2/price"), QStringLiteral("/total_amount")};

QStringList fieldsOf(const QList<FieldViolation> &violations)
{
    QStringList out;
    for (const FieldViolation &v : violations)
        out << v.field;
    return out;
}

QString valueAt(const QString &json, const QString &pointer)
{
    const auto doc = parseJson(json);
    if (!doc)
        return QStringLiteral("<not JSON>");
    const JsonNode *node = doc->at(pointer);
    if (!node)
        return QStringLiteral("<missing>");
    return node->isString() || node->isNumber() ? node->text() : node->toJson();
}

// Replaces what a line edit holds the way a person does: select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

QLabel *errorLabelOf(QWidget *editor)
{
    // The message sits right under the editor, in the same cell.
    const auto labels = editor->parentWidget()->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    return labels.isEmpty() ? nullptr : labels.last();
}

} // namespace

class TestConsolePayloadEditor : public QObject
{
    Q_OBJECT

private slots:
    void demoFlowsAcceptDeliveredPayloads_data();
    void demoFlowsAcceptDeliveredPayloads();
    void formShowsSchemaInOrderWithRightEditors();
    void typingInFormChangesPayload();
    void badValuesAreFlaggedAtTheirField_data();
    void badValuesAreFlaggedAtTheirField();
    void badEnumFromJsonShowsInCombo();
    void wheelOverTheFormScrollsIt();
    void targetFieldInALineTableIsMarkedNotSqueezed();
    void narrowLineTablesWrapInsteadOfScrollingSideways();
    void emptiedRequiredFieldIsAViolation();
    void serverViolationsLandOnTheirField();
    void serverViolationsElsewhereAreShown();
    void maskedFieldsStayMasked();
    void jsonEditReachesTheForm();
    void unreadableJsonIsInvalidWithPosition();
    void orderLinesCanBeAddedAndRemoved();
    void dateEditorWritesIsoDate();
    void numbersAndDatesInTheReadersForm();
    void differencesShowChangedLines();
    void savedCorrectionIsNotAnEdit();
    void readOnlyEditorChangesNothing();
    void focusFieldShowsTheField();
    void longListsStayWhole();
    void jsonParserReportsPosition_data();
    void jsonParserReportsPosition();
    void patternsAreDescribedAsShapes_data();
    void patternsAreDescribedAsShapes();
    void preview();
    void failedPayloadsFromTheServerAreEditable_data();
    void failedPayloadsFromTheServerAreEditable();

private:
    static void saveScreenshot(QWidget *widget, const QString &name);
};

void TestConsolePayloadEditor::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestConsolePayloadEditor::demoFlowsAcceptDeliveredPayloads_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("payload");
    for (const DemoFlow &f : kFlows)
        QTest::newRow(f.id) << QString::fromUtf8(f.schema) << QString::fromUtf8(f.payload);
}

void TestConsolePayloadEditor::demoFlowsAcceptDeliveredPayloads()
{
    QFETCH(QString, schema);
    QFETCH(QString, payload);
    PayloadEditor editor;
    editor.setSchema(schema);
    editor.setPayload(payload, payload, {});
    QCOMPARE(fieldsOf(editor.violations()), QStringList());
    QVERIFY(editor.isValid());
    QVERIFY(!editor.isModified());
    // Every top-level scalar of the payload has its own editor in the form.
    const auto doc = parseJson(payload);
    QVERIFY(doc);
    for (const JsonMember &m : doc->members()) {
        if (m.value.isObject() || m.value.isArray())
            QVERIFY2(editor.findChild<QGroupBox *>(QLatin1Char('/') + m.name), qPrintable(m.name));
        else
            QVERIFY2(editor.findChild<QWidget *>(QLatin1Char('/') + m.name), qPrintable(m.name));
    }
    // Nothing changed, nothing rewritten: the same value goes back.
    QVERIFY(parseJson(editor.payloadJson())->sameValue(*doc));
}

void TestConsolePayloadEditor::formShowsSchemaInOrderWithRightEditors()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});

    QVERIFY(editor.findChild<QComboBox *>(QStringLiteral("/currency")));
    QVERIFY(editor.findChild<QComboBox *>(QStringLiteral("/plant")));
    QVERIFY(editor.findChild<QDateEdit *>(QStringLiteral("/order_date")));
    QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("/lines/0/quantity")));
    QCOMPARE(editor.findChild<QComboBox *>(QStringLiteral("/plant"))->currentText(), QStringLiteral("MX01"));
    QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("/customer/contact/email"))->text(),
             QStringLiteral("po@midwest-fluidpower.example"));
    // Labels come from the field names, required ones marked.
    QStringList labels;
    for (QLabel *label : editor.findChildren<QLabel *>())
        labels << label->text();
    QVERIFY(labels.contains(QStringLiteral("Order number *")));
    QVERIFY(labels.contains(QStringLiteral("Opportunity ID")));
    QVERIFY(labels.contains(QStringLiteral("Unit\u00A0*"))); // the mark stays with the name when it wraps
    QCOMPARE(editor.findChild<QGroupBox *>(QStringLiteral("/customer"))->title(), QStringLiteral("Customer *"));
    // The form follows the schema's order, not the alphabet.
    auto *tabs = editor.findChild<QTabWidget *>();
    QCOMPARE(tabs->tabText(0), QStringLiteral("Form"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("JSON"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Differences"));
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("payloadJsonText"));
    QVERIFY(text->toPlainText().indexOf(QStringLiteral("\"order_number\""))
            < text->toPlainText().indexOf(QStringLiteral("\"customer\"")));
    // Numbers keep their spelling.
    QVERIFY(text->toPlainText().contains(QStringLiteral("6759.20")));
}

void TestConsolePayloadEditor::typingInFormChangesPayload()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    editor.show();
    QSignalSpy changed(&editor, &PayloadEditor::changed);

    auto *name = editor.findChild<QLineEdit *>(QStringLiteral("/customer/name"));
    QVERIFY(name);
    retype(name, QStringLiteral("Midwest Fluid Power Incorporated"));

    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/customer/name")),
             QStringLiteral("Midwest Fluid Power Incorporated"));
    QVERIFY(editor.isModified());
    QVERIFY(editor.isValid());
    QVERIFY(changed.count() > 0);
    // The JSON tab follows at once.
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("payloadJsonText"));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Midwest Fluid Power Incorporated")));
    // The rest stays as it was.
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/total_amount")), QStringLiteral("6759.20"));

    auto *quantity = editor.findChild<QLineEdit *>(QStringLiteral("/lines/0/quantity"));
    retype(quantity, QStringLiteral("700"));
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/lines/0/quantity")), QStringLiteral("700"));
    QVERIFY(editor.payloadJson().contains(QStringLiteral("\"quantity\":700")));
}

void TestConsolePayloadEditor::badValuesAreFlaggedAtTheirField_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("pattern") << "/order_number" << "SO-819607" << "SO####-######";
    QTest::newRow("pattern in line") << "/lines/0/product" << "1013" << "P-####";
    QTest::newRow("exclusive minimum") << "/lines/0/quantity" << "0" << "more than 0";
    QTest::newRow("minimum") << "/lines/0/price" << "-5" << "at least 0";
    QTest::newRow("maximum") << "/lines/0/discount_percent" << "150" << "at most 100";
    QTest::newRow("not a number") << "/total_amount" << "12,50" << "number";
    QTest::newRow("email") << "/customer/contact/email" << "po-at-midwest" << "e-mail";
    QTest::newRow("too long") << "/lines/0/uom" << "cubic metres per hour" << "at most 12";
}

void TestConsolePayloadEditor::badValuesAreFlaggedAtTheirField()
{
    QFETCH(QString, pointer);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    editor.show();
    QSignalSpy validity(&editor, &PayloadEditor::validityChanged);

    auto *edit = editor.findChild<QLineEdit *>(pointer);
    QVERIFY(edit);
    retype(edit, typed);

    QVERIFY(!editor.isValid());
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.first().first().toBool(), false);
    QCOMPARE(fieldsOf(editor.violations()), QStringList{pointer});
    QVERIFY2(editor.violations().first().description.contains(message, Qt::CaseInsensitive),
             qPrintable(editor.violations().first().description));
    // The person sees the message under the field.
    QLabel *error = errorLabelOf(edit);
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), editor.violations().first().description);
    QVERIFY(edit->palette().color(QPalette::Base) != QApplication::palette(edit).color(QPalette::Base));

    // Putting a good value back clears it again.
    const auto doc = parseJson(QString::fromUtf8(crm.payload));
    const JsonNode *good = doc->at(pointer);
    retype(edit, good ? good->text() : QString());
    QVERIFY2(editor.isValid(), qPrintable(fieldsOf(editor.violations()).join(QLatin1Char(','))));
    QVERIFY(!error->isVisible());
    QCOMPARE(validity.last().first().toBool(), true);
}

void TestConsolePayloadEditor::badEnumFromJsonShowsInCombo()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    QString payload = QString::fromUtf8(crm.payload);
    payload.replace(QStringLiteral("\"currency\":\"USD\""), QStringLiteral("\"currency\":\"US$\""));
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(payload, payload, {});
    QCOMPARE(fieldsOf(editor.violations()), QStringList{QStringLiteral("/currency")});
    QVERIFY(editor.violations().first().description.contains(QStringLiteral("EUR, USD, PLN, MXN, GBP")));
    // The wrong value is visible in the combo box, and choosing a right one fixes it.
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("/currency"));
    QCOMPARE(combo->currentText(), QStringLiteral("US$"));
    editor.show();
    combo->setFocus();
    const int usd = combo->findText(QStringLiteral("USD"));
    QVERIFY(usd >= 0);
    combo->setCurrentIndex(usd);
    emit combo->activated(usd);
    QVERIFY(editor.isValid());
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/currency")), QStringLiteral("USD"));
}

// Scrolling the form with the wheel while the pointer passes over a choice or a
// date does not change them; the form scrolls. A choice the person clicked into
// takes the wheel.
void TestConsolePayloadEditor::wheelOverTheFormScrollsIt()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    const QString payload = QString::fromUtf8(crm.payload);
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(payload, payload, {});
    editor.resize(700, 300);
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("/currency"));
    auto *date = editor.findChild<QDateEdit *>(QStringLiteral("/order_date"));
    QVERIFY(combo && date);
    auto wheel = [](QWidget *w) {
        const QPointF at = QPointF(w->rect().center());
        QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    };
    const QString currency = combo->currentText();
    const QDate ordered = date->date();
    editor.setFocus();
    wheel(combo);
    wheel(date);
    QCOMPARE(combo->currentText(), currency);
    QCOMPARE(date->date(), ordered);
    QVERIFY(!editor.isModified());
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/currency")), currency);
    // Clicked into, the choice is the person's to turn.
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());
    wheel(combo);
    QVERIFY(combo->currentText() != currency);
}

// The field the target named inside a line table: the cell is marked and says
// so in its tooltip, without a sentence that would squeeze its column; a field
// outside tables gets the sentence under it. Another target takes it away.
void TestConsolePayloadEditor::targetFieldInALineTableIsMarkedNotSqueezed()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    const QString payload = QString::fromUtf8(crm.payload);
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(payload, payload, {});
    editor.show();
    auto *uom = editor.findChild<QLineEdit *>(QStringLiteral("/lines/0/uom"));
    QVERIFY(uom);
    editor.setTargetField(QStringLiteral("/lines/0/uom"), QStringLiteral("Odoo"));
    QVERIFY(uom->property("targetNamed").toBool());
    QVERIFY2(uom->toolTip().startsWith(QStringLiteral("Odoo named this field in its error.")), qPrintable(uom->toolTip()));
    QVERIFY(!uom->parentWidget()->findChild<QLabel *>(QStringLiteral("targetNote")));

    editor.setTargetField(QStringLiteral("/customer/code"), QStringLiteral("Odoo"));
    QVERIFY(!uom->property("targetNamed").toBool());
    QVERIFY2(!uom->toolTip().contains(QStringLiteral("named this field")), qPrintable(uom->toolTip()));
    auto *code = editor.findChild<QLineEdit *>(QStringLiteral("/customer/code"));
    QVERIFY(code);
    auto *note = code->parentWidget()->findChild<QLabel *>(QStringLiteral("targetNote"));
    QVERIFY(note);
    QCOMPARE(note->text(), QStringLiteral("Odoo named this field in its error."));
}

// An order's lines in a pane narrower than their columns: each line takes two or
// more rows under its number, the form never scrolls sideways; wide enough, each
// line is one row again. The field with the focus stays in view when they change.
void TestConsolePayloadEditor::narrowLineTablesWrapInsteadOfScrollingSideways()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    const QString payload = QString::fromUtf8(crm.payload);
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(payload, payload, {});
    editor.resize(1200, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *scroll = editor.findChild<QScrollArea *>();
    QVERIFY(scroll);
    const auto cell = [&editor](const char *pointer) {
        return editor.findChild<QWidget *>(QString::fromLatin1(pointer));
    };
    auto *addLine = editor.findChild<QPushButton *>(QStringLiteral("add:/lines"));
    QVERIFY(addLine);
    addLine->click(); // a second line
    for (const char *pointer : {"/lines/0/line_no", "/lines/0/product", "/lines/0/uom", "/lines/0/discount_percent",
                                "/lines/1/product"})
        QVERIFY2(cell(pointer), pointer);
    const auto top = [&](const char *pointer) { return cell(pointer)->mapTo(scroll->widget(), QPoint(0, 0)).y(); };
    const auto settle = [] {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    };
    settle();
    // Wide: one row per line.
    QCOMPARE(top("/lines/0/uom"), top("/lines/0/product"));
    QCOMPARE(top("/lines/0/discount_percent"), top("/lines/0/product"));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());

    // Narrow, as the detail pane on a laptop: the lines wrap, nothing scrolls sideways,
    // every cell lies within the visible width, and the focused unit stays in view.
    auto *uom = cell("/lines/0/uom");
    uom->setFocus();
    for (int width : {470, 380}) {
        editor.resize(width, 300);
        settle();
        QTest::qWait(50);
        settle();
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1 px: the form scrolls sideways by %2 px")
                                .arg(width).arg(scroll->horizontalScrollBar()->maximum())));
        QVERIFY2(top("/lines/0/uom") > top("/lines/0/product"), qPrintable(QString::number(width)));
        QVERIFY2(top("/lines/1/product") > top("/lines/0/discount_percent"), qPrintable(QString::number(width)));
        for (const char *pointer : {"/lines/0/line_no", "/lines/0/product", "/lines/0/uom", "/lines/0/discount_percent"}) {
            const QRect r(cell(pointer)->mapTo(scroll->viewport(), QPoint(0, 0)), cell(pointer)->size());
            QVERIFY2(r.left() >= 0 && r.right() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1 px: %2 at %3..%4 of %5").arg(width).arg(QLatin1String(pointer))
                                    .arg(r.left()).arg(r.right()).arg(scroll->viewport()->width())));
        }
        const QRect u(uom->mapTo(scroll->viewport(), QPoint(0, 0)), uom->size());
        QVERIFY2(scroll->viewport()->rect().contains(u),
                 qPrintable(QStringLiteral("%1 px: the focused unit at %2,%3 is out of view").arg(width).arg(u.x()).arg(u.y())));
    }

    // Wide again: one row per line.
    editor.resize(1200, 500);
    settle();
    QCOMPARE(top("/lines/0/uom"), top("/lines/0/product"));

    // A field shown without the focus (the list keeps it while the person browses)
    // stays in view as well.
    uom->clearFocus();
    editor.revealField(QStringLiteral("/lines/1/uom"));
    editor.resize(400, 260);
    settle();
    QTest::qWait(50);
    settle();
    auto *second = cell("/lines/1/uom");
    const QRect shown(second->mapTo(scroll->viewport(), QPoint(0, 0)), second->size());
    QVERIFY2(scroll->viewport()->rect().contains(shown),
             qPrintable(QStringLiteral("the shown unit at %1,%2 is out of view").arg(shown.x()).arg(shown.y())));

    // Coming back up from the end of the form to the first line's unit: its
    // column's title comes along, not only the box.
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    editor.revealField(QStringLiteral("/lines/0/uom"));
    settle();
    QLabel *unitTitle = nullptr;
    for (QLabel *label : editor.findChild<QWidget *>(QStringLiteral("lineTable"))->findChildren<QLabel *>())
        if (label->text() == QStringLiteral("Unit\u00A0*"))
            unitTitle = label;
    QVERIFY(unitTitle);
    for (QWidget *w : {static_cast<QWidget *>(uom), static_cast<QWidget *>(unitTitle)}) {
        const QRect r(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
        QVERIFY2(scroll->viewport()->rect().contains(r),
                 qPrintable(QStringLiteral("%1 at %2,%3 is out of view").arg(w->objectName()).arg(r.x()).arg(r.y())));
    }
}

void TestConsolePayloadEditor::emptiedRequiredFieldIsAViolation()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    editor.show();
    auto *code = editor.findChild<QLineEdit *>(QStringLiteral("/customer/code"));
    retype(code, QString());
    QCOMPARE(fieldsOf(editor.violations()), QStringList{QStringLiteral("/customer/code")});
    QCOMPARE(editor.violations().first().description, QStringLiteral("This field is required."));
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/customer/code")), QStringLiteral("<missing>"));
    QVERIFY(errorLabelOf(code)->isVisible());

    // An optional field emptied simply leaves the payload.
    auto *opportunity = editor.findChild<QLineEdit *>(QStringLiteral("/incoterm"));
    QVERIFY(!opportunity); // enum: a combo box
    auto *incoterm = editor.findChild<QComboBox *>(QStringLiteral("/incoterm"));
    QCOMPARE(incoterm->itemText(0), QStringLiteral("(not set)"));
    emit incoterm->activated(0);
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/incoterm")), QStringLiteral("<missing>"));
    QCOMPARE(fieldsOf(editor.violations()), QStringList{QStringLiteral("/customer/code")});
}

void TestConsolePayloadEditor::serverViolationsLandOnTheirField()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(kFailedOrder), QString::fromUtf8(kFailedOrder), kFailedOrderMasked);
    editor.show();
    QVERIFY(editor.isValid());
    QSignalSpy validity(&editor, &PayloadEditor::validityChanged);

    editor.setServerViolations({FieldViolation{QStringLiteral("/lines/0/uom"),
                                               QStringLiteral("Unit of measure \"Units\" is not defined")}});
    QVERIFY(!editor.isValid());
    QCOMPARE(validity.count(), 1);
    QCOMPARE(fieldsOf(editor.violations()), QStringList{QStringLiteral("/lines/0/uom")});
    auto *uom = editor.findChild<QLineEdit *>(QStringLiteral("/lines/0/uom"));
    QLabel *error = errorLabelOf(uom);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Unit of measure \"Units\" is not defined"));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    // ... and in the JSON tab's list.
    auto *problems = editor.findChild<QListWidget *>(QStringLiteral("payloadProblems"));
    QCOMPARE(problems->count(), 1);
    QCOMPARE(problems->item(0)->text(),
             QStringLiteral("Lines › 1 › Unit — Unit of measure \"Units\" is not defined"));
    QCOMPARE(problems->item(0)->toolTip(), QStringLiteral("/lines/0/uom"));
    QVERIFY(!problems->isHidden());
    // Other lines' units carry no message.
    QVERIFY(!errorLabelOf(editor.findChild<QLineEdit *>(QStringLiteral("/lines/1/uom")))->isVisible());

    // Correcting the value settles the server's complaint.
    retype(uom, QStringLiteral("pcs"));
    QVERIFY(editor.isValid());
    QCOMPARE(validity.count(), 2);
    QVERIFY(!error->isVisible());
    QCOMPARE(problems->count(), 0);
    // Nothing to list: the JSON text has the tab's whole height.
    QVERIFY(problems->isHidden());
}

void TestConsolePayloadEditor::serverViolationsElsewhereAreShown()
{
    // Problems about the request, or about fields the form does not show, still reach
    // the person: at the nearest group, or in the banner over the form.
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    editor.show();
    editor.setServerViolations({
        FieldViolation{QStringLiteral("payload_json"), QStringLiteral("payload_json is required")},
        FieldViolation{QStringLiteral("/customer/vat_id"), QStringLiteral("unknown field 'vat_id'")},
        FieldViolation{QStringLiteral("/unknown"), QStringLiteral("unknown field 'unknown'")},
    });
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.violations().size(), 3);
    auto *customer = editor.findChild<QGroupBox *>(QStringLiteral("/customer"));
    QLabel *groupError = customer->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(groupError->isVisible());
    QCOMPARE(groupError->text(), QStringLiteral("vat_id: unknown field 'vat_id'"));
    QString bannerText;
    for (QLabel *label : editor.findChildren<QLabel *>()) {
        if (label->text().startsWith(QLatin1String("3 problems")))
            bannerText = label->text();
    }
    QVERIFY2(bannerText.contains(QStringLiteral("payload_json is required")), qPrintable(bannerText));
    QVERIFY(bannerText.contains(QStringLiteral("/unknown: unknown field 'unknown'")));
    editor.focusField(QStringLiteral("payload_json"));
    editor.focusField(QStringLiteral("/customer/vat_id"));
    QCOMPARE(editor.findChild<QListWidget *>(QStringLiteral("payloadProblems"))->count(), 3);
}

void TestConsolePayloadEditor::maskedFieldsStayMasked()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(kFailedOrder), QString::fromUtf8(kFailedOrder), kFailedOrderMasked);
    editor.show();
    // "***" is not a number, but it is not the person's to fix.
    QVERIFY(editor.isValid());
    for (const QString &pointer : kFailedOrderMasked) {
        auto *edit = editor.findChild<QLineEdit *>(pointer);
        QVERIFY2(edit, qPrintable(pointer));
        QCOMPARE(edit->text(), QStringLiteral("***"));
        QVERIFY(edit->isReadOnly());
        QVERIFY(!edit->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("100"));
        QCOMPARE(edit->text(), QStringLiteral("***"));
    }
    // Editing around them sends them back untouched.
    retype(editor.findChild<QLineEdit *>(QStringLiteral("/lines/0/uom")), QStringLiteral("pcs"));
    for (const QString &pointer : kFailedOrderMasked)
        QCOMPARE(valueAt(editor.payloadJson(), pointer), QStringLiteral("***"));

    // Changing one in the JSON text is refused and never leaves the editor.
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("payloadJsonText"));
    QString json = text->toPlainText();
    json.replace(QStringLiteral("\"total_amount\": \"***\""), QStringLiteral("\"total_amount\": 99"));
    text->setPlainText(json);
    QVERIFY(!editor.isValid());
    QCOMPARE(fieldsOf(editor.violations()), QStringList{QStringLiteral("/total_amount")});
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/total_amount")), QStringLiteral("***"));

    // Masked values the server did not list but the schema marks sensitive count too,
    // whichever of schema and payload comes first.
    PayloadEditor second;
    second.setPayload(QString::fromUtf8(kFailedOrder), QString::fromUtf8(kFailedOrder), {});
    second.setSchema(QString::fromUtf8(crm.schema));
    QVERIFY(second.isValid());
    QVERIFY(second.findChild<QLineEdit *>(QStringLiteral("/lines/2/price"))->isReadOnly());
    // Rows holding hidden values cannot be removed unseen.
    second.findChild<QToolButton *>(QStringLiteral("remove:/lines/0"))->click();
    QCOMPARE(valueAt(second.payloadJson(), QStringLiteral("/lines/0/product")), QStringLiteral("P-1012"));
}

void TestConsolePayloadEditor::jsonEditReachesTheForm()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    editor.show();
    auto *tabs = editor.findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("payloadJsonText"));
    QTextCursor cursor = text->document()->find(QStringLiteral("Purchasing"));
    QVERIFY(!cursor.isNull());
    text->setTextCursor(cursor);
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Buying office"));
    tabs->setCurrentIndex(0);

    QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("/customer/contact/name"))->text(),
             QStringLiteral("Buying office"));
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/customer/contact/name")), QStringLiteral("Buying office"));
    QVERIFY(editor.isModified());

    // A plant typed in the JSON text shows in the form's combo box.
    tabs->setCurrentIndex(1);
    cursor = text->document()->find(QStringLiteral("\"MX01\""));
    text->setTextCursor(cursor);
    QTest::keyClicks(text, QStringLiteral("\"PL01\""));
    editor.focusField(QStringLiteral("/plant"));
    QCOMPARE(editor.findChild<QComboBox *>(QStringLiteral("/plant"))->currentText(), QStringLiteral("PL01"));
    QVERIFY(editor.isValid());
}

void TestConsolePayloadEditor::unreadableJsonIsInvalidWithPosition()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("payloadJsonText"));
    QSignalSpy validity(&editor, &PayloadEditor::validityChanged);
    text->setPlainText(QStringLiteral("{\n  \"order_number\": \"SO2026-819607\"\n  \"plant\": \"DE01\"\n}"));
    QVERIFY(!editor.isValid());
    QCOMPARE(validity.count(), 1);
    QCOMPARE(editor.violations().size(), 1);
    QCOMPARE(editor.violations().first().field, QString());
    QVERIFY2(editor.violations().first().description.startsWith(QStringLiteral("Line 3, column 3:")),
             qPrintable(editor.violations().first().description));
    auto *status = editor.findChild<QLabel *>(QStringLiteral("payloadJsonStatus"));
    QVERIFY(status->text().contains(QStringLiteral("Line 3, column 3")));
    QVERIFY(editor.isModified());
    // The form says where to go instead of showing stale values.
    QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("/customer/name")));

    // Fixing the text brings the form back.
    text->setPlainText(QString::fromUtf8(crm.payload));
    QVERIFY(editor.isValid());
    QVERIFY(!editor.isModified());
    QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("/customer/name")));
}

void TestConsolePayloadEditor::orderLinesCanBeAddedAndRemoved()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    editor.show();
    auto *add = editor.findChild<QPushButton *>(QStringLiteral("add:/lines"));
    QVERIFY(add);
    add->click();
    // The new line is numbered and asks for what it needs.
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/lines/1/line_no")), QStringLiteral("2"));
    QCOMPARE(fieldsOf(editor.violations()),
             (QStringList{QStringLiteral("/lines/1/product"), QStringLiteral("/lines/1/quantity"),
                          QStringLiteral("/lines/1/uom"), QStringLiteral("/lines/1/price")}));
    auto *product = editor.findChild<QLineEdit *>(QStringLiteral("/lines/1/product"));
    QVERIFY(product);
    QVERIFY(errorLabelOf(product)->isVisible());
    retype(product, QStringLiteral("P-1001"));
    retype(editor.findChild<QLineEdit *>(QStringLiteral("/lines/1/quantity")), QStringLiteral("5"));
    retype(editor.findChild<QLineEdit *>(QStringLiteral("/lines/1/uom")), QStringLiteral("pcs"));
    retype(editor.findChild<QLineEdit *>(QStringLiteral("/lines/1/price")), QStringLiteral("12.5"));
    QVERIFY(editor.isValid());
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/lines/1/price")), QStringLiteral("12.5"));

    // Removing the first line leaves the new one as the only line.
    editor.findChild<QToolButton *>(QStringLiteral("remove:/lines/0"))->click();
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/lines/0/product")), QStringLiteral("P-1001"));
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/lines/1")), QStringLiteral("<missing>"));
    QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("/lines/1/product")));
    // An order needs a line.
    editor.findChild<QToolButton *>(QStringLiteral("remove:/lines/0"))->click();
    QCOMPARE(fieldsOf(editor.violations()), QStringList{QStringLiteral("/lines")});
    QVERIFY(editor.findChild<QGroupBox *>(QStringLiteral("/lines")));
}

void TestConsolePayloadEditor::dateEditorWritesIsoDate()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    editor.show();
    auto *date = editor.findChild<QDateEdit *>(QStringLiteral("/requested_date"));
    QVERIFY(date);
    QCOMPARE(date->date(), QDate(2026, 12, 8));
    date->setFocus();
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClick(date, Qt::Key_Up);
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/requested_date")), QStringLiteral("2026-12-09"));
    QVERIFY(editor.isValid());

    // Date and time fields of another flow get a date-time editor that writes UTC.
    const DemoFlow &mes = flow("mes-downtime-events");
    PayloadEditor downtime;
    downtime.setSchema(QString::fromUtf8(mes.schema));
    downtime.setPayload(QString::fromUtf8(mes.payload), QString::fromUtf8(mes.payload), {});
    auto *started = downtime.findChild<QDateTimeEdit *>(QStringLiteral("/started_at"));
    QVERIFY(started);
    started->setDateTime(QDateTime(QDate(2026, 10, 26), QTime(17, 0), Qt::UTC));
    QCOMPARE(valueAt(downtime.payloadJson(), QStringLiteral("/started_at")), QStringLiteral("2026-10-26T17:00:00Z"));
    QVERIFY(downtime.isValid());
}

// A German reader reads and types numbers and dates as German writes them; the
// payload keeps JSON's numbers and ISO dates.
void TestConsolePayloadEditor::numbersAndDatesInTheReadersForm()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    editor.show();
    auto *price = editor.findChild<QLineEdit *>(QStringLiteral("/lines/0/price"));
    auto *total = editor.findChild<QLineEdit *>(QStringLiteral("/total_amount"));
    auto *quantity = editor.findChild<QLineEdit *>(QStringLiteral("/lines/0/quantity"));
    auto *date = editor.findChild<QDateEdit *>(QStringLiteral("/requested_date"));
    QVERIFY(price && total && quantity && date);
    QCOMPARE(price->text(), QStringLiteral("9,94"));
    QCOMPARE(total->text(), QStringLiteral("6759,20"));
    QCOMPARE(quantity->text(), QStringLiteral("680"));
    QCOMPARE(date->text(), QStringLiteral("08.12.2026"));
    // Nothing typed, nothing changed: the payload is as it came.
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/total_amount")), QStringLiteral("6759.20"));

    retype(price, QStringLiteral("12,5"));
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/lines/0/price")), QStringLiteral("12.5"));
    retype(total, QStringLiteral("6.800,50"));
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/total_amount")), QStringLiteral("6800.50"));
    // JSON's own form still reads as meant.
    retype(price, QStringLiteral("12.75"));
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/lines/0/price")), QStringLiteral("12.75"));
    QVERIFY(editor.isValid());
    // What is no number in either form stays a mistake at its field.
    retype(price, QStringLiteral("12,5 EUR"));
    QCOMPARE(fieldsOf(editor.violations()), QStringList{QStringLiteral("/lines/0/price")});

    date->setFocus();
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClick(date, Qt::Key_Up);
    QCOMPARE(date->text(), QStringLiteral("09.12.2026"));
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/requested_date")), QStringLiteral("2026-12-09"));
}

// A transaction whose correction was saved earlier opens unedited: its
// payload differs from the original, but nothing differs from what the server
// sent, so there is nothing to save and nothing to lose on another row.
void TestConsolePayloadEditor::savedCorrectionIsNotAnEdit()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    QString saved = QString::fromUtf8(crm.payload);
    const QString before = QStringLiteral("\"uom\":\"m\"");
    QVERIFY(saved.contains(before));
    saved.replace(before, QStringLiteral("\"uom\":\"pcs\""));
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(saved, QString::fromUtf8(crm.payload), {});
    editor.show();
    QVERIFY(!editor.isModified());
    // The differences still show the saved correction against the original.
    editor.findChild<QTabWidget *>()->setCurrentIndex(2);
    auto *current = editor.findChild<QPlainTextEdit *>(QStringLiteral("payloadDiffCurrent"));
    QCOMPARE(current->extraSelections().size(), 1);
    QVERIFY(current->isVisible());
    // Typing back the original value is an edit of the saved payload.
    editor.findChild<QTabWidget *>()->setCurrentIndex(0);
    retype(editor.findChild<QLineEdit *>(QStringLiteral("/lines/0/uom")), QStringLiteral("m"));
    QVERIFY(editor.isModified());
    // ... and leaves nothing to compare: the line says so, without two equal texts beside it.
    editor.findChild<QTabWidget *>()->setCurrentIndex(2);
    QVERIFY(!current->isVisible());
}

void TestConsolePayloadEditor::differencesShowChangedLines()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    editor.show();
    retype(editor.findChild<QLineEdit *>(QStringLiteral("/lines/0/uom")), QStringLiteral("pcs"));
    editor.findChild<QTabWidget *>()->setCurrentIndex(2);
    auto *left = editor.findChild<QPlainTextEdit *>(QStringLiteral("payloadDiffOriginal"));
    auto *right = editor.findChild<QPlainTextEdit *>(QStringLiteral("payloadDiffCurrent"));
    const QStringList l = left->toPlainText().split(QLatin1Char('\n'));
    const QStringList r = right->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(l.size(), r.size());
    const int row = int(l.indexOf(QStringLiteral("      \"uom\": \"m\",")));
    QVERIFY(row > 0);
    QCOMPARE(r[row], QStringLiteral("      \"uom\": \"pcs\","));
    // Only that line is marked, on both sides.
    QCOMPARE(left->extraSelections().size(), 1);
    QCOMPARE(right->extraSelections().size(), 1);
    QCOMPARE(right->extraSelections().first().cursor.blockNumber(), row);
    QVERIFY(left->isReadOnly() && right->isReadOnly());

    // An added line shows as a gap on the original's side.
    editor.findChild<QTabWidget *>()->setCurrentIndex(0);
    editor.findChild<QPushButton *>(QStringLiteral("add:/lines"))->click();
    editor.findChild<QTabWidget *>()->setCurrentIndex(2);
    QCOMPARE(left->toPlainText().split(QLatin1Char('\n')).size(), right->toPlainText().split(QLatin1Char('\n')).size());
    QVERIFY(right->toPlainText().contains(QStringLiteral("\"line_no\": 2")));
    QVERIFY(!left->toPlainText().contains(QStringLiteral("\"line_no\": 2")));
}

void TestConsolePayloadEditor::readOnlyEditorChangesNothing()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(crm.payload), QString::fromUtf8(crm.payload), {});
    editor.setReadOnly(true);
    editor.show();
    QVERIFY(editor.isReadOnly());
    auto *name = editor.findChild<QLineEdit *>(QStringLiteral("/customer/name"));
    QVERIFY(!name->isEnabled());
    QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("add:/lines"))->isVisible());
    QVERIFY(editor.findChild<QPlainTextEdit *>(QStringLiteral("payloadJsonText"))->isReadOnly());
    QTest::keyClicks(name, QStringLiteral("x"));
    QVERIFY(!editor.isModified());
    editor.setReadOnly(false);
    QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("/customer/name"))->isEnabled());
}

void TestConsolePayloadEditor::focusFieldShowsTheField()
{
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(kFailedOrder), QString::fromUtf8(kFailedOrder), kFailedOrderMasked);
    editor.resize(900, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.findChild<QTabWidget *>()->setCurrentIndex(1);
    editor.focusField(QStringLiteral("/lines/2/uom"));
    QCOMPARE(editor.findChild<QTabWidget *>()->currentIndex(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), editor.findChild<QLineEdit *>(QStringLiteral("/lines/2/uom")));
}

void TestConsolePayloadEditor::longListsStayWhole()
{
    // A stock batch of 250 items: the form shows the first ones, nothing gets lost.
    const DemoFlow &stock = flow("odoo-stock-to-ecommerce");
    QString items;
    for (int i = 0; i < 250; ++i) {
        if (i)
            items += QLatin1Char(',');
        items += QStringLiteral(R"({"product":"P-%1","quantity_available":%2,"uom":"pcs"})")
                     .arg(1000 + i % 100, 4, 10, QLatin1Char('0'))
                     .arg(i);
    }
    const QString payload = QStringLiteral(R"({"batch_id":"STK-20261125-1200-DE01","plant":"DE01",)"
                                           R"("warehouse":"WH-DE01","generated_at":"2026-11-25T12:00:00Z","items":[)")
        + items + QStringLiteral("]}");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(stock.schema));
    editor.setPayload(payload, payload, {});
    QVERIFY(editor.isValid());
    QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("/items/99/uom")));
    QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("/items/100/uom")));
    editor.show();
    retype(editor.findChild<QLineEdit *>(QStringLiteral("/items/0/quantity_available")), QStringLiteral("7"));
    const auto doc = parseJson(editor.payloadJson());
    QVERIFY(doc);
    QCOMPARE(int(doc->at(QStringLiteral("/items"))->items().size()), 250);
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/items/0/quantity_available")), QStringLiteral("7"));
    QCOMPARE(valueAt(editor.payloadJson(), QStringLiteral("/items/249/quantity_available")), QStringLiteral("249"));
}

void TestConsolePayloadEditor::jsonParserReportsPosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing comma") << "{\n  \"a\": 1\n  \"b\": 2\n}" << 3 << 3;
    QTest::newRow("trailing comma") << "{\"a\": [1, 2,]}" << 1 << 13;
    QTest::newRow("unclosed text") << "{\"a\": \"abc}" << 1 << 12;
    QTest::newRow("single quotes") << "{'a': 1}" << 1 << 2;
    QTest::newRow("leading zero") << "[01]" << 1 << 3;
    QTest::newRow("duplicate field") << "{\"a\": 1, \"a\": 2}" << 1 << 10;
    QTest::newRow("text after end") << "{} x" << 1 << 4;
    QTest::newRow("empty") << "" << 1 << 1;
}

void TestConsolePayloadEditor::jsonParserReportsPosition()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    JsonParseError error;
    QVERIFY(!parseJson(text, &error));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestConsolePayloadEditor::patternsAreDescribedAsShapes_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("shape");
    QTest::newRow("sales order") << "^SO[0-9]{4}-[0-9]{6}$" << "SO####-######";
    QTest::newRow("purchase order") << "^PO/[0-9]{4}/[0-9]{5}$" << "PO/####/#####";
    QTest::newRow("plant choice") << "^PC-(DE01|FR01|PL01|MX01)-[0-9]{7}$" << "PC-DE01-#######";
    QTest::newRow("country") << "^[A-Z]{2}$" << "AA";
    QTest::newRow("range") << "^ASN-[0-9]{6,10}$" << "ASN-######";
    QTest::newRow("optional group") << "^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$" << "AAAAAAXX";
    QTest::newRow("too complex") << "^[^@]+@x$" << "^[^@]+@x$";
}

void TestConsolePayloadEditor::patternsAreDescribedAsShapes()
{
    QFETCH(QString, pattern);
    QFETCH(QString, shape);
    QCOMPARE(PayloadSchema::describePattern(pattern), shape);
}

void TestConsolePayloadEditor::preview()
{
    // With FLOWDESK_SCREENSHOT_DIR set: the failed CRM order as the clerk first sees it.
    const DemoFlow &crm = flow("crm-quote-to-order");
    PayloadEditor editor;
    editor.setSchema(QString::fromUtf8(crm.schema));
    editor.setPayload(QString::fromUtf8(kFailedOrder), QString::fromUtf8(kFailedOrder), kFailedOrderMasked);
    editor.setServerViolations({FieldViolation{QStringLiteral("/lines/0/uom"),
                                               QStringLiteral("Unit of measure \"Units\" is not defined in Odoo")}});
    editor.resize(1100, 1000);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    saveScreenshot(&editor, QStringLiteral("payloadeditor-form"));
    retype(editor.findChild<QLineEdit *>(QStringLiteral("/order_number")), QStringLiteral("SO2026-8199"));
    retype(editor.findChild<QLineEdit *>(QStringLiteral("/customer/contact/name")), QStringLiteral("Zakupy"));
    saveScreenshot(&editor, QStringLiteral("payloadeditor-form-typing"));
    editor.findChild<QTabWidget *>()->setCurrentIndex(1);
    saveScreenshot(&editor, QStringLiteral("payloadeditor-json"));
    editor.findChild<QTabWidget *>()->setCurrentIndex(2);
    saveScreenshot(&editor, QStringLiteral("payloadeditor-differences"));
    QVERIFY(!editor.isValid());

    // Other shapes of flow: lists of measurements, bank accounts, date-times.
    for (const char *id : {"qms-inspection-results", "bank-payment-reconciliation", "mes-downtime-events"}) {
        const DemoFlow &other = flow(id);
        PayloadEditor view;
        view.setSchema(QString::fromUtf8(other.schema));
        view.setPayload(QString::fromUtf8(other.payload), QString::fromUtf8(other.payload), {});
        view.resize(1100, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        saveScreenshot(&view, QStringLiteral("payloadeditor-") + QString::fromLatin1(id));
        QVERIFY(view.isValid());
    }
}

void TestConsolePayloadEditor::failedPayloadsFromTheServerAreEditable_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("flowCount");
    QTest::addColumn<bool>("expectMasked");
    QTest::newRow("operator") << "operator" << 5 << false;
    QTest::newRow("viewer") << "viewer" << 12 << true;
}

void TestConsolePayloadEditor::failedPayloadsFromTheServerAreEditable()
{
    QFETCH(QString, user);
    QFETCH(int, flowCount);
    QFETCH(bool, expectMasked);
    // What the workbench hands over: schemas from ListFlows and failed transactions as
    // an operator sees them, masked values included.
    REQUIRE_BACKEND();
    BackendProcess backend({QStringLiteral("--no-traffic")});
    QVERIFY2(backend.start(), qPrintable(backend.errorText()));
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    BackendConnection connection;
    SessionService session(&connection);
    TransactionsService transactions(&connection);
    connection.setTarget(backend.target());
    QSignalSpy loggedIn(&session, &SessionService::loggedIn);
    session.login(user, QStringLiteral("demo-") + user);
    QVERIFY(QTest::qWaitFor([&] { return loggedIn.count() > 0; }, 10000));

    QHash<QString, QString> schemas;
    bool schemasDone = false;
    transactions.flowSchemas(this, [&](const ServiceError &error, const QList<FlowSchema> &flows) {
        QVERIFY2(error.isOk(), qPrintable(error.serverMessage));
        for (const FlowSchema &f : flows)
            schemas.insert(f.flowId, f.schemaJson);
        schemasDone = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return schemasDone; }, 10000));
    // Each person sees the flows of their domains; their schemas are this test's data.
    QCOMPARE(schemas.size(), flowCount);
    for (auto it = schemas.cbegin(); it != schemas.cend(); ++it) {
        const auto served = parseJson(it.value());
        const DemoFlow &f = flow(it.key().toLatin1().constData());
        QVERIFY2(served && served->sameValue(*parseJson(QString::fromUtf8(f.schema))), f.id);
    }

    TransactionPage page;
    bool listed = false;
    transactions.list(TransactionQuery(), QString(), 25, this, [&](const ServiceError &error, const TransactionPage &p) {
        QVERIFY2(error.isOk(), qPrintable(error.serverMessage));
        page = p;
        listed = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return listed; }, 10000));
    QVERIFY(!page.transactions.isEmpty());
    int masked = 0;
    for (const Transaction &summary : std::as_const(page.transactions)) {
        Transaction t;
        bool got = false;
        transactions.get(summary.id, true, this, [&](const ServiceError &error, const Transaction &full) {
            QVERIFY2(error.isOk(), qPrintable(error.serverMessage));
            t = full;
            got = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return got; }, 10000));
        PayloadEditor editor;
        editor.setSchema(schemas.value(t.flowId));
        editor.setPayload(t.payloadJson, t.originalPayloadJson, t.maskedFields);
        QVERIFY2(editor.isValid(), qPrintable(t.flowId + QLatin1Char(' ') + fieldsOf(editor.violations()).join(QLatin1Char(','))));
        QVERIFY(!editor.isModified());
        QVERIFY(parseJson(editor.payloadJson())->sameValue(*parseJson(t.payloadJson)));
        for (const QString &pointer : std::as_const(t.maskedFields)) {
            auto *edit = editor.findChild<QLineEdit *>(pointer);
            QVERIFY2(edit && edit->isReadOnly() && edit->text() == QLatin1String("***"), qPrintable(pointer));
            ++masked;
        }
    }
    qInfo("%d failed transactions loaded, %d masked values", int(page.transactions.size()), masked);
    QCOMPARE(masked > 0, expectMasked);
}

QTEST_MAIN(TestConsolePayloadEditor)
#include "tst_console_payloadeditor.moc"
