#include "client/keyringstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace groundwork::sync {

using crypto::AccountKeyring;
using crypto::DeviceKeyPair;

namespace {
const QString kKeyring = QStringLiteral("account_keyring");
const QString kDeviceKeys = QStringLiteral("device_keys");
const QString kRegisteredKey = QStringLiteral("registered_device_key");
const QString kRefusedEvents = QStringLiteral("refused_events");
const QString kMissingEpoch = QStringLiteral("missing_epoch"); // "<epoch> <ms since 1970 UTC>"
} // namespace

KeyringStore::KeyringStore(const QString &connectionName) : m_db(QSqlDatabase::database(connectionName, false))
{
    QSqlQuery q(m_db);
    m_ready = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS e2e_keys (name TEXT PRIMARY KEY NOT NULL,"
                                    " value BLOB NOT NULL)"))
              && q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS e2e_sealed_events ("
                                       " event_id TEXT PRIMARY KEY NOT NULL)"));
    if (!m_ready)
        qWarning("groundwork: cannot prepare the key tables: %s", qPrintable(q.lastError().text()));
}

std::optional<QByteArray> KeyringStore::value(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM e2e_keys WHERE name = ?"));
    q.bindValue(0, name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

bool KeyringStore::setValue(const QString &name, QByteArrayView bytes)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO e2e_keys (name, value) VALUES (?, ?)"
                             " ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, name);
    q.bindValue(1, bytes.toByteArray());
    return q.exec();
}

std::optional<AccountKeyring> KeyringStore::keyring() const
{
    const auto bytes = value(kKeyring);
    return bytes ? AccountKeyring::parse(*bytes) : std::nullopt;
}

bool KeyringStore::saveKeyring(const AccountKeyring &keyring)
{
    return setValue(kKeyring, keyring.serialize().view());
}

std::optional<AccountKeyring> KeyringStore::keyringOrCreate()
{
    if (auto held = keyring())
        return held;
    if (value(kKeyring))
        return std::nullopt; // a damaged record is not silently replaced
    AccountKeyring fresh = AccountKeyring::createFirst();
    if (!saveKeyring(fresh))
        return std::nullopt;
    return fresh;
}

std::optional<DeviceKeyPair> KeyringStore::deviceKeys()
{
    if (const auto bytes = value(kDeviceKeys))
        return DeviceKeyPair::parse(*bytes);
    DeviceKeyPair fresh = DeviceKeyPair::generate();
    if (!setValue(kDeviceKeys, fresh.serialize().view()))
        return std::nullopt;
    return fresh;
}

bool KeyringStore::markSealedOnServer(const QStringList &eventIds)
{
    if (eventIds.isEmpty())
        return true;
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO e2e_sealed_events (event_id) VALUES (?)"));
    for (const QString &id : eventIds) {
        q.bindValue(0, id);
        if (!q.exec()) {
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

QStringList KeyringStore::sealedOnServer() const
{
    QSqlQuery q(m_db);
    QStringList ids;
    if (q.exec(QStringLiteral("SELECT event_id FROM e2e_sealed_events")))
        while (q.next())
            ids.append(q.value(0).toString());
    return ids;
}

std::optional<QByteArray> KeyringStore::registeredDeviceKey() const
{
    return value(kRegisteredKey);
}

bool KeyringStore::setRegisteredDeviceKey(QByteArrayView mark)
{
    return setValue(kRegisteredKey, mark);
}

bool KeyringStore::removeValue(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM e2e_keys WHERE name = ?"));
    q.bindValue(0, name);
    return q.exec();
}

KeyringStore::DownloadTrouble KeyringStore::downloadTrouble() const
{
    DownloadTrouble trouble;
    if (const auto refused = value(kRefusedEvents))
        trouble.refusedEvents = refused->toInt();
    if (const auto missing = value(kMissingEpoch)) {
        const QList<QByteArray> parts = missing->split(' ');
        if (parts.size() == 2) {
            trouble.missingEpoch = parts[0].toUInt();
            trouble.missingSince = QDateTime::fromMSecsSinceEpoch(parts[1].toLongLong(), Qt::UTC);
        }
    }
    return trouble;
}

bool KeyringStore::addRefusedEvents(int count)
{
    return setValue(kRefusedEvents, QByteArray::number(downloadTrouble().refusedEvents + count));
}

bool KeyringStore::clearRefusedEvents()
{
    return removeValue(kRefusedEvents);
}

bool KeyringStore::noteMissingEpoch(quint32 epoch, const QDateTime &seen)
{
    const DownloadTrouble held = downloadTrouble();
    if (held.missingEpoch >= epoch)
        return true;
    const QDateTime since = held.missingEpoch > 0 ? held.missingSince : seen;
    return setValue(kMissingEpoch, QByteArray::number(epoch) + ' ' + QByteArray::number(since.toMSecsSinceEpoch()));
}

bool KeyringStore::clearMissingEpoch()
{
    return removeValue(kMissingEpoch);
}

bool KeyringStore::forget()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("DELETE FROM e2e_keys")) && q.exec(QStringLiteral("DELETE FROM e2e_sealed_events"));
}

} // namespace groundwork::sync
