#pragma once

#include "domain.h"
#include "serviceerror.h"

#include <QObject>

#include <chrono>
#include <memory>

class QTimer;

namespace Flowdesk {

class BackendConnection;
struct WatchSink;
template<typename Msg>
class WatchReactor;

// Follows the event feed: EventService.WatchBatches, or Watch from a backend
// that does not offer it (UNIMPLEMENTED). Events arrive in batches (at most one
// delivery per event-loop turn). After a broken stream it reconnects with backoff and resumes
// from the last sequence it saw; when the backend no longer has that far back
// (OUT_OF_RANGE) it emits reloadRequired() and continues from the live end.
class EventFollower : public QObject
{
    Q_OBJECT
public:
    explicit EventFollower(BackendConnection *connection, QObject *parent = nullptr);
    ~EventFollower() override;

    // since = -1: from the live end, without replay.
    void start(qint64 sinceSequence = -1);
    void stop();
    bool isRunning() const { return m_running; }
    bool isStreaming() const { return m_streaming; }

    qint64 lastSequence() const { return m_lastSequence; }
    // The since_sequence of the most recent Watch request.
    qint64 lastRequestedSequence() const { return m_lastRequested; }
    int reconnectCount() const { return m_reconnects; }

    // The backend sends a heartbeat about every 15 s; a stream silent for longer
    // than this is taken as dead and opened again.
    void setSilenceTimeout(int ms);
    // Streams are re-opened (resuming from the last sequence) at least this often,
    // so that the call has a deadline like every other.
    void setStreamDeadline(std::chrono::seconds deadline) { m_streamDeadline = deadline; }

signals:
    void eventsReceived(const QList<Flowdesk::FlowEvent> &events);
    void reloadRequired();
    // A Watch stream was opened (again) from `sinceSequence`.
    void streamStarted(qint64 sinceSequence);
    void streamBroken(const Flowdesk::ServiceError &error);

private:
    template<typename Msg>
    friend class WatchReactor;
    void openStream();
    void deliverPending();
    void onStreamDone(const ServiceError &error, int generation);
    void scheduleReconnect();
    void cancelStream();
    void onSilence();

    BackendConnection *m_connection; // not owned
    std::shared_ptr<WatchSink> m_sink;
    QTimer *m_retryTimer;
    QTimer *m_watchdog;
    qint64 m_lastSequence = -1;
    qint64 m_lastRequested = -1;
    int m_backoffMs = 0;
    int m_reconnects = 0;
    int m_generation = 0;
    std::chrono::seconds m_streamDeadline{30 * 60};
    bool m_running = false;
    bool m_streaming = false;
    bool m_waitingForToken = false;
    // Whether to ask for WatchBatches; cleared by a backend that does not offer it,
    // set again when the backend's address changes, the backend went away or fell silent.
    bool m_batches = true;
};

} // namespace Flowdesk
