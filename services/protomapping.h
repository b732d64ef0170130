#pragma once

// Maps contract messages to the console's domain types. Private to the services layer.

#include "domain.h"

namespace flowdesk::v1 {
class Event;
class Flow;
class User;
} // namespace flowdesk::v1

namespace Flowdesk {

TransactionState fromProto(int state);
Flow fromProto(const flowdesk::v1::Flow &flow);
User fromProto(const flowdesk::v1::User &user);
FlowEvent fromProto(const flowdesk::v1::Event &event);

} // namespace Flowdesk
