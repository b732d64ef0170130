#pragma once

#include "connector.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Flowdesk {

// What reloading the site's configuration did: what changed, or every error of the
// refused file with its file, line and column, to read and to copy for fixing.
class ReloadConfigurationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReloadConfigurationDialog(QWidget *parent = nullptr);

    void showResult(const ConfigurationReload &reload);
    void showProblems(const QList<ConfigurationProblem> &problems);

    QString headingText() const;
    // Everything shown, as plain text ("site.yaml:12:5: unknown connector \"odoo\"").
    QString reportText() const { return m_report; }
    QTreeWidget *problemList() const { return m_problems; }

private:
    QLabel *m_heading;
    QPlainTextEdit *m_details;
    QTreeWidget *m_problems;
    QString m_report;
};

} // namespace Flowdesk
