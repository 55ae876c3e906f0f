#pragma once

#include "crypto/accountkeyring.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace groundwork::sync::crypto {

// This device's X25519 key pair (crypto_box): the other devices seal new account keys for its
// public key when one of them is signed out.
class DeviceKeyPair
{
public:
    static DeviceKeyPair generate();
    // The key pair a 32-byte seed determines (crypto_box_seed_keypair): the recovery key's.
    // Nullopt for a seed that is not crypto_box_SEEDBYTES long.
    static std::optional<DeviceKeyPair> fromSeed(const SecretBytes &seed);
    // Public key (32) then secret key (32), as kept on the device.
    SecretBytes serialize() const;
    static std::optional<DeviceKeyPair> parse(QByteArrayView bytes);

    const QByteArray &publicKey() const { return m_public; }
    const SecretBytes &secretKey() const { return m_secret; }

private:
    QByteArray m_public;
    SecretBytes m_secret;
};

// Vouches for a device's public key with the account key, so that the server, which relays
// the keys, cannot slip in one of its own: a MAC (crypto_auth) under a subkey of the epoch's
// account key (crypto_kdf_derive_from_key) over the server's device id and the public key.
struct DeviceKeyAttestation
{
    quint32 epoch = 0;
    QByteArray mac;

    static DeviceKeyAttestation make(const AccountKeyring &keyring, const QString &deviceId,
                                     const QByteArray &publicKey);
    bool verify(const AccountKeyring &keyring, const QString &deviceId, const QByteArray &publicKey) const;
};

} // namespace groundwork::sync::crypto
