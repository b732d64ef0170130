#include "connectorspage.h"

#include "common/columnfitter.h"

#include "adminservice.h"
#include "connectorlistmodel.h"
#include "credentialdialog.h"
#include "reloadconfigurationdialog.h"
#include "eventfollower.h"
#include "sessionservice.h"

#include "common/pagewidgets.h"

#include <QAction>
#include <QShowEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QUuid>
#include <QToolBar>
#include <QVBoxLayout>

namespace Flowdesk {

namespace {
const QString kManage = QStringLiteral("connectors.manage");
const QString kCredentials = QStringLiteral("credentials.set");
} // namespace

ConnectorsPage::ConnectorsPage(AdminService *admin, SessionService *session, EventFollower *events, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_session(session)
    , m_model(createConnectorListModel(this))
    , m_coalesce(new QTimer(this))
{
    setObjectName(QStringLiteral("connectorsPage"));

    auto *title = PageWidgets::createTitle(tr("Connectors"), this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("connectorsSummary"));
    m_summary->setWordWrap(true);

    auto *toolbar = PageWidgets::createToolBar(tr("Connector actions"), this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_refresh = toolbar->addAction(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("refreshConnectorsAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load the connectors' status again"));
    toolbar->addSeparator();
    m_pause = toolbar->addAction(tr("Pause…"));
    m_pause->setObjectName(QStringLiteral("pauseConnectorAction"));
    m_resume = toolbar->addAction(tr("Resume"));
    m_resume->setObjectName(QStringLiteral("resumeConnectorAction"));
    m_test = toolbar->addAction(tr("Test Connection"));
    m_test->setObjectName(QStringLiteral("testConnectorAction"));
    toolbar->addSeparator();
    m_credential = toolbar->addAction(tr("Set Credential…"));
    m_credential->setObjectName(QStringLiteral("setCredentialAction"));
    toolbar->addSeparator();
    m_reloadConfiguration = toolbar->addAction(tr("Reload Configuration"));
    m_reloadConfiguration->setObjectName(QStringLiteral("reloadConfigurationAction"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("connectorsView"));
    m_view->setAccessibleName(tr("Connectors"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Within the page's width: kind, endpoint and credential give up width when
    // the rest would not fit (in full in their tooltips); the endpoint takes the
    // room that is left.
    new ColumnFitter(m_view, m_view->horizontalHeader(),
                     {ConnectorListModel::KindColumn, ConnectorListModel::EndpointColumn,
                      ConnectorListModel::CredentialColumn, ConnectorListModel::RotationColumn},
                     ConnectorListModel::EndpointColumn);

    m_message = new MessageLine(QStringLiteral("connectorsMessage"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QAction::triggered, this, &ConnectorsPage::reload);
    connect(m_pause, &QAction::triggered, this, &ConnectorsPage::askPause);
    connect(m_resume, &QAction::triggered, this, &ConnectorsPage::resumeSelected);
    connect(m_test, &QAction::triggered, this, &ConnectorsPage::testSelected);
    connect(m_credential, &QAction::triggered, this, &ConnectorsPage::openCredentialDialog);
    connect(m_reloadConfiguration, &QAction::triggered, this, &ConnectorsPage::reloadConfiguration);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectorsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConnectorsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectorsPage::updateActions);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_credential->isEnabled())
            openCredentialDialog();
    });
    connect(m_session, &SessionService::loggedIn, this, &ConnectorsPage::updateActions);

    // Connector events (pause, resume, rotation by someone else) and a slow poll
    // for error rates, coalesced into one request.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(500);
    connect(m_coalesce, &QTimer::timeout, this, &ConnectorsPage::reload);
    if (events) {
        connect(events, &EventFollower::eventsReceived, this, [this](const QList<FlowEvent> &list) {
            for (const FlowEvent &e : list) {
                if (e.type == FlowEvent::Type::ConnectorChanged) {
                    if (!m_coalesce->isActive())
                        m_coalesce->start();
                    return;
                }
            }
        });
    }
    auto *poll = new QTimer(this);
    poll->setInterval(30000);
    connect(poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    poll->start();
    updateActions();
}

void ConnectorsPage::reload()
{
    const User user = m_session->session().user;
    if (!user.can(QStringLiteral("connectors.read"))) {
        m_summary->setText(tr("Your role (%1) cannot see connectors. IT admins, operators and auditors can.")
                               .arg(roleName(user.role)));
        m_model->setConnectors({});
        return;
    }
    m_admin->listConnectors(this, [this](const ServiceError &error, const QList<Connector> &list) {
        if (!error.isOk()) {
            showMessage(tr("Connectors could not be loaded: %1").arg(error.userMessage()), true);
            return;
        }
        m_model->setConnectors(list);
        int down = 0, degraded = 0, paused = 0, overdue = 0, unknownAge = 0;
        for (const Connector &c : list) {
            down += c.status == ConnectorStatus::Down;
            degraded += c.status == ConnectorStatus::Degraded;
            paused += c.status == ConnectorStatus::Paused;
            if (c.rotationOverdue && c.credentialRotateTime.isValid())
                ++overdue;
            else if (c.rotationOverdue)
                ++unknownAge;
        }
        QStringList parts;
        parts << tr("Connectors: %1").arg(list.size());
        parts << (down ? tr("%n down", nullptr, down) : tr("none down"));
        if (degraded)
            parts << tr("%n degraded", nullptr, degraded);
        if (paused)
            parts << tr("%n paused", nullptr, paused);
        if (overdue)
            parts << tr("credentials overdue for rotation: %1").arg(overdue);
        if (unknownAge)
            parts << tr("credentials never set in Flowdesk: %1").arg(unknownAge);
        QString summary = parts.join(QStringLiteral(" · "));
        if (!m_session->session().user.can(kManage))
            summary += QLatin1Char('\n') + tr("You can see the status. Only IT admins can pause, test or rotate credentials.");
        m_summary->setText(summary);
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->selectRow(0);
        updateActions();
        emit connectorsLoaded();
    });
}

Connector ConnectorsPage::selectedConnector() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->connector(rows.first());
}

QString ConnectorsPage::messageText() const
{
    return m_message->message();
}

void ConnectorsPage::updateActions()
{
    const User user = m_session->session().user;
    const Connector c = selectedConnector();
    const bool selected = !c.id.isEmpty();
    const bool manage = user.can(kManage);
    const bool credentials = user.can(kCredentials);
    auto gate = [&](QAction *action, bool allowed, const QString &denied, bool applicable, const QString &notApplicable,
                    const QString &ok) {
        QString why;
        if (!allowed)
            why = denied;
        else if (m_busy)
            why = tr("Waiting for the previous action to finish");
        else if (!selected)
            why = tr("Select a connector first");
        else if (!applicable)
            why = notApplicable;
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? ok : why);
        action->setStatusTip(action->toolTip());
    };
    gate(m_pause, manage, tr("Only IT admins can pause connectors"), !c.isPaused(),
         tr("%1 is already paused").arg(c.name),
         tr("Pause deliveries to %1 for a maintenance window; its transactions wait and do not fail").arg(c.name));
    gate(m_resume, manage, tr("Only IT admins can resume connectors"), c.isPaused(),
         tr("%1 is not paused").arg(c.name), tr("Resume deliveries to %1; waiting transactions are sent").arg(c.name));
    gate(m_test, manage, tr("Only IT admins can test connections"), true, QString(),
         tr("Open a test connection to %1 through the delivery adapter").arg(c.name));
    gate(m_credential, credentials, tr("Only IT admins can set credentials"), true, QString(),
         tr("Replace the credential of %1 (the current secret is never shown)").arg(c.name));

    // About the whole site, not the selected connector.
    const QString reloadWhy = !manage      ? tr("Only IT admins can reload the configuration")
                              : m_reloading ? tr("Waiting for the server to read its configuration file")
                                            : QString();
    m_reloadConfiguration->setEnabled(reloadWhy.isEmpty());
    m_reloadConfiguration->setToolTip(reloadWhy.isEmpty()
                                          ? tr("Have the server read its configuration file again (flows, "
                                               "connectors, what-to-do texts). A file with errors changes nothing; "
                                               "work in progress is kept.")
                                          : reloadWhy);
    m_reloadConfiguration->setStatusTip(m_reloadConfiguration->toolTip());
}

void ConnectorsPage::reloadConfiguration()
{
    if (!m_reloadConfiguration->isEnabled())
        return;
    m_reloading = true;
    updateActions();
    showMessage(tr("The server is reading its configuration file…"), false);
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_admin->reloadConfiguration(this, requestId, [this](const ServiceError &error, const ConfigurationReload &result,
                                                         const QList<ConfigurationProblem> &problems) {
        m_reloading = false;
        updateActions();
        if (error.code == ServiceError::Unimplemented) {
            showMessage(tr("This server runs without a configuration file (it was started without --config), so "
                           "there is nothing to reload. Its flows and connectors stay as they are."),
                        true);
            return;
        }
        if (error.code == ServiceError::FailedPrecondition && !problems.isEmpty()) {
            showMessage(tr("The configuration file has %n error(s); nothing was changed.", nullptr,
                           int(problems.size())),
                        true);
            auto *dialog = new ReloadConfigurationDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->showProblems(problems);
            dialog->open();
            return;
        }
        if (!error.isOk()) {
            showMessage(tr("The configuration could not be reloaded: %1").arg(error.userMessage()), true);
            return;
        }
        QString text = tr("Configuration reloaded from %1: flows %2, connectors %3.")
                           .arg(result.file)
                           .arg(result.flowCount)
                           .arg(result.connectorCount);
        if (result.changedAnyFlow())
            text += QLatin1Char(' ')
                + tr("%n flow(s) added, removed or with a new payload format.", nullptr,
                     int(result.schemaChangedFlows.size() + result.addedFlows.size() + result.removedFlows.size()));
        showMessage(text, false);
        auto *dialog = new ReloadConfigurationDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->showResult(result);
        dialog->open();
        // Connectors may have been added or changed.
        reload();
    });
}

void ConnectorsPage::showMessage(const QString &text, bool error)
{
    m_message->showMessage(text, error);
    emit actionFinished(text);
}

void ConnectorsPage::onActionFailed(const ServiceError &error)
{
    m_busy = false;
    updateActions();
    showMessage(error.userMessage(), true);
}

void ConnectorsPage::askPause()
{
    const Connector c = selectedConnector();
    if (c.id.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Pause %1").arg(c.name),
        tr("Transactions to %1 will wait until it is resumed; none of them fail.\nReason (kept in the audit trail):")
            .arg(c.name),
        QLineEdit::Normal, tr("Maintenance window"), &ok);
    if (ok)
        pauseSelected(reason.trimmed());
}

void ConnectorsPage::pauseSelected(const QString &reason)
{
    const Connector c = selectedConnector();
    if (c.id.isEmpty() || !m_pause->isEnabled())
        return;
    m_busy = true;
    updateActions();
    m_admin->pauseConnector(this, c.id, reason, [this](const ServiceError &error, const Connector &updated) {
        if (!error.isOk())
            return onActionFailed(error);
        m_busy = false;
        m_model->updateConnector(updated);
        showMessage(tr("%1 is paused. Its transactions wait until you resume it.").arg(updated.name), false);
    });
}

void ConnectorsPage::resumeSelected()
{
    const Connector c = selectedConnector();
    if (c.id.isEmpty() || !m_resume->isEnabled())
        return;
    m_busy = true;
    updateActions();
    m_admin->resumeConnector(this, c.id, [this](const ServiceError &error, const Connector &updated) {
        if (!error.isOk())
            return onActionFailed(error);
        m_busy = false;
        m_model->updateConnector(updated);
        showMessage(tr("%1 is resumed. Waiting transactions are being delivered.").arg(updated.name), false);
    });
}

void ConnectorsPage::testSelected()
{
    const Connector c = selectedConnector();
    if (c.id.isEmpty() || !m_test->isEnabled())
        return;
    m_busy = true;
    updateActions();
    showMessage(tr("Testing the connection to %1…").arg(c.name), false);
    const QString name = c.name;
    m_admin->testConnector(this, c.id, [this, name](const ServiceError &error, const ConnectionTestResult &r) {
        if (!error.isOk())
            return onActionFailed(error);
        m_busy = false;
        updateActions();
        if (r.ok)
            showMessage(tr("Connection to %1 works (%2 ms). %3").arg(name).arg(r.latencyMs).arg(r.message), false);
        else
            showMessage(tr("Connection to %1 failed: %2").arg(name, r.message), true);
    });
}

void ConnectorsPage::openCredentialDialog()
{
    const Connector c = selectedConnector();
    if (c.id.isEmpty() || !m_credential->isEnabled())
        return;
    auto *dialog = new CredentialDialog(m_admin, c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CredentialDialog::credentialSet, this, [this](const Connector &updated, qint64 replayed, bool replayAsked) {
        m_model->updateConnector(updated);
        QString text = tr("Credential of %1 replaced: version %2, fingerprint %3.")
                           .arg(updated.name).arg(updated.credentialVersion).arg(updated.credentialFingerprint);
        if (replayAsked)
            text += QLatin1Char(' ') + tr("Authentication failures replayed unchanged: %1.").arg(replayed);
        showMessage(text, false);
    });
    dialog->open();
}

void ConnectorsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The page shows the current state whenever the person comes back to it.
    if (!event->spontaneous())
        reload();
}

} // namespace Flowdesk
