#include "domain.h"

#include <chrono>

namespace flowdesk::backend {

const char *toString(TxState s)
{
    switch (s) {
    case TxState::Received: return "RECEIVED";
    case TxState::InFlight: return "IN_FLIGHT";
    case TxState::Delivered: return "DELIVERED";
    case TxState::RetryScheduled: return "RETRY_SCHEDULED";
    case TxState::Failed: return "FAILED";
    case TxState::Resubmitted: return "RESUBMITTED";
    case TxState::Discarded: return "DISCARDED";
    case TxState::ResolvedManually: return "RESOLVED_MANUALLY";
    }
    return "UNSPECIFIED";
}

const char *toString(TriageStatus s)
{
    switch (s) {
    case TriageStatus::None: return "NONE";
    case TriageStatus::New: return "NEW";
    case TriageStatus::Investigating: return "INVESTIGATING";
    case TriageStatus::WaitingOnMasterData: return "WAITING_ON_MASTER_DATA";
    case TriageStatus::WaitingOnPartner: return "WAITING_ON_PARTNER";
    }
    return "NONE";
}

const char *toString(ErrorCategory c)
{
    switch (c) {
    case ErrorCategory::None: return "NONE";
    case ErrorCategory::Connectivity: return "CONNECTIVITY";
    case ErrorCategory::Authentication: return "AUTHENTICATION";
    case ErrorCategory::MasterData: return "MASTER_DATA";
    case ErrorCategory::Validation: return "VALIDATION";
    case ErrorCategory::BusinessState: return "BUSINESS_STATE";
    case ErrorCategory::Duplicate: return "DUPLICATE";
    }
    return "NONE";
}

const char *toString(Role r)
{
    switch (r) {
    case Role::None: return "none";
    case Role::Viewer: return "viewer";
    case Role::Operator: return "operator";
    case Role::Admin: return "admin";
    case Role::Auditor: return "auditor";
    case Role::Connector: return "connector";
    }
    return "none";
}

std::optional<Role> roleFromString(const std::string &s)
{
    for (Role r : {Role::Viewer, Role::Operator, Role::Admin, Role::Auditor, Role::Connector}) {
        if (s == toString(r))
            return r;
    }
    return std::nullopt;
}


} // namespace flowdesk::backend
