#pragma once

#include "domain.h"
#include "serviceerror.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace Flowdesk {

class BackendConnectionPrivate;

// One backend (host:port) and the session token used on it. grpc++ runs its
// callbacks on its own threads; every result reaches the GUI thread as a queued
// call tied to a context object, so a closed view gets nothing. Pending calls are
// cancelled when the connection is destroyed.
//
// Calls that fail because the session expired are kept and sent again once a new
// token is set (after the person signed in again).
class BackendConnection : public QObject
{
    Q_OBJECT
public:
    explicit BackendConnection(QObject *parent = nullptr);
    ~BackendConnection() override;

    // "127.0.0.1:50051". Loopback targets use gRPC local credentials.
    void setTarget(const QString &target);
    QString target() const;

    void setToken(const QString &token);
    bool hasToken() const;
    void clearPendingCalls();
    int pendingCallCount() const;

    // The language the person reads the console in ("de"), sent with every call
    // (metadata "accept-language") so that the backend's texts (flow names,
    // what to do about an error) come in it. Empty: the server's default, English.
    void setLanguage(const QString &language);
    QString language() const;

    void setDeadline(std::chrono::milliseconds deadline);
    std::chrono::milliseconds deadline() const;

    ConnectionState connectionState() const;

    // grpc.health.v1.Health/Check for the whole server; `done` gets true when SERVING.
    void checkHealth(QObject *context, std::function<void(bool serving, const ServiceError &)> done);

    // Used by the services to report what they observe on the wire.
    void noteReachable();
    void noteUnreachable();
    void noteSessionExpired();

    BackendConnectionPrivate *d_func() const { return d.get(); }

signals:
    void connectionStateChanged(Flowdesk::ConnectionState state);
    void sessionExpired();
    void tokenChanged();
    void targetChanged();

private:
    void setConnectionState(ConnectionState state);

    std::unique_ptr<BackendConnectionPrivate> d;
};

} // namespace Flowdesk
