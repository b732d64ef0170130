#pragma once

class QObject;

namespace Flowdesk {

class FlowListModel;
class FlowSortFilterProxyModel;

// Every model of the console is made here, so that builds with FLOWDESK_MODEL_TESTER
// check each one with QAbstractItemModelTester for its whole life.
FlowListModel *createFlowListModel(QObject *parent);
FlowSortFilterProxyModel *createFlowProxyModel(FlowListModel *source, QObject *parent);

// Whether models made by this build are checked by QAbstractItemModelTester.
bool modelTesterAttached();

} // namespace Flowdesk
