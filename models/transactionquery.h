#pragma once

// What a list of transactions shows: the filter and the order that the backend's
// ListTransactions applies. Pages that drill down (a dashboard tile, a stuck order,
// an error group) hand one of these to the Exceptions page.

#include "domain.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Flowdesk {

// Mirrors flowdesk.v1.TriageStatus.
enum class TriageStatus { Unspecified = 0, New = 1, Investigating = 2, WaitingOnMasterData = 3, WaitingOnPartner = 4 };

// Mirrors flowdesk.v1.ErrorCategory.
enum class ErrorCategory {
    Unspecified = 0,
    Connectivity = 1,
    Authentication = 2,
    MasterData = 3,
    Validation = 4,
    BusinessState = 5,
    Duplicate = 6,
};

enum class TransactionOrder {
    ImpactDesc,   // "impact_score desc" (default)
    CreatedAsc,   // "create_time": oldest first
    CreatedDesc,  // "create_time desc"
    AmountDesc,   // "amount desc"
    DueAsc,       // "due_time"
    Flow,         // "flow_id"
};

struct TransactionQuery
{
    QList<TransactionState> states{TransactionState::Failed};
    QStringList flowIds;
    QStringList plants;
    QStringList domains;
    QString errorSignature;
    QString errorGroup;  // an exact error group (ErrorGroup::group)
    QString text;
    bool stuckOnly = false;
    QList<TriageStatus> triageStatuses;
    QList<ErrorCategory> errorCategories;
    QString assignee;        // username, "me", or empty for anyone
    bool unassignedOnly = false;
    QString correlationId;
    QDateTime createdAfter;  // invalid: no bound
    QDateTime createdBefore;
    TransactionOrder order = TransactionOrder::ImpactDesc;

    bool operator==(const TransactionQuery &other) const = default;
};

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::TransactionQuery)
