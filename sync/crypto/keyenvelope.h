#pragma once

#include "crypto/accountkeyring.h"
#include "crypto/devicekeypair.h"

#include <QByteArray>

#include <optional>

namespace groundwork::sync::crypto {

// A new epoch's account key sealed for one remaining device (crypto_box_seal to its verified
// public key) when another device is signed out. Inside, beside the epoch and key, a MAC under
// a subkey of the previous epoch's key: a sealed box is anonymous, and without it the server
// could hand a device a key of its own choosing.
class KeyEnvelope
{
public:
    // Seals `keyring`'s newest epoch for `recipientPublicKey`, vouched for by the epoch before.
    // Empty when the keyring has fewer than two epochs or the public key is not 32 bytes.
    static QByteArray seal(const AccountKeyring &keyring, const QByteArray &recipientPublicKey);
    // Opens and checks an envelope against the epochs already held; nullopt when it is not
    // for this device, altered, or not vouched for by an epoch this device holds.
    static std::optional<EpochKey> open(QByteArrayView envelope, const DeviceKeyPair &device,
                                        const AccountKeyring &held);
};

} // namespace groundwork::sync::crypto
