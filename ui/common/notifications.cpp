#include "notifications.h"

#include "eventfollower.h"
#include "flowlistmodel.h"
#include "transactionsservice.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace Flowdesk {

namespace {
const char EnabledKey[] = "notifications/enabled";
const char ThresholdKey[] = "notifications/thresholdMinor";
const char CurrencyKey[] = "notifications/currency";

QString localCurrency()
{
    const QString code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return code.isEmpty() ? QStringLiteral("EUR") : code;
}
} // namespace

NotificationSettings NotificationSettings::load()
{
    QSettings s;
    NotificationSettings n;
    n.enabled = s.value(QLatin1String(EnabledKey), true).toBool();
    n.thresholdMinor = s.value(QLatin1String(ThresholdKey), n.thresholdMinor).toLongLong();
    n.currency = s.value(QLatin1String(CurrencyKey), localCurrency()).toString();
    return n;
}

void NotificationSettings::save() const
{
    QSettings s;
    s.setValue(QLatin1String(EnabledKey), enabled);
    s.setValue(QLatin1String(ThresholdKey), thresholdMinor);
    s.setValue(QLatin1String(CurrencyKey), currency);
}

NotificationPolicy::NotificationPolicy(NotificationSettings settings)
    : m_settings(std::move(settings))
{
    if (m_settings.currency.isEmpty())
        m_settings.currency = localCurrency();
}

bool NotificationPolicy::relevant(Kind kind, const Transaction &t) const
{
    if (!m_settings.enabled || !t.isValid())
        return false;
    switch (kind) {
    case Kind::HighValueFailure:
        return t.isFailed() && t.currency == m_settings.currency && t.amountMinor >= m_settings.thresholdMinor;
    case Kind::SlaBreach:
        return t.stuck;
    }
    return false;
}

NotificationPolicy::Outcome NotificationPolicy::consider(Kind kind, const Transaction &t, const QDateTime &now)
{
    if (!relevant(kind, t))
        return Outcome::Ignore;
    const QString key = QString::number(int(kind)) + QLatin1Char(' ') + t.id;
    if (m_seen.contains(key))
        return Outcome::Ignore;
    m_seen.insert(key);
    while (!m_sent.isEmpty() && m_sent.constFirst().secsTo(now) >= windowSeconds)
        m_sent.removeFirst();
    if (m_sent.size() >= maxPerWindow) {
        ++m_suppressed;
        return Outcome::RateLimited;
    }
    m_sent.append(now);
    return Outcome::Notify;
}

int NotificationPolicy::takeSuppressed()
{
    return std::exchange(m_suppressed, 0);
}

TrayNotifier::TrayNotifier(TransactionsService *service, EventFollower *events, FlowListModel *flows, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_flows(flows)
    , m_policy(NotificationSettings::load())
    , m_settingsAction(new QAction(tr("&Notifications…"), this))
    , m_slaTimer(new QTimer(this))
{
    m_settingsAction->setObjectName(QStringLiteral("notificationSettingsAction"));
    connect(m_settingsAction, &QAction::triggered, this, &TrayNotifier::showSettings);
    if (trayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setIcon(QApplication::windowIcon().isNull()
                            ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                            : QApplication::windowIcon());
        m_tray->setToolTip(tr("Flowdesk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activateLastNotification);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit openTransactionRequested(QString()); // the console to the front
        });
        m_tray->show();
    }
    if (events)
        connect(events, &EventFollower::eventsReceived, this, &TrayNotifier::onEvents);
    if (m_flows) {
        connect(m_flows, &QAbstractItemModel::modelReset, this, &TrayNotifier::updateCount);
        connect(m_flows, &QAbstractItemModel::dataChanged, this, &TrayNotifier::updateCount);
        connect(m_flows, &QAbstractItemModel::rowsInserted, this, &TrayNotifier::updateCount);
        connect(m_flows, &QAbstractItemModel::rowsRemoved, this, &TrayNotifier::updateCount);
        updateCount();
    }
    m_slaTimer->setInterval(60 * 1000);
    connect(m_slaTimer, &QTimer::timeout, this, &TrayNotifier::checkSlaBreaches);
    m_slaTimer->start();
    QTimer::singleShot(0, this, &TrayNotifier::checkSlaBreaches);
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::updateCount()
{
    if (!m_flows || m_flows->rowCount() == 0)
        return;
    // The backend's counts of failed transactions per flow, in the person's scope.
    qint64 open = 0;
    for (const Flow &f : m_flows->flows())
        open += f.count(TransactionState::Failed);
    if (open == m_openCount)
        return;
    m_openCount = open;
    if (m_tray) {
        m_tray->setToolTip(tr("Flowdesk: %n open exception(s)", nullptr, int(std::min<qint64>(open, INT_MAX))));
        // The count on the icon itself.
        QPixmap pixmap(QApplication::windowIcon().isNull()
                           ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32)
                           : QApplication::windowIcon().pixmap(32, 32));
        if (open > 0) {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const QRect badge(pixmap.width() / 3, pixmap.height() / 3, pixmap.width() * 2 / 3, pixmap.height() * 2 / 3);
            p.setBrush(QColor(0xb9, 0x1c, 0x1c)); // the signal red of a failure on any background
            p.setPen(Qt::NoPen);
            p.drawEllipse(badge);
            QFont f = p.font();
            f.setBold(true);
            f.setPixelSize(badge.height() * 2 / 3);
            p.setFont(f);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, open > 99 ? QStringLiteral("99+") : QString::number(open));
        }
        m_tray->setIcon(QIcon(pixmap));
    }
    emit openCountChanged(open);
}

void TrayNotifier::onEvents(const QList<FlowEvent> &events)
{
    if (!m_policy.settings().enabled)
        return;
    for (const FlowEvent &e : events) {
        if (e.type != FlowEvent::Type::TransactionChanged || e.transactionId.isEmpty())
            continue;
        const bool newFailure = e.state == TransactionState::Failed && e.previousState != TransactionState::Failed;
        if (!newFailure)
            continue;
        // The amount and the SLA as the backend has them; out of scope: not answered.
        m_service->get(e.transactionId, false, this, [this](const ServiceError &error, const Transaction &t) {
            if (!error.isOk())
                return;
            consider(NotificationPolicy::Kind::HighValueFailure, t);
            consider(NotificationPolicy::Kind::SlaBreach, t);
        });
    }
}

void TrayNotifier::checkSlaBreaches()
{
    if (!m_policy.settings().enabled)
        return;
    TransactionQuery q;
    q.states.clear();
    q.stuckOnly = true;
    q.order = TransactionOrder::DueAsc;
    m_service->list(q, QString(), 100, this, [this](const ServiceError &error, const TransactionPage &page) {
        if (!error.isOk())
            return;
        const bool baseline = !m_slaBaseline;
        m_slaBaseline = true;
        for (const Transaction &t : page.transactions) {
            if (m_knownStuck.contains(t.id))
                continue;
            m_knownStuck.insert(t.id);
            // What was past its SLA before the console started is on the Stuck orders
            // page already; only breaches from now on are news.
            if (!baseline)
                consider(NotificationPolicy::Kind::SlaBreach, t);
        }
    });
}

void TrayNotifier::consider(NotificationPolicy::Kind kind, const Transaction &t)
{
    const auto outcome = m_policy.consider(kind, t, QDateTime::currentDateTimeUtc());
    if (outcome != NotificationPolicy::Outcome::Notify)
        return;
    const QString what = t.businessKey.isEmpty() ? t.id : t.businessKey;
    const QString flow = t.flowName.isEmpty() ? t.flowId : t.flowName;
    QString title;
    QString text;
    if (kind == NotificationPolicy::Kind::HighValueFailure) {
        title = tr("%1 failed (%2)").arg(what, formatAmount(t.amountMinor, t.currency));
        text = tr("%1 · %2").arg(flow, t.error.message);
    } else {
        title = tr("%1 is past its SLA").arg(what);
        text = tr("%1 · %2").arg(flow, formatAmount(t.amountMinor, t.currency));
    }
    if (const int more = m_policy.takeSuppressed(); more > 0)
        text += QLatin1Char('\n') + tr("%n more not shown", nullptr, more);
    show(t.id, title, text);
}

void TrayNotifier::show(const QString &id, const QString &title, const QString &text)
{
    m_lastId = id;
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 10000);
    emit notified(id, title, text);
}

void TrayNotifier::activateLastNotification()
{
    if (!m_lastId.isEmpty())
        emit openTransactionRequested(m_lastId);
}

void TrayNotifier::showSettings()
{
    auto *owner = qobject_cast<QWidget *>(parent());
    auto *dialog = new QDialog(owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("notificationSettingsDialog"));
    dialog->setWindowTitle(tr("Notifications"));
    const NotificationSettings current = m_policy.settings();
    auto *enabled = new QCheckBox(tr("&Tell me about new high-value failures and SLA breaches in my scope"), dialog);
    enabled->setObjectName(QStringLiteral("notificationsEnabled"));
    enabled->setChecked(current.enabled);
    auto *threshold = new QDoubleSpinBox(dialog);
    threshold->setObjectName(QStringLiteral("notificationThreshold"));
    threshold->setAccessibleName(tr("Value from which a failure is notified"));
    threshold->setRange(0, 1e12);
    threshold->setDecimals(2);
    threshold->setGroupSeparatorShown(true);
    threshold->setSuffix(QLatin1Char(' ') + current.currency);
    threshold->setValue(double(current.thresholdMinor) / 100.0);
    auto *note = new QLabel(dialog);
    note->setObjectName(QStringLiteral("notificationNote"));
    note->setWordWrap(true);
    note->setText(trayAvailable()
                      ? tr("Failures in other currencies than %1 are not converted and not notified by value. "
                           "At most %2 notifications in %3 minutes; the rest are counted in the next one.")
                            .arg(current.currency)
                            .arg(NotificationPolicy::maxPerWindow)
                            .arg(NotificationPolicy::windowSeconds / 60)
                      : tr("This desktop has no system tray: Flowdesk cannot show notifications here. "
                           "The Exceptions and Stuck orders pages show the same."));
    enabled->setEnabled(trayAvailable());
    threshold->setEnabled(trayAvailable());
    auto *form = new QFormLayout;
    form->addRow(enabled);
    form->addRow(tr("Failures from &value:"), threshold);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, enabled, threshold] {
        NotificationSettings changed = m_policy.settings();
        changed.enabled = enabled->isChecked();
        changed.thresholdMinor = qRound64(threshold->value() * 100.0);
        changed.save();
        m_policy.setSettings(changed);
    });
    dialog->open();
}

} // namespace Flowdesk
