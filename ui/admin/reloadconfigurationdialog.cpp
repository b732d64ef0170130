#include "reloadconfigurationdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowdesk {

ReloadConfigurationDialog::ReloadConfigurationDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reloadConfigurationDialog"));
    setWindowTitle(tr("Reload Configuration"));
    resize(760, 420);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("reloadHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("reloadDetails"));
    m_details->setReadOnly(true);
    m_details->hide();

    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("reloadProblems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setAlternatingRowColors(true);
    m_problems->setWordWrap(true);
    m_problems->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_problems->setHeaderLabels({tr("File"), tr("Line"), tr("Column"), tr("Problem")});
    m_problems->header()->setStretchLastSection(true);
    m_problems->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->hide();
    // Ctrl+C copies the chosen errors the way an editor or a terminal shows them.
    auto *copySelected = new QShortcut(QKeySequence::Copy, m_problems);
    copySelected->setContext(Qt::WidgetShortcut);
    connect(copySelected, &QShortcut::activated, this, [this] {
        QStringList lines;
        for (QTreeWidgetItem *item : m_problems->selectedItems())
            lines << item->data(0, Qt::UserRole).toString();
        if (!lines.isEmpty())
            QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy All"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyReportButton"));
    copy->setToolTip(tr("Copy everything shown here to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_report); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
}

QString ReloadConfigurationDialog::headingText() const
{
    return m_heading->text();
}

void ReloadConfigurationDialog::showResult(const ConfigurationReload &reload)
{
    m_heading->setText(tr("The configuration was reloaded from %1. Work in progress was kept.").arg(reload.file));
    QStringList lines;
    lines << tr("Configured now: flows %1 · connectors %2").arg(reload.flowCount).arg(reload.connectorCount);
    const auto section = [&lines](const QString &title, const QStringList &flows) {
        if (flows.isEmpty())
            return;
        lines << QString() << title;
        for (const QString &f : flows)
            lines << QStringLiteral("  • ") + f;
    };
    section(tr("Payload format changed (each has a new schema version):"), reload.schemaChangedFlows);
    section(tr("Flows added:"), reload.addedFlows);
    section(tr("Flows removed:"), reload.removedFlows);
    if (!reload.changedAnyFlow())
        lines << QString() << tr("No flow was added, removed or given a new payload format.");
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_details->show();
    m_problems->hide();
    m_report = m_heading->text() + QStringLiteral("\n\n") + m_details->toPlainText();
}

void ReloadConfigurationDialog::showProblems(const QList<ConfigurationProblem> &problems)
{
    m_heading->setText(
        tr("The configuration file has %n error(s). Nothing was changed: the server goes on with the configuration "
           "it had. Correct the file and reload again.",
           nullptr, int(problems.size())));
    m_problems->clear();
    QStringList lines;
    for (const ConfigurationProblem &p : problems) {
        auto *item = new QTreeWidgetItem(m_problems, {p.file, p.line > 0 ? QString::number(p.line) : QString(),
                                                      p.column > 0 ? QString::number(p.column) : QString(),
                                                      p.message});
        const QString line = p.location().isEmpty() ? p.message : tr("%1: %2").arg(p.location(), p.message);
        item->setData(0, Qt::UserRole, line);
        item->setToolTip(3, p.message);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        lines << line;
    }
    m_problems->show();
    m_details->hide();
    m_report = m_heading->text() + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
}

} // namespace Flowdesk
