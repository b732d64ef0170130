#include "errors.h"

#include "messages.h"
#include "store.h"

#include "flowdesk/v1/common.pb.h"

#include <spdlog/spdlog.h>

namespace flowdesk::backend {

namespace {

std::shared_ptr<spdlog::logger> apiLogger()
{
    auto logger = spdlog::get("api");
    return logger ? logger : spdlog::default_logger();
}

// Text from a request echoed into an answer is cut to `limit` bytes (at a
// character boundary, marked with "…"): a status travels in metadata, whose
// size is bounded, and a 10,000-character id must come back as the error it
// is, not as "metadata too large".
std::string bounded(const std::string &text, std::size_t limit)
{
    if (text.size() <= limit)
        return text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut) + "\u2026";
}

constexpr std::size_t kMessageLimit = 1024;
constexpr std::size_t kFieldLimit = 256;

thread_local std::string t_callLanguage = "en";

// The reason as a message for a person: the backend's text for it in the
// call's language, or the status message as the handler wrote it.
void fillUserMessage(flowdesk::v1::ErrorDetails &details, const std::string &message)
{
    if (details.reason().empty() || !details.user_message().text().empty())
        return;
    MessageArgs args = argsOf(details.user_message());
    if (!details.missing_permission().empty())
        args.emplace("permission", details.missing_permission());
    if (details.current_version() > 0)
        args.emplace("version", std::to_string(details.current_version()));
    const std::string id = details.user_message().id().empty() ? details.reason() : details.user_message().id();
    setUserMessage(details.mutable_user_message(), id, args, t_callLanguage, message);
}

} // namespace

void setUserMessage(flowdesk::v1::UserMessage *out, const std::string &id, const MessageArgs &args,
                    const std::string &language, const std::string &fallbackText)
{
    setUserMessage(out, id, args, messageText(id, args, language), fallbackText);
}

void setUserMessage(flowdesk::v1::UserMessage *out, const std::string &id, const MessageArgs &args,
                    const std::optional<MessageText> &text, const std::string &fallbackText)
{
    out->Clear();
    out->set_id(id);
    for (const auto &[name, value] : args) {
        if (value.empty())
            continue;
        auto *a = out->add_args();
        a->set_name(name);
        a->set_value(value);
    }
    if (text) {
        out->set_text(text->text);
        out->set_language(text->language);
    } else {
        out->set_text(fallbackText);
    }
}

MessageArgs argsOf(const flowdesk::v1::UserMessage &message)
{
    MessageArgs args;
    for (const auto &a : message.args())
        args[a.name()] = a.value();
    return args;
}

void setCallLanguage(const std::string &language)
{
    t_callLanguage = language.empty() ? std::string("en") : language;
}

const std::string &callLanguage()
{
    return t_callLanguage;
}

grpc::Status makeStatus(grpc::StatusCode code, const std::string &message, const flowdesk::v1::ErrorDetails &details)
{
    const std::string text = bounded(message, kMessageLimit);
    flowdesk::v1::ErrorDetails safe = details;
    fillUserMessage(safe, message);
    if (safe.has_user_message()) {
        for (auto &a : *safe.mutable_user_message()->mutable_args())
            a.set_value(bounded(a.value(), kFieldLimit));
        safe.mutable_user_message()->set_text(bounded(safe.user_message().text(), kMessageLimit));
    }
    for (auto &v : *safe.mutable_field_violations()) {
        v.set_field(bounded(v.field(), kFieldLimit));
        v.set_description(bounded(v.description(), kMessageLimit));
    }
    for (auto &[key, value] : *safe.mutable_metadata())
        value = bounded(value, kFieldLimit);
    flowdesk::v1::Status status;
    status.set_code(static_cast<int>(code));
    status.set_message(text);
    status.add_details()->PackFrom(safe);
    return grpc::Status(code, text, status.SerializeAsString());
}

grpc::Status makeStatus(grpc::StatusCode code, const std::string &message, const std::string &reason)
{
    flowdesk::v1::ErrorDetails details;
    details.set_reason(reason);
    return makeStatus(code, message, details);
}

void fail(grpc::StatusCode code, const std::string &message, const std::string &reason)
{
    throw ApiError(makeStatus(code, message, reason));
}

void failInvalid(const std::string &message, const std::string &reason, const std::vector<Violation> &violations,
                 const MessageArgs &args)
{
    flowdesk::v1::ErrorDetails details;
    details.set_reason(reason);
    for (const auto &[name, value] : args) {
        auto *arg = details.mutable_user_message()->add_args();
        arg->set_name(name);
        arg->set_value(value);
    }
    for (const auto &v : violations) {
        auto *fv = details.add_field_violations();
        fv->set_field(v.field);
        fv->set_description(v.description);
    }
    throw ApiError(makeStatus(grpc::StatusCode::INVALID_ARGUMENT, message, details));
}

void failNotFound(const std::string &what)
{
    flowdesk::v1::ErrorDetails details;
    details.set_reason("NOT_FOUND");
    auto *arg = details.mutable_user_message()->add_args();
    arg->set_name("what");
    arg->set_value(what);
    throw ApiError(makeStatus(grpc::StatusCode::NOT_FOUND, what + " not found", details));
}

void failDenied(const std::string &message, const std::string &missingPermission, const std::string &reason)
{
    flowdesk::v1::ErrorDetails details;
    details.set_reason(reason);
    details.set_missing_permission(missingPermission);
    throw ApiError(makeStatus(grpc::StatusCode::PERMISSION_DENIED, message, details));
}

void failStale(std::int64_t currentVersion)
{
    flowdesk::v1::ErrorDetails details;
    details.set_reason("VERSION_MISMATCH");
    details.set_current_version(currentVersion);
    throw ApiError(makeStatus(grpc::StatusCode::ABORTED,
                              "The transaction was changed by someone else (now version "
                                  + std::to_string(currentVersion) + "); reload and try again",
                              details));
}

void failState(const std::string &message)
{
    fail(grpc::StatusCode::FAILED_PRECONDITION, message, "INVALID_STATE");
}

grpc::Status statusOf(const DomainError &e)
{
    grpc::StatusCode code = grpc::StatusCode::INTERNAL;
    switch (e.kind()) {
    case DomainError::Kind::InvalidArgument: code = grpc::StatusCode::INVALID_ARGUMENT; break;
    case DomainError::Kind::NotFound: code = grpc::StatusCode::NOT_FOUND; break;
    case DomainError::Kind::PermissionDenied: code = grpc::StatusCode::PERMISSION_DENIED; break;
    case DomainError::Kind::FailedPrecondition: code = grpc::StatusCode::FAILED_PRECONDITION; break;
    case DomainError::Kind::Aborted: code = grpc::StatusCode::ABORTED; break;
    }
    flowdesk::v1::ErrorDetails details;
    details.set_reason(e.reason());
    if (!e.missingPermission().empty())
        details.set_missing_permission(e.missingPermission());
    return makeStatus(code, e.what(), details);
}

grpc::Status guarded(const char *method, const std::function<grpc::Status()> &fn)
{
    setCallLanguage("en"); // until the caller is known
    try {
        return fn();
    } catch (const ApiError &e) {
        return e.status();
    } catch (const DomainError &e) {
        return statusOf(e);
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::InvalidArgument)
            return makeStatus(grpc::StatusCode::INVALID_ARGUMENT, e.what(), "INVALID_ARGUMENT");
        if (e.kind() == StoreError::Kind::Full) {
            // Nothing of the call was written; the same call succeeds once there is room.
            apiLogger()->error("{}: the disk of the data folder is full: {}", method, e.what());
            return makeStatus(grpc::StatusCode::RESOURCE_EXHAUSTED,
                              "The server's disk is full, so nothing was saved; free space in the server's data "
                              "folder, then try again",
                              "STORAGE_FULL");
        }
        apiLogger()->error("{}: store failure: {}", method, e.what());
        return makeStatus(grpc::StatusCode::UNAVAILABLE, "The backend's storage failed; try again", "STORAGE_FAILURE");
    } catch (const std::exception &e) {
        apiLogger()->error("{}: unexpected failure: {}", method, e.what());
        return makeStatus(grpc::StatusCode::INTERNAL, "Internal error", "INTERNAL");
    }
}

} // namespace flowdesk::backend
