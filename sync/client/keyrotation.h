#pragma once

#include "crypto/accountkeyring.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace groundwork::sync {

// A device of the account as /v1/devices/list reports it, with the key it registered.
struct DeviceKeyInfo
{
    QString deviceId;
    QByteArray publicKey;
    quint32 keyEpoch = 0;
    QByteArray keyMac;
};

// The next epoch of the account key sealed for one remaining device.
struct OutgoingKeyEnvelope
{
    QString deviceId;
    quint32 epoch = 0;
    QByteArray envelope;
};

// Signing a device out: the keyring with a new epoch, and that epoch sealed for every other
// device whose public key the account key vouches for (this device included, so a crash
// before it saves the new keyring loses nothing: its envelope waits on the server).
struct KeyRotation
{
    crypto::AccountKeyring keyring;
    QList<OutgoingKeyEnvelope> envelopes;
    // Devices left out: no key registered yet, or one the account key does not vouch for
    // (the server's own, or a device not updated). They cannot read what is written next.
    QStringList leftOut;
    // The new epoch sealed for the account's recovery key, when one is turned on and its public
    // key is vouched for by the account key; empty otherwise.
    QByteArray recoveryEnvelope;
    // A recovery key is on but its public key is not vouched for: it will not open this epoch.
    bool recoveryLeftOut = false;

    // The label the recovery key's public key is attested under (DeviceKeyAttestation).
    static QString recoveryKeyLabel() { return QStringLiteral("recovery-key"); }

    // Nullopt when `held` is empty (an account without end-to-end keys rotates nothing).
    // `recovery`: the account's recovery key as the server lists it (deviceId ignored), if on.
    static std::optional<KeyRotation> make(const crypto::AccountKeyring &held, const QString &signedOutId,
                                           const QList<DeviceKeyInfo> &devices,
                                           const std::optional<DeviceKeyInfo> &recovery = std::nullopt);
};

} // namespace groundwork::sync
