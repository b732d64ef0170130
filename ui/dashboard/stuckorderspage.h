#pragma once

#include "csvwriter.h"
#include "flowhealth.h"
#include "serviceerror.h"
#include "transactionquery.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Flowdesk {

class CsvExportButton;
class DashboardService;
class EventFollower;
class SessionService;
class StuckOrderModel;

// Transactions past their flow's SLA and not closed, most overdue first, with
// what should happen next for each. Opening one shows it on the Exceptions page;
// the list exports to CSV.
class StuckOrdersPage : public QWidget
{
    Q_OBJECT
public:
    StuckOrdersPage(DashboardService *dashboard, SessionService *session, EventFollower *events,
                    QWidget *parent = nullptr);

    static constexpr int RefreshIntervalMs = 2000;
    static constexpr int PageSize = 1000;

    void reload();
    StuckOrderModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    void selectPlant(const QString &plant);
    void selectDomain(const QString &domain);

    // Writes the list as CSV; false when the file cannot be written.
    bool exportCsv(const QString &fileName, CsvWriter::ByteOrderMark bom = CsvWriter::ByteOrderMark::Without) const;

    TransactionQuery queryForRow(int row) const;

signals:
    void drillDown(const Flowdesk::TransactionQuery &query);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void populateFilters();
    void onStuck(const QList<StuckOrder> &orders, int total);
    void onFailed(const QString &what, const ServiceError &error);
    void refreshIfDue();
    void updateSummary();

    DashboardService *m_dashboard; // not owned
    SessionService *m_session;     // not owned
    StuckOrderModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_plant;
    QComboBox *m_domain;
    QLabel *m_summary;
    QLabel *m_updated;
    CsvExportButton *m_export;
    QPushButton *m_showAll;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QTimer *m_coalesce;
    QDateTime m_lastUpdate;
    QString m_lastError;
    bool m_loadedOnce = false;
    bool m_dirty = true;
};

} // namespace Flowdesk
