#pragma once

#include "auditentry.h"
#include "csvwriter.h"
#include "serviceerror.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Flowdesk {

class AdminService;
class AuditLogModel;
class CsvExportButton;
class SessionService;

// The audit trail: who did what to which target, newest first, loaded page by
// page as the person scrolls; filters, chain verification and CSV export.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(AdminService *admin, SessionService *session, QWidget *parent = nullptr);

    void reload();
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const;
    void verifyChain();
    // Loads every entry the filter matches, then writes them as CSV to `path`.
    void exportCsv(const QString &path, CsvWriter::ByteOrderMark bom = CsvWriter::ByteOrderMark::Without);

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected edit's changes: field, before, after.
    QTableWidget *changesTable() const { return m_changes; }
    QPushButton *verifyButton() const { return m_verify; }
    CsvExportButton *exportButton() const { return m_export; }
    QString chainText() const;
    QString countText() const;
    QString scopeText() const;

    static constexpr int PageSize = 100;

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void pageLoaded();
    void chainVerified(bool ok);
    void exported(const QString &path, int entries);
    void exportFailed(const QString &message);

private:
    void requestPage(const QString &token);
    void loadMoreIfNeeded();
    void updateCount();
    void updatePermissions();
    void showEntry();
    void continueExport();

    AdminService *m_admin;     // not owned
    SessionService *m_session; // not owned
    AuditLogModel *m_model;
    QLineEdit *m_businessKey;
    QLineEdit *m_actor;
    QComboBox *m_action;
    QComboBox *m_targetType;
    QLineEdit *m_targetId;
    QCheckBox *m_fromCheck;
    QDateTimeEdit *m_from;
    QCheckBox *m_toCheck;
    QDateTimeEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_verify;
    CsvExportButton *m_export;
    QLabel *m_scope;
    QLabel *m_count;
    QLabel *m_chain;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QTableWidget *m_changes;
    AuditFilter m_activeFilter;
    int m_generation = 0;
    QString m_exportPath;
    CsvWriter::ByteOrderMark m_exportBom = CsvWriter::ByteOrderMark::Without;
    QString m_error;
    QElapsedTimer m_lastLoad;
};

} // namespace Flowdesk
