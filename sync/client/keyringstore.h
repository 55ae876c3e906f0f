#pragma once

#include "crypto/accountkeyring.h"
#include "crypto/devicekeypair.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace groundwork::sync {

// This device's end-to-end keys and which events the server holds sealed, in tables of their
// own (e2e_keys, e2e_sealed_events) in the learner's SQLite file, created by this class: the
// sync client owns them, the learner core never reads them. The keys never leave the device
// unencrypted; "Delete all my data" removes the file and them with it.
class KeyringStore
{
public:
    // `connectionName`: the learner store's Qt SQL connection (LearnerStore::connectionName()).
    explicit KeyringStore(const QString &connectionName);

    bool ready() const { return m_ready; }

    std::optional<crypto::AccountKeyring> keyring() const;
    bool saveKeyring(const crypto::AccountKeyring &keyring);
    // The keyring, made (epoch 1) and saved when there is none: the first device of an account.
    std::optional<crypto::AccountKeyring> keyringOrCreate();

    // This device's X25519 key pair, made on first use.
    std::optional<crypto::DeviceKeyPair> deviceKeys();

    // The device key registration the server confirmed last (public key, epoch, MAC).
    std::optional<QByteArray> registeredDeviceKey() const;
    bool setRegisteredDeviceKey(QByteArrayView mark);

    // Events the server holds sealed: never uploaded again.
    bool markSealedOnServer(const QStringList &eventIds);
    QStringList sealedOnServer() const;

    // Downloads this device could not use, kept until the learner has seen them: events that
    // failed verification (altered, or bound to another account or id), and events sealed under
    // an epoch newer than any held (this device was left out when the keys changed; missingSince
    // is when this device first met one).
    struct DownloadTrouble
    {
        int refusedEvents = 0;
        quint32 missingEpoch = 0;
        QDateTime missingSince;
    };
    DownloadTrouble downloadTrouble() const;
    bool addRefusedEvents(int count);
    bool clearRefusedEvents();
    // Keeps the first time seen; a newer epoch raises the epoch only.
    bool noteMissingEpoch(quint32 epoch, const QDateTime &seen);
    bool clearMissingEpoch();

    // Leaving the cohort: keys and marks go (a new account gets new keys).
    bool forget();

private:
    std::optional<QByteArray> value(const QString &name) const;
    bool setValue(const QString &name, QByteArrayView value);
    bool removeValue(const QString &name);

    QSqlDatabase m_db;
    bool m_ready = false;
};

} // namespace groundwork::sync
