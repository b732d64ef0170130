#pragma once

#include "usermessage.h"

#include <QCoreApplication>
#include <QString>

namespace Flowdesk {

// A failed backend call, as the console understands it: the gRPC status code, the
// reason from flowdesk.v1.ErrorDetails and a message written for a person.
struct ServiceError
{
    // Mirrors grpc::StatusCode without exposing gRPC headers.
    enum Code {
        Ok = 0,
        Cancelled = 1,
        Unknown = 2,
        InvalidArgument = 3,
        DeadlineExceeded = 4,
        NotFound = 5,
        AlreadyExists = 6,
        PermissionDenied = 7,
        ResourceExhausted = 8,
        FailedPrecondition = 9,
        Aborted = 10,
        OutOfRange = 11,
        Unimplemented = 12,
        Internal = 13,
        Unavailable = 14,
        DataLoss = 15,
        Unauthenticated = 16,
    };

    Code code = Ok;
    QString reason;          // ErrorDetails.reason, e.g. "LOCKED_OUT"
    QString serverMessage;   // the status message, for logs
    // ErrorDetails.user_message: the error for a person, shown in their language.
    UserMessage message;
    QString missingPermission;
    qint64 currentVersion = 0;
    int retryAfterSeconds = 0; // RESOURCE_EXHAUSTED: when to try again
    QString server;          // the target the call went to

    bool isOk() const { return code == Ok; }
    bool isUnreachable() const { return code == Unavailable || code == DeadlineExceeded; }
    bool isSessionExpired() const { return code == Unauthenticated && reason == QLatin1String("SESSION_EXPIRED"); }
    // The server no longer knows the session: it ran out, or it was ended (a
    // password reset, an administrator signing the account out). Signing in
    // again goes on from there.
    bool isSessionEnded() const
    {
        return isSessionExpired() || (code == Unauthenticated && reason == QLatin1String("INVALID_TOKEN"));
    }
    bool isLockedOut() const { return code == Unauthenticated && reason == QLatin1String("LOCKED_OUT"); }

    // What to tell the person. Login failures read differently from other calls.
    QString userMessage() const;
    QString loginMessage() const;
};

} // namespace Flowdesk
