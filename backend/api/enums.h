#pragma once

// Conversions between the domain's enums and the contract's. Each pair is
// listed once below; the domain-to-contract switch has no default, so a value
// added to a domain enum without its contract value fails to compile
// (-Wswitch, an error in this project), and a contract value without a domain
// value converts to nullopt instead of an undefined number.

#include "domain.h"

#include "flowdesk/v1/common.pb.h"
#include "flowdesk/v1/event.pb.h"

#include <optional>

namespace flowdesk::backend {

#define FD_TX_STATES(X)                                                                                  \
    X(TxState::Received, flowdesk::v1::RECEIVED)                                                         \
    X(TxState::InFlight, flowdesk::v1::IN_FLIGHT)                                                        \
    X(TxState::Delivered, flowdesk::v1::DELIVERED)                                                       \
    X(TxState::RetryScheduled, flowdesk::v1::RETRY_SCHEDULED)                                            \
    X(TxState::Failed, flowdesk::v1::FAILED)                                                             \
    X(TxState::Resubmitted, flowdesk::v1::RESUBMITTED)                                                   \
    X(TxState::Discarded, flowdesk::v1::DISCARDED)                                                       \
    X(TxState::ResolvedManually, flowdesk::v1::RESOLVED_MANUALLY)

#define FD_TRIAGE_STATUSES(X)                                                                            \
    X(TriageStatus::None, flowdesk::v1::TRIAGE_STATUS_UNSPECIFIED)                                       \
    X(TriageStatus::New, flowdesk::v1::TRIAGE_STATUS_NEW)                                                \
    X(TriageStatus::Investigating, flowdesk::v1::TRIAGE_STATUS_INVESTIGATING)                            \
    X(TriageStatus::WaitingOnMasterData, flowdesk::v1::TRIAGE_STATUS_WAITING_ON_MASTER_DATA)             \
    X(TriageStatus::WaitingOnPartner, flowdesk::v1::TRIAGE_STATUS_WAITING_ON_PARTNER)

#define FD_ERROR_CATEGORIES(X)                                                                           \
    X(ErrorCategory::None, flowdesk::v1::ERROR_CATEGORY_UNSPECIFIED)                                     \
    X(ErrorCategory::Connectivity, flowdesk::v1::ERROR_CATEGORY_CONNECTIVITY)                            \
    X(ErrorCategory::Authentication, flowdesk::v1::ERROR_CATEGORY_AUTHENTICATION)                        \
    X(ErrorCategory::MasterData, flowdesk::v1::ERROR_CATEGORY_MASTER_DATA)                               \
    X(ErrorCategory::Validation, flowdesk::v1::ERROR_CATEGORY_VALIDATION)                                \
    X(ErrorCategory::BusinessState, flowdesk::v1::ERROR_CATEGORY_BUSINESS_STATE)                         \
    X(ErrorCategory::Duplicate, flowdesk::v1::ERROR_CATEGORY_DUPLICATE)

#define FD_ROLES(X)                                                                                      \
    X(Role::None, flowdesk::v1::ROLE_UNSPECIFIED)                                                        \
    X(Role::Viewer, flowdesk::v1::ROLE_VIEWER)                                                           \
    X(Role::Operator, flowdesk::v1::ROLE_OPERATOR)                                                       \
    X(Role::Admin, flowdesk::v1::ROLE_ADMIN)                                                             \
    X(Role::Auditor, flowdesk::v1::ROLE_AUDITOR)                                                         \
    X(Role::Connector, flowdesk::v1::ROLE_CONNECTOR)

#define FD_EVENT_TYPES(X)                                                                                \
    X(EventType::TransactionChanged, flowdesk::v1::EVENT_TYPE_TRANSACTION_CHANGED)                       \
    X(EventType::ConnectorChanged, flowdesk::v1::EVENT_TYPE_CONNECTOR_CHANGED)                           \
    X(EventType::BulkJobChanged, flowdesk::v1::EVENT_TYPE_BULK_JOB_CHANGED)                              \
    X(EventType::Heartbeat, flowdesk::v1::EVENT_TYPE_HEARTBEAT)

#define FD_TX_ACTIONS(X)                                                                                 \
    X(TxAction::None, flowdesk::v1::TRANSACTION_ACTION_UNSPECIFIED)                                      \
    X(TxAction::EditPayload, flowdesk::v1::TRANSACTION_ACTION_EDIT_PAYLOAD)                              \
    X(TxAction::Resubmit, flowdesk::v1::TRANSACTION_ACTION_RESUBMIT)                                     \
    X(TxAction::Discard, flowdesk::v1::TRANSACTION_ACTION_DISCARD)                                       \
    X(TxAction::ResolveManually, flowdesk::v1::TRANSACTION_ACTION_RESOLVE_MANUALLY)                      \
    X(TxAction::Assign, flowdesk::v1::TRANSACTION_ACTION_ASSIGN)                                         \
    X(TxAction::SetTriageStatus, flowdesk::v1::TRANSACTION_ACTION_SET_TRIAGE_STATUS)                     \
    X(TxAction::Comment, flowdesk::v1::TRANSACTION_ACTION_COMMENT)                                       \
    X(TxAction::EditAndResubmit, flowdesk::v1::TRANSACTION_ACTION_EDIT_AND_RESUBMIT)                     \
    X(TxAction::Receive, flowdesk::v1::TRANSACTION_ACTION_RECEIVE)                                       \
    X(TxAction::Attempt, flowdesk::v1::TRANSACTION_ACTION_ATTEMPT)                                       \
    X(TxAction::Deliver, flowdesk::v1::TRANSACTION_ACTION_DELIVER)                                       \
    X(TxAction::Fail, flowdesk::v1::TRANSACTION_ACTION_FAIL)                                             \
    X(TxAction::ScheduleRetry, flowdesk::v1::TRANSACTION_ACTION_SCHEDULE_RETRY)                          \
    X(TxAction::MarkStuck, flowdesk::v1::TRANSACTION_ACTION_MARK_STUCK)                                  \
    X(TxAction::Release, flowdesk::v1::TRANSACTION_ACTION_RELEASE)                                       \
    X(TxAction::Recover, flowdesk::v1::TRANSACTION_ACTION_RECOVER)

#define FD_TO_PROTO_CASE(d, p)                                                                           \
    case d:                                                                                              \
        return p;
#define FD_FROM_PROTO_CASE(d, p)                                                                         \
    case p:                                                                                              \
        return d;

#define FD_ENUM_CONVERSIONS(Domain, Proto, LIST)                                                         \
    constexpr Proto toProto(Domain v)                                                                    \
    {                                                                                                    \
        switch (v) { LIST(FD_TO_PROTO_CASE) }                                                            \
        return Proto{};                                                                                  \
    }                                                                                                    \
    constexpr std::optional<Domain> fromProto(Proto v)                                                   \
    {                                                                                                    \
        switch (v) {                                                                                     \
            LIST(FD_FROM_PROTO_CASE)                                                                     \
        default:                                                                                         \
            break;                                                                                       \
        }                                                                                                \
        return std::nullopt;                                                                             \
    }

FD_ENUM_CONVERSIONS(TxState, flowdesk::v1::TransactionState, FD_TX_STATES)
FD_ENUM_CONVERSIONS(TriageStatus, flowdesk::v1::TriageStatus, FD_TRIAGE_STATUSES)
FD_ENUM_CONVERSIONS(ErrorCategory, flowdesk::v1::ErrorCategory, FD_ERROR_CATEGORIES)
FD_ENUM_CONVERSIONS(Role, flowdesk::v1::Role, FD_ROLES)
FD_ENUM_CONVERSIONS(EventType, flowdesk::v1::EventType, FD_EVENT_TYPES)
FD_ENUM_CONVERSIONS(TxAction, flowdesk::v1::TransactionAction, FD_TX_ACTIONS)

#undef FD_ENUM_CONVERSIONS
#undef FD_FROM_PROTO_CASE
#undef FD_TO_PROTO_CASE

} // namespace flowdesk::backend
