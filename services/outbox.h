#pragma once

#include "mutation.h"
#include "serviceerror.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace Flowdesk {

class BackendConnection;
class CacheStore;
class MutationClient;
namespace Cache {
struct OutboxRecord;
}

// A change the person made while the backend could not be reached. It waits,
// encrypted in the cache, until it is sent with its version and request id. On
// disk it is the action's contract name and the request message's bytes
// (Mutation::toRequestBytes): exactly what is sent.
struct OutboxAction
{
    enum class State { Pending = 0, Conflict = 1, Failed = 2 };

    qint64 id = 0;              // set when saved; gives the order of replay
    Mutation mutation;          // its request id is made when enqueued if empty
    QDateTime createdAt;
    State state = State::Pending;
    QString message;            // why it is in conflict
    // For a conflict over a stale version: the version the backend has now (not
    // kept on disk; learned again when the change is sent again).
    qint64 currentVersion = 0;

    QString transactionId() const { return mutation.transactionId; }
    // "Resubmit T-000123", for lists and messages.
    QString description() const { return mutation.description(); }
};

// The outbox: saves actions before anything else happens to them, lists them, and
// replays them in order when the backend is back. Each action is sent with its
// request id, so an action that reached the backend before a crash is not applied
// twice. A refused action (stale version, no longer allowed...) stays as a
// conflict for the person to decide about; later actions on the same transaction
// wait behind it.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(CacheStore *cache, BackendConnection *connection, QObject *parent = nullptr);
    ~Outbox() override;

    // Reads the saved actions (after the cache is open).
    void load();
    bool isLoaded() const { return m_loaded; }

    // Saves the action; `done` runs once it is on disk (id 0: it could not be saved).
    void enqueue(OutboxAction action, QObject *context = nullptr,
                 std::function<void(const OutboxAction &saved)> done = {});
    QList<OutboxAction> actions() const { return m_actions; }
    int pendingCount() const;
    int conflictCount() const;
    bool hasActionsFor(const QString &transactionId) const;

    // Sends the pending actions one after the other. Stops at the first one the
    // backend cannot be reached for (they stay pending).
    void replay();
    bool isReplaying() const { return m_replaying; }

    // The person's decision about a conflict: drop the action, or send it again
    // against the version the backend has now (with a new request id).
    void discardAction(qint64 id);
    void retryAction(qint64 id, qint64 newExpectedVersion, std::function<void()> saved = {});

    // Takes over changes that waited in another profile of this person (see
    // CacheStore::earlierProfiles), in their order and with their request ids, so a
    // change that reached the server before is not applied twice. `done` gets the ids
    // (in that profile) of the records saved here or already here; a record this
    // version cannot read is left where it is.
    void adopt(const QList<Cache::OutboxRecord> &records, QObject *context,
               std::function<void(const QList<qint64> &adoptedIds)> done);
    // An action from its saved record; entries an older console saved as a kind and
    // a JSON object are converted (legacy: set when converted).
    static OutboxAction fromRecord(const Cache::OutboxRecord &record, bool *legacy = nullptr);

    // Sends one action; calls `done` with the backend's answer. The default sends it
    // over the connection through the MutationClient, like a change made online.
    using Executor = std::function<void(const OutboxAction &action, QObject *context,
                                        std::function<void(const ServiceError &error)> done)>;
    void setExecutor(Executor executor) { m_executor = std::move(executor); }

signals:
    void changed();
    void applied(const Flowdesk::OutboxAction &action);
    void conflict(const Flowdesk::OutboxAction &action, const Flowdesk::ServiceError &error);
    // complete: nothing pending is left (conflicts may remain).
    void replayFinished(int appliedCount, int conflictCount, bool complete);
    // A replay stopped because the backend could not be reached (the actions stay
    // pending until it answers again).
    void backendUnreachable();

private:
    void replayNext();
    void finishReplay(bool complete);

    CacheStore *m_cache;              // not owned
    BackendConnection *m_connection;  // not owned
    std::unique_ptr<MutationClient> m_client;
    Executor m_executor;
    QList<OutboxAction> m_actions;
    QStringList m_blockedTransactions;
    int m_appliedInRun = 0;
    int m_conflictsInRun = 0;
    qint64 m_lastTried = 0;
    bool m_loaded = false;
    bool m_replaying = false;
    bool m_replayAgain = false;
};

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::OutboxAction)
