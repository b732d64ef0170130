#pragma once

#include "domain.h"
#include "serviceerror.h"

#include <QObject>

namespace Flowdesk {

class BackendConnection;

// The flow catalogue with counts per state (FlowService.ListFlows).
class FlowsService : public QObject
{
    Q_OBJECT
public:
    explicit FlowsService(BackendConnection *connection, QObject *parent = nullptr);

    // Asks for the catalogue with counts. While a request is out, further calls
    // are folded into one follow-up request.
    void refresh();
    bool isLoading() const { return m_inFlight; }

    // Cache-first start: shows the saved catalogue (as flowsLoaded) until the
    // backend's answer arrives; ignored once that has come.
    void showCached(const QList<Flowdesk::Flow> &flows);
    bool hasFreshData() const { return m_fresh; }

signals:
    void flowsLoaded(const QList<Flowdesk::Flow> &flows);
    void failed(const Flowdesk::ServiceError &error);
    // Only the backend's answers (not the saved catalogue): what the cache keeps.
    void freshFlowsLoaded(const QList<Flowdesk::Flow> &flows);

private:
    BackendConnection *m_connection; // not owned
    bool m_inFlight = false;
    bool m_again = false;
    bool m_fresh = false;
};

} // namespace Flowdesk
