#include "protomapping.h"
#include "enummapping.h"

#include <QSet>

#include "flowdesk/v1/event.pb.h"
#include "flowdesk/v1/flow.pb.h"
#include "flowdesk/v1/transaction.pb.h"

namespace Flowdesk {

namespace {
QStringList toStringList(const google::protobuf::RepeatedPtrField<std::string> &values)
{
    QStringList list;
    list.reserve(values.size());
    for (const auto &v : values)
        list << QString::fromStdString(v);
    return list;
}

QDateTime toDateTime(const google::protobuf::Timestamp &ts)
{
    if (ts.seconds() == 0 && ts.nanos() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ts.seconds() * 1000 + ts.nanos() / 1000000, Qt::UTC);
}
// The texts that many rows repeat (the flow, its systems, the plant, the kind
// of error and the advice for it, why an action is not allowed): rows read
// through here share one copy of each (QString shares its data), instead of
// every row of a long list holding its own. Per thread, since pages are read on
// gRPC's threads too; bounded, since a text seen once is not worth keeping:
// past the limit, new texts are kept by their row alone.
class SharedTexts
{
public:
    QString get(const std::string &value)
    {
        if (value.empty())
            return {};
        QString text = QString::fromStdString(value);
        const auto it = m_texts.constFind(text);
        if (it != m_texts.cend())
            return *it;
        if (m_texts.size() < Limit)
            m_texts.insert(text);
        return text;
    }

    // The same list of allowed actions as a recent row's: that row's list.
    void share(QList<AllowedAction> &actions)
    {
        for (const QList<AllowedAction> &known : std::as_const(m_actionLists)) {
            if (known == actions) {
                actions = known;
                return;
            }
        }
        actions.squeeze();
        if (m_actionLists.size() < ActionListLimit)
            m_actionLists.append(actions);
        else
            m_actionLists[m_nextActionList++ % ActionListLimit] = actions;
    }

private:
    static constexpr qsizetype Limit = 4096;
    static constexpr qsizetype ActionListLimit = 16;
    QSet<QString> m_texts;
    QList<QList<AllowedAction>> m_actionLists;
    qsizetype m_nextActionList = 0;
};

SharedTexts &sharedTexts()
{
    thread_local SharedTexts texts;
    return texts;
}

} // namespace

Transaction fromProto(const flowdesk::v1::Transaction &in, bool full)
{
    SharedTexts &shared = sharedTexts();
    Transaction t;
    t.id = QString::fromStdString(in.id());
    t.flowId = shared.get(in.flow_id());
    t.flowName = shared.get(in.flow_name());
    t.state = Flowdesk::fromProto(in.state());
    t.version = in.version();
    t.businessKey = QString::fromStdString(in.business_key());
    t.correlationId = QString::fromStdString(in.correlation_id());
    t.originalPayloadJson = QString::fromStdString(in.original_payload_json());
    t.payloadJson = QString::fromStdString(in.payload_json());
    if (in.has_error()) {
        const auto &e = in.error();
        t.error.category = fromProto(e.category());
        t.error.code = shared.get(e.code());
        t.error.message = QString::fromStdString(e.message());
        t.error.signature = shared.get(e.signature());
        t.error.targetResponse = QString::fromStdString(e.target_response());
        t.error.retryable = e.retryable();
        t.error.occurTime = toDateTime(e.occur_time());
        t.error.fieldPath = shared.get(e.field_path());
        t.error.whatToDo = shared.get(e.what_to_do());
        if (e.has_explanation())
            t.error.explanation = fromProto(e.explanation());
        t.error.offendingValue = shared.get(e.offending_value());
        t.error.group = shared.get(e.group());
    }
    t.deliveryReceipt = QString::fromStdString(in.delivery_receipt());
    t.schemaVersion = in.schema_version();
    t.businessObjectType = shared.get(in.business_object_type());
    t.sourceSystem = shared.get(in.source_system());
    t.targetSystem = shared.get(in.target_system());
    t.counterparty = shared.get(in.counterparty());
    t.amountMinor = in.amount_minor();
    t.amountMasked = in.amount_masked();
    t.currency = shared.get(in.currency());
    t.plant = shared.get(in.plant());
    t.domain = shared.get(in.domain());
    t.createTime = toDateTime(in.create_time());
    t.updateTime = toDateTime(in.update_time());
    t.dueTime = toDateTime(in.due_time());
    t.slaDeadline = toDateTime(in.sla_deadline());
    t.deliverTime = toDateTime(in.deliver_time());
    t.nextAttemptTime = toDateTime(in.next_attempt_time());
    t.attempts = in.attempts();
    t.triageStatus = fromProto(in.triage_status());
    t.assignee = shared.get(in.assignee());
    t.stuck = in.stuck();
    t.impactScore = in.impact_score();
    for (const auto &h : in.hops())
        t.hops << Hop{toDateTime(h.time()), shared.get(h.system()), shared.get(h.action()),
                      QString::fromStdString(h.detail()), fromProto(h.transaction_action()),
                      h.has_detail_message() ? fromProto(h.detail_message()) : UserMessage{}};
    for (const auto &m : in.masked_fields())
        t.maskedFields << shared.get(m);
    for (const auto &a : in.allowed_actions()) {
        AllowedAction allowed;
        allowed.action = fromProto(a.action());
        allowed.allowed = a.allowed();
        allowed.reasonId = shared.get(a.reason());
        // The server's words in the person's language, for a reason this console does not know.
        allowed.message = shared.get(a.reason_message().text().empty() ? a.message() : a.reason_message().text());
        allowed.missingPermission = shared.get(a.missing_permission());
        if (allowed.action != TransactionAction::Unspecified)
            t.allowedActions << allowed;
    }
    shared.share(t.allowedActions);
    t.full = full;
    return t;
}

UserMessage fromProto(const flowdesk::v1::UserMessage &in)
{
    UserMessage m;
    m.id = QString::fromStdString(in.id());
    for (const auto &a : in.args())
        m.args.append({QString::fromStdString(a.name()), QString::fromStdString(a.value())});
    m.serverText = QString::fromStdString(in.text());
    return m;
}

Flow fromProto(const flowdesk::v1::Flow &in)
{
    Flow f;
    f.id = QString::fromStdString(in.id());
    f.name = QString::fromStdString(in.name());
    f.domain = QString::fromStdString(in.domain());
    f.sourceSystem = QString::fromStdString(in.source_system());
    f.targetSystem = QString::fromStdString(in.target_system());
    f.businessObjectType = QString::fromStdString(in.business_object_type());
    f.description = QString::fromStdString(in.description());
    f.slaSeconds = in.sla_seconds();
    f.batch = in.batch();
    for (const auto &sc : in.state_counts()) {
        const TransactionState s = fromProto(sc.state());
        if (s != TransactionState::Unspecified)
            f.stateCounts[static_cast<size_t>(s)] += sc.count();
    }
    f.stuckCount = in.stuck_count();
    f.schemaVersion = in.schema_version();
    f.connectorId = QString::fromStdString(in.connector_id());
    return f;
}

User fromProto(const flowdesk::v1::User &in)
{
    User u;
    u.username = QString::fromStdString(in.username());
    u.displayName = QString::fromStdString(in.display_name());
    switch (in.role()) {
    case flowdesk::v1::ROLE_VIEWER: u.role = Role::Viewer; break;
    case flowdesk::v1::ROLE_OPERATOR: u.role = Role::Operator; break;
    case flowdesk::v1::ROLE_ADMIN: u.role = Role::Admin; break;
    case flowdesk::v1::ROLE_AUDITOR: u.role = Role::Auditor; break;
    case flowdesk::v1::ROLE_CONNECTOR: u.role = Role::Connector; break;
    default: u.role = Role::Unspecified; break;
    }
    u.domains = toStringList(in.domains());
    u.plants = toStringList(in.plants());
    u.permissions = toStringList(in.permissions());
    return u;
}

FlowEvent fromProto(const flowdesk::v1::Event &in)
{
    FlowEvent e;
    e.sequence = in.sequence();
    switch (in.type()) {
    case flowdesk::v1::EVENT_TYPE_TRANSACTION_CHANGED: e.type = FlowEvent::Type::TransactionChanged; break;
    case flowdesk::v1::EVENT_TYPE_CONNECTOR_CHANGED: e.type = FlowEvent::Type::ConnectorChanged; break;
    case flowdesk::v1::EVENT_TYPE_BULK_JOB_CHANGED: e.type = FlowEvent::Type::BulkJobChanged; break;
    case flowdesk::v1::EVENT_TYPE_HEARTBEAT: e.type = FlowEvent::Type::Heartbeat; break;
    default: e.type = FlowEvent::Type::Unspecified; break;
    }
    e.time = toDateTime(in.time());
    e.transactionId = QString::fromStdString(in.transaction_id());
    e.flowId = QString::fromStdString(in.flow_id());
    e.state = fromProto(in.state());
    e.previousState = fromProto(in.previous_state());
    e.action = QString::fromStdString(in.action());
    e.transactionAction = fromProto(in.transaction_action());
    return e;
}

} // namespace Flowdesk
