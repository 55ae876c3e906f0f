// SyncService: the cohort lead's endpoints (roster, group profile, the learners' invite code).
// A lead for their own cohort, an administrator for any cohort they name, a learner never.
#include "server/syncservice.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "server/leadreports.h"
#include "server/servicereplies.h"

#include <variant>

namespace groundwork::sync {

using replies::fail;
using replies::ok;
using replies::qs;

namespace {

// The cohort the caller asks about, if they may see it.
std::variant<Cohort, Failure> cohortForLead(Store &store, const AuthenticatedDevice &device, QString cohortId)
{
    switch (device.account.role) {
    case Role::Learner:
        return Failure{WireError::Forbidden, QStringLiteral("Only the cohort's lead sees this.")};
    case Role::Lead:
        if (cohortId.isEmpty())
            cohortId = device.account.cohortId;
        if (cohortId != device.account.cohortId)
            return Failure{WireError::Forbidden, QStringLiteral("A lead sees only their own cohort.")};
        break;
    case Role::Admin:
        if (cohortId.isEmpty())
            return Failure{WireError::Malformed, QStringLiteral("name the cohort")};
        break;
    }
    auto cohort = store.cohort(cohortId);
    if (!cohort)
        return Failure{WireError::NotFound, QStringLiteral("no such cohort")};
    return *cohort;
}

// Decodes a lead request and finds its cohort; a failure as a reply.
template <class Request>
std::variant<Cohort, Reply> leadRequest(Store &store, const AuthenticatedDevice &device, QByteArrayView body,
                                        Request &request)
{
    if (auto failure = decodeRequest(body, request))
        return fail(*failure);
    auto cohort = cohortForLead(store, device, qs(request.cohort_id()));
    if (const Failure *failure = std::get_if<Failure>(&cohort))
        return fail(*failure);
    return std::get<Cohort>(cohort);
}

} // namespace

Reply SyncService::leadRoster(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::LeadRosterRequest request;
    auto cohort = leadRequest(m_store, device, body, request);
    if (Reply *refused = std::get_if<Reply>(&cohort))
        return *refused;
    return ok(LeadReports(m_store, m_clock, m_limits.minGroupSize).roster(std::get<Cohort>(cohort)));
}

Reply SyncService::leadGroupProfile(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::LeadGroupProfileRequest request;
    auto cohort = leadRequest(m_store, device, body, request);
    if (Reply *refused = std::get_if<Reply>(&cohort))
        return *refused;
    return ok(LeadReports(m_store, m_clock, m_limits.minGroupSize).groupProfile(std::get<Cohort>(cohort)));
}

Reply SyncService::leadInvite(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::LeadInviteRequest request;
    auto found = leadRequest(m_store, device, body, request);
    if (Reply *refused = std::get_if<Reply>(&found))
        return *refused;
    const Cohort &cohort = std::get<Cohort>(found);
    const QString code = m_provisioning.renewInvite(cohort.id, Provisioning::kDefaultInviteLifetimeMs);
    v1::LeadInviteResponse response;
    response.set_cohort_id(cohort.id.toStdString());
    response.set_invite_code(code.toStdString());
    response.set_expires_at_ms(m_store.cohort(cohort.id).value_or(Cohort{}).inviteExpiresMs);
    return ok(response);
}

} // namespace groundwork::sync
