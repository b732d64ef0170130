#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Flowdesk {

// The one writer of CSV files in the console (exceptions, stuck orders, the audit
// trail): RFC 4180 with CRLF line ends, UTF-8, optionally with a byte order mark so
// that Excel reads umlauts right.
//
// Cells that can hold text from outside (a business key, an error message, a
// reason someone typed) are written with addText(), which defuses what a
// spreadsheet would run as a formula: a cell that starts with =, +, -, @, a tab or
// a carriage return gets a leading apostrophe (OWASP, "CSV Injection"). Numbers,
// amounts and times the writer formats itself are never altered.
//
// Rows build up in memory; takeData() hands out what is ready, so a long export
// can be written to its file page by page.
class CsvWriter
{
public:
    enum class ByteOrderMark { Without, With };

    explicit CsvWriter(ByteOrderMark bom = ByteOrderMark::Without);

    // A header line: every name is a text cell.
    void addHeader(const QStringList &names);

    CsvWriter &addText(const QString &text);
    CsvWriter &addNumber(qint64 value);
    // Two cells: the amount in major units as a plain decimal number with a dot
    // ("1234.50", as many decimals as the currency has) and the currency code.
    // Both stay empty when there is no amount (no currency and zero).
    CsvWriter &addAmount(qint64 amountMinor, const QString &currency);
    // ISO 8601 in UTC ("2026-03-01T12:00:00Z"); empty for an invalid time.
    CsvWriter &addDateTime(const QDateTime &time, Qt::DateFormat format = Qt::ISODate);
    void endRow();

    int rowCount() const { return m_rows; }
    QByteArray data() const { return m_data; }
    // What has been written since the last call, the byte order mark included once.
    QByteArray takeData();

    // The building blocks, public for tests.
    static QString quoted(const QString &field);
    static QString defused(const QString &text);
    static QString decimalAmount(qint64 amountMinor, const QString &currency);
    // The currency's minor unit digits (ISO 4217): 0 for JPY, 3 for KWD, 2 for most.
    static int currencyDecimals(const QString &currency);

private:
    void addCell(const QString &field);

    QByteArray m_data;
    int m_rows = 0;
    bool m_rowStarted = false;
};

} // namespace Flowdesk
