#pragma once

#include "server/groupcommit.h"
#include "server/ratelimiter.h"
#include "server/syncservice.h"

namespace groundwork::sync {

// What answers requests over one store connection: the service, its group commit and its
// limit on wrong codes (counted in the database, so it holds across connections and processes).
struct ServiceStack
{
    ServiceStack(Store &store, const Clock &clock, int maxCodeFailures, ServiceLimits quotas)
        : codeGuesses(clock, maxCodeFailures, 60 * 1000), service(store, clock, codeGuesses, quotas), commits(store)
    {
        codeGuesses.shareThrough(store);
        service.setGroupCommit(&commits);
    }

    RateLimiter codeGuesses;
    SyncService service;
    GroupCommit commits;
};

} // namespace groundwork::sync
