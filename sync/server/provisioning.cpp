#include "server/provisioning.h"

#include "server/credentials.h"

namespace groundwork::sync {

Provisioning::Provisioning(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

NewCohort Provisioning::createCohort(const QString &name, const QString &leadName,
                                     qint64 inviteLifetimeMs)
{
    NewCohort result;
    result.cohort.id = credentials::newId("c_");
    result.cohort.name = name;
    result.cohort.inviteExpiresMs = m_clock.nowMs() + inviteLifetimeMs;
    result.inviteCode = credentials::newCode(kInviteCodeLength);
    m_store.transaction([&] {
        m_store.createCohort(result.cohort,
                             credentials::hashSecret(credentials::normaliseCode(result.inviteCode)));
        result.lead = createAccountWithDevice(result.cohort.id, Role::Lead, leadName,
                                              QStringLiteral("admin command line"));
        return true;
    });
    return result;
}

QString Provisioning::renewInvite(const QString &cohortId, qint64 inviteLifetimeMs)
{
    const QString code = credentials::newCode(kInviteCodeLength);
    m_store.replaceInvite(cohortId, credentials::hashSecret(credentials::normaliseCode(code)),
                          m_clock.nowMs() + inviteLifetimeMs);
    return code;
}

IssuedDevice Provisioning::createAdmin(const QString &name)
{
    IssuedDevice issued;
    m_store.transaction([&] {
        issued = createAccountWithDevice(QString(), Role::Admin, name,
                                         QStringLiteral("admin command line"));
        return true;
    });
    return issued;
}

IssuedDevice Provisioning::createAccountWithDevice(const QString &cohortId, Role role,
                                                   const QString &displayName,
                                                   const QString &deviceName)
{
    Account account{credentials::newId("a_"), cohortId, role, displayName};
    m_store.createAccount(account, m_clock.nowMs());
    return addDevice(account, deviceName);
}

IssuedDevice Provisioning::addDevice(const Account &account, const QString &deviceName)
{
    IssuedDevice issued;
    issued.accountId = account.id;
    issued.deviceId = credentials::newId("d_");
    issued.token = credentials::newDeviceToken();
    issued.role = account.role;
    issued.cohortId = account.cohortId;
    m_store.createDevice(issued.deviceId, account.id, deviceName,
                         credentials::hashSecret(issued.token), m_clock.nowMs());
    return issued;
}

} // namespace groundwork::sync
