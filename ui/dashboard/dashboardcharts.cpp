#include "dashboardcharts.h"
#include "flowhealth.h"

#include "common/colours.h"

#include "flowtile.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QApplication>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QFontMetrics>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <optional>

namespace Flowdesk {

// A chart view that reports where the mouse is and where it was clicked, in the
// coordinates of the chart's first series, so that the whole plot area is a target
// (not only the thin line).
class PlotView : public QChartView
{
    Q_OBJECT
public:
    using QChartView::QChartView;

signals:
    void plotHovered(const QPointF &value, const QPoint &globalPos);
    void plotClicked(const QPointF &value);
    void plotLeft();

protected:
    void mouseMoveEvent(QMouseEvent *event) override
    {
        QChartView::mouseMoveEvent(event);
        if (const auto value = valueAt(event->position().toPoint()))
            emit plotHovered(*value, event->globalPosition().toPoint());
        else
            emit plotLeft();
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QChartView::mouseReleaseEvent(event);
        if (event->button() != Qt::LeftButton)
            return;
        if (const auto value = valueAt(event->position().toPoint()))
            emit plotClicked(*value);
    }
    void leaveEvent(QEvent *event) override
    {
        QChartView::leaveEvent(event);
        emit plotLeft();
    }

private:
    std::optional<QPointF> valueAt(const QPoint &viewPos) const
    {
        QChart *c = chart();
        if (!c || c->series().isEmpty())
            return std::nullopt;
        const QPointF scenePos = mapToScene(viewPos);
        const QPointF chartPos = c->mapFromScene(scenePos);
        if (!c->plotArea().contains(chartPos))
            return std::nullopt;
        return c->mapToValue(chartPos, c->series().first());
    }
};

namespace {

QChart *makeChart()
{
    auto *chart = new QChart;
    // Axes, grid and legend in the palette's light or dark; the frame around is the palette's.
    chart->setTheme(Colours::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Numbers on axes and bars as the reader writes them ("625,6" in German).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// A tidy upper bound for a value axis: 1, 2 or 5 times a power of ten.
qreal niceMax(qreal value)
{
    if (value <= 0)
        return 1;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const qreal step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// "UNKNOWN_CUSTOMER" -> "Unknown customer".
QString readableCode(const QString &code)
{
    if (code.isEmpty())
        return DashboardChart::tr("(no code)");
    QString text = code.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

// Counts on an axis of four whole steps (1, 2 or 5 times a power of ten), so
// that every tick label is an integer.
void setCountRange(QValueAxis *axis, qreal max)
{
    const qreal step = std::max<qreal>(1.0, niceMax(max / 4.0));
    axis->setRange(0, step * 4);
    axis->setTickCount(5);
}

} // namespace

DashboardChart::DashboardChart(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_view(new PlotView(makeChart(), this))
    , m_chart(m_view->chart())
    , m_title(new QLabel(title, this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_export(new QToolButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // A long title (German) takes a second line instead of widening the chart row
    // past a laptop's screen.
    m_title->setWordWrap(true);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMouseTracking(true);
    m_view->setMinimumHeight(220);
    m_view->setFrameShape(QFrame::NoFrame);

    m_empty->setObjectName(QStringLiteral("chartEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(Colours::css(Colours::muted()));
    m_empty->setMinimumHeight(220);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_export->setObjectName(QStringLiteral("exportPngButton"));
    m_export->setText(tr("Export PNG…"));
    m_export->setToolTip(tr("Save this chart as a PNG image"));
    m_export->setAutoRaise(true);
    connect(m_export, &QToolButton::clicked, this, &DashboardChart::askExport);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    setObjectName(QStringLiteral("dashboardChart"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#dashboardChart { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"));
}

QChartView *DashboardChart::view() const
{
    return m_view;
}

QString DashboardChart::title() const
{
    return m_title->text();
}

void DashboardChart::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
    m_export->setEnabled(text.isEmpty());
}

QString DashboardChart::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

bool DashboardChart::exportPng(const QString &fileName) const
{
    return m_view->grab().save(fileName, "PNG");
}

void DashboardChart::askExport()
{
    QString base = title();
    base.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                          dir + QLatin1Char('/') + base.toLower() + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
    if (fileName.isEmpty())
        return;
    if (!exportPng(fileName))
        QMessageBox::warning(this, tr("Export Chart"), tr("The chart could not be saved to %1.").arg(fileName));
}

// ---------------------------------------------------------------------------

ThroughputChart::ThroughputChart(QWidget *parent)
    : DashboardChart(tr("Throughput and failures"), parent)
    , m_received(new QLineSeries)
    , m_failed(new QLineSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_countAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("dashboardChart"));
    m_view->setObjectName(QStringLiteral("throughputChart"));
    // One scale for both: failures look as small or as large as they are.
    m_received->setName(tr("Received"));
    m_failed->setName(tr("Failed"));
    QPen receivedPen(Colours::text(Colours::Signal::Info), 2);
    m_received->setPen(receivedPen);
    // Failures dashed as well as red, so the lines differ without colour.
    QPen failedPen(Colours::text(Colours::Signal::Error), 2, Qt::DashLine);
    m_failed->setPen(failedPen);
    m_received->setPointsVisible(true);
    m_failed->setPointsVisible(true);

    m_chart->addSeries(m_received);
    m_chart->addSeries(m_failed);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_received->attachAxis(m_timeAxis);
    m_received->attachAxis(m_countAxis);
    m_failed->attachAxis(m_timeAxis);
    m_failed->attachAxis(m_countAxis);
    m_countAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_countAxis->setTruncateLabels(false);

    m_timeAxis->setTickCount(7);

    connect(m_view, &PlotView::plotHovered, this, [this](const QPointF &value, const QPoint &globalPos) {
        const int bucket = bucketAt(value);
        if (bucket < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(globalPos, bucketText(bucket), m_view);
    });
    connect(m_view, &PlotView::plotLeft, this, [] { QToolTip::hideText(); });
    connect(m_view, &PlotView::plotClicked, this, [this](const QPointF &value) {
        const int bucket = bucketAt(value);
        if (bucket < 0)
            return;
        const QDateTime start = m_data.received.at(bucket).time;
        emit bucketActivated(start, start.addSecs(m_data.bucketSeconds));
    });
    setEmptyText(tr("Loading…"));
}

void ThroughputChart::setThroughput(const Throughput &throughput)
{
    m_data = throughput;
    QList<QPointF> received;
    QList<QPointF> failed;
    qreal maxReceived = 0;
    qreal maxFailed = 0;
    for (const SeriesPoint &p : throughput.received) {
        received.append(QPointF(qreal(p.time.toMSecsSinceEpoch()), p.value));
        maxReceived = std::max(maxReceived, p.value);
    }
    for (const SeriesPoint &p : throughput.failed) {
        failed.append(QPointF(qreal(p.time.toMSecsSinceEpoch()), p.value));
        maxFailed = std::max(maxFailed, p.value);
    }
    m_received->replace(received);
    m_failed->replace(failed);
    if (throughput.received.isEmpty()) {
        setEmptyText(tr("No transactions in this window."));
        return;
    }
    const QDateTime first = throughput.received.first().time.toLocalTime();
    const QDateTime last = throughput.received.last().time.toLocalTime();
    m_timeAxis->setRange(first, last);
    const qint64 span = first.secsTo(last);
    m_timeAxis->setFormat(span <= 26 * 3600 ? QStringLiteral("HH:mm") : QStringLiteral("dd MMM"));
    setCountRange(m_countAxis, std::max(maxReceived, maxFailed));
    switch (throughput.range) {
    case DashboardRange::LastHour: m_countAxis->setTitleText(tr("per 5 min")); break;
    case DashboardRange::LastDay: m_countAxis->setTitleText(tr("per hour")); break;
    case DashboardRange::LastWeek: m_countAxis->setTitleText(tr("per 6 h")); break;
    case DashboardRange::LastMonth: m_countAxis->setTitleText(tr("per day")); break;
    }
    setEmptyText(maxReceived <= 0 && maxFailed <= 0 ? tr("No transactions in this window.") : QString());
}

int ThroughputChart::bucketAt(const QPointF &value) const
{
    if (m_data.received.isEmpty() || m_data.bucketSeconds <= 0)
        return -1;
    const qint64 firstMs = m_data.received.first().time.toMSecsSinceEpoch();
    const qint64 bucketMs = m_data.bucketSeconds * 1000;
    // Points sit at the start of their bucket; the nearest point wins.
    const qint64 index = qint64(std::llround((value.x() - qreal(firstMs)) / qreal(bucketMs)));
    if (index < 0 || index >= m_data.received.size())
        return -1;
    return int(index);
}

QString ThroughputChart::bucketText(int bucket) const
{
    if (bucket < 0 || bucket >= m_data.received.size())
        return {};
    const QLocale locale;
    const QDateTime start = m_data.received.at(bucket).time.toLocalTime();
    const QDateTime end = start.addSecs(m_data.bucketSeconds);
    const qint64 received = qint64(m_data.received.at(bucket).value);
    const qint64 failed = bucket < m_data.failed.size() ? qint64(m_data.failed.at(bucket).value) : 0;
    const QString window = m_data.bucketSeconds >= 24 * 3600
        ? formatDate(start.date())
        : tr("%1 – %2").arg(formatDateTime(start), locale.toString(end.time(), QLocale::ShortFormat));
    QString text = tr("<b>%1</b><br>Received: %2<br>Failed: %3").arg(window, locale.toString(received), locale.toString(failed));
    if (received > 0)
        text += tr(" (%1 %)").arg(locale.toString(100.0 * double(failed) / double(received), 'f', 1));
    text += tr("<br><i>Click to see the failures of this period</i>");
    return text;
}

// ---------------------------------------------------------------------------

BacklogAgeChart::BacklogAgeChart(QWidget *parent)
    : DashboardChart(tr("Stuck orders by age"), parent)
    , m_series(new QHorizontalBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    m_view->setObjectName(QStringLiteral("backlogAgeChart"));
    // Bars across, the ages ("under 1 h", "over 3 d") whole beside them: a narrow
    // chart has no room for them under upright bars.
    m_categories->setTruncateLabels(false);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->hide();
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    setEmptyText(tr("Loading…"));
}

void BacklogAgeChart::setDistribution(const QList<AgeBucket> &buckets, int counted, int total)
{
    m_buckets = buckets;
    m_series->clear();
    m_categories->clear();
    auto *set = new QBarSet(tr("Stuck orders"));
    set->setColor(FlowTile::statusColor(HealthStatus::Degraded));
    set->setLabelColor(QApplication::palette().color(QPalette::Text));
    // Bars across are drawn bottom-up: the youngest last, at the top.
    std::reverse(m_buckets.begin(), m_buckets.end());
    QStringList labels;
    int max = 0;
    for (const AgeBucket &b : std::as_const(m_buckets)) {
        labels << b.label;
        set->append(b.count);
        max = std::max(max, b.count);
    }
    m_series->append(set);
    m_categories->append(labels);
    setCountRange(m_values, max * 1.15);
    connect(set, &QBarSet::hovered, this, [this, counted, total](bool on, int index) {
        if (!on || index < 0 || index >= m_buckets.size()) {
            QToolTip::hideText();
            return;
        }
        QString text = tr("<b>Waiting %1</b><br>Stuck orders: %2").arg(m_buckets.at(index).label)
                           .arg(m_buckets.at(index).count);
        if (total > counted)
            text += tr("<br>(of the %1 most overdue; %2 stuck in all)").arg(counted).arg(total);
        text += tr("<br><i>Click to see them</i>");
        QToolTip::showText(QCursor::pos(), text, m_view);
    });
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_buckets.size())
            emit bucketActivated(m_buckets.at(index));
    });
    if (total == 0)
        setEmptyText(tr("Nothing is stuck. Every open transaction is within its SLA."));
    else
        setEmptyText({});
}

// ---------------------------------------------------------------------------

ErrorSignatureChart::ErrorSignatureChart(QWidget *parent)
    : DashboardChart(tr("Top error signatures (open exceptions)"), parent)
    , m_series(new QHorizontalBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    m_view->setObjectName(QStringLiteral("errorSignatureChart"));
    m_categories->setTruncateLabels(false);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->hide();
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    setEmptyText(tr("Loading…"));
}

void ErrorSignatureChart::relabel()
{
    // The labels take at most two fifths of the chart's width and 32 characters,
    // cut at their end (the axis would cut them at their start, and did on a
    // wide screen, where it gives the labels less than two fifths); the whole
    // text is in the tooltip.
    const QFontMetrics metrics(m_categories->labelsFont());
    const int room = std::max(metrics.averageCharWidth() * 8,
                              std::min(m_view->width() * 2 / 5, metrics.averageCharWidth() * 32));
    QStringList labels;
    for (int i = 0; i < m_labels.size(); ++i) {
        // Invisible suffixes keep two signatures with the same words two categories.
        labels << metrics.elidedText(m_labels.at(i), Qt::ElideRight, room) + QString(i, QChar(0x200B));
    }
    if (labels == m_categories->categories())
        return;
    m_categories->clear();
    m_categories->append(labels);
}

void ErrorSignatureChart::resizeEvent(QResizeEvent *event)
{
    DashboardChart::resizeEvent(event);
    relabel();
}

QString ErrorSignatureChart::signatureText(int index) const
{
    if (index < 0 || index >= m_signatures.size())
        return {};
    const ErrorSignatureCount &s = m_signatures.at(index);
    // In the reader's words; the target's own message is for IT (Exceptions, technical details).
    const QString explained = s.explanation.text();
    QString text = tr("<b>%1</b> · %2<br>Open exceptions: %3")
                       .arg((explained.isEmpty() ? s.sampleMessage : explained).toHtmlEscaped(),
                            m_flowNames.value(s.flowId, s.flowId).toHtmlEscaped(), QLocale().toString(s.count));
    // One line per currency: amounts in different currencies are never added up.
    if (!s.valuesAtRisk.isEmpty()) {
        QStringList amounts;
        for (const auto &v : s.valuesAtRisk)
            amounts << formatMoney(v.second, v.first).toHtmlEscaped();
        text += tr("<br>Value at risk: %1").arg(amounts.join(QStringLiteral("<br>&nbsp;&nbsp;")));
    } else if (s.valueAtRiskMinor > 0) {
        text += tr("<br>Value at risk: %1").arg(formatMoney(s.valueAtRiskMinor, s.currency));
    }
    text += tr("<br><i>Click to see them</i>");
    return text;
}

void ErrorSignatureChart::setSignatures(const QList<ErrorSignatureCount> &signatures,
                                        const QHash<QString, QString> &flowNames)
{
    // Horizontal bars are drawn bottom-up: the largest goes last, to the top.
    m_signatures = signatures;
    m_flowNames = flowNames;
    std::reverse(m_signatures.begin(), m_signatures.end());
    m_series->clear();
    m_categories->clear();
    auto *set = new QBarSet(tr("Exceptions"));
    set->setColor(FlowTile::statusColor(HealthStatus::Failing));
    set->setLabelColor(QApplication::palette().color(QPalette::Text));
    m_labels.clear();
    qint64 max = 0;
    for (int i = 0; i < m_signatures.size(); ++i) {
        const ErrorSignatureCount &s = m_signatures.at(i);
        // Invisible suffixes keep two signatures with the same code two categories;
        // the flow and the message are in the tooltip.
        // The error in the reader's words; the code only where nothing explains it.
        const QString explained = s.explanation.text();
        m_labels << (explained.isEmpty() ? readableCode(s.code) : explained);
        set->append(qreal(s.count));
        max = std::max(max, s.count);
    }
    m_series->append(set);
    relabel();
    setCountRange(m_values, qreal(max) * 1.15);
    connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || index < 0 || index >= m_signatures.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), signatureText(index), m_view);
    });
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_signatures.size())
            emit signatureActivated(m_signatures.at(index));
    });
    setEmptyText(signatures.isEmpty() ? tr("No open exceptions.") : QString());
}

// ---------------------------------------------------------------------------

ValueAtRiskChart::ValueAtRiskChart(QWidget *parent)
    : DashboardChart(tr("Value at risk by domain (open transactions)"), parent)
    , m_series(new QHorizontalBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_axis(new QValueAxis)
{
    m_view->setObjectName(QStringLiteral("valueAtRiskChart"));
    m_categories->setTruncateLabels(false);
    m_axis->setTitleText(tr("Thousands, currency of the bar"));
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(tr("@value k"));
    m_series->setLabelsPrecision(4);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_axis, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_axis);
    m_axis->setLabelFormat(QStringLiteral("%.0f"));
    setEmptyText(tr("Loading…"));
}

void ValueAtRiskChart::setValues(const QMap<QString, QMap<QString, qint64>> &byDomain)
{
    m_values = byDomain;
    m_series->clear();
    m_categories->clear();
    // One bar per domain and currency, the largest on top; currencies are never
    // added to each other, and each bar names its own.
    struct Bar
    {
        QString domain;
        QString currency;
        qint64 minor = 0;
    };
    QList<Bar> bars;
    for (auto d = byDomain.begin(); d != byDomain.end(); ++d) {
        for (auto c = d.value().begin(); c != d.value().end(); ++c)
            bars.append({d.key(), c.key(), c.value()});
    }
    std::sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.minor < b.minor; });
    m_domains.clear();
    m_currencies.clear();
    auto *set = new QBarSet(tr("Value at risk"));
    set->setColor(Colours::isDark() ? QColor(0x2d, 0xb3, 0xa6) : QColor(0x0f, 0x76, 0x6e));
    set->setLabelColor(QApplication::palette().color(QPalette::Text));
    QStringList labels;
    qreal max = 0;
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &b = bars.at(i);
        m_domains << b.domain;
        m_currencies << b.currency;
        labels << tr("%1 · %2", "domain and currency").arg(domainName(b.domain), b.currency) + QString(i, QChar(0x200B));
        // Thousands of the currency: the axis reads "50", not "50000".
        const qreal thousands = qreal(b.minor) / 100000.0;
        set->append(thousands);
        max = std::max(max, thousands);
    }
    connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || index < 0 || index >= m_domains.size()) {
            QToolTip::hideText();
            return;
        }
        const QString domain = m_domains.at(index);
        const QString currency = m_currencies.at(index);
        QString text = tr("<b>%1</b><br>%2 at risk in open transactions")
                           .arg(domainName(domain).toHtmlEscaped(),
                                formatMoney(m_values.value(domain).value(currency), currency));
        text += tr("<br><i>Click to see this domain's exceptions</i>");
        QToolTip::showText(QCursor::pos(), text, m_view);
    });
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_domains.size())
            emit domainActivated(m_domains.at(index));
    });
    m_series->append(set);
    m_categories->append(labels);
    m_axis->setRange(0, niceMax(max * 1.25));
    m_axis->setTickCount(5);
    m_chart->legend()->hide();
    setEmptyText(bars.isEmpty() ? tr("No value at risk: nothing open carries an amount.") : QString());
}

} // namespace Flowdesk

#include "dashboardcharts.moc"
