#pragma once

#include "domain.h"

#include <QByteArray>
#include <QList>

namespace Flowdesk::Cache {

// Kinds of entries the console keeps (the key is given with each).
inline const QString FlowsKind = QStringLiteral("flows");           // key "catalogue"
inline const QString DashboardKind = QStringLiteral("dashboard");   // key: the dashboard's scope
inline const QString ExceptionPageKind = QStringLiteral("exceptions.page"); // key: the query's canonical text
inline const QString TransactionKind = QStringLiteral("transaction");       // key: transaction id
inline const QString HistoryKind = QStringLiteral("history");               // key: transaction id

// The flow catalogue as saved in the cache (versioned binary stream).
QByteArray encodeFlows(const QList<Flow> &flows);
// Empty (and ok == false) for data of another version or a damaged entry.
QList<Flow> decodeFlows(const QByteArray &data, bool *ok = nullptr);

} // namespace Flowdesk::Cache
