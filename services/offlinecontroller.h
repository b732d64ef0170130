#pragma once

#include "domain.h"
#include "transactionsservice.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace Flowdesk {

class BackendConnection;
class CacheStore;
class EventFollower;
class Outbox;

// Decides whether the console works online or from its cache. Offline, the pages
// are read-only and show since when their data is; the controller probes the
// backend with backoff. Back online, it replays the outbox in order and asks the
// pages to refresh. It keeps the event feed's last sequence in the cache so that
// a restart resumes the feed where it stopped.
class OfflineController : public QObject
{
    Q_OBJECT
public:
    OfflineController(BackendConnection *connection, CacheStore *cache, Outbox *outbox, EventFollower *events,
                      QObject *parent = nullptr);

    bool isOffline() const { return m_offline; }
    // When the data on screen was last fetched from the backend.
    QDateTime dataTime() const { return m_dataTime; }
    qint64 savedSequence() const { return m_savedSequence; }

    // Reads the saved sync time and event sequence after the cache opened;
    // `done` runs when they are known.
    void loadState(std::function<void()> done = {});
    // A page received fresh data from the backend.
    void noteFreshData();
    // Start-up without a reachable backend: work from the cache until it answers.
    void startOffline();

    void setProbeBackoff(int firstMs, int maxMs);
    int probeCount() const { return m_probes; }

signals:
    void offlineChanged(bool offline, const QDateTime &dataTime);
    // The backend answers again (after the outbox replay has started).
    void backOnline();

private:
    void onConnectionState(ConnectionState state);
    void setOffline(bool offline);
    void replayWhenSignedIn();
    void probe();
    void scheduleProbe();

    BackendConnection *m_connection; // not owned
    CacheStore *m_cache;             // not owned
    Outbox *m_outbox;                // not owned
    EventFollower *m_events;         // not owned
    QTimer *m_probeTimer;
    QDateTime m_dataTime;
    qint64 m_savedSequence = -1;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    int m_backoffMs = 0;
    int m_probes = 0;
    bool m_offline = false;
    bool m_probing = false;
};

// The exception workbench's saved pages and waiting changes, over the encrypted
// cache and the outbox (handed to the workbench by the composition root).
class TransactionsOfflineLink : public TransactionsOfflineStore
{
    Q_OBJECT
public:
    TransactionsOfflineLink(CacheStore *cache, Outbox *outbox, OfflineController *controller,
                            QObject *parent = nullptr);

    bool isOffline() const override;
    void save(Kind kind, const QString &key, const QByteArray &data) override;
    void load(Kind kind, const QString &key, QObject *context, LoadDone done) override;
    void enqueue(const Mutation &mutation, QObject *context, std::function<void(bool saved)> done) override;
    QString syncState(const QString &transactionId) const override;

private:
    CacheStore *m_cache;             // not owned
    Outbox *m_outbox;                // not owned
    OfflineController *m_controller; // not owned
};

} // namespace Flowdesk
