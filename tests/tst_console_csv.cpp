// The console's one CSV writer: quoting (RFC 4180), defusing formulas (OWASP CSV
// injection), amounts with their currency, the byte order mark for Excel.

#include "csvwriter.h"

#include <QTest>

using namespace Flowdesk;

class TestConsoleCsv : public QObject
{
    Q_OBJECT
private slots:
    void cell_data();
    void cell();
    void rowsAndPagedOutput();
};

namespace {
enum Kind { Text, Number, Amount };
}

void TestConsoleCsv::cell_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    auto text = [](const char *name, const QString &in, const QByteArray &out) {
        QTest::newRow(name) << int(Text) << in << qint64(0) << false << out;
    };
    text("plain", QStringLiteral("SO-1001"), "SO-1001\r\n");
    text("empty", QString(), "\r\n");
    text("comma", QStringLiteral("ACME, Inc."), "\"ACME, Inc.\"\r\n");
    text("quote", QStringLiteral("say \"hi\""), "\"say \"\"hi\"\"\"\r\n");
    text("CR alone", QStringLiteral("one\rtwo"), "\"one\rtwo\"\r\n");
    text("LF", QStringLiteral("one\ntwo"), "\"one\ntwo\"\r\n");
    text("CRLF", QStringLiteral("one\r\ntwo"), "\"one\r\ntwo\"\r\n");
    text("formula =", QStringLiteral("=SUM(A1:A9)"), "'=SUM(A1:A9)\r\n");
    text("formula +", QStringLiteral("+49 30 1234"), "'+49 30 1234\r\n");
    text("formula - in text", QStringLiteral("-5"), "'-5\r\n");
    text("formula @", QStringLiteral("@SUM(1)"), "'@SUM(1)\r\n");
    text("formula tab", QStringLiteral("\t=1"), "'\t=1\r\n");
    text("formula CR", QStringLiteral("\r=1"), "\"'\r=1\"\r\n");
    text("formula quoted", QStringLiteral("=HYPERLINK(\"http://evil\"), \"x\""),
         "\"'=HYPERLINK(\"\"http://evil\"\"), \"\"x\"\"\"\r\n");
    text("formula sign inside", QStringLiteral("A-1=2"), "A-1=2\r\n");
    text("umlaut without BOM", QStringLiteral("Müller GmbH"), "M\xC3\xBCller GmbH\r\n");
    QTest::newRow("umlaut with BOM") << int(Text) << QStringLiteral("Müller GmbH") << qint64(0) << true
                                     << bom + "M\xC3\xBCller GmbH\r\n";
    QTest::newRow("empty with BOM") << int(Text) << QString() << qint64(0) << true << bom + "\r\n";

    QTest::newRow("number") << int(Number) << QString() << qint64(42) << false << QByteArray("42\r\n");
    QTest::newRow("negative number not guarded") << int(Number) << QString() << qint64(-5) << false
                                                 << QByteArray("-5\r\n");

    auto amount = [](const char *name, qint64 minor, const QString &currency, const QByteArray &out) {
        QTest::newRow(name) << int(Amount) << currency << minor << false << out;
    };
    amount("amount EUR, 2 decimals", 123450, QStringLiteral("EUR"), "1234.50,EUR\r\n");
    amount("amount small", 5, QStringLiteral("EUR"), "0.05,EUR\r\n");
    amount("amount negative not guarded", -123405, QStringLiteral("EUR"), "-1234.05,EUR\r\n");
    amount("amount JPY, 0 decimals", 1234, QStringLiteral("JPY"), "1234,JPY\r\n");
    amount("amount KWD, 3 decimals", 1234500, QStringLiteral("KWD"), "1234.500,KWD\r\n");
    amount("amount KWD fraction", 7, QStringLiteral("KWD"), "0.007,KWD\r\n");
    amount("amount large", Q_INT64_C(900719925474099312), QStringLiteral("USD"), "9007199254740993.12,USD\r\n");
    amount("no amount", 0, QString(), ",\r\n");
    amount("zero with currency", 0, QStringLiteral("EUR"), "0.00,EUR\r\n");
}

void TestConsoleCsv::cell()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(qint64, number);
    QFETCH(bool, bom);
    QFETCH(QByteArray, expected);

    CsvWriter csv(bom ? CsvWriter::ByteOrderMark::With : CsvWriter::ByteOrderMark::Without);
    switch (Kind(kind)) {
    case Text: csv.addText(text); break;
    case Number: csv.addNumber(number); break;
    case Amount: csv.addAmount(number, text); break;
    }
    csv.endRow();
    QCOMPARE(csv.data(), expected);
    QCOMPARE(csv.rowCount(), 1);
}

void TestConsoleCsv::rowsAndPagedOutput()
{
    CsvWriter csv(CsvWriter::ByteOrderMark::With);
    csv.addHeader({QStringLiteral("Business key"), QStringLiteral("Amount"), QStringLiteral("Currency"),
                   QStringLiteral("Received (UTC)")});
    QByteArray file = csv.takeData();
    QVERIFY(file.startsWith("\xEF\xBB\xBF" "Business key,Amount,Currency,Received (UTC)\r\n"));

    const QDateTime received(QDate(2026, 3, 1), QTime(13, 0), Qt::OffsetFromUTC, 3600);
    csv.addText(QStringLiteral("=cmd|' /C calc'!A0")).addAmount(199, QStringLiteral("EUR")).addDateTime(received);
    csv.endRow();
    csv.addText(QStringLiteral("SO-2")).addAmount(0, QString()).addDateTime(QDateTime());
    csv.endRow();
    const QByteArray page = csv.takeData();
    // The byte order mark comes once, at the start of the file, not with every page.
    QVERIFY(!page.startsWith("\xEF\xBB\xBF"));
    file += page;
    QCOMPARE(csv.takeData(), QByteArray());
    QCOMPARE(csv.rowCount(), 3);
    QCOMPARE(file.mid(3), QByteArray("Business key,Amount,Currency,Received (UTC)\r\n"
                                     "'=cmd|' /C calc'!A0,1.99,EUR,2026-03-01T12:00:00Z\r\n"
                                     "SO-2,,,\r\n"));
}

QTEST_GUILESS_MAIN(TestConsoleCsv)
#include "tst_console_csv.moc"
