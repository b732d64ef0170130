#pragma once

#include "domain.h"
#include "transaction.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QSystemTrayIcon;
class QTimer;

namespace Flowdesk {

class EventFollower;
class FlowListModel;
class TransactionsService;

// What the person wants to be told about, kept in the settings.
struct NotificationSettings
{
    bool enabled = true;
    // A failure worth a notification: at least this amount, in this currency (the
    // person's locale's by default). Amounts in other currencies are not converted.
    qint64 thresholdMinor = 1000000; // 10 000.00
    QString currency;

    static NotificationSettings load();
    void save() const;
};

// Decides which changes become a desktop notification: new failures of at least
// the threshold's value and transactions past their SLA, each once, and no more
// than a few within a short time (the rest is told as one summary).
class NotificationPolicy
{
public:
    enum class Kind { HighValueFailure, SlaBreach };
    enum class Outcome { Ignore, Notify, RateLimited };

    explicit NotificationPolicy(NotificationSettings settings = {});
    void setSettings(const NotificationSettings &settings) { m_settings = settings; }
    const NotificationSettings &settings() const { return m_settings; }

    // At most maxPerWindow notifications within windowSeconds.
    static constexpr int maxPerWindow = 3;
    static constexpr int windowSeconds = 300;

    // A transaction as the backend has it now (in the person's scope, or it would not
    // have been answered), as it was seen at `now`.
    Outcome consider(Kind kind, const Transaction &t, const QDateTime &now);
    // Notifications held back by the rate limit since the last summary.
    int suppressedCount() const { return m_suppressed; }
    int takeSuppressed();

private:
    bool relevant(Kind kind, const Transaction &t) const;

    NotificationSettings m_settings;
    QList<QDateTime> m_sent;
    QSet<QString> m_seen; // "kind id": each transaction once per kind
    int m_suppressed = 0;
};

// The tray icon with the count of open exceptions in the person's scope (the
// backend's per-flow counts of failed transactions, as the flows page has them) and
// the desktop notifications. A click on a notification opens its transaction.
// Without a system tray nothing is shown and the settings say so.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(TransactionsService *service, EventFollower *events, FlowListModel *flows, QObject *parent = nullptr);
    ~TrayNotifier() override;

    static bool trayAvailable();
    NotificationPolicy &policy() { return m_policy; }
    // The count the icon shows; -1 before the first counts arrived.
    qint64 openCount() const { return m_openCount; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // Settings ▸ Notifications…
    QAction *settingsAction() const { return m_settingsAction; }
    // The transaction the last notification was about (opened by a click on it).
    QString lastNotifiedId() const { return m_lastId; }

    // A transaction for the decision (a failure that just came in, or one found past
    // its SLA); shows a notification when the policy says so.
    void consider(NotificationPolicy::Kind kind, const Transaction &t);
    // As if the person clicked the last notification.
    void activateLastNotification();
    // Looks for transactions past their SLA now (also every minute).
    void checkSlaBreaches();

signals:
    void openTransactionRequested(const QString &transactionId);
    // A notification was shown (also when no tray can show it), for the record.
    void notified(const QString &transactionId, const QString &title, const QString &text);
    void openCountChanged(qint64 count);

private:
    void onEvents(const QList<FlowEvent> &events);
    void updateCount();
    void showSettings();
    void show(const QString &id, const QString &title, const QString &text);

    TransactionsService *m_service; // not owned
    FlowListModel *m_flows;         // not owned
    NotificationPolicy m_policy;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_settingsAction;
    QTimer *m_slaTimer;
    QSet<QString> m_knownStuck;
    bool m_slaBaseline = false;
    qint64 m_openCount = -1;
    QString m_lastId;
};

} // namespace Flowdesk
