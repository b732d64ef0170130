#pragma once

// The domain's policies for failures: how identical failures are grouped, how
// long to wait before the next attempt, and how much an exception matters.

#include "domain.h"

#include <string>

namespace flowdesk::backend {

// Normalises numbers, ids and quoted values out of an error so that identical
// failures share one signature: "<flow>|<code>|<message with <n> placeholders>".
std::string errorSignature(const std::string &flowId, const std::string &code, const std::string &message);

// Backoff before attempt number `attempt` (1-based: the delay after the first
// failed attempt is initialBackoffMs), capped at maxBackoffMs.
std::int64_t backoffDelayMs(const RetryPolicy &policy, int attempt, double scale = 1.0);

// Ranking score of an exception: value at risk weighted by urgency.
double impactScore(const Transaction &tx, TimeMs now);

} // namespace flowdesk::backend
