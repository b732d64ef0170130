#include "csvexportbutton.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>

namespace Flowdesk {

namespace {
const char kBomKey[] = "export/csvByteOrderMark";
}

CsvExportButton::CsvExportButton(const QString &dialogTitle, const QString &suggestedName, QWidget *parent)
    : QToolButton(parent)
    , m_dialogTitle(dialogTitle)
    , m_suggestedName(suggestedName)
{
    setText(tr("Export CSV…"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setPopupMode(QToolButton::MenuButtonPopup);

    auto *menu = new QMenu(this); // owned by the button
    m_bomAction = menu->addAction(tr("For Excel (UTF-8 with byte order mark)"));
    m_bomAction->setObjectName(QStringLiteral("csvByteOrderMarkAction"));
    m_bomAction->setCheckable(true);
    m_bomAction->setToolTip(tr("Start the file with a byte order mark, so that Excel shows umlauts and accents "
                               "right. Other programs may show it as a stray character."));
    setMenu(menu);
    // Every export button shows the same choice: read it when the menu opens.
    connect(menu, &QMenu::aboutToShow, this,
            [this] { m_bomAction->setChecked(byteOrderMark() == CsvWriter::ByteOrderMark::With); });
    connect(m_bomAction, &QAction::toggled, this, [](bool on) {
        setByteOrderMark(on ? CsvWriter::ByteOrderMark::With : CsvWriter::ByteOrderMark::Without);
    });
    m_bomAction->setChecked(byteOrderMark() == CsvWriter::ByteOrderMark::With);
    connect(this, &QToolButton::clicked, this, &CsvExportButton::askForFile);
}

void CsvExportButton::askForFile()
{
    QString suggested = m_suggestedName;
    if (suggested.contains(QLatin1String("%1")))
        suggested = suggested.arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    if (QDir::isRelativePath(suggested)) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!dir.isEmpty())
            suggested = QDir(dir).filePath(suggested);
    }
    const QString path = QFileDialog::getSaveFileName(this, m_dialogTitle, suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        emit exportRequested(path, byteOrderMark());
}

CsvWriter::ByteOrderMark CsvExportButton::byteOrderMark()
{
    // On unless turned off: the people who export mostly open the file in Excel.
    return QSettings().value(QLatin1String(kBomKey), true).toBool() ? CsvWriter::ByteOrderMark::With
                                                                     : CsvWriter::ByteOrderMark::Without;
}

void CsvExportButton::setByteOrderMark(CsvWriter::ByteOrderMark bom)
{
    QSettings().setValue(QLatin1String(kBomKey), bom == CsvWriter::ByteOrderMark::With);
}

} // namespace Flowdesk
