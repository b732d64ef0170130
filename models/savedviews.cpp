#include "savedviews.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace Flowdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flowdesk::SavedViews)
};

QString settingsKey(const QString &username)
{
    return QStringLiteral("exceptions/savedViews/%1").arg(username.isEmpty() ? QStringLiteral("_") : username);
}

template <class E>
QJsonArray enumArray(const QList<E> &values)
{
    QJsonArray a;
    for (E v : values)
        a.append(int(v));
    return a;
}

template <class E>
QList<E> enumList(const QJsonValue &value)
{
    QList<E> list;
    for (const QJsonValue &v : value.toArray())
        list << static_cast<E>(v.toInt());
    return list;
}
} // namespace

SavedViews::SavedViews(const QString &username)
    : m_username(username)
{
    load();
}

QList<SavedView> SavedViews::builtIns()
{
    QList<SavedView> views;
    TransactionQuery mine;
    mine.assignee = QStringLiteral("me");
    views << SavedView{Tr::tr("My open exceptions"), mine, true};
    TransactionQuery stuck;
    stuck.stuckOnly = true;
    stuck.order = TransactionOrder::DueAsc;
    views << SavedView{Tr::tr("Stuck orders"), stuck, true};
    TransactionQuery high;
    high.order = TransactionOrder::AmountDesc;
    views << SavedView{Tr::tr("High value"), high, true};
    return views;
}

QList<SavedView> SavedViews::all() const
{
    return builtIns() + m_own;
}

void SavedViews::save(const QString &name, const TransactionQuery &query)
{
    remove(name);
    m_own << SavedView{name, query, false};
    store();
}

void SavedViews::remove(const QString &name)
{
    m_own.removeIf([&](const SavedView &v) { return v.name == name; });
    store();
}

void SavedViews::load()
{
    QSettings settings;
    const QJsonArray views = QJsonDocument::fromJson(settings.value(settingsKey(m_username)).toByteArray()).array();
    for (const QJsonValue &v : views) {
        const QJsonObject o = v.toObject();
        m_own << SavedView{o.value(QLatin1String("name")).toString(),
                           fromJson(QString::fromUtf8(QJsonDocument(o.value(QLatin1String("query")).toObject()).toJson())),
                           false};
    }
}

void SavedViews::store() const
{
    QJsonArray views;
    for (const SavedView &v : m_own) {
        QJsonObject o;
        o.insert(QLatin1String("name"), v.name);
        o.insert(QLatin1String("query"), QJsonDocument::fromJson(toJson(v.query).toUtf8()).object());
        views.append(o);
    }
    QSettings settings;
    settings.setValue(settingsKey(m_username), QJsonDocument(views).toJson(QJsonDocument::Compact));
}

QString SavedViews::toJson(const TransactionQuery &q)
{
    QJsonObject o;
    o.insert(QLatin1String("states"), enumArray(q.states));
    o.insert(QLatin1String("flows"), QJsonArray::fromStringList(q.flowIds));
    o.insert(QLatin1String("plants"), QJsonArray::fromStringList(q.plants));
    o.insert(QLatin1String("domains"), QJsonArray::fromStringList(q.domains));
    o.insert(QLatin1String("signature"), q.errorSignature);
    if (!q.errorGroup.isEmpty())
        o.insert(QLatin1String("group"), q.errorGroup);
    o.insert(QLatin1String("text"), q.text);
    o.insert(QLatin1String("stuck"), q.stuckOnly);
    o.insert(QLatin1String("triage"), enumArray(q.triageStatuses));
    o.insert(QLatin1String("categories"), enumArray(q.errorCategories));
    o.insert(QLatin1String("assignee"), q.assignee);
    o.insert(QLatin1String("unassigned"), q.unassignedOnly);
    if (q.createdAfter.isValid())
        o.insert(QLatin1String("after"), q.createdAfter.toString(Qt::ISODate));
    if (q.createdBefore.isValid())
        o.insert(QLatin1String("before"), q.createdBefore.toString(Qt::ISODate));
    o.insert(QLatin1String("order"), int(q.order));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TransactionQuery SavedViews::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    TransactionQuery q;
    auto strings = [&](const char *key) {
        QStringList list;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            list << v.toString();
        return list;
    };
    if (o.contains(QLatin1String("states")))
        q.states = enumList<TransactionState>(o.value(QLatin1String("states")));
    q.flowIds = strings("flows");
    q.plants = strings("plants");
    q.domains = strings("domains");
    q.errorSignature = o.value(QLatin1String("signature")).toString();
    q.errorGroup = o.value(QLatin1String("group")).toString();
    q.text = o.value(QLatin1String("text")).toString();
    q.stuckOnly = o.value(QLatin1String("stuck")).toBool();
    q.triageStatuses = enumList<TriageStatus>(o.value(QLatin1String("triage")));
    q.errorCategories = enumList<ErrorCategory>(o.value(QLatin1String("categories")));
    q.assignee = o.value(QLatin1String("assignee")).toString();
    q.unassignedOnly = o.value(QLatin1String("unassigned")).toBool();
    q.createdAfter = QDateTime::fromString(o.value(QLatin1String("after")).toString(), Qt::ISODate);
    q.createdBefore = QDateTime::fromString(o.value(QLatin1String("before")).toString(), Qt::ISODate);
    q.order = static_cast<TransactionOrder>(o.value(QLatin1String("order")).toInt());
    return q;
}

} // namespace Flowdesk
