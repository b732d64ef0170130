#include "usermessage.h"

#include "flowhealth.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace Flowdesk {

namespace {

// The backend's message ids this console translates, with their English text
// (the source text of the translation, context "Flowdesk::Messages").
const QHash<QString, const char *> &sourceTexts()
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("health.STUCK_OVERDUE"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{count} past the {sla} SLA, the oldest {overdue} overdue")},
        {QStringLiteral("health.STUCK"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{count} past the {sla} SLA")},
        {QStringLiteral("health.FAILURE_RED"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{rate} of {count} in the window failed (red above 10 %)")},
        {QStringLiteral("health.FAILURE_AMBER"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{rate} of {count} in the window failed (amber above 2 %)")},
        {QStringLiteral("health.OLDEST_WAITING"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "the oldest open transaction has waited {age}, over half the {sla} SLA")},
        {QStringLiteral("health.IDLE"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "No transactions in the window, nothing waiting")},
        {QStringLiteral("health.NORMAL"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "Flowing normally: {delivered} of {count} in the window delivered, nothing past its SLA")},
        {QStringLiteral("error.UNKNOWN_CUSTOMER"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "Customer {value} does not exist in {system}.")},
        {QStringLiteral("error.UNKNOWN_SUPPLIER"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "Supplier {value} does not exist in {system}.")},
        {QStringLiteral("error.UNKNOWN_PRODUCT"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "Product {value} does not exist in {system}.")},
        {QStringLiteral("error.UNKNOWN_UOM"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "Unit of measure {value} is not defined in {system}.")},
        {QStringLiteral("error.UNKNOWN_WORK_CENTER"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "Work center {value} is not defined in {system}.")},
        {QStringLiteral("error.UNKNOWN_EQUIPMENT"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "Equipment {value} is not registered in {system}.")},
        {QStringLiteral("error.MISSING_SUPPLIER_MAPPING"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{system} has no product for the supplier's article {value}.")},
        {QStringLiteral("error.UNKNOWN_CUSTOMER.many"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{count} different customers do not exist in {system}.")},
        {QStringLiteral("error.UNKNOWN_SUPPLIER.many"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{count} different suppliers do not exist in {system}.")},
        {QStringLiteral("error.UNKNOWN_PRODUCT.many"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{count} different products do not exist in {system}.")},
        {QStringLiteral("error.UNKNOWN_UOM.many"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{count} different units of measure are not defined in {system}.")},
        {QStringLiteral("error.UNKNOWN_WORK_CENTER.many"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{count} different work centers are not defined in {system}.")},
        {QStringLiteral("error.UNKNOWN_EQUIPMENT.many"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{count} different pieces of equipment are not registered in {system}.")},
        {QStringLiteral("error.MISSING_SUPPLIER_MAPPING.many"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{system} has no product for {count} different supplier articles.")},
        {QStringLiteral("error.MISSING_FIELD"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "A required field is empty.")},
        {QStringLiteral("error.INVALID_DATE"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "A date is not valid.")},
        {QStringLiteral("error.DATE_ORDER"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "Two dates are in the wrong order.")},
        {QStringLiteral("error.NO_LINES"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The document has no lines.")},
        {QStringLiteral("error.INVALID_QUANTITY"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "A quantity must be greater than zero.")},
        {QStringLiteral("error.INVALID_PRICE"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "A line has no price.")},
        {QStringLiteral("error.TOTAL_MISMATCH"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The total does not match the sum of the lines.")},
        {QStringLiteral("error.UOM_CATEGORY_MISMATCH"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "A unit is not of the same kind as the product's unit.")},
        {QStringLiteral("error.PRODUCT_MISMATCH"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The supplier's article belongs to another product.")},
        {QStringLiteral("error.INCONSISTENT_RESULT"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The lot is accepted although a characteristic is out of tolerance.")},
        {QStringLiteral("error.PERIOD_MISMATCH"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The invoice date lies outside the posting period.")},
        {QStringLiteral("error.ZERO_AMOUNT"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The statement line has no amount.")},
        {QStringLiteral("error.CYCLIC_BOM"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "A product is a component of its own bill of materials.")},
        {QStringLiteral("error.MALFORMED_PAYLOAD"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The message is damaged.")},
        {QStringLiteral("error.CREDIT_HOLD"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The customer {value} is on credit hold in {system}.")},
        {QStringLiteral("error.CREDIT_LIMIT_EXCEEDED"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The order exceeds the customer's available credit.")},
        {QStringLiteral("error.PERIOD_CLOSED"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The fiscal period {value} is closed for posting.")},
        {QStringLiteral("error.ORDER_CLOSED"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The order is already closed in {system}.")},
        {QStringLiteral("error.DUPLICATE_DOCUMENT"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The document already exists in {system}.")},
        {QStringLiteral("error.INVALID_POSTAL_CODE"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The postal code {value} is not valid for its country.")},
        {QStringLiteral("error.SESSION_EXPIRED"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{system} refused the integration's sign-in.")},
        {QStringLiteral("error.TOKEN_EXPIRED"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{system} refused the access token.")},
        {QStringLiteral("error.INVALID_TOKEN"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{system} refused the access token.")},
        {QStringLiteral("error.TIMEOUT"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{system} did not answer in time.")},
        {QStringLiteral("error.CONNECTION_REFUSED"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{system} could not be reached.")},
        {QStringLiteral("error.SERVICE_UNAVAILABLE"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{system} is unavailable.")},
        {QStringLiteral("error.RATE_LIMITED"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "{system} is limiting how fast it accepts requests.")},
        {QStringLiteral("bulk.WOULD_SUCCEED"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "Would succeed.")},
        {QStringLiteral("bulk.DONE"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "Done.")},
        {QStringLiteral("bulk.NOT_FOUND"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "This transaction no longer exists.")},
        {QStringLiteral("bulk.NO_SCHEMA"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The flow's format is not available, so the correction cannot be checked.")},
        {QStringLiteral("bulk.PATCH_FAILED"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The correction cannot be applied to this transaction's payload ({detail}).")},
        {QStringLiteral("bulk.PAYLOAD_PROBLEMS"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The corrected payload does not fit the flow's format ({count} problems).")},
        {QStringLiteral("bulk.PAYLOAD_PROBLEM"), QT_TRANSLATE_NOOP("Flowdesk::Messages", "The corrected payload does not fit the flow's format (one problem).")},
    };
    return texts;
}

} // namespace

QString fillUserMessage(const QString &text, const QList<QPair<QString, QString>> &args)
{
    QString out;
    out.reserve(text.size() + 32);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            out += text.mid(pos);
            break;
        }
        out += text.mid(pos, open - pos);
        const QString name = text.mid(open + 1, close - open - 1);
        QString value;
        for (const auto &a : args) {
            if (a.first == name)
                value = a.second;
        }
        if (!value.isEmpty()) {
            out += value;
        } else if (out.endsWith(QLatin1Char(' '))) {
            out.chop(1);
        } else if (close + 1 < text.size() && text.at(close + 1) == QLatin1Char(' ')) {
            pos = close + 2;
            continue;
        }
        pos = close + 1;
    }
    return out;
}

QString UserMessage::arg(const QString &name) const
{
    for (const auto &a : args) {
        if (a.first == name)
            return a.second;
    }
    return {};
}

bool UserMessage::isKnown() const
{
    return sourceTexts().contains(id);
}

namespace {
// The health reasons carry durations and rates as the backend writes them
// ("26 d 8 h", "2.7 %"); the reader gets them in their own units and numbers.
QString localizedHealthArg(const QString &name, const QString &value)
{
    if (name == QLatin1String("rate")) {
        static const QRegularExpression rate(QStringLiteral("^(\\d+(?:\\.\\d+)?) %$"));
        const auto m = rate.match(value);
        return m.hasMatch() ? QLocale().toString(m.captured(1).toDouble(), 'f', 1) + QStringLiteral(" %") : value;
    }
    if (name != QLatin1String("sla") && name != QLatin1String("overdue") && name != QLatin1String("age"))
        return value;
    static const QRegularExpression duration(QStringLiteral("^(\\d+) (s|min|h|d)(?: (\\d+) (min|h))?$"));
    const auto m = duration.match(value);
    if (!m.hasMatch())
        return value;
    const auto seconds = [](const QString &n, const QString &unit) {
        const qint64 v = n.toLongLong();
        return unit == QLatin1String("d") ? v * 86400 : unit == QLatin1String("h") ? v * 3600
             : unit == QLatin1String("min") ? v * 60 : v;
    };
    qint64 total = seconds(m.captured(1), m.captured(2));
    if (m.hasCaptured(3))
        total += seconds(m.captured(3), m.captured(4));
    return formatWaitTime(total);
}
} // namespace

QString UserMessage::text() const
{
    const auto it = sourceTexts().constFind(id);
    if (it == sourceTexts().constEnd())
        return serverText;
    if (id.startsWith(QLatin1String("health."))) {
        QList<QPair<QString, QString>> localized = args;
        for (auto &a : localized)
            a.second = localizedHealthArg(a.first, a.second);
        return fillUserMessage(QCoreApplication::translate("Flowdesk::Messages", it.value()), localized);
    }
    return fillUserMessage(QCoreApplication::translate("Flowdesk::Messages", it.value()), args);
}

} // namespace Flowdesk
