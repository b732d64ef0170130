// The console's half of one validation truth: every case of
// tests/data/validation_cases.json through the payload form's validator and
// through the payload editor itself, which must refuse exactly what flowdeskd
// refuses (tests/tst_api_validation.cpp runs the same table against the server),
// naming the same fields.

#include "jsonschema.h"
#include "payloadeditor/payloadeditor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace Flowdesk;

namespace {

struct Case {
    QString name;
    QString schemaJson;
    QString payloadJson;
    bool valid = false;
    QSet<QString> pointers;
};

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QList<Case> loadCases()
{
    QFile file(QStringLiteral(FLOWDESK_VALIDATION_CASES));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Case> out;
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("cases")).toArray();
    for (const auto &entry : cases) {
        const QJsonObject c = entry.toObject();
        Case k;
        k.name = c.value(QLatin1String("name")).toString();
        k.valid = c.value(QLatin1String("valid")).toBool();
        if (c.contains(QLatin1String("root_schema"))) {
            k.schemaJson = compact(c.value(QLatin1String("root_schema")));
            k.payloadJson = compact(c.value(QLatin1String("payload")));
        } else {
            k.schemaJson = QLatin1String("{\"type\":\"object\",\"properties\":{\"v\":")
                + compact(c.value(QLatin1String("schema"))) + QLatin1String("}}");
            k.payloadJson = QLatin1String("{\"v\":") + compact(c.value(QLatin1String("value"))) + QLatin1String("}");
        }
        for (const auto &p : c.value(QLatin1String("pointers")).toArray())
            k.pointers.insert(p.toString());
        out.append(k);
    }
    return out;
}

QSet<QString> fieldsOf(const QList<FieldViolation> &violations)
{
    QSet<QString> out;
    for (const FieldViolation &v : violations)
        out.insert(v.field);
    return out;
}

QString describe(const QSet<QString> &pointers)
{
    QStringList list(pointers.begin(), pointers.end());
    list.sort();
    return list.join(QLatin1String(", "));
}

} // namespace

class ConsoleValidationTest : public QObject
{
    Q_OBJECT

private:
    QList<Case> m_cases;

private slots:
    void initTestCase()
    {
        m_cases = loadCases();
        QVERIFY2(m_cases.size() > 50, "tests/data/validation_cases.json cannot be read");
    }

    void formValidatorAgreesWithTheServer_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_cases.size(); ++i)
            QTest::newRow(qPrintable(m_cases[i].name)) << i;
    }

    void formValidatorAgreesWithTheServer()
    {
        QFETCH(int, index);
        const Case &c = m_cases[index];
        PayloadSchema schema;
        QString error;
        QVERIFY2(schema.load(c.schemaJson, &error), qPrintable(error));
        JsonParseError parseError;
        const auto document = parseJson(c.payloadJson, &parseError);
        QVERIFY2(document, qPrintable(parseError.message));
        const QList<FieldViolation> found = schema.validate(*document);
        if (c.valid) {
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("refused %1: %2 (%3)")
                                                     .arg(c.payloadJson, describe(fieldsOf(found)),
                                                          found.isEmpty() ? QString() : found.first().description)));
        } else {
            QVERIFY2(fieldsOf(found) == c.pointers,
                     qPrintable(QStringLiteral("named [%1], the table says [%2]")
                                    .arg(describe(fieldsOf(found)), describe(c.pointers))));
            for (const FieldViolation &v : found)
                QVERIFY(!v.description.isEmpty());
        }
    }

    void payloadEditorAgreesWithTheServer_data() { formValidatorAgreesWithTheServer_data(); }

    void payloadEditorAgreesWithTheServer()
    {
        QFETCH(int, index);
        const Case &c = m_cases[index];
        PayloadEditor editor;
        editor.setSchema(c.schemaJson);
        editor.setPayload(c.payloadJson, c.payloadJson, {});
        QCOMPARE(editor.isValid(), c.valid);
        if (!c.valid)
            QCOMPARE(describe(fieldsOf(editor.violations())), describe(c.pointers));
    }
};

QTEST_MAIN(ConsoleValidationTest)
#include "tst_console_validation.moc"
