#pragma once

#include <algorithm>

#include "flowhealth.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QToolButton;
class QBarSeries;
class QHorizontalBarSeries;
class QBarCategoryAxis;
class QValueAxis;
class QDateTimeAxis;
class QLineSeries;
class QAreaSeries;

namespace Flowdesk {

class PlotView;

// A titled chart of the dashboard with an "Export PNG…" button, and a clear text
// in place of the chart when there is nothing to draw.
class DashboardChart : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardChart(const QString &title, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *view() const;
    QString title() const;

    // Shows `text` instead of the chart; an empty text shows the chart.
    void setEmptyText(const QString &text);
    QString emptyText() const;
    // Saves the chart as drawn now. False when the file cannot be written.
    bool exportPng(const QString &fileName) const;

protected:
    PlotView *m_view;
    QChart *m_chart;

private:
    void askExport();

    QLabel *m_title;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QToolButton *m_export;
};

// Received against failed transactions per bucket. Hovering shows the exact
// figures of a bucket; clicking it asks for the failures of that bucket.
class ThroughputChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit ThroughputChart(QWidget *parent = nullptr);
    void setThroughput(const Throughput &throughput);
    Throughput throughput() const { return m_data; }
    // The bucket under a point in chart coordinates, or -1.
    int bucketAt(const QPointF &value) const;
    QString bucketText(int bucket) const;

signals:
    void bucketActivated(const QDateTime &start, const QDateTime &end);

private:
    Throughput m_data;
    QLineSeries *m_received;
    QLineSeries *m_failed;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;
};

// How long stuck orders have waited, in age buckets.
class BacklogAgeChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit BacklogAgeChart(QWidget *parent = nullptr);
    void setDistribution(const QList<AgeBucket> &buckets, int counted, int total);
    // Youngest first, as given to setDistribution().
    QList<AgeBucket> distribution() const
    {
        QList<AgeBucket> buckets = m_buckets;
        std::reverse(buckets.begin(), buckets.end());
        return buckets;
    }

signals:
    void bucketActivated(const Flowdesk::AgeBucket &bucket);

private:
    QList<AgeBucket> m_buckets; // bottom to top: oldest first
    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};

// The error signatures that most exceptions share.
class ErrorSignatureChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit ErrorSignatureChart(QWidget *parent = nullptr);
    // flowNames: flow id -> name, for the labels.
    void setSignatures(const QList<ErrorSignatureCount> &signatures, const QHash<QString, QString> &flowNames);
    QList<ErrorSignatureCount> signatures() const { return m_signatures; }
    // The tooltip of a bar (index into signatures()): flow, message, count and
    // the value at risk in every currency.
    QString signatureText(int index) const;

signals:
    void signatureActivated(const Flowdesk::ErrorSignatureCount &signature);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The bars' labels for the chart's width now.
    void relabel();

    QList<ErrorSignatureCount> m_signatures;
    QStringList m_labels; // whole, bottom to top
    QHash<QString, QString> m_flowNames;
    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};

// Value of open transactions at risk, per business domain and currency.
class ValueAtRiskChart : public DashboardChart
{
    Q_OBJECT
public:
    explicit ValueAtRiskChart(QWidget *parent = nullptr);
    void setValues(const QMap<QString, QMap<QString, qint64>> &byDomain);
    // Domain of each bar, bottom to top (a domain appears once per currency).
    QStringList domains() const { return m_domains; }

signals:
    void domainActivated(const QString &domain);

private:
    QStringList m_domains; // in category order
    QStringList m_currencies;
    QMap<QString, QMap<QString, qint64>> m_values;
    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_axis;
};

} // namespace Flowdesk
