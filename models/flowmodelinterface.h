#pragma once

#include "domain.h"

#include <QModelIndexList>

namespace Flowdesk {

// Custom data roles of the console's flow models.
enum FlowRoles {
    FlowIdRole = Qt::UserRole + 1,
    // Numbers and durations as numbers, so that proxies sort them numerically.
    SortRole,
    // The TransactionState a count column stands for (int), or -1.
    StateRole,
    // True when the cell should draw attention (stuck transactions, exceptions).
    AttentionRole,
};

// Maps a view's index to the flow behind it. Implemented by the flow list model
// and by every proxy over it, so that actions never map indexes by hand.
class FlowModelInterface
{
public:
    virtual ~FlowModelInterface() = default;
    virtual Flow flow(const QModelIndex &index) const = 0;
    virtual QModelIndex index(const QString &flowId, int column = 0) const = 0;

    QList<Flow> flows(const QModelIndexList &indexes) const
    {
        QList<Flow> result;
        QStringList seen;
        for (const QModelIndex &idx : indexes) {
            Flow f = flow(idx);
            if (f.id.isEmpty() || seen.contains(f.id))
                continue;
            seen << f.id;
            result << f;
        }
        return result;
    }
};

} // namespace Flowdesk
