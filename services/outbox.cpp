#include "outbox.h"

#include "enummapping.h"

#include "backendconnection.h"
#include "cache/cachestore.h"
#include "mutationclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace Flowdesk {

namespace {

// A triage status an older console saved as its contract number.
TriageStatus triageFromNumber(int n)
{
    return flowdesk::v1::TriageStatus_IsValid(n) ? fromProto(static_cast<flowdesk::v1::TriageStatus>(n))
                                                 : TriageStatus::Unspecified;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flowdesk::Outbox)
};

Cache::OutboxRecord toRecord(const OutboxAction &a)
{
    Cache::OutboxRecord r;
    r.id = a.id;
    r.kind = actionId(a.mutation.action);
    r.transactionId = a.mutation.transactionId;
    r.expectedVersion = a.mutation.expectedVersion;
    r.requestId = a.mutation.requestId;
    r.payload = a.mutation.toRequestBytes();
    r.createdAt = a.createdAt;
    r.state = static_cast<Cache::OutboxRecord::State>(a.state);
    r.message = a.message;
    return r;
}

// An entry an older console saved: a kind and a JSON object with the arguments.
std::optional<Mutation> fromLegacyRecord(const Cache::OutboxRecord &r)
{
    const QJsonObject p = QJsonDocument::fromJson(r.payload).object();
    const QString id = r.transactionId;
    const qint64 version = r.expectedVersion;
    const QString reason = p.value(QStringLiteral("reason")).toString();
    std::optional<Mutation> m;
    if (r.kind == QLatin1String("comment"))
        m = Mutation::comment(id, version, p.value(QStringLiteral("text")).toString());
    else if (r.kind == QLatin1String("assign"))
        m = Mutation::assign(id, version, p.value(QStringLiteral("assignee")).toString());
    else if (r.kind == QLatin1String("triage"))
        m = Mutation::setTriageStatus(id, version,
                                      triageFromNumber(p.value(QStringLiteral("triage_status")).toInt()));
    else if (r.kind == QLatin1String("edit"))
        m = Mutation::editPayload(id, version, p.value(QStringLiteral("payload_json")).toString(), reason);
    else if (r.kind == QLatin1String("resubmit"))
        m = Mutation::resubmit(id, version);
    else if (r.kind == QLatin1String("discard"))
        m = Mutation::discard(id, version, reason);
    else if (r.kind == QLatin1String("resolve"))
        m = Mutation::resolveManually(id, version, reason);
    if (m)
        m->requestId = r.requestId;
    return m;
}

} // namespace

OutboxAction Outbox::fromRecord(const Cache::OutboxRecord &r, bool *legacy)
{
    bool converted = false;
    if (!legacy)
        legacy = &converted;
    OutboxAction a;
    a.id = r.id;
    a.createdAt = r.createdAt;
    a.state = static_cast<OutboxAction::State>(r.state);
    a.message = r.message;
    *legacy = false;
    std::optional<Mutation> m;
    const TransactionAction action = actionFromId(r.kind);
    if (action != TransactionAction::Unspecified) {
        m = Mutation::fromRequestBytes(action, r.payload);
        if (m)
            m->expectedVersion = r.expectedVersion; // the comment's request has none
    } else {
        m = fromLegacyRecord(r);
        *legacy = m.has_value();
    }
    if (m) {
        a.mutation = *m;
    } else {
        // Kept for the person to see and drop; never sent.
        a.mutation.transactionId = r.transactionId;
        a.mutation.expectedVersion = r.expectedVersion;
        a.mutation.requestId = r.requestId;
        a.state = OutboxAction::State::Failed;
        a.message = Tr::tr("This change was saved in a form this version of Flowdesk cannot read; drop it and "
                           "make it again.");
    }
    return a;
}

Outbox::Outbox(CacheStore *cache, BackendConnection *connection, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_connection(connection)
    , m_client(std::make_unique<MutationClient>(connection))
{
    qRegisterMetaType<Flowdesk::OutboxAction>();
    m_executor = [this](const OutboxAction &action, QObject *context, std::function<void(const ServiceError &)> done) {
        // The answer's body does not matter here (the pages refresh). A session
        // that ended stops the replay; it goes on after the next sign-in.
        MutationClient::Options options;
        options.retryAfterRelogin = false;
        m_client->send(action.mutation, context, options,
                       [done](const MutationResult &result) { done(result.error); });
    };
}

Outbox::~Outbox() = default;

void Outbox::load()
{
    m_cache->outbox(this, [this](const QList<Cache::OutboxRecord> &records) {
        m_actions.clear();
        QList<Cache::OutboxRecord> converted;
        for (const auto &r : records) {
            bool legacy = false;
            m_actions << fromRecord(r, &legacy);
            if (legacy)
                converted << toRecord(m_actions.last());
        }
        // Entries of an older console are written back in the current form, in
        // place: same id (order), version and request id.
        if (!converted.isEmpty()) {
            m_cache->run<bool>([converted](Cache::LocalCache &cache) {
                bool ok = cache.isOpen();
                for (const auto &r : converted)
                    ok = ok && cache.rewriteOutbox(r.id, r.kind, r.payload);
                return ok;
            }, this, [](bool) {});
        }
        m_loaded = true;
        emit changed();
    });
}

int Outbox::pendingCount() const
{
    return int(std::count_if(m_actions.cbegin(), m_actions.cend(),
                             [](const OutboxAction &a) { return a.state == OutboxAction::State::Pending; }));
}

int Outbox::conflictCount() const
{
    return int(m_actions.size()) - pendingCount();
}

bool Outbox::hasActionsFor(const QString &transactionId) const
{
    return std::any_of(m_actions.cbegin(), m_actions.cend(),
                       [&](const OutboxAction &a) { return a.transactionId() == transactionId; });
}

void Outbox::enqueue(OutboxAction action, QObject *context, std::function<void(const OutboxAction &)> done)
{
    if (action.mutation.requestId.isEmpty())
        action.mutation.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!action.createdAt.isValid())
        action.createdAt = QDateTime::currentDateTimeUtc();
    action.state = OutboxAction::State::Pending;
    action.id = 0;
    action.currentVersion = 0;
    QPointer<QObject> guard(context);
    m_cache->enqueue(toRecord(action), this, [this, action, guard, done, hasContext = context != nullptr](qint64 id) mutable {
        action.id = id;
        if (id > 0) {
            m_actions << action;
            emit changed();
        }
        if (done && (!hasContext || guard))
            done(action);
    });
}

void Outbox::adopt(const QList<Cache::OutboxRecord> &records, QObject *context,
                   std::function<void(const QList<qint64> &)> done)
{
    QPointer<QObject> guard(context);
    auto adopted = std::make_shared<QList<qint64>>();
    auto remaining = std::make_shared<int>(0);
    auto finish = [guard, done, adopted, hasContext = context != nullptr] {
        if (done && (!hasContext || guard))
            done(*adopted);
    };
    QList<std::pair<qint64, OutboxAction>> toSave;
    for (const Cache::OutboxRecord &r : records) {
        OutboxAction action = fromRecord(r);
        if (action.state == OutboxAction::State::Failed && action.mutation.action == TransactionAction::Unspecified)
            continue; // unreadable: stays where it is
        const bool here = std::any_of(m_actions.cbegin(), m_actions.cend(), [&](const OutboxAction &a) {
            return a.mutation.requestId == action.mutation.requestId;
        });
        if (here)
            *adopted << r.id;
        else
            toSave << std::pair{r.id, action};
    }
    if (toSave.isEmpty()) {
        finish();
        return;
    }
    // Saved one after the other (the cache's single thread keeps their order).
    *remaining = int(toSave.size());
    for (const auto &[recordId, action] : toSave) {
        enqueue(action, this, [adopted, remaining, finish, recordId](const OutboxAction &saved) {
            if (saved.id > 0)
                *adopted << recordId;
            if (--*remaining == 0)
                finish();
        });
    }
}

void Outbox::replay()
{
    if (m_replaying) {
        m_replayAgain = true;
        return;
    }
    m_replaying = true;
    m_appliedInRun = 0;
    m_conflictsInRun = 0;
    m_lastTried = 0;
    m_blockedTransactions.clear();
    for (const auto &a : std::as_const(m_actions)) {
        if (a.state != OutboxAction::State::Pending && !m_blockedTransactions.contains(a.transactionId()))
            m_blockedTransactions << a.transactionId();
    }
    replayNext();
}

void Outbox::replayNext()
{
    auto next = std::find_if(m_actions.cbegin(), m_actions.cend(), [this](const OutboxAction &a) {
        return a.id > m_lastTried && a.state == OutboxAction::State::Pending
            && !m_blockedTransactions.contains(a.transactionId());
    });
    if (next == m_actions.cend()) {
        finishReplay(pendingCount() == 0);
        return;
    }
    const OutboxAction action = *next;
    m_lastTried = action.id;
    m_executor(action, this, [this, action](const ServiceError &error) {
        if (error.isOk()) {
            // Removed from disk before the next one is sent: a crash in between
            // replays it with the same request id, which the backend answers once.
            m_cache->removeOutbox(action.id, this, [this, action](bool) {
                m_actions.removeIf([&](const OutboxAction &a) { return a.id == action.id; });
                ++m_appliedInRun;
                emit applied(action);
                emit changed();
                replayNext();
            });
            return;
        }
        // Not an answer about the action itself: it stays pending for the next replay.
        if (error.isUnreachable() || error.code == ServiceError::Cancelled || error.code == ServiceError::Unauthenticated
            || error.code == ServiceError::ResourceExhausted || error.code == ServiceError::Internal) {
            if (error.isUnreachable())
                emit backendUnreachable();
            finishReplay(false);
            return;
        }
        OutboxAction refused = action;
        refused.state = OutboxAction::State::Conflict;
        refused.message = error.userMessage();
        refused.currentVersion = error.currentVersion;
        m_cache->setOutboxState(action.id, Cache::OutboxRecord::State::Conflict, refused.message);
        for (auto &a : m_actions) {
            if (a.id == action.id)
                a = refused;
        }
        m_blockedTransactions << action.transactionId();
        ++m_conflictsInRun;
        emit conflict(refused, error);
        emit changed();
        replayNext();
    });
}

void Outbox::finishReplay(bool complete)
{
    m_replaying = false;
    emit replayFinished(m_appliedInRun, m_conflictsInRun, complete);
    if (m_replayAgain) {
        m_replayAgain = false;
        replay();
    }
}

void Outbox::discardAction(qint64 id)
{
    m_cache->removeOutbox(id, this, [this, id](bool) {
        m_actions.removeIf([id](const OutboxAction &a) { return a.id == id; });
        emit changed();
    });
}

void Outbox::retryAction(qint64 id, qint64 newExpectedVersion, std::function<void()> saved)
{
    auto it = std::find_if(m_actions.cbegin(), m_actions.cend(), [id](const OutboxAction &a) { return a.id == id; });
    if (it == m_actions.cend())
        return;
    OutboxAction again = *it;
    again.mutation.expectedVersion = newExpectedVersion;
    again.mutation.requestId.clear(); // other arguments: a new request
    again.message.clear();
    m_cache->removeOutbox(id, this, [this, id, again, saved](bool) {
        m_actions.removeIf([id](const OutboxAction &a) { return a.id == id; });
        enqueue(again, nullptr, [saved](const OutboxAction &) {
            if (saved)
                saved();
        });
    });
}

} // namespace Flowdesk
