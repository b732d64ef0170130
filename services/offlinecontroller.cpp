#include "offlinecontroller.h"

#include "backendconnection.h"
#include "cachecodec.h"
#include "cache/cachestore.h"
#include "eventfollower.h"
#include "outbox.h"

#include <QPointer>
#include <QTimer>

namespace Flowdesk {

namespace {
const QString SyncTimeKey = QStringLiteral("last_sync_utc_ms");
const QString SequenceKey = QStringLiteral("event_sequence");
} // namespace

OfflineController::OfflineController(BackendConnection *connection, CacheStore *cache, Outbox *outbox,
                                     EventFollower *events, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_events(events)
    , m_probeTimer(new QTimer(this))
{
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &OfflineController::probe);
    connect(m_connection, &BackendConnection::connectionStateChanged, this, &OfflineController::onConnectionState);
    // A change that had to wait found the backend gone: work offline and probe, so
    // that it goes out once the backend answers, even if nothing else calls it.
    connect(m_outbox, &Outbox::backendUnreachable, this, [this] { setOffline(true); });
    if (m_events) {
        connect(m_events, &EventFollower::eventsReceived, this, [this](const QList<FlowEvent> &) {
            const qint64 sequence = m_events->lastSequence();
            if (sequence > m_savedSequence) {
                m_savedSequence = sequence;
                m_cache->setMeta(SequenceKey, QString::number(sequence));
            }
        });
    }
}

void OfflineController::loadState(std::function<void()> done)
{
    m_cache->run<std::pair<QString, QString>>(
        [](Cache::LocalCache &cache) {
            if (!cache.isOpen())
                return std::make_pair(QString(), QString());
            return std::make_pair(cache.meta(SyncTimeKey), cache.meta(SequenceKey));
        },
        this,
        [this, done](std::pair<QString, QString> values) {
            bool ok = false;
            const qint64 ms = values.first.toLongLong(&ok);
            if (ok)
                m_dataTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const qint64 sequence = values.second.toLongLong(&ok);
            m_savedSequence = ok ? sequence : -1;
            if (done)
                done();
        });
}

void OfflineController::noteFreshData()
{
    m_dataTime = QDateTime::currentDateTimeUtc();
    m_cache->setMeta(SyncTimeKey, QString::number(m_dataTime.toMSecsSinceEpoch()));
    if (m_offline && m_connection->connectionState() == ConnectionState::Connected)
        setOffline(false);
}

void OfflineController::startOffline()
{
    setOffline(true);
}

void OfflineController::setProbeBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = firstMs;
    m_maxBackoffMs = maxMs;
}

void OfflineController::onConnectionState(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        setOffline(false);
        break;
    case ConnectionState::Offline:
        setOffline(true);
        break;
    case ConnectionState::Connecting:
    case ConnectionState::Reconnecting:
        break;
    }
}

void OfflineController::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    if (offline) {
        m_backoffMs = 0;
        scheduleProbe();
    } else {
        m_probeTimer->stop();
        m_backoffMs = 0;
    }
    emit offlineChanged(offline, m_dataTime);
    if (!offline) {
        replayWhenSignedIn();
        emit backOnline();
    }
}

void OfflineController::replayWhenSignedIn()
{
    // The backend may answer before the session's token is set (while signing in);
    // the outbox goes out only with one. Queued, so the sign-in finishes first.
    QMetaObject::invokeMethod(this, [this] {
        if (m_offline)
            return;
        if (m_connection->hasToken()) {
            m_outbox->replay();
            return;
        }
        connect(m_connection, &BackendConnection::tokenChanged, this, [this] {
            if (!m_offline && m_connection->hasToken())
                m_outbox->replay();
        }, Qt::SingleShotConnection);
    }, Qt::QueuedConnection);
}

void OfflineController::scheduleProbe()
{
    m_backoffMs = m_backoffMs == 0 ? m_firstBackoffMs : std::min(m_backoffMs * 2, m_maxBackoffMs);
    m_probeTimer->start(m_backoffMs);
}

void OfflineController::probe()
{
    if (!m_offline || m_probing)
        return;
    m_probing = true;
    ++m_probes;
    m_connection->checkHealth(this, [this](bool serving, const ServiceError &) {
        m_probing = false;
        if (serving) {
            m_connection->noteReachable();
            setOffline(false);
        } else if (m_offline) {
            scheduleProbe();
        }
    });
}

} // namespace Flowdesk

namespace Flowdesk {

TransactionsOfflineLink::TransactionsOfflineLink(CacheStore *cache, Outbox *outbox, OfflineController *controller,
                                                 QObject *parent)
    : TransactionsOfflineStore(parent)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_controller(controller)
{
    connect(m_controller, &OfflineController::offlineChanged, this,
            [this](bool offline, const QDateTime &) { emit offlineChanged(offline); });
    connect(m_outbox, &Outbox::changed, this, &TransactionsOfflineStore::syncStatesChanged);
    connect(m_outbox, &Outbox::applied, this,
            [this](const OutboxAction &action) { emit actionApplied(action.transactionId()); });
    connect(m_outbox, &Outbox::conflict, this, [this](const OutboxAction &action, const ServiceError &) {
        emit actionConflict(action.transactionId(), action.description(), action.message);
    });
}

bool TransactionsOfflineLink::isOffline() const
{
    return m_controller->isOffline();
}

namespace {
QString cacheKind(TransactionsOfflineStore::Kind kind)
{
    switch (kind) {
    case TransactionsOfflineStore::Kind::ExceptionPage: return Cache::ExceptionPageKind;
    case TransactionsOfflineStore::Kind::Transaction: return Cache::TransactionKind;
    case TransactionsOfflineStore::Kind::History: return Cache::HistoryKind;
    }
    return Cache::TransactionKind;
}
} // namespace

void TransactionsOfflineLink::save(Kind kind, const QString &key, const QByteArray &data)
{
    if (!m_cache->isOpen())
        return;
    m_cache->put(cacheKind(kind), key, data);
    m_controller->noteFreshData();
}

void TransactionsOfflineLink::load(Kind kind, const QString &key, QObject *context, LoadDone done)
{
    if (!m_cache->isOpen())
        return;
    m_cache->get(cacheKind(kind), key, context, [done](std::optional<Cache::Entry> entry) {
        if (entry)
            done(true, entry->data, entry->savedAt);
    });
}

void TransactionsOfflineLink::enqueue(const Mutation &mutation, QObject *context, std::function<void(bool saved)> done)
{
    if (!m_cache->isOpen()) {
        // Without the cache nothing can wait safely: the caller reports the failure.
        QMetaObject::invokeMethod(context ? context : this, [done] { done(false); }, Qt::QueuedConnection);
        return;
    }
    OutboxAction action;
    action.mutation = mutation;
    QPointer<TransactionsOfflineLink> self(this);
    m_outbox->enqueue(action, context, [self, done](const OutboxAction &saved) {
        done(saved.id > 0);
        // Reached while the console still counts as online (one call that found the
        // server gone): try at once; it stays pending if the server is still away.
        if (self && saved.id > 0 && !self->m_controller->isOffline())
            self->m_outbox->replay();
    });
}

QString TransactionsOfflineLink::syncState(const QString &transactionId) const
{
    bool pending = false;
    const QList<OutboxAction> actions = m_outbox->actions();
    for (const OutboxAction &a : actions) {
        if (a.transactionId() != transactionId)
            continue;
        if (a.state != OutboxAction::State::Pending)
            return tr("sync conflict: %1").arg(a.message);
        pending = true;
    }
    return pending ? tr("pending sync") : QString();
}

} // namespace Flowdesk
