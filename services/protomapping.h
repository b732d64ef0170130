#pragma once

// Maps contract messages to the console's domain types. Private to the services layer.

#include "domain.h"
#include "transaction.h"

namespace flowdesk::v1 {
class Event;
class Flow;
class Transaction;
class User;
class UserMessage;
} // namespace flowdesk::v1

namespace Flowdesk {

Flow fromProto(const flowdesk::v1::Flow &flow);
UserMessage fromProto(const flowdesk::v1::UserMessage &message);
User fromProto(const flowdesk::v1::User &user);
FlowEvent fromProto(const flowdesk::v1::Event &event);
// full: the FULL view (payloads and hops are present).
Transaction fromProto(const flowdesk::v1::Transaction &transaction, bool full);

} // namespace Flowdesk
