// SqlStore's data rights: deleting an account with everything held about it, and reading all
// of it for an export. Identity is in sqlstore.cpp, learning data in sqlstoreevents.cpp.
#include "server/sqlstore.h"

#include "server/sqlvalues.h"

#include <QSqlQuery>

namespace groundwork::sync {

using sqlvalue::text;

AccountDeletion SqlStore::deleteAccount(const QString &accountId)
{
    AccountDeletion deleted;
    transaction([&] {
        // Hold the account's row, as an upload does, so no upload commits events in between.
        const QString lock = m_backend == u"postgresql" ? QStringLiteral(" FOR UPDATE") : QString();
        QSqlQuery account = run(QStringLiteral("SELECT id FROM accounts WHERE id = ?") + lock, {text(accountId)});
        deleted.found = account.next();
        account.finish();
        if (!deleted.found)
            return false;
        // Children first: the foreign keys point at the account.
        deleted.events = quint64(run(QStringLiteral("DELETE FROM events WHERE account_id = ?"), {accountId}).numRowsAffected());
        run(QStringLiteral("DELETE FROM link_codes WHERE account_id = ?"), {accountId});
        run(QStringLiteral("DELETE FROM recovery_envelopes WHERE account_id = ?"), {accountId});
        run(QStringLiteral("DELETE FROM recovery_keys WHERE account_id = ?"), {accountId});
        run(QStringLiteral("DELETE FROM key_envelopes WHERE device_id IN (SELECT id FROM devices WHERE account_id = ?)"),
            {accountId});
        deleted.devices = run(QStringLiteral("DELETE FROM devices WHERE account_id = ?"), {accountId}).numRowsAffected();
        // The shared profile and the sharing choice are columns of the account's row.
        run(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {accountId});
        return true;
    });
    return deleted;
}

QList<DeviceRecord> SqlStore::allDevices(const QString &accountId)
{
    QSqlQuery q = run(QStringLiteral("SELECT id, name, created_ms, revoked_ms FROM devices"
                                     " WHERE account_id = ? ORDER BY created_ms, id"),
                      {text(accountId)});
    QList<DeviceRecord> devices;
    while (q.next())
        devices.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return devices;
}

QList<HeldEvent> SqlStore::heldEvents(const QString &accountId)
{
    QSqlQuery q = run(QStringLiteral("SELECT seq, device_id, received_ms, %1 FROM events WHERE account_id = ? ORDER BY seq")
                          .arg(QLatin1StringView(sqlvalue::kEventColumns)),
                      {text(accountId)});
    QList<HeldEvent> events;
    while (q.next()) {
        HeldEvent h;
        h.seq = quint64(q.value(0).toLongLong());
        h.deviceId = q.value(1).toString();
        h.receivedMs = q.value(2).toLongLong();
        h.event = sqlvalue::eventAt(q, 3);
        events.append(h);
    }
    return events;
}

std::optional<QByteArray> SqlStore::sharedProfile(const QString &accountId)
{
    QSqlQuery q = run(QStringLiteral("SELECT shared_profile FROM accounts WHERE id = ?"), {text(accountId)});
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toByteArray();
}

} // namespace groundwork::sync
