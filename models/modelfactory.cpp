#include "modelfactory.h"

#include "flowlistmodel.h"
#include "flowsortfilterproxymodel.h"

#ifdef FLOWDESK_MODEL_TESTER
#include <QAbstractItemModelTester>
#endif

namespace Flowdesk {

namespace {
void attachTester(QAbstractItemModel *model)
{
#ifdef FLOWDESK_MODEL_TESTER
    // Owned by the model: it lives exactly as long as what it checks.
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
#else
    Q_UNUSED(model)
#endif
}
} // namespace

FlowListModel *createFlowListModel(QObject *parent)
{
    auto *model = new FlowListModel(parent);
    attachTester(model);
    return model;
}

FlowSortFilterProxyModel *createFlowProxyModel(FlowListModel *source, QObject *parent)
{
    auto *proxy = new FlowSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    attachTester(proxy);
    return proxy;
}

bool modelTesterAttached()
{
#ifdef FLOWDESK_MODEL_TESTER
    return true;
#else
    return false;
#endif
}

} // namespace Flowdesk
