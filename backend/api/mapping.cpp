#include "mapping.h"

#include "enums.h"
#include "lifecycle.h"
#include "messages.h"

#include "authz.h"
#include "errors.h"
#include "payload.h"
#include "policy.h"
#include "store.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace flowdesk::backend {

void setTime(google::protobuf::Timestamp *ts, TimeMs ms)
{
    std::int64_t secs = ms / 1000;
    std::int64_t rem = ms % 1000;
    if (rem < 0) {
        rem += 1000;
        secs -= 1;
    }
    ts->set_seconds(secs);
    ts->set_nanos(static_cast<std::int32_t>(rem * 1000000));
}

TimeMs fromTime(const google::protobuf::Timestamp &ts)
{
    return ts.seconds() * 1000 + ts.nanos() / 1000000;
}

TimeMs requireTime(const google::protobuf::Timestamp &ts, const std::string &field)
{
    // google.protobuf.Timestamp's range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
    constexpr std::int64_t kMinSeconds = -62135596800;
    constexpr std::int64_t kMaxSeconds = 253402300799;
    if (ts.seconds() < kMinSeconds || ts.seconds() > kMaxSeconds || ts.nanos() < 0 || ts.nanos() > 999999999)
        failInvalid(field + " lies outside the years 1 to 9999", "INVALID_ARGUMENT",
                    {{field, "a time between the years 1 and 9999"}});
    return fromTime(ts);
}

void requireText(const std::string &value, const std::string &field, std::size_t maxBytes)
{
    if (value.size() > maxBytes)
        failInvalid(field + " is longer than " + std::to_string(maxBytes) + " bytes", "FIELD_TOO_LONG",
                    {{field, "at most " + std::to_string(maxBytes) + " bytes"}});
    if (hasControlCharacter(value))
        failInvalid(field + " holds control characters", "INVALID_ARGUMENT", {{field, "no control characters"}});
}

void requireTexts(const google::protobuf::RepeatedPtrField<std::string> &values, const std::string &field,
                  std::size_t maxBytes)
{
    if (values.size() > kMaxFilterValues)
        failInvalid(field + " names more than " + std::to_string(kMaxFilterValues) + " values", "INVALID_ARGUMENT",
                    {{field, "at most " + std::to_string(kMaxFilterValues) + " values"}});
    for (const auto &v : values)
        requireText(v, field, maxBytes);
}

void requireName(const std::string &value, const std::string &field, std::size_t maxBytes)
{
    if (value.empty())
        failInvalid(field + " is required", "INVALID_ARGUMENT", {{field, "required"}});
    requireText(value, field, maxBytes);
}

void requireNote(const std::string &value, const std::string &field)
{
    if (value.size() > kMaxNoteBytes)
        failInvalid(field + " is longer than " + std::to_string(kMaxNoteBytes) + " bytes", "FIELD_TOO_LONG",
                    {{field, "at most " + std::to_string(kMaxNoteBytes) + " bytes"}});
    if (std::any_of(value.begin(), value.end(), [](char c) {
            return (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f;
        }))
        failInvalid(field + " holds control characters", "INVALID_ARGUMENT",
                    {{field, "no control characters but line breaks and tabs"}});
}

std::optional<std::int64_t> parseTransactionId(const std::string &id)
{
    if (id.empty() || id.size() > 19)
        return std::nullopt;
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(id.data(), id.data() + id.size(), value);
    if (ec != std::errc() || ptr != id.data() + id.size() || value <= 0)
        return std::nullopt;
    return value;
}

bool masksFieldsOf(const TxView &view)
{
    return view.mask && view.flow && !view.flow->sensitiveFields.empty();
}

static void fillExplanation(const std::string &code, const MessageArgs &args, const std::string &targetMessage,
                            const std::string &language, flowdesk::v1::UserMessage *out)
{
    // A code the backend has no words for: the target's own.
    if (!code.empty() || !targetMessage.empty())
        setUserMessage(out, errorMessageId(code), args, language, targetMessage);
}

void toProto(const Transaction &t, const TxView &view, flowdesk::v1::Transaction *out)
{
    // For a caller who sees the flow's sensitive fields masked, their values
    // are masked wherever they would appear, not only in the payload.
    const bool masking = masksFieldsOf(view);
    SensitiveValues values;
    bool amountMasked = false;
    if (masking) {
        const auto &sensitive = view.flow->sensitiveFields;
        values.collect(t.payloadJson, sensitive);
        values.collect(t.originalPayloadJson, sensitive);
        const double amount = static_cast<double>(t.amountMinor) / 100.0;
        amountMasked = amountIsSensitive(view.flow->payloadSchemaJson, sensitive)
            || (t.amountMinor != 0 && values.holdsNumber(amount));
        if (amountMasked && t.amountMinor != 0)
            values.addNumber(amount);
    }
    const auto text = [&](const std::string &s) { return masking ? values.mask(s) : s; };

    out->set_id(std::to_string(t.id));
    out->set_flow_id(t.flowId);
    out->set_state(toProto(t.state));
    out->set_version(t.version);
    out->set_business_key(text(t.businessKey));
    out->set_correlation_id(t.correlationId);
    if (view.full) {
        if (masking) {
            std::vector<std::string> masked;
            out->set_payload_json(maskPayload(t.payloadJson, view.flow->sensitiveFields, &masked));
            std::vector<std::string> maskedOriginal;
            out->set_original_payload_json(maskPayload(t.originalPayloadJson, view.flow->sensitiveFields, &maskedOriginal));
            for (const auto &p : maskedOriginal) {
                if (std::find(masked.begin(), masked.end(), p) == masked.end())
                    masked.push_back(p);
            }
            for (const auto &p : masked)
                out->add_masked_fields(p);
        } else {
            out->set_payload_json(t.payloadJson);
            out->set_original_payload_json(t.originalPayloadJson);
        }
        for (const auto &h : t.hops) {
            auto *hop = out->add_hops();
            setTime(hop->mutable_time(), h.at);
            hop->set_system(h.system);
            hop->set_action(h.action);
            hop->set_detail(text(h.detail));
            hop->set_transaction_action(toProto(actionFromHopName(h.action)));
            if (!h.messageId.empty()) {
                MessageArgs args = h.messageArgs;
                for (auto &[name, value] : args)
                    value = text(value);
                setUserMessage(hop->mutable_detail_message(), h.messageId, args, view.language, text(h.detail));
            }
        }
    }
    if (t.error.category != ErrorCategory::None || !t.error.code.empty()) {
        auto *e = out->mutable_error();
        e->set_category(toProto(t.error.category));
        e->set_code(t.error.code);
        e->set_message(text(t.error.message));
        e->set_signature(text(t.error.signature));
        if (view.full)
            e->set_target_response(text(t.error.targetResponse));
        e->set_retryable(isRetryable(t.error.category));
        e->set_field_path(t.error.fieldPath);
        e->set_offending_value(text(t.error.offendingValue));
        e->set_group(text(t.error.group));
        if (view.flow)
            e->set_what_to_do(text(flowWhatToDo(*view.flow, t.error.code, view.language)));
        {
            // The offending value, where the target named its field and the
            // payload is at hand (the full view).
            MessageArgs args{{"system", t.targetSystem}, {"field", t.error.fieldPath}};
            if (!t.error.fieldPath.empty())
                args["value"] = text(scalarAt(t.payloadJson, t.error.fieldPath));
            if (args["value"].empty()) // a list without payloads: the value the target named
                args["value"] = text(firstVaryingValue(t.error.message));
            fillExplanation(t.error.code, args, text(t.error.message), view.language, e->mutable_explanation());
        }
        if (t.error.at)
            setTime(e->mutable_occur_time(), t.error.at);
    }
    out->set_business_object_type(t.businessObjectType);
    out->set_source_system(t.sourceSystem);
    out->set_target_system(t.targetSystem);
    out->set_counterparty(text(t.counterparty));
    out->set_amount_minor(amountMasked ? 0 : t.amountMinor);
    out->set_amount_masked(amountMasked);
    out->set_currency(t.currency);
    out->set_plant(t.plant);
    out->set_domain(t.domain);
    if (t.createdAt)
        setTime(out->mutable_create_time(), t.createdAt);
    if (t.updatedAt)
        setTime(out->mutable_update_time(), t.updatedAt);
    if (t.dueAt)
        setTime(out->mutable_due_time(), t.dueAt);
    if (t.slaDeadline)
        setTime(out->mutable_sla_deadline(), t.slaDeadline);
    if (t.deliveredAt)
        setTime(out->mutable_deliver_time(), t.deliveredAt);
    // (An IN_FLIGHT row keeps its claim's expiry there: no attempt is planned.)
    if (t.nextAttemptAt && t.state != TxState::InFlight)
        setTime(out->mutable_next_attempt_time(), t.nextAttemptAt);
    out->set_attempts(t.attempts);
    out->set_triage_status(toProto(t.triage));
    out->set_assignee(t.assignee);
    out->set_stuck(t.stuckAt(view.now));
    // The score is the amount weighted by urgency: it would give the amount away.
    out->set_impact_score(amountMasked ? 0.0 : t.impactScore);
    out->set_idempotency_key(t.idempotencyKey);
    if (view.full) {
        // Kept with the payload: only the full view reads them.
        out->set_delivery_receipt(text(t.deliveryReceipt));
        out->set_schema_version(t.schemaVersion);
    }
    if (view.flow)
        out->set_flow_name(flowName(*view.flow, view.language));
    if (view.actor) {
        for (const auto &[action, decision] : allowedActions(*view.actor, t)) {
            auto *a = out->add_allowed_actions();
            a->set_action(toProto(action));
            a->set_allowed(decision.allowed);
            if (!decision.allowed) {
                a->set_reason(decision.reason);
                // Lists carry the reason id alone: clients translate it, and an
                // admin's page of 200 would otherwise repeat the same sentences.
                if (view.full) {
                    a->set_message(decision.message);
                    MessageArgs args;
                    if (!decision.missingPermission.empty())
                        args["permission"] = decision.missingPermission;
                    setUserMessage(a->mutable_reason_message(), decision.reason, args, view.language, decision.message);
                    if (a->reason_message().language().empty())
                        a->mutable_reason_message()->set_language("en");
                }
                a->set_missing_permission(decision.missingPermission);
            }
        }
    }
}

void toProto(const Store &store, const Transaction &t, const TxView &view, flowdesk::v1::Transaction *out)
{
    if (masksFieldsOf(view) && t.payloadJson.empty() && t.originalPayloadJson.empty()) {
        if (const auto stored = store.getTransaction(t.id, true)) {
            Transaction withPayloads = t;
            withPayloads.payloadJson = stored->payloadJson;
            withPayloads.originalPayloadJson = stored->originalPayloadJson;
            withPayloads.error.targetResponse = stored->error.targetResponse;
            toProto(withPayloads, view, out);
            return;
        }
    }
    toProto(t, view, out);
}

void toProto(const FlowDef &f, const std::string &language, flowdesk::v1::Flow *out)
{
    out->set_id(f.id);
    out->set_name(flowName(f, language));
    out->set_domain(f.domain);
    out->set_payload_schema_json(localizedSchema(f.payloadSchemaJson, language));
    out->set_source_system(f.sourceSystem);
    out->set_target_system(f.targetSystem);
    out->set_business_object_type(f.businessObjectType);
    out->set_description(flowDescription(f, language));
    out->set_sla_seconds(f.slaSeconds);
    auto *r = out->mutable_retry_policy();
    r->set_max_attempts(f.retry.maxAttempts);
    r->set_initial_backoff_ms(f.retry.initialBackoffMs);
    r->set_backoff_multiplier(f.retry.multiplier);
    r->set_max_backoff_ms(f.retry.maxBackoffMs);
    for (const auto &s : f.sensitiveFields)
        out->add_sensitive_fields(s);
    out->set_batch(f.batch);
    out->set_schema_version(f.schemaVersion);
    out->set_connector_id(f.connectorId);
}

void toProto(const ErrorGroup &g, const FlowDef *flow, const std::string &language, flowdesk::v1::ErrorGroup *out)
{
    if (flow)
        out->set_what_to_do(flowWhatToDo(*flow, g.code, language));
    out->set_signature(g.signature);
    out->set_group(g.group);
    out->set_offending_value(g.offendingValue);
    out->set_field_path(g.fieldPath);
    out->set_distinct_values(g.distinctValues);
    out->set_flow_id(g.flowId);
    out->set_category(toProto(g.category));
    out->set_code(g.code);
    out->set_sample_message(g.sampleMessage);
    const std::string system = flow ? flow->targetSystem : std::string();
    // A group over several refused values (by signature) is not worded with
    // one of them: its sample's customer would name one for all of them.
    const std::string many = errorMessageId(g.code) + ".many";
    if (g.offendingValue.empty() && g.distinctValues > 1 && hasMessage(many))
        setUserMessage(out->mutable_explanation(), many,
                       MessageArgs{{"system", system}, {"count", std::to_string(g.distinctValues)}}, language,
                       g.sampleMessage);
    else
        fillExplanation(g.code,
                        MessageArgs{{"system", system},
                                    {"value", g.offendingValue.empty() ? firstVaryingValue(g.sampleMessage)
                                                                       : g.offendingValue}},
                        g.sampleMessage, language, out->mutable_explanation());
    out->set_count(g.count);
    out->set_value_at_risk_minor(g.valueAtRiskMinor);
    out->set_currency(g.currency);
    if (g.oldest)
        setTime(out->mutable_oldest_time(), g.oldest);
    if (g.newest)
        setTime(out->mutable_newest_time(), g.newest);
    for (const auto &v : g.valuesAtRisk) {
        auto *a = out->add_values_at_risk();
        a->set_currency(v.currency);
        a->set_amount_minor(v.amountMinor);
    }
}

void toProto(const AuditEntry &e, flowdesk::v1::AuditEntry *out)
{
    out->set_sequence(e.sequence);
    setTime(out->mutable_time(), e.at);
    out->set_actor(e.actor);
    out->set_role(e.role);
    out->set_action(e.action);
    out->set_target_type(e.targetType);
    out->set_target_id(e.targetId);
    out->set_reason(e.reason);
    out->set_diff_json(e.diffJson);
    out->set_request_id(e.requestId);
    out->set_prev_hash(e.prevHash);
    out->set_hash(e.hash);
    out->set_detail(e.detail);
    if (e.targetType == "transaction")
        out->set_transaction_action(toProto(actionFromAuditName(e.action)));
}

void toProto(const Event &e, flowdesk::v1::Event *out)
{
    out->set_sequence(e.sequence);
    out->set_type(toProto(e.type));
    setTime(out->mutable_time(), e.at);
    if (e.transactionId)
        out->set_transaction_id(std::to_string(e.transactionId));
    out->set_flow_id(e.flowId);
    if (e.type == EventType::TransactionChanged) {
        out->set_state(toProto(e.state));
        out->set_previous_state(toProto(e.previousState));
    }
    out->set_version(e.version);
    out->set_plant(e.plant);
    out->set_domain(e.domain);
    out->set_action(e.action);
    if (e.type == EventType::TransactionChanged)
        out->set_transaction_action(toProto(actionFromEventName(e.action)));
    out->set_actor(e.actor);
    out->set_connector_id(e.connectorId);
    out->set_bulk_job_id(e.bulkJobId);
}

void toProto(const UserRecord &u, flowdesk::v1::User *out)
{
    out->set_username(u.username);
    out->set_role(toProto(u.role));
    for (const auto &d : u.domains)
        out->add_domains(d);
    for (const auto &p : u.plants)
        out->add_plants(p);
    for (const auto &p : permissionsFor(u.role))
        out->add_permissions(p);
    out->set_display_name(u.displayName);
    out->set_disabled(u.disabled);
    if (u.createdAt)
        setTime(out->mutable_create_time(), u.createdAt);
    if (u.lastLoginAt)
        setTime(out->mutable_last_login_time(), u.lastLoginAt);
}

void toProto(const ConnectorRecord &c, TimeMs now, flowdesk::v1::Connector *out)
{
    out->set_id(c.id);
    out->set_name(c.name);
    out->set_kind(c.kind);
    out->set_system(c.system);
    out->set_endpoint(c.endpoint);
    out->set_auth_type(c.authType);
    const double rate = c.recentAttempts > 0 ? double(c.recentFailures) / double(c.recentAttempts) : 0.0;
    flowdesk::v1::ConnectorStatus status = flowdesk::v1::CONNECTOR_UP;
    if (c.paused)
        status = flowdesk::v1::CONNECTOR_PAUSED;
    else if (c.recentAttempts >= 5 && rate >= 0.9)
        status = flowdesk::v1::CONNECTOR_DOWN;
    else if (c.recentAttempts >= 5 && rate >= 0.2)
        status = flowdesk::v1::CONNECTOR_DEGRADED;
    out->set_status(status);
    if (c.lastSuccessAt)
        setTime(out->mutable_last_success_time(), c.lastSuccessAt);
    out->set_error_rate(rate);
    out->set_credential_fingerprint(c.credentialFingerprint);
    out->set_credential_version(c.credentialVersion);
    if (c.credentialRotatedAt)
        setTime(out->mutable_credential_rotate_time(), c.credentialRotatedAt);
    out->set_credential_rotated_by(c.credentialRotatedBy);
    out->set_rotation_policy_days(c.rotationPolicyDays);
    const TimeMs policyMs = TimeMs(c.rotationPolicyDays) * 24 * 3600 * 1000;
    // A connector without sign-in (a system that only submits) has nothing to rotate.
    out->set_rotation_overdue(c.rotationPolicyDays > 0 && c.authType != "none"
                              && (c.credentialRotatedAt == 0 || now - c.credentialRotatedAt > policyMs));
    out->set_paused_reason(c.pausedReason);
}

TxFilter fromProto(const flowdesk::v1::TransactionFilter &f, const std::string &callerName, TimeMs now)
{
    TxFilter out;
    for (int s : f.states()) {
        const auto state = flowdesk::v1::TransactionState_IsValid(s)
            ? fromProto(static_cast<flowdesk::v1::TransactionState>(s))
            : std::nullopt;
        if (!state)
            failInvalid("Unknown transaction state " + std::to_string(s), "INVALID_ARGUMENT",
                        {{"filter.states", "unknown state"}});
        out.states.push_back(*state);
    }
    requireTexts(f.flow_ids(), "filter.flow_ids", kMaxKeyBytes);
    requireTexts(f.plants(), "filter.plants", kMaxCodeBytes);
    requireTexts(f.domains(), "filter.domains", kMaxCodeBytes);
    requireText(f.assignee(), "filter.assignee", kMaxKeyBytes);
    requireText(f.correlation_id(), "filter.correlation_id", kMaxKeyBytes);
    // A signature is made from a target's message and may hold anything; only its size is bound.
    if (f.error_signature().size() > kMaxSignatureBytes)
        failInvalid("filter.error_signature is longer than " + std::to_string(kMaxSignatureBytes) + " bytes",
                    "FIELD_TOO_LONG", {{"filter.error_signature", "at most " + std::to_string(kMaxSignatureBytes) + " bytes"}});
    out.flowIds.assign(f.flow_ids().begin(), f.flow_ids().end());
    out.plants.assign(f.plants().begin(), f.plants().end());
    out.domains.assign(f.domains().begin(), f.domains().end());
    out.errorSignature = f.error_signature();
    if (f.error_group().size() > kMaxSignatureBytes)
        failInvalid("filter.error_group is longer than " + std::to_string(kMaxSignatureBytes) + " bytes",
                    "FIELD_TOO_LONG", {{"filter.error_group", "at most " + std::to_string(kMaxSignatureBytes) + " bytes"}});
    out.errorGroup = f.error_group();
    requireText(f.text(), "filter.text", kMaxKeyBytes);
    out.text = f.text();
    out.stuckOnly = f.stuck_only();
    out.now = now;
    for (int s : f.triage_statuses()) {
        const auto status = flowdesk::v1::TriageStatus_IsValid(s)
            ? fromProto(static_cast<flowdesk::v1::TriageStatus>(s))
            : std::nullopt;
        if (!status || *status == TriageStatus::None)
            failInvalid("Unknown triage status " + std::to_string(s), "INVALID_ARGUMENT",
                        {{"filter.triage_statuses", "unknown triage status"}});
        out.triage.push_back(*status);
    }
    for (int c : f.error_categories()) {
        const auto category = flowdesk::v1::ErrorCategory_IsValid(c)
            ? fromProto(static_cast<flowdesk::v1::ErrorCategory>(c))
            : std::nullopt;
        if (!category || *category == ErrorCategory::None)
            failInvalid("Unknown error category " + std::to_string(c), "INVALID_ARGUMENT",
                        {{"filter.error_categories", "unknown category"}});
        out.categories.push_back(*category);
    }
    out.assignee = f.assignee() == "me" ? callerName : f.assignee();
    out.unassignedOnly = f.unassigned_only();
    out.correlationId = f.correlation_id();
    if (f.has_create_time_after())
        out.createdAfter = requireTime(f.create_time_after(), "filter.create_time_after");
    if (f.has_create_time_before())
        out.createdBefore = requireTime(f.create_time_before(), "filter.create_time_before");
    return out;
}

std::optional<TxOrder> parseOrder(const std::string &orderBy)
{
    std::string o;
    bool space = false;
    for (char c : orderBy) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !o.empty();
            continue;
        }
        if (space)
            o += ' ';
        space = false;
        o += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (o.empty() || o == "impact_score desc")
        return TxOrder::ImpactDesc;
    if (o == "create_time" || o == "create_time asc")
        return TxOrder::CreatedAsc;
    if (o == "create_time desc")
        return TxOrder::CreatedDesc;
    if (o == "amount desc" || o == "amount_minor desc")
        return TxOrder::AmountDesc;
    if (o == "due_time" || o == "due_time asc")
        return TxOrder::DueAsc;
    if (o == "flow_id" || o == "flow_id asc")
        return TxOrder::FlowAsc;
    if (o == "id" || o == "id asc")
        return TxOrder::IdAsc;
    return std::nullopt;
}

} // namespace flowdesk::backend
