#include "protomapping.h"

#include "flowdesk/v1/event.pb.h"
#include "flowdesk/v1/flow.pb.h"

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
} // namespace

TransactionState fromProto(int state)
{
    if (state < 0 || state >= TransactionStateCount)
        return TransactionState::Unspecified;
    return static_cast<TransactionState>(state);
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
    return e;
}

} // namespace Flowdesk
