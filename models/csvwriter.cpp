#include "csvwriter.h"

namespace Flowdesk {

CsvWriter::CsvWriter(ByteOrderMark bom)
{
    if (bom == ByteOrderMark::With)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

void CsvWriter::addHeader(const QStringList &names)
{
    for (const QString &name : names)
        addText(name);
    endRow();
}

CsvWriter &CsvWriter::addText(const QString &text)
{
    addCell(quoted(defused(text)));
    return *this;
}

CsvWriter &CsvWriter::addNumber(qint64 value)
{
    addCell(QString::number(value));
    return *this;
}

CsvWriter &CsvWriter::addAmount(qint64 amountMinor, const QString &currency)
{
    if (currency.isEmpty() && amountMinor == 0) {
        addCell(QString());
        addCell(QString());
        return *this;
    }
    addCell(decimalAmount(amountMinor, currency));
    addText(currency);
    return *this;
}

CsvWriter &CsvWriter::addDateTime(const QDateTime &time, Qt::DateFormat format)
{
    addCell(time.isValid() ? time.toUTC().toString(format) : QString());
    return *this;
}

void CsvWriter::endRow()
{
    m_data += "\r\n";
    m_rowStarted = false;
    ++m_rows;
}

QByteArray CsvWriter::takeData()
{
    QByteArray out;
    out.swap(m_data);
    return out;
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString CsvWriter::defused(const QString &text)
{
    static const QString starters = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && starters.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

int CsvWriter::currencyDecimals(const QString &currency)
{
    // ISO 4217 minor units of the currencies that do not have two.
    static const QStringList none = {QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
                                     QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"),
                                     QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("PYG"),
                                     QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
                                     QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"),
                                     QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList three = {QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                      QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                      QStringLiteral("TND")};
    const QString code = currency.toUpper();
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

QString CsvWriter::decimalAmount(qint64 amountMinor, const QString &currency)
{
    // Integer arithmetic, so that no amount goes through a double and comes out a cent off.
    const int decimals = currencyDecimals(currency);
    const bool negative = amountMinor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(amountMinor) : quint64(amountMinor);
    quint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(magnitude / unit);
    if (decimals > 0)
        out += QLatin1Char('.') + QString::number(magnitude % unit).rightJustified(decimals, QLatin1Char('0'));
    return out;
}

void CsvWriter::addCell(const QString &field)
{
    if (m_rowStarted)
        m_data += ',';
    m_data += field.toUtf8();
    m_rowStarted = true;
}

} // namespace Flowdesk
