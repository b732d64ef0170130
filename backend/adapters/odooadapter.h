#pragma once

// Delivery to Odoo through its external API: JSON-RPC (execute_kw with
// database, uid and password or API key; Odoo 14 to 18) or JSON-2
// (POST /json/2/<model>/<method> with a bearer API key; Odoo 19 and later).
//
// A delivery resolves the payload's references first (a missing customer or
// product fails as master data naming the value and where it is), then looks
// for a record that already carries the business key (so that a delivery
// retried after a lost answer creates one record), then creates the record.

#include "classify.h"
#include "clock.h"
#include "engine.h"
#include "httpclient.h"
#include "siteconfig.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace flowdesk::backend::adapters {

// The state kept for one Odoo connector: the uid its login was given and the
// references found recently. Thread-safe.
class OdooConnection {
public:
    // `connector` and `client` outlive the connection.
    OdooConnection(const ConnectorConfig &connector, const HttpClient &client, const Clock &clock);

    // The credential changed: the next call logs in again.
    void forgetLogin();

    DeliveryResult deliver(const FlowDef &flow, const FlowTarget &target, const Transaction &tx,
                           const std::string &secret);
    CandidateLookup candidates(const FlowDef &flow, const FlowTarget &target, const std::string &pointer,
                               const std::string &query, int limit, const std::string &secret);
    ConnectionTest test(const std::string &secret);

    // How long a reference found in Odoo is trusted without asking again.
    static constexpr TimeMs kReferenceCacheMs = 5 * 60 * 1000;

    struct Call;
    struct Reply;

private:
    Reply call(const Call &call, const std::string &secret, Redactor &redactor);
    Reply callJsonRpc(const Call &call, const std::string &secret, Redactor &redactor);
    Reply callJson2(const Call &call, const std::string &secret, Redactor &redactor);
    Reply jsonRpc(const std::string &service, const std::string &method, const std::string &argsJson,
                  Redactor &redactor);
    std::optional<TxError> login(const std::string &secret, Redactor &redactor, std::int64_t *uid);

    const ConnectorConfig &m_connector;
    const HttpClient &m_client;
    const Clock &m_clock;

    std::mutex m_mutex;
    std::optional<std::int64_t> m_uid;
    std::string m_uidSecret;  // the secret m_uid was given for
    // "model\x1ffield\x1fvalue" -> record id, until when
    std::map<std::string, std::pair<std::int64_t, TimeMs>> m_references;
    std::int64_t m_nextRequestId = 1;
};

// An Odoo exception (by its class name, "odoo.exceptions.ValidationError")
// in the categories people act on, with the adapter's code.
TxError classifyOdooException(const std::string &exceptionName, const std::string &message);

// The payload member an Odoo message names ("lines[2].uom", or a quoted
// top-level key), as a JSON pointer; empty when it names none the payload has.
std::string fieldNamedIn(const std::string &message, const rapidjson::Value &payload);

} // namespace flowdesk::backend::adapters
