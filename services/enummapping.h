#pragma once

// Conversions between the console's enums (models/) and the contract's. Each
// pair is listed once; the console-to-contract switch has no default, so a value
// added to a console enum without its contract value fails to compile
// (-Wswitch, an error in this project), and a contract value the console does
// not know (a newer backend) converts to Unspecified instead of an undefined
// number.

#include "domain.h"
#include "transaction.h"
#include "transactionaction.h"
#include "transactionquery.h"

#include "flowdesk/v1/common.pb.h"
#include "flowdesk/v1/transaction.pb.h"

namespace Flowdesk {

#define FD_CONSOLE_STATES(X)                                                                             \
    X(TransactionState::Unspecified, flowdesk::v1::TRANSACTION_STATE_UNSPECIFIED)                        \
    X(TransactionState::Received, flowdesk::v1::RECEIVED)                                                \
    X(TransactionState::InFlight, flowdesk::v1::IN_FLIGHT)                                               \
    X(TransactionState::Delivered, flowdesk::v1::DELIVERED)                                              \
    X(TransactionState::RetryScheduled, flowdesk::v1::RETRY_SCHEDULED)                                   \
    X(TransactionState::Failed, flowdesk::v1::FAILED)                                                    \
    X(TransactionState::Resubmitted, flowdesk::v1::RESUBMITTED)                                          \
    X(TransactionState::Discarded, flowdesk::v1::DISCARDED)                                              \
    X(TransactionState::ResolvedManually, flowdesk::v1::RESOLVED_MANUALLY)

#define FD_CONSOLE_TRIAGE(X)                                                                             \
    X(TriageStatus::Unspecified, flowdesk::v1::TRIAGE_STATUS_UNSPECIFIED)                                \
    X(TriageStatus::New, flowdesk::v1::TRIAGE_STATUS_NEW)                                                \
    X(TriageStatus::Investigating, flowdesk::v1::TRIAGE_STATUS_INVESTIGATING)                            \
    X(TriageStatus::WaitingOnMasterData, flowdesk::v1::TRIAGE_STATUS_WAITING_ON_MASTER_DATA)             \
    X(TriageStatus::WaitingOnPartner, flowdesk::v1::TRIAGE_STATUS_WAITING_ON_PARTNER)

#define FD_CONSOLE_CATEGORIES(X)                                                                         \
    X(ErrorCategory::Unspecified, flowdesk::v1::ERROR_CATEGORY_UNSPECIFIED)                              \
    X(ErrorCategory::Connectivity, flowdesk::v1::ERROR_CATEGORY_CONNECTIVITY)                            \
    X(ErrorCategory::Authentication, flowdesk::v1::ERROR_CATEGORY_AUTHENTICATION)                        \
    X(ErrorCategory::MasterData, flowdesk::v1::ERROR_CATEGORY_MASTER_DATA)                               \
    X(ErrorCategory::Validation, flowdesk::v1::ERROR_CATEGORY_VALIDATION)                                \
    X(ErrorCategory::BusinessState, flowdesk::v1::ERROR_CATEGORY_BUSINESS_STATE)                         \
    X(ErrorCategory::Duplicate, flowdesk::v1::ERROR_CATEGORY_DUPLICATE)

#define FD_CONSOLE_BULK_ACTIONS(X)                                                                       \
    X(BulkActionKind::Unspecified, flowdesk::v1::BULK_ACTION_KIND_UNSPECIFIED)                           \
    X(BulkActionKind::Resubmit, flowdesk::v1::BULK_ACTION_RESUBMIT)                                      \
    X(BulkActionKind::Discard, flowdesk::v1::BULK_ACTION_DISCARD)                                        \
    X(BulkActionKind::ResolveManually, flowdesk::v1::BULK_ACTION_RESOLVE_MANUALLY)                       \
    X(BulkActionKind::Assign, flowdesk::v1::BULK_ACTION_ASSIGN)                                          \
    X(BulkActionKind::PatchAndResubmit, flowdesk::v1::BULK_ACTION_PATCH_AND_RESUBMIT)                    \
    X(BulkActionKind::SetTriageStatus, flowdesk::v1::BULK_ACTION_SET_TRIAGE_STATUS)

#define FD_CONSOLE_BULK_STATES(X)                                                                        \
    X(BulkJob::State::Unspecified, flowdesk::v1::BULK_JOB_STATE_UNSPECIFIED)                             \
    X(BulkJob::State::Pending, flowdesk::v1::BULK_JOB_PENDING)                                           \
    X(BulkJob::State::Running, flowdesk::v1::BULK_JOB_RUNNING)                                           \
    X(BulkJob::State::Succeeded, flowdesk::v1::BULK_JOB_SUCCEEDED)                                       \
    X(BulkJob::State::Failed, flowdesk::v1::BULK_JOB_FAILED)                                             \
    X(BulkJob::State::Cancelled, flowdesk::v1::BULK_JOB_CANCELLED)

#define FD_CONSOLE_ACTIONS(X)                                                                            \
    X(TransactionAction::Unspecified, flowdesk::v1::TRANSACTION_ACTION_UNSPECIFIED)                      \
    X(TransactionAction::EditPayload, flowdesk::v1::TRANSACTION_ACTION_EDIT_PAYLOAD)                     \
    X(TransactionAction::Resubmit, flowdesk::v1::TRANSACTION_ACTION_RESUBMIT)                            \
    X(TransactionAction::Discard, flowdesk::v1::TRANSACTION_ACTION_DISCARD)                              \
    X(TransactionAction::ResolveManually, flowdesk::v1::TRANSACTION_ACTION_RESOLVE_MANUALLY)             \
    X(TransactionAction::Assign, flowdesk::v1::TRANSACTION_ACTION_ASSIGN)                                \
    X(TransactionAction::SetTriageStatus, flowdesk::v1::TRANSACTION_ACTION_SET_TRIAGE_STATUS)            \
    X(TransactionAction::Comment, flowdesk::v1::TRANSACTION_ACTION_COMMENT)                              \
    X(TransactionAction::EditAndResubmit, flowdesk::v1::TRANSACTION_ACTION_EDIT_AND_RESUBMIT)            \
    X(TransactionAction::Receive, flowdesk::v1::TRANSACTION_ACTION_RECEIVE)                              \
    X(TransactionAction::Attempt, flowdesk::v1::TRANSACTION_ACTION_ATTEMPT)                              \
    X(TransactionAction::Deliver, flowdesk::v1::TRANSACTION_ACTION_DELIVER)                              \
    X(TransactionAction::Fail, flowdesk::v1::TRANSACTION_ACTION_FAIL)                                    \
    X(TransactionAction::ScheduleRetry, flowdesk::v1::TRANSACTION_ACTION_SCHEDULE_RETRY)                 \
    X(TransactionAction::MarkStuck, flowdesk::v1::TRANSACTION_ACTION_MARK_STUCK)                         \
    X(TransactionAction::Release, flowdesk::v1::TRANSACTION_ACTION_RELEASE)                              \
    X(TransactionAction::Recover, flowdesk::v1::TRANSACTION_ACTION_RECOVER)

#define FD_CONSOLE_TO_PROTO_CASE(c, p)                                                                   \
    case c:                                                                                              \
        return p;
#define FD_CONSOLE_FROM_PROTO_CASE(c, p)                                                                 \
    case p:                                                                                              \
        return c;

#define FD_CONSOLE_ENUM(Console, Proto, LIST)                                                            \
    constexpr Proto toProto(Console v)                                                                   \
    {                                                                                                    \
        switch (v) { LIST(FD_CONSOLE_TO_PROTO_CASE) }                                                    \
        return Proto{};                                                                                  \
    }                                                                                                    \
    constexpr Console fromProto(Proto v)                                                                 \
    {                                                                                                    \
        switch (v) {                                                                                     \
            LIST(FD_CONSOLE_FROM_PROTO_CASE)                                                             \
        default:                                                                                         \
            break;                                                                                       \
        }                                                                                                \
        return Console::Unspecified;                                                                     \
    }

FD_CONSOLE_ENUM(TransactionState, flowdesk::v1::TransactionState, FD_CONSOLE_STATES)
FD_CONSOLE_ENUM(TriageStatus, flowdesk::v1::TriageStatus, FD_CONSOLE_TRIAGE)
FD_CONSOLE_ENUM(ErrorCategory, flowdesk::v1::ErrorCategory, FD_CONSOLE_CATEGORIES)
FD_CONSOLE_ENUM(BulkActionKind, flowdesk::v1::BulkActionKind, FD_CONSOLE_BULK_ACTIONS)
FD_CONSOLE_ENUM(BulkJob::State, flowdesk::v1::BulkJobState, FD_CONSOLE_BULK_STATES)
FD_CONSOLE_ENUM(TransactionAction, flowdesk::v1::TransactionAction, FD_CONSOLE_ACTIONS)

#undef FD_CONSOLE_ENUM
#undef FD_CONSOLE_FROM_PROTO_CASE
#undef FD_CONSOLE_TO_PROTO_CASE

} // namespace Flowdesk
