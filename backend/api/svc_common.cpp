// Shared pieces of the gRPC services: the flow catalogue cache, request-id
// idempotency and the recording of one transaction change.

#include "store.h"
#include "svc_context.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/message.h>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace flowdesk::backend {

std::shared_ptr<spdlog::logger> apiLog()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!spdlog::get("api"))
            spdlog::stderr_color_mt("api");
    });
    auto logger = spdlog::get("api");
    return logger ? logger : spdlog::default_logger();
}

// ---- FlowCatalogue ----

void FlowCatalogue::reload() const
{
    std::map<std::string, std::shared_ptr<const Entry>> entries;
    for (auto &f : m_store.listFlows()) {
        auto e = std::make_shared<Entry>();
        std::string problem;
        e->schema = PayloadSchema::cached(f.payloadSchemaJson, &problem);
        if (!e->schema)
            apiLog()->warn("the schema of flow '{}' cannot be compiled ({}); its payloads are refused", f.id, problem);
        e->flow = std::move(f);
        entries[e->flow.id] = e;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_entries = std::move(entries);
    m_loaded = true;
}

std::shared_ptr<const FlowCatalogue::Entry> FlowCatalogue::get(const std::string &flowId) const
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_loaded) {
            const auto it = m_entries.find(flowId);
            if (it != m_entries.end())
                return it->second;
        }
    }
    // A flow added since the last load; unknown ids do not reload more than once a second.
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const TimeMs now = m_clock.now();
        if (m_loaded && now - m_lastReload < 1000)
            return nullptr;
        m_lastReload = now;
    }
    reload();
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_entries.find(flowId);
    return it == m_entries.end() ? nullptr : it->second;
}

std::vector<std::shared_ptr<const FlowCatalogue::Entry>> FlowCatalogue::all() const
{
    bool loaded;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        loaded = m_loaded;
    }
    if (!loaded)
        reload();
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<std::shared_ptr<const Entry>> out;
    for (const auto &[id, e] : m_entries)
        out.push_back(e);
    return out;
}

// ---- request ids ----

std::string requestFingerprint(const std::string &method, const std::string &username,
                               const google::protobuf::Message &request)
{
    std::string bytes;
    {
        google::protobuf::io::StringOutputStream sos(&bytes);
        google::protobuf::io::CodedOutputStream cos(&sos);
        cos.SetSerializationDeterministic(true);
        request.SerializeToCodedStream(&cos);
    }
    return crypto::sha256Hex(method + '\n' + username + '\n' + bytes);
}

bool replayedAnswer(WriteTxn &txn, const std::string &requestId, const std::string &method,
                    const std::string &fingerprint, google::protobuf::Message *response)
{
    const auto record = txn.getRequest(requestId);
    if (!record)
        return false;
    if (record->method != method || record->fingerprint != fingerprint)
        failInvalid("This request_id was already used for a different request; use a new one",
                    "REQUEST_ID_REUSED", {{"request_id", "already used with other arguments"}});
    if (!response->ParseFromString(record->response))
        fail(grpc::StatusCode::INTERNAL, "The stored answer of this request cannot be read", "INTERNAL");
    return true;
}

void rememberAnswer(WriteTxn &txn, const std::string &requestId, const std::string &method,
                    const std::string &fingerprint, const google::protobuf::Message &response)
{
    RequestRecord record;
    record.requestId = requestId;
    record.method = method;
    record.fingerprint = fingerprint;
    record.response = response.SerializeAsString();
    record.statusCode = 0;
    record.at = 0;  // the store stamps it
    txn.putRequest(record);
}

// ---- audit and changes ----

AuditEntry auditFor(const Caller &caller, const std::string &action, const std::string &targetType,
                    const std::string &targetId, TimeMs at)
{
    return auditEntry(caller, action, targetType, targetId, at);
}

void commitChange(WriteTxn &txn, const Caller &caller, Transaction &t, TxState previousState,
                  const std::vector<ChangeNote> &notes, TimeMs now)
{
    ChangeRecord record = recordChange(caller, t, previousState, notes, now);
    txn.record(t, record);
}

} // namespace flowdesk::backend
