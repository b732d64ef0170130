#pragma once

#include "connector.h"
#include "serviceerror.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;
class QToolBar;

namespace Flowdesk {

class AdminService;
class ConnectorListModel;
class EventFollower;
class MessageLine;
class SessionService;
struct FlowEvent;

// The connector registry: status for everyone who may read it, pause, resume,
// test and credential rotation for IT admins. Unavailable actions say why.
class ConnectorsPage : public QWidget
{
    Q_OBJECT
public:
    ConnectorsPage(AdminService *admin, SessionService *session, EventFollower *events, QWidget *parent = nullptr);

    void reload();
    ConnectorListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *testAction() const { return m_test; }
    QAction *credentialAction() const { return m_credential; }
    QAction *reloadConfigurationAction() const { return m_reloadConfiguration; }
    QString messageText() const;

    // Runs an action on the selected connector without asking (tests, scripting).
    void pauseSelected(const QString &reason);
    void resumeSelected();
    void testSelected();
    // Has the server read its configuration file again; shows what changed or
    // every error of the file.
    void reloadConfiguration();

signals:
    void connectorsLoaded();
    void actionFinished(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void showMessage(const QString &text, bool error);
    void onActionFailed(const ServiceError &error);
    void askPause();
    void openCredentialDialog();
    Connector selectedConnector() const;

    AdminService *m_admin;     // not owned
    SessionService *m_session; // not owned
    ConnectorListModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    MessageLine *m_message;
    QAction *m_refresh;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_test;
    QAction *m_credential;
    QAction *m_reloadConfiguration;
    bool m_reloading = false;
    QTimer *m_coalesce;
    bool m_busy = false;
};

} // namespace Flowdesk
