#include "server/accountexport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace groundwork::sync {

namespace {

QJsonValue timeValue(qint64 ms)
{
    if (ms == 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject eventObject(const HeldEvent &held)
{
    const WireEvent &e = held.event;
    return QJsonObject{
        {QStringLiteral("seq"), qint64(held.seq)},
        {QStringLiteral("id"), e.id},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("device_time"), timeValue(e.deviceTimeMs)},
        {QStringLiteral("device_time_ms"), e.deviceTimeMs},
        {QStringLiteral("utc_offset_minutes"), e.utcOffsetMinutes},
        {QStringLiteral("content_version"), e.contentVersion},
        {QStringLiteral("origin_device"), e.originDevice},
        {QStringLiteral("uploaded_by_device"), held.deviceId},
        {QStringLiteral("received"), timeValue(held.receivedMs)},
        {QStringLiteral("payload_base64"), QString::fromLatin1(e.payload.toBase64())},
    };
}

} // namespace

std::optional<QJsonObject> exportAccount(Store &store, const QString &accountId)
{
    QJsonObject out;
    const bool found = store.transaction([&] { // one consistent reading
        const auto account = store.account(accountId);
        if (!account)
            return false;
        out.insert(QStringLiteral("format"), QStringLiteral("groundwork-account-export/1"));
        out.insert(QStringLiteral("account"), QJsonObject{{QStringLiteral("id"), account->id},
                                                          {QStringLiteral("role"), roleName(account->role)},
                                                          {QStringLiteral("display_name"), account->displayName}});
        if (const auto cohort = account->cohortId.isEmpty() ? std::nullopt : store.cohort(account->cohortId))
            out.insert(QStringLiteral("cohort"), QJsonObject{{QStringLiteral("id"), cohort->id},
                                                             {QStringLiteral("name"), cohort->name}});
        else
            out.insert(QStringLiteral("cohort"), QJsonValue::Null);
        QJsonArray devices;
        for (const DeviceRecord &d : store.allDevices(accountId))
            devices.append(QJsonObject{{QStringLiteral("id"), d.id},
                                       {QStringLiteral("name"), d.name},
                                       {QStringLiteral("added"), timeValue(d.createdMs)},
                                       {QStringLiteral("revoked"), timeValue(d.revokedMs)}});
        out.insert(QStringLiteral("devices"), devices);
        QJsonArray events;
        for (const HeldEvent &e : store.heldEvents(accountId))
            events.append(eventObject(e));
        out.insert(QStringLiteral("events"), events);
        const ProfileChoice choice = store.profileChoice(accountId);
        const auto profile = store.sharedProfile(accountId);
        out.insert(QStringLiteral("profile_sharing"),
                   QJsonObject{{QStringLiteral("shared"), choice.shared},
                               {QStringLiteral("chosen_at"), timeValue(choice.chosenAtMs)},
                               {QStringLiteral("shared_profile_base64"),
                                profile ? QJsonValue(QString::fromLatin1(profile->toBase64())) : QJsonValue::Null}});
        // The recovery key's copy (never its verifier's hash, a credential): nothing here opens
        // without the key, which the server never had.
        if (const auto recovery = store.recovery(accountId)) {
            QJsonArray envelopes;
            for (const QByteArray &e : store.recoveryEnvelopes(accountId))
                envelopes.append(QString::fromLatin1(e.toBase64()));
            out.insert(QStringLiteral("recovery_key"),
                       QJsonObject{{QStringLiteral("wrapped_keyring_base64"),
                                    QString::fromLatin1(recovery->wrappedKeyring.toBase64())},
                                   {QStringLiteral("public_key_base64"), QString::fromLatin1(recovery->publicKey.toBase64())},
                                   {QStringLiteral("key_epoch"), qint64(recovery->keyEpoch)},
                                   {QStringLiteral("envelopes_base64"), envelopes}});
        } else {
            out.insert(QStringLiteral("recovery_key"), QJsonValue::Null);
        }
        return true;
    });
    if (!found)
        return std::nullopt;
    return out;
}

int exportAccountCommand(Store &store, const QString &accountId, const QString &toFile, QTextStream &out,
                         QTextStream &err)
{
    const auto exported = exportAccount(store, accountId);
    if (!exported) {
        err << "no account " << accountId << '\n';
        return 1;
    }
    const QByteArray json = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
    if (toFile.isEmpty()) {
        out << QString::fromUtf8(json);
        return 0;
    }
    QSaveFile file(toFile);
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner; // a person's data
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly) || file.write(json) != json.size()
        || !file.commit() || !QFile::setPermissions(toFile, ownerOnly)) {
        err << "cannot write " << toFile << ": " << file.errorString() << '\n';
        return 1;
    }
    out << "exported account " << accountId << " to " << toFile << " ("
        << exported->value(QStringLiteral("events")).toArray().size() << " events)\n";
    return 0;
}

int deleteAccountCommand(Store &store, const QString &accountId, QTextStream &out, QTextStream &err)
{
    const AccountDeletion deleted = store.deleteAccount(accountId);
    if (!deleted.found) {
        err << "no account " << accountId << '\n';
        return 1;
    }
    out << "deleted account " << accountId << ": " << deleted.events << " events, " << deleted.devices
        << " device credentials, its link codes, shared profile and sharing choice\n";
    return 0;
}

} // namespace groundwork::sync
