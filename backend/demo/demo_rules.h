#pragma once

// The demo's master data and the business rules its simulated systems apply
// to a document before they accept it: an unknown customer code, a closed
// fiscal period, a credit hold... Each rule answers with the category, code,
// message and offending field the target system would report. The rules read
// only the members they know, so the values sent to Odoo (the payload's
// members plus reference fields) pass through the same rule as the payload.

#include "domain.h"

#include <rapidjson/fwd.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace flowdesk::backend {

struct DemoCustomer {
    std::string code;
    std::string name;
    std::string country;
    std::string currency;
    double creditLimit = 0;   // in the customer's currency
    double openExposure = 0;  // open orders and invoices, same currency
    bool creditHold = false;
    std::string city;
    std::string street;
    std::string postalCode;
    std::string email;
    std::string phone;
};

struct DemoProduct {
    std::string code;
    std::string name;
    std::string uom;       // default unit
    double price = 0;      // EUR list price
    double weightKg = 0;
};

struct DemoSupplier {
    std::string code;
    std::string name;
    std::string gln;
    std::map<std::string, std::string> articles;  // supplier article -> product code
};

// The master data both the simulated targets and the demo traffic use.
struct DemoMasterData {
    static const std::vector<DemoCustomer> &customers();
    static const std::vector<DemoProduct> &products();
    static const std::vector<DemoSupplier> &suppliers();
    // Units of measure known to Odoo and their category ("unit", "weight", ...).
    static const std::map<std::string, std::string> &uoms();
    // Sales orders, purchase orders and manufacturing orders that are closed.
    static const std::vector<std::string> &closedOrders();
    static const std::vector<std::string> &workCenters();
    static const std::vector<std::string> &equipment();
    // Documents that already exist in the targets: (flow id, document number).
    static const std::vector<std::pair<std::string, std::string>> &existingDocuments();
    // Fiscal periods ("2026-11") open for posting at `now`: the current and the previous month.
    static bool periodOpen(const std::string &period, TimeMs now);
};

namespace demo {

// Why a target refuses a document.
struct RuleFailure {
    ErrorCategory category = ErrorCategory::Validation;
    std::string code;     // "UNKNOWN_CUSTOMER"
    std::string message;  // "Customer C-99999 does not exist"
    std::string field;    // offending field ("customer.code"), for the raw answer
};

const DemoCustomer *findCustomer(const std::string &code);
const DemoProduct *findProduct(const std::string &code);
const DemoSupplier *findSupplier(const std::string &code);

// The flow's business rule applied to a document (a JSON object); nothing when
// it passes or the flow has no rule.
std::optional<RuleFailure> checkDocument(const std::string &flowId, const rapidjson::Value &document, TimeMs now);
// The same for JSON text; text that is not a JSON object fails as MALFORMED_PAYLOAD.
std::optional<RuleFailure> checkDocument(const std::string &flowId, const std::string &json, TimeMs now);

// The number the target keys the created document by ("SO2026-000105";
// "BOM-1001 rev. B" for a bill of materials); empty when the flow has none.
std::string documentNumber(const std::string &flowId, const rapidjson::Value &document);
// "Sales order SO2026-000105 already exists"
std::string duplicateMessage(const std::string &flowId, const std::string &number);

// The Odoo model a flow creates its documents in ("sale.order"); "ir.model" when none.
const char *odooModel(const std::string &flowId);
// The flow whose rule governs documents created in an Odoo model (the first
// of several); empty when the model takes no documents.
std::string flowOfOdooModel(const std::string &model);
// The field of an Odoo model that holds the document's external reference
// ("client_order_ref" on sale.order), looked up before creating; null when none.
const char *odooReferenceField(const std::string &model);
// The Odoo exception a rule failure of the category raises:
// odoo.exceptions.ValidationError, MissingError (master data) or UserError (business state).
const char *odooExceptionName(ErrorCategory category);

} // namespace demo
} // namespace flowdesk::backend
