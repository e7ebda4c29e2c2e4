#pragma once

#include <QtGlobal>

namespace hexclave::emulator {

class Random;
struct ProjectRecord;

// The demo project's payments: a catalog in its branch override (product lines "plans" for users
// and "team-plans" for teams; Starter and Pro plans with monthly and yearly USD+EUR prices, Starter
// with a 14-day trial; a Team plan; a stackable "Extra Seats" add-on to it; a stackable one-time
// "Credit Pack"; a server-only "API Bundle" for custom customers; the items credits (user), seats
// (team) and api-calls (custom)), test mode off in its environment override, and a history of
// purchases, renewals, manual item changes and refunds over the six months before `anchorMillis`.
class SamplePayments
{
public:
    // The catalog and, when `providerConnected`, a connected Stripe account.
    static void addCatalog(ProjectRecord &project, bool providerConnected);
    // About `transactionCount` transactions (fewer only when there are not enough purchases to
    // refund) among the project's users, teams and a few custom customers: a few in test mode,
    // three refunded (two in full, one partly). Deterministic for a given `random` state.
    static void addHistory(ProjectRecord &project, Random &random, int transactionCount, qint64 anchorMillis);
};

} // namespace hexclave::emulator
