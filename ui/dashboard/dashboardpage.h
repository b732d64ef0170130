#pragma once

#include "flowhealth.h"
#include "serviceerror.h"
#include "transactionquery.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Flowdesk {

class BacklogAgeChart;
class DashboardService;
class ErrorSignatureChart;
class EventFollower;
class FlowTile;
class SessionService;
class ThroughputChart;
class ValueAtRiskChart;
class Wallboard;

// Flow health at a glance: one line that says whether everything flows, a tile
// per flow, throughput against failures over time, stuck orders by age, the top
// error signatures and the value at risk per domain. A tile, a bar or a point
// drills down to the exceptions behind it.
//
// Live: events from the backend mark the figures outdated; they are fetched again
// at most every RefreshIntervalMs while the page (or its wallboard) is visible,
// and once when it is shown again.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(DashboardService *dashboard, SessionService *session, EventFollower *events,
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    static constexpr int RefreshIntervalMs = 2000;

    // Fetches everything now (also when hidden).
    void reload();

    // Empty: every plant in the person's scope.
    QStringList selectedPlants() const;
    void selectPlant(const QString &plant);
    DashboardRange range() const { return m_range; }
    void setRange(DashboardRange range);

    QList<FlowTile *> tiles() const { return m_tiles; }
    QList<FlowHealth> health() const { return m_health; }
    QString summaryText() const;
    int refreshCount() const { return m_refreshCount; }

    ThroughputChart *throughputChart() const { return m_throughput; }
    BacklogAgeChart *backlogChart() const { return m_backlog; }
    ErrorSignatureChart *errorChart() const { return m_errors; }
    ValueAtRiskChart *valueChart() const { return m_value; }

    void showWallboard();
    Wallboard *wallboard() const;

    // What a drill-down from a tile, bar or point shows; public for tests.
    TransactionQuery queryForFlow(const FlowHealth &health) const;

signals:
    void drillDown(const Flowdesk::TransactionQuery &query);
    // Health arrived (after every refresh).
    void healthUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void populatePlants();
    void onHealth(const QList<FlowHealth> &flows);
    void onStuck(const QList<StuckOrder> &orders, int total);
    void onFailed(const QString &what, const ServiceError &error);
    void onEvents(const QList<FlowEvent> &events);
    void refreshIfDue();
    bool isShowing() const;
    void updateSummary();
    void relayoutTiles();
    QString scopeText() const;

    DashboardService *m_dashboard; // not owned
    SessionService *m_session;     // not owned
    QComboBox *m_plant;
    QButtonGroup *m_rangeGroup;
    QPushButton *m_wallboardButton;
    QLabel *m_updated;
    QLabel *m_summaryIcon;
    QLabel *m_summary;
    QWidget *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QWidget *m_tileArea;
    QGridLayout *m_tileGrid;
    QList<FlowTile *> m_tiles;
    ThroughputChart *m_throughput;
    BacklogAgeChart *m_backlog;
    ErrorSignatureChart *m_errors;
    ValueAtRiskChart *m_value;
    QPointer<Wallboard> m_wallboard;
    QTimer *m_coalesce;
    QTimer *m_clock;
    QList<FlowHealth> m_health;
    QDateTime m_lastUpdate;
    QElapsedTimer m_sinceCreated; // for the log line of the first figures drawn
    QString m_lastError;
    DashboardRange m_range = DashboardRange::LastDay;
    int m_tileColumns = 0;
    int m_refreshCount = 0;
    bool m_loadedOnce = false;
    bool m_dirty = true;
};

} // namespace Flowdesk
