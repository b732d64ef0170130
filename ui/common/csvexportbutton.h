#pragma once

#include "csvwriter.h"

#include <QToolButton>

class QAction;

namespace Flowdesk {

// The "Export CSV…" button of a page: a click asks where to save and then asks the
// page to write the file; its menu holds the choice every export shares, whether
// the file starts with a UTF-8 byte order mark so that Excel shows umlauts right.
// The choice is remembered across sessions.
class CsvExportButton : public QToolButton
{
    Q_OBJECT
public:
    // `dialogTitle` heads the save dialog; `suggestedName` is a file name (placed in
    // the documents folder) or a path, where %1 becomes the date and time of the export.
    CsvExportButton(const QString &dialogTitle, const QString &suggestedName, QWidget *parent = nullptr);

    void setSuggestedName(const QString &name) { m_suggestedName = name; }
    QAction *byteOrderMarkAction() const { return m_bomAction; }

    // Asks for the file as a click does (also for a keyboard shortcut).
    void askForFile();

    static CsvWriter::ByteOrderMark byteOrderMark();
    static void setByteOrderMark(CsvWriter::ByteOrderMark bom);

signals:
    void exportRequested(const QString &path, Flowdesk::CsvWriter::ByteOrderMark bom);

private:
    QString m_dialogTitle;
    QString m_suggestedName;
    QAction *m_bomAction;
};

} // namespace Flowdesk
