#include "serviceerror.h"

namespace Flowdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flowdesk::ServiceError)
};
} // namespace

QString ServiceError::userMessage() const
{
    switch (code) {
    case Ok:
        return {};
    case Unavailable:
        return Tr::tr("The server %1 cannot be reached. Check the address and your network "
                      "connection, or ask IT whether the Flowdesk server is running.")
            .arg(server);
    case DeadlineExceeded:
        return Tr::tr("The server %1 did not answer in time. Please try again.").arg(server);
    case Unauthenticated:
        if (isLockedOut()) {
            if (retryAfterSeconds > 0)
                return Tr::tr("Too many failed sign-in attempts from this computer. Try again in "
                              "%n second(s).", nullptr, retryAfterSeconds);
            return Tr::tr("Too many failed sign-in attempts from this computer. Wait a moment and "
                          "try again.");
        }
        if (isSessionExpired())
            return Tr::tr("Your session has expired. Please sign in again.");
        if (isSessionEnded())
            return Tr::tr("Your session has ended, for example because your password was reset. "
                          "Please sign in again.");
        return Tr::tr("You are not signed in. Please sign in again.");
    case PermissionDenied:
        if (!missingPermission.isEmpty())
            return Tr::tr("Your role does not allow this (permission \"%1\" is missing).")
                .arg(missingPermission);
        return Tr::tr("Your role does not allow this.");
    case NotFound:
        return Tr::tr("The item no longer exists on the server.");
    case Aborted:
        return Tr::tr("Someone else changed this item in the meantime. Reload it and try again.");
    case ResourceExhausted:
        if (retryAfterSeconds > 0)
            return Tr::tr("Too many requests in a short time. Try again in %n second(s).", nullptr,
                          retryAfterSeconds);
        if (reason == QLatin1String("RATE_LIMITED"))
            return Tr::tr("Too many requests in a short time. Try again in a moment.");
        return Tr::tr("The request is too large for the server.");
    case Cancelled:
        return Tr::tr("The request was cancelled.");
    default:
        break;
    }
    if (!message.isEmpty())
        return message.text();
    if (!serverMessage.isEmpty())
        return Tr::tr("The server reported an error: %1").arg(serverMessage);
    return Tr::tr("The server reported an unexpected error (code %1).").arg(int(code));
}

QString ServiceError::loginMessage() const
{
    if (code == Unauthenticated && !isLockedOut())
        return Tr::tr("The user name or password is not correct.");
    if (code == InvalidArgument)
        return Tr::tr("Enter a user name and a password.");
    if (code == PermissionDenied && reason == QLatin1String("NOT_A_CONSOLE_ACCOUNT"))
        return Tr::tr("The account %1 is a service account for connectors and cannot sign in to "
                      "the console. Use your personal account.").arg(serverMessage);
    if (code == Unimplemented)
        return Tr::tr("The server %1 does not offer the Flowdesk service. Check the address.").arg(server);
    return userMessage();
}

} // namespace Flowdesk
