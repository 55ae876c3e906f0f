// SyncService: the cohort lead's endpoints (roster, group profile, the learners' invite code).
// A lead for their own cohort, an administrator for any cohort they name, a learner never.
#include "server/syncservice.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "lead/cohortrole.h"
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

std::optional<v1::CohortRole> SyncService::cohortRoleOf(const QString &cohortId)
{
    const auto stored = m_store.cohortRole(cohortId);
    if (!stored)
        return std::nullopt;
    v1::CohortRole role;
    if (!role.ParseFromArray(stored->role.constData(), int(stored->role.size())))
        throw StoreError("the stored role of a cohort cannot be read");
    role.set_version(stored->version);
    role.set_changed_at_ms(stored->changedMs);
    return role;
}

Reply SyncService::leadRole(const AuthenticatedDevice &device, QByteArrayView body)
{
    v1::LeadRoleRequest request;
    auto found = leadRequest(m_store, device, body, request);
    if (Reply *refused = std::get_if<Reply>(&found))
        return *refused;
    const Cohort &cohort = std::get<Cohort>(found);
    v1::LeadRoleResponse response;
    response.set_cohort_id(cohort.id.toStdString());
    if (request.has_role()) {
        v1::CohortRole role = request.role();
        if (const QString problem = lead::cohortRoleProblem(role); !problem.isEmpty())
            return fail(WireError::Malformed, problem);
        role.clear_version(); // the server numbers versions and dates changes
        role.clear_changed_at_ms();
        const std::string bytes = role.SerializeAsString();
        const StoredCohortRole saved =
            m_store.saveCohortRole(cohort.id, QByteArray(bytes.data(), qsizetype(bytes.size())), m_clock.nowMs());
        role.set_version(saved.version);
        role.set_changed_at_ms(saved.changedMs);
        *response.mutable_role() = role;
        return ok(response);
    }
    if (auto role = cohortRoleOf(cohort.id))
        *response.mutable_role() = *role;
    return ok(response);
}

} // namespace groundwork::sync
