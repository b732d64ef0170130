#pragma once

#include "mutation.h"

#include <functional>
#include <memory>

class QObject;

namespace Flowdesk {

class BackendConnection;

// Sends a Mutation to the backend's TransactionService: the one way a change to a
// transaction goes out, whether the person makes it now or it waited in the
// outbox. The answer reaches `context` in the GUI thread, only while it lives.
class MutationClient
{
public:
    explicit MutationClient(BackendConnection *connection);
    ~MutationClient();
    MutationClient(const MutationClient &) = delete;
    MutationClient &operator=(const MutationClient &) = delete;

    struct Options
    {
        // A call the server refused for an ended session waits for the next sign-in
        // and goes out again (the person's own click); the outbox's replay instead
        // stops and tries again later.
        bool retryAfterRelogin = true;
    };
    using Done = std::function<void(const MutationResult &)>;
    void send(const Mutation &mutation, QObject *context, Options options, Done done);

    struct Stubs; // the stubs per channel; defined in the implementation

private:
    BackendConnection *m_connection; // not owned
    std::shared_ptr<Stubs> m_stubs;
};

} // namespace Flowdesk
