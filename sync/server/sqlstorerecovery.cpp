// SqlStore's copy of an account's printable recovery key (protocol 3): the wrapped keyring, the
// verifier's hash, the public key later epochs are sealed for, and those envelopes.
#include "server/sqlstore.h"

#include "server/sqlvalues.h"

#include <QSqlQuery>

namespace groundwork::sync {

using sqlvalue::bytes;
using sqlvalue::text;

namespace {

constexpr const char *kRecoveryColumns =
    "account_id, verifier_hash, wrapped_keyring, public_key, key_epoch, key_mac";

RecoveryRecord recoveryAt(const QSqlQuery &q)
{
    return {q.value(0).toString(),   q.value(1).toByteArray(), q.value(2).toByteArray(),
            q.value(3).toByteArray(), quint32(q.value(4).toLongLong()), q.value(5).toByteArray()};
}

} // namespace

void SqlStore::setRecovery(const RecoveryRecord &record, qint64 nowMs)
{
    transaction([&] {
        // A new recovery key replaces the old one: what was sealed for the old one is useless.
        run(QStringLiteral("DELETE FROM recovery_envelopes WHERE account_id = ?"), {text(record.accountId)});
        run(QStringLiteral("DELETE FROM recovery_keys WHERE account_id = ?"), {text(record.accountId)});
        run(QStringLiteral("INSERT INTO recovery_keys (%1, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .arg(QLatin1StringView(kRecoveryColumns)),
            {text(record.accountId), bytes(record.verifierHash), bytes(record.wrappedKeyring), bytes(record.publicKey),
             qint64(record.keyEpoch), bytes(record.keyMac), nowMs});
        return true;
    });
}

bool SqlStore::removeRecovery(const QString &accountId)
{
    bool removed = false;
    transaction([&] {
        run(QStringLiteral("DELETE FROM recovery_envelopes WHERE account_id = ?"), {text(accountId)});
        removed = run(QStringLiteral("DELETE FROM recovery_keys WHERE account_id = ?"), {text(accountId)})
                      .numRowsAffected()
                  > 0;
        return true;
    });
    return removed;
}

std::optional<RecoveryRecord> SqlStore::recovery(const QString &accountId)
{
    QSqlQuery q = run(QStringLiteral("SELECT %1 FROM recovery_keys WHERE account_id = ?")
                          .arg(QLatin1StringView(kRecoveryColumns)),
                      {text(accountId)});
    if (!q.next())
        return std::nullopt;
    return recoveryAt(q);
}

std::optional<RecoveryRecord> SqlStore::recoveryByVerifier(const QByteArray &verifierHash)
{
    QSqlQuery q = run(QStringLiteral("SELECT %1 FROM recovery_keys WHERE verifier_hash = ?")
                          .arg(QLatin1StringView(kRecoveryColumns)),
                      {bytes(verifierHash)});
    if (!q.next())
        return std::nullopt;
    return recoveryAt(q);
}

void SqlStore::putRecoveryEnvelope(const QString &accountId, quint32 epoch, const QByteArray &envelope, qint64 nowMs)
{
    run(QStringLiteral("INSERT INTO recovery_envelopes (account_id, epoch, envelope, created_ms) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (account_id, epoch) DO UPDATE SET envelope = excluded.envelope,"
                       " created_ms = excluded.created_ms"),
        {text(accountId), qint64(epoch), bytes(envelope), nowMs});
}

QList<QByteArray> SqlStore::recoveryEnvelopes(const QString &accountId)
{
    QSqlQuery q = run(QStringLiteral("SELECT envelope FROM recovery_envelopes WHERE account_id = ? ORDER BY epoch"),
                      {text(accountId)});
    QList<QByteArray> envelopes;
    while (q.next())
        envelopes.append(q.value(0).toByteArray());
    return envelopes;
}

} // namespace groundwork::sync
