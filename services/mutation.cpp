#include "mutation.h"
#include "enummapping.h"

#include "flowdesk/v1/transaction.pb.h"

#include <QCoreApplication>

namespace Flowdesk {

namespace v1 = flowdesk::v1;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flowdesk::Mutation)
};

std::string str(const QString &s) { return s.toStdString(); }
QString qs(const std::string &s) { return QString::fromStdString(s); }

Mutation make(TransactionAction action, const QString &id, qint64 version)
{
    Mutation m;
    m.action = action;
    m.transactionId = id;
    m.expectedVersion = version;
    return m;
}
} // namespace

Mutation Mutation::editPayload(const QString &id, qint64 version, const QString &payloadJson, const QString &reason)
{
    Mutation m = make(TransactionAction::EditPayload, id, version);
    m.payloadJson = payloadJson;
    m.reason = reason;
    return m;
}

Mutation Mutation::resubmit(const QString &id, qint64 version)
{
    return make(TransactionAction::Resubmit, id, version);
}

Mutation Mutation::editAndResubmit(const QString &id, qint64 version, const QString &payloadJson,
                                   const QString &reason)
{
    Mutation m = make(TransactionAction::EditAndResubmit, id, version);
    m.payloadJson = payloadJson;
    m.reason = reason;
    return m;
}

Mutation Mutation::discard(const QString &id, qint64 version, const QString &reason)
{
    Mutation m = make(TransactionAction::Discard, id, version);
    m.reason = reason;
    return m;
}

Mutation Mutation::resolveManually(const QString &id, qint64 version, const QString &reason)
{
    Mutation m = make(TransactionAction::ResolveManually, id, version);
    m.reason = reason;
    return m;
}

Mutation Mutation::assign(const QString &id, qint64 version, const QString &assignee)
{
    Mutation m = make(TransactionAction::Assign, id, version);
    m.assignee = assignee;
    return m;
}

Mutation Mutation::setTriageStatus(const QString &id, qint64 version, TriageStatus status)
{
    Mutation m = make(TransactionAction::SetTriageStatus, id, version);
    m.triageStatus = status;
    return m;
}

Mutation Mutation::comment(const QString &id, qint64 version, const QString &text)
{
    Mutation m = make(TransactionAction::Comment, id, version);
    m.text = text;
    return m;
}

bool Mutation::isValid() const
{
    if (transactionId.isEmpty())
        return false;
    switch (action) {
    case TransactionAction::EditPayload:
    case TransactionAction::Resubmit:
    case TransactionAction::Discard:
    case TransactionAction::ResolveManually:
    case TransactionAction::Assign:
    case TransactionAction::SetTriageStatus:
    case TransactionAction::Comment:
        return true;
    case TransactionAction::EditAndResubmit:
        return !payloadJson.isEmpty();
    default:
        return false;
    }
}

QByteArray Mutation::toRequestBytes() const
{
    auto bytes = [](const google::protobuf::Message &message) {
        return QByteArray::fromStdString(message.SerializeAsString());
    };
    switch (action) {
    case TransactionAction::EditPayload: {
        v1::UpdatePayloadRequest r;
        r.set_id(str(transactionId));
        r.set_expected_version(expectedVersion);
        r.set_payload_json(str(payloadJson));
        r.set_reason(str(reason));
        r.set_request_id(str(requestId));
        return bytes(r);
    }
    case TransactionAction::Resubmit:
    case TransactionAction::EditAndResubmit: {
        v1::ResubmitRequest r;
        r.set_id(str(transactionId));
        r.set_expected_version(expectedVersion);
        r.set_request_id(str(requestId));
        if (action == TransactionAction::EditAndResubmit) {
            r.set_payload_json(str(payloadJson));
            r.set_reason(str(reason));
        }
        return bytes(r);
    }
    case TransactionAction::Discard: {
        v1::DiscardRequest r;
        r.set_id(str(transactionId));
        r.set_expected_version(expectedVersion);
        r.set_reason(str(reason));
        r.set_request_id(str(requestId));
        return bytes(r);
    }
    case TransactionAction::ResolveManually: {
        v1::ResolveManuallyRequest r;
        r.set_id(str(transactionId));
        r.set_expected_version(expectedVersion);
        r.set_reason(str(reason));
        r.set_request_id(str(requestId));
        return bytes(r);
    }
    case TransactionAction::Assign: {
        v1::AssignRequest r;
        r.set_id(str(transactionId));
        r.set_expected_version(expectedVersion);
        r.set_assignee(str(assignee));
        r.set_request_id(str(requestId));
        return bytes(r);
    }
    case TransactionAction::SetTriageStatus: {
        v1::SetTriageStatusRequest r;
        r.set_id(str(transactionId));
        r.set_expected_version(expectedVersion);
        r.set_triage_status(toProto(triageStatus));
        r.set_request_id(str(requestId));
        return bytes(r);
    }
    case TransactionAction::Comment: {
        v1::AddCommentRequest r;
        r.set_id(str(transactionId));
        r.set_text(str(text));
        r.set_request_id(str(requestId));
        return bytes(r);
    }
    default: break;
    }
    return {};
}

std::optional<Mutation> Mutation::fromRequestBytes(TransactionAction action, const QByteArray &bytes)
{
    Mutation m;
    m.action = action;
    // Parses the request and takes what every request of a change carries.
    auto take = [&](auto &request) {
        if (!request.ParseFromArray(bytes.constData(), int(bytes.size())))
            return false;
        m.transactionId = qs(request.id());
        m.requestId = qs(request.request_id());
        if constexpr (requires { request.expected_version(); })
            m.expectedVersion = request.expected_version();
        return true;
    };
    switch (action) {
    case TransactionAction::EditPayload: {
        v1::UpdatePayloadRequest r;
        if (!take(r))
            return std::nullopt;
        m.payloadJson = qs(r.payload_json());
        m.reason = qs(r.reason());
        break;
    }
    case TransactionAction::Resubmit:
    case TransactionAction::EditAndResubmit: {
        v1::ResubmitRequest r;
        if (!take(r))
            return std::nullopt;
        if (action == TransactionAction::EditAndResubmit) {
            m.payloadJson = qs(r.payload_json());
            m.reason = qs(r.reason());
        }
        break;
    }
    case TransactionAction::Discard: {
        v1::DiscardRequest r;
        if (!take(r))
            return std::nullopt;
        m.reason = qs(r.reason());
        break;
    }
    case TransactionAction::ResolveManually: {
        v1::ResolveManuallyRequest r;
        if (!take(r))
            return std::nullopt;
        m.reason = qs(r.reason());
        break;
    }
    case TransactionAction::Assign: {
        v1::AssignRequest r;
        if (!take(r))
            return std::nullopt;
        m.assignee = qs(r.assignee());
        break;
    }
    case TransactionAction::SetTriageStatus: {
        v1::SetTriageStatusRequest r;
        if (!take(r))
            return std::nullopt;
        m.triageStatus = fromProto(r.triage_status());
        break;
    }
    case TransactionAction::Comment: {
        v1::AddCommentRequest r;
        if (!take(r))
            return std::nullopt;
        m.text = qs(r.text());
        break;
    }
    default:
        return std::nullopt;
    }
    if (!m.isValid())
        return std::nullopt;
    return m;
}

QString Mutation::description() const
{
    if (action == TransactionAction::Unspecified)
        return Tr::tr("Change to %1").arg(transactionId);
    return Tr::tr("%1 %2", "action label, transaction").arg(actionLabel(action), transactionId);
}

} // namespace Flowdesk
