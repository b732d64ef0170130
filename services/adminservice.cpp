#include "adminservice.h"
#include "enummapping.h"
#include "protomapping.h"

#include "backendconnection_p.h"

#include "flowdesk/v1/audit.grpc.pb.h"
#include "flowdesk/v1/connector.grpc.pb.h"
#include "flowdesk/v1/user.grpc.pb.h"

#include <spdlog/spdlog.h>

namespace Flowdesk {

namespace v1 = flowdesk::v1;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QDateTime timeOf(bool present, const google::protobuf::Timestamp &ts)
{
    if (!present)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ts.seconds() * 1000 + ts.nanos() / 1000000, Qt::UTC);
}

void setTime(google::protobuf::Timestamp *out, const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    out->set_seconds(ms / 1000);
    out->set_nanos(int(ms % 1000) * 1000000);
}

Connector toConnector(const v1::Connector &in)
{
    Connector c;
    c.id = qs(in.id());
    c.name = qs(in.name());
    c.kind = qs(in.kind());
    c.system = qs(in.system());
    c.endpoint = qs(in.endpoint());
    c.authType = qs(in.auth_type());
    switch (in.status()) {
    case v1::CONNECTOR_UP: c.status = ConnectorStatus::Up; break;
    case v1::CONNECTOR_DEGRADED: c.status = ConnectorStatus::Degraded; break;
    case v1::CONNECTOR_DOWN: c.status = ConnectorStatus::Down; break;
    case v1::CONNECTOR_PAUSED: c.status = ConnectorStatus::Paused; break;
    default: c.status = ConnectorStatus::Unspecified; break;
    }
    c.lastSuccessTime = timeOf(in.has_last_success_time(), in.last_success_time());
    c.errorRate = in.error_rate();
    c.credentialFingerprint = qs(in.credential_fingerprint());
    c.credentialVersion = in.credential_version();
    c.credentialRotateTime = timeOf(in.has_credential_rotate_time(), in.credential_rotate_time());
    c.credentialRotatedBy = qs(in.credential_rotated_by());
    c.rotationPolicyDays = in.rotation_policy_days();
    c.rotationOverdue = in.rotation_overdue();
    c.pausedReason = qs(in.paused_reason());
    return c;
}

AdminUser toAdminUser(const v1::User &in)
{
    AdminUser a;
    a.user = fromProto(in);
    a.disabled = in.disabled();
    a.createTime = timeOf(in.has_create_time(), in.create_time());
    a.lastLoginTime = timeOf(in.has_last_login_time(), in.last_login_time());
    return a;
}

v1::Role toProtoRole(Role role)
{
    switch (role) {
    case Role::Viewer: return v1::ROLE_VIEWER;
    case Role::Operator: return v1::ROLE_OPERATOR;
    case Role::Admin: return v1::ROLE_ADMIN;
    case Role::Auditor: return v1::ROLE_AUDITOR;
    case Role::Connector: return v1::ROLE_CONNECTOR;
    case Role::Unspecified: break;
    }
    return v1::ROLE_UNSPECIFIED;
}

AuditEntry toAuditEntry(const v1::AuditEntry &in)
{
    AuditEntry e;
    e.sequence = in.sequence();
    e.time = timeOf(in.has_time(), in.time());
    e.actor = qs(in.actor());
    e.role = qs(in.role());
    e.action = qs(in.action());
    e.transactionAction = fromProto(in.transaction_action());
    e.targetType = qs(in.target_type());
    e.targetId = qs(in.target_id());
    e.reason = qs(in.reason());
    e.diffJson = qs(in.diff_json());
    e.requestId = qs(in.request_id());
    e.prevHash = qs(in.prev_hash());
    e.hash = qs(in.hash());
    e.detail = qs(in.detail());
    if (in.has_detail_message())
        e.detailMessage = fromProto(in.detail_message());
    e.businessKey = qs(in.business_key());
    e.businessObjectType = qs(in.business_object_type());
    for (const auto &c : in.field_changes())
        e.fieldChanges << AuditFieldChange{qs(c.path()), qs(c.old_value_json()), qs(c.new_value_json())};
    return e;
}

} // namespace

// Stubs for one channel. Calls in flight keep the set they started on alive,
// so a new server address never pulls a stub from under a running call.
struct AdminStubs
{
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<v1::ConnectorService::Stub> connectors;
    std::unique_ptr<v1::UserService::Stub> users;
    std::unique_ptr<v1::AuditService::Stub> audit;
};

class AdminServicePrivate
{
public:
    std::shared_ptr<AdminStubs> stubs;

    std::shared_ptr<AdminStubs> stubsFor(const std::shared_ptr<grpc::Channel> &channel)
    {
        if (!stubs || stubs->channel != channel) {
            auto s = std::make_shared<AdminStubs>();
            s->channel = channel;
            s->connectors = v1::ConnectorService::NewStub(channel);
            s->users = v1::UserService::NewStub(channel);
            s->audit = v1::AuditService::NewStub(channel);
            stubs = std::move(s);
        }
        return stubs;
    }
};

AdminService::AdminService(BackendConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , d(std::make_unique<AdminServicePrivate>())
{
}

AdminService::~AdminService() = default;

// Each call names its stub method once; the stubs live as long as the call.
#define FD_START(Service, Method, Req, Resp)                                                                     \
    [priv = d.get()](BackendConnectionPrivate *conn, grpc::ClientContext *ctx, const Req *req, Resp *resp,      \
                     std::function<void(grpc::Status)> cb) {                                                    \
        auto stubs = priv->stubsFor(conn->channel);                                                             \
        stubs->Service->async()->Method(ctx, req, resp,                                                         \
                                        [stubs, cb = std::move(cb)](grpc::Status s) { cb(std::move(s)); });     \
    }

void AdminService::listConnectors(QObject *context, Done<const QList<Connector> &> done)
{
    BackendConnectionPrivate::call<v1::ListConnectorsRequest, v1::ListConnectorsResponse>(
        m_connection, context, v1::ListConnectorsRequest(),
        FD_START(connectors, ListConnectors, v1::ListConnectorsRequest, v1::ListConnectorsResponse),
        [done](const ServiceError &error, const v1::ListConnectorsResponse &response) {
            QList<Connector> list;
            for (const auto &c : response.connectors())
                list << toConnector(c);
            done(error, list);
        });
}

void AdminService::pauseConnector(QObject *context, const QString &id, const QString &reason,
                                  Done<const Connector &> done)
{
    v1::PauseConnectorRequest request;
    request.set_connector_id(id.toStdString());
    request.set_reason(reason.toStdString());
    BackendConnectionPrivate::call<v1::PauseConnectorRequest, v1::Connector>(
        m_connection, context, request, FD_START(connectors, PauseConnector, v1::PauseConnectorRequest, v1::Connector),
        [done](const ServiceError &error, const v1::Connector &response) { done(error, toConnector(response)); });
}

void AdminService::resumeConnector(QObject *context, const QString &id, Done<const Connector &> done)
{
    v1::ResumeConnectorRequest request;
    request.set_connector_id(id.toStdString());
    BackendConnectionPrivate::call<v1::ResumeConnectorRequest, v1::Connector>(
        m_connection, context, request,
        FD_START(connectors, ResumeConnector, v1::ResumeConnectorRequest, v1::Connector),
        [done](const ServiceError &error, const v1::Connector &response) { done(error, toConnector(response)); });
}

void AdminService::testConnector(QObject *context, const QString &id, Done<const ConnectionTestResult &> done)
{
    v1::TestConnectorRequest request;
    request.set_connector_id(id.toStdString());
    BackendConnectionPrivate::call<v1::TestConnectorRequest, v1::TestConnectorResponse>(
        m_connection, context, request,
        FD_START(connectors, TestConnector, v1::TestConnectorRequest, v1::TestConnectorResponse),
        [done](const ServiceError &error, const v1::TestConnectorResponse &response) {
            ConnectionTestResult r;
            r.ok = response.ok();
            r.latencyMs = response.latency_ms();
            r.message = qs(response.message());
            done(error, r);
        });
}

void AdminService::setCredential(QObject *context, const QString &id, const QString &secret,
                                 bool replayAuthFailures, const QString &requestId,
                                 Done<const Connector &, qint64> done)
{
    v1::SetCredentialRequest request;
    request.set_connector_id(id.toStdString());
    request.set_secret(secret.toStdString());
    request.set_request_id(requestId.toStdString());
    request.set_replay_auth_failures(replayAuthFailures);
    spdlog::get("console") ? spdlog::get("console")->info("setting the credential of connector {}", id.toStdString())
                           : void();
    BackendConnectionPrivate::call<v1::SetCredentialRequest, v1::SetCredentialResponse>(
        m_connection, context, request,
        FD_START(connectors, SetCredential, v1::SetCredentialRequest, v1::SetCredentialResponse),
        [done](const ServiceError &error, const v1::SetCredentialResponse &response) {
            done(error, toConnector(response.connector()), response.replayed());
        },
        // A secret is not kept around for a later sign-in: the person enters it again.
        CallOptions::noRetry());
}

void AdminService::reloadConfiguration(QObject *context, const QString &requestId,
                                       Done<const ConfigurationReload &, const QList<ConfigurationProblem> &> done)
{
    v1::ReloadConfigurationRequest request;
    request.set_request_id(requestId.toStdString());
    // Where each error of a refused file is: ErrorDetails.field_violations, which
    // ServiceError does not carry.
    auto problems = std::make_shared<QList<ConfigurationProblem>>();
    BackendConnectionPrivate::call<v1::ReloadConfigurationRequest, v1::ReloadConfigurationResponse>(
        m_connection, context, request,
        [priv = d.get(), problems](BackendConnectionPrivate *conn, grpc::ClientContext *ctx,
                                   const v1::ReloadConfigurationRequest *req, v1::ReloadConfigurationResponse *resp,
                                   std::function<void(grpc::Status)> cb) {
            auto stubs = priv->stubsFor(conn->channel);
            stubs->connectors->async()->ReloadConfiguration(
                ctx, req, resp, [stubs, problems, cb = std::move(cb)](grpc::Status status) {
                    for (const FieldViolation &v : violationsFromStatus(status))
                        *problems << ConfigurationProblem::fromLocation(v.field, v.description);
                    cb(std::move(status));
                });
        },
        [done, problems](const ServiceError &error, const v1::ReloadConfigurationResponse &response) {
            ConfigurationReload r;
            if (error.isOk()) {
                r.file = qs(response.file());
                r.flowCount = response.flow_count();
                r.connectorCount = response.connector_count();
                for (const auto &f : response.schema_changed_flows())
                    r.schemaChangedFlows << qs(f);
                for (const auto &f : response.added_flows())
                    r.addedFlows << qs(f);
                for (const auto &f : response.removed_flows())
                    r.removedFlows << qs(f);
            }
            done(error, r, error.isOk() ? QList<ConfigurationProblem>{} : *problems);
        },
        CallOptions::noRetry());
}

void AdminService::listUsers(QObject *context, Done<const QList<AdminUser> &> done)
{
    BackendConnectionPrivate::call<v1::ListUsersRequest, v1::ListUsersResponse>(
        m_connection, context, v1::ListUsersRequest(),
        FD_START(users, ListUsers, v1::ListUsersRequest, v1::ListUsersResponse),
        [done](const ServiceError &error, const v1::ListUsersResponse &response) {
            QList<AdminUser> list;
            for (const auto &u : response.users())
                list << toAdminUser(u);
            done(error, list);
        });
}

void AdminService::createUser(QObject *context, const UserChange &change, Done<const AdminUser &> done)
{
    v1::CreateUserRequest request;
    request.set_username(change.username.toStdString());
    request.set_password(change.password.toStdString());
    request.set_display_name(change.displayName.toStdString());
    request.set_role(toProtoRole(change.role));
    for (const QString &dom : change.domains)
        request.add_domains(dom.toStdString());
    for (const QString &p : change.plants)
        request.add_plants(p.toStdString());
    BackendConnectionPrivate::call<v1::CreateUserRequest, v1::User>(
        m_connection, context, request, FD_START(users, CreateUser, v1::CreateUserRequest, v1::User),
        [done](const ServiceError &error, const v1::User &response) { done(error, toAdminUser(response)); },
        CallOptions::noRetry());
}

void AdminService::updateUser(QObject *context, const UserChange &change, Done<const AdminUser &> done)
{
    v1::UpdateUserRequest request;
    request.set_username(change.username.toStdString());
    for (const QString &field : change.changed)
        request.add_update_mask(field.toStdString());
    request.set_display_name(change.displayName.toStdString());
    request.set_role(toProtoRole(change.role));
    for (const QString &dom : change.domains)
        request.add_domains(dom.toStdString());
    for (const QString &p : change.plants)
        request.add_plants(p.toStdString());
    request.set_disabled(change.disabled);
    BackendConnectionPrivate::call<v1::UpdateUserRequest, v1::User>(
        m_connection, context, request, FD_START(users, UpdateUser, v1::UpdateUserRequest, v1::User),
        [done](const ServiceError &error, const v1::User &response) { done(error, toAdminUser(response)); });
}

void AdminService::resetPassword(QObject *context, const QString &username, const QString &newPassword, Done<> done)
{
    v1::ResetPasswordRequest request;
    request.set_username(username.toStdString());
    request.set_new_password(newPassword.toStdString());
    BackendConnectionPrivate::call<v1::ResetPasswordRequest, v1::ResetPasswordResponse>(
        m_connection, context, request,
        FD_START(users, ResetPassword, v1::ResetPasswordRequest, v1::ResetPasswordResponse),
        [done](const ServiceError &error, const v1::ResetPasswordResponse &) { done(error); },
        CallOptions::noRetry());
}

void AdminService::listAuditEntries(QObject *context, const AuditFilter &filter, int pageSize,
                                    const QString &pageToken, Done<const AuditEntryPage &> done)
{
    v1::ListAuditEntriesRequest request;
    request.set_actor(filter.actor.trimmed().toStdString());
    request.set_action(filter.action.trimmed().toStdString());
    request.set_target_type(filter.targetType.trimmed().toStdString());
    request.set_target_id(filter.targetId.trimmed().toStdString());
    request.set_business_key(filter.businessKey.trimmed().toStdString());
    if (filter.from.isValid())
        setTime(request.mutable_start_time(), filter.from);
    if (filter.to.isValid())
        setTime(request.mutable_end_time(), filter.to);
    request.set_page_size(pageSize);
    request.set_page_token(pageToken.toStdString());
    BackendConnectionPrivate::call<v1::ListAuditEntriesRequest, v1::ListAuditEntriesResponse>(
        m_connection, context, request,
        FD_START(audit, ListAuditEntries, v1::ListAuditEntriesRequest, v1::ListAuditEntriesResponse),
        [done](const ServiceError &error, const v1::ListAuditEntriesResponse &response) {
            AuditEntryPage page;
            for (const auto &e : response.entries())
                page.entries << toAuditEntry(e);
            page.nextPageToken = qs(response.next_page_token());
            page.totalSize = response.total_size();
            done(error, page);
        });
}

void AdminService::verifyAuditChain(QObject *context, Done<const AuditChainCheck &> done)
{
    BackendConnectionPrivate::call<v1::VerifyAuditChainRequest, v1::VerifyAuditChainResponse>(
        m_connection, context, v1::VerifyAuditChainRequest(),
        FD_START(audit, VerifyAuditChain, v1::VerifyAuditChainRequest, v1::VerifyAuditChainResponse),
        [done](const ServiceError &error, const v1::VerifyAuditChainResponse &response) {
            AuditChainCheck c;
            c.ok = response.ok();
            c.entriesChecked = response.entries_checked();
            c.firstBrokenSequence = response.first_broken_sequence();
            c.problem = qs(response.problem());
            done(error, c);
        });
}

#undef FD_START

} // namespace Flowdesk
