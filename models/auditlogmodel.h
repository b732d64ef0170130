#pragma once

#include "auditentry.h"
#include "csvwriter.h"

#include <QAbstractTableModel>
#include <QList>

namespace Flowdesk {

// The audit trail, newest first, loaded page by page as the view scrolls
// (keyset paging: each page carries the token of the next one). The model does
// not talk to the backend: requestMore() asks for the next page with
// moreRequested(), and whoever answers hands the page to appendPage(). It is not
// done through fetchMore(), which QAbstractItemModelTester calls after every
// change and would load the whole trail.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SequenceColumn, TimeColumn, ActorColumn, ActionColumn, TargetColumn, ReasonColumn, DetailColumn,
                  ColumnCount };
    enum Roles { EntryRole = Qt::UserRole + 1, SequenceRole };

    explicit AuditLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool hasMore() const { return !m_nextPageToken.isEmpty(); }
    // Asks for the next page unless one is out already or there is none; true if asked.
    bool requestMore();

    // Forgets the rows; the first page is expected next.
    void clear();
    void appendPage(const AuditEntryPage &page);
    // A request for the next page failed: requestMore may ask again.
    void pageFailed() { m_loading = false; }

    AuditEntry entry(const QModelIndex &index) const;
    QList<AuditEntry> entries() const { return m_entries; }
    int totalSize() const { return m_totalSize; }
    bool isLoading() const { return m_loading; }
    QString nextPageToken() const { return m_nextPageToken; }
    int rowOfSequence(qint64 sequence) const;

    // The loaded rows as CSV (header line, then one line per entry; see CsvWriter).
    QByteArray toCsv(CsvWriter::ByteOrderMark bom = CsvWriter::ByteOrderMark::Without) const;

signals:
    void moreRequested(const QString &pageToken);

private:
    QList<AuditEntry> m_entries;
    QString m_nextPageToken;
    int m_totalSize = 0;
    bool m_loading = false;
};

AuditLogModel *createAuditLogModel(QObject *parent);

} // namespace Flowdesk
