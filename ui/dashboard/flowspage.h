#pragma once

#include "domain.h"
#include "serviceerror.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Flowdesk {

class EventFollower;
class FlowListModel;
class FlowSortFilterProxyModel;
class FlowsService;

// The flow catalogue with live counts per state. Events from the backend only
// mark the counts as outdated; they are fetched again at most every 500 ms, so a
// burst of thousands of events costs a handful of requests.
class FlowsPage : public QWidget
{
    Q_OBJECT
public:
    FlowsPage(FlowsService *flows, EventFollower *events, QWidget *parent = nullptr);

    void reload();
    FlowListModel *model() const { return m_model; }
    FlowSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    int refreshCount() const { return m_refreshCount; }

    static constexpr int CoalesceIntervalMs = 500;

signals:
    void flowsUpdated();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFlowsLoaded(const QList<Flow> &flows);
    void onFailed(const ServiceError &error);
    void onEvents(const QList<FlowEvent> &events);
    void updateSummary();
    void updateEmptyState();
    void updateColumnModes();

    FlowsService *m_flows;   // not owned
    EventFollower *m_events; // not owned
    FlowListModel *m_model;
    FlowSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QLabel *m_summary;
    QLabel *m_updated;
    QLineEdit *m_filter;
    QCheckBox *m_onlyProblems;
    QTimer *m_coalesce;
    QDateTime m_lastUpdate;
    QString m_lastError;
    bool m_loadedOnce = false;
    bool m_dirty = false;
    int m_refreshCount = 0;
};

} // namespace Flowdesk
