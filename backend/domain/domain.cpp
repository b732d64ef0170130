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

const std::vector<std::string> &readAuditActions()
{
    static const std::vector<std::string> actions{"lookup_field_values"};
    return actions;
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


namespace {

const std::string *pick(const std::map<std::string, std::string> &texts, const std::string &language)
{
    auto find = [&](const std::string &key) -> const std::string * {
        auto it = texts.find(key);
        return it != texts.end() && !it->second.empty() ? &it->second : nullptr;
    };
    if (const auto *t = find(language))
        return t;
    if (auto dash = language.find_first_of("-_"); dash != std::string::npos)
        if (const auto *t = find(language.substr(0, dash)))
            return t;
    return find("en");
}

} // namespace

std::string flowName(const FlowDef &f, const std::string &language)
{
    const auto *t = pick(f.localizedNames, language);
    return t ? *t : f.name;
}

std::string flowDescription(const FlowDef &f, const std::string &language)
{
    const auto *t = pick(f.localizedDescriptions, language);
    return t ? *t : f.description;
}

std::string flowMilestone(const FlowDef &f, const std::string &language)
{
    const auto *t = pick(f.milestones, language);
    return t ? *t : std::string();
}

std::string flowWhatToDo(const FlowDef &f, const std::string &code, const std::string &language)
{
    auto it = f.whatToDo.find(code);
    if (it == f.whatToDo.end())
        return {};
    const auto *t = pick(it->second, language);
    return t ? *t : std::string();
}

} // namespace flowdesk::backend
