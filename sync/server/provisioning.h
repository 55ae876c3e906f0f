#pragma once

#include "server/clock.h"
#include "server/store.h"

namespace groundwork::sync {

// A device credential as handed out once: the token in clear never reaches the store.
struct IssuedDevice
{
    QString accountId;
    QString deviceId;
    QString token;
    Role role = Role::Learner;
    QString cohortId;
};

struct NewCohort
{
    Cohort cohort;
    QString inviteCode;
    IssuedDevice lead;
};

// Creating people, devices, cohorts and codes; shared by the HTTP service and the admin
// command line so both follow the same rules.
class Provisioning
{
public:
    static constexpr qint64 kDefaultInviteLifetimeMs = 30LL * 24 * 3600 * 1000;
    static constexpr int kInviteCodeLength = 12; // 60 bits
    static constexpr int kLinkCodeLength = 10;   // 50 bits, lives minutes, single use

    Provisioning(Store &store, const Clock &clock);

    NewCohort createCohort(const QString &name, const QString &leadName, qint64 inviteLifetimeMs);
    // A fresh invite code for the cohort; the old one stops working.
    QString renewInvite(const QString &cohortId, qint64 inviteLifetimeMs);
    IssuedDevice createAdmin(const QString &name);
    IssuedDevice createAccountWithDevice(const QString &cohortId, Role role,
                                         const QString &displayName, const QString &deviceName);
    IssuedDevice addDevice(const Account &account, const QString &deviceName);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace groundwork::sync
