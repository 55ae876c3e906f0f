#include "client/keyrotation.h"

#include "crypto/devicekeypair.h"
#include "crypto/keyenvelope.h"

namespace groundwork::sync {

std::optional<KeyRotation> KeyRotation::make(const crypto::AccountKeyring &held, const QString &signedOutId,
                                             const QList<DeviceKeyInfo> &devices,
                                             const std::optional<DeviceKeyInfo> &recovery)
{
    if (held.isEmpty())
        return std::nullopt;
    KeyRotation rotation{held.clone(), {}, {}, {}, false};
    const quint32 epoch = rotation.keyring.rotate();
    for (const DeviceKeyInfo &d : devices) {
        if (d.deviceId == signedOutId)
            continue;
        const crypto::DeviceKeyAttestation vouch{d.keyEpoch, d.keyMac};
        // Checked against the keyring held before the rotation: the server relays these keys.
        if (d.publicKey.isEmpty() || !vouch.verify(held, d.deviceId, d.publicKey)) {
            rotation.leftOut.append(d.deviceId);
            continue;
        }
        QByteArray sealed = crypto::KeyEnvelope::seal(rotation.keyring, d.publicKey);
        if (sealed.isEmpty()) {
            rotation.leftOut.append(d.deviceId);
            continue;
        }
        rotation.envelopes.append({d.deviceId, epoch, std::move(sealed)});
    }
    // The recovery key gets the new epoch too, so it keeps opening what is written next.
    if (recovery) {
        const crypto::DeviceKeyAttestation vouch{recovery->keyEpoch, recovery->keyMac};
        if (vouch.verify(held, recoveryKeyLabel(), recovery->publicKey))
            rotation.recoveryEnvelope = crypto::KeyEnvelope::seal(rotation.keyring, recovery->publicKey);
        rotation.recoveryLeftOut = rotation.recoveryEnvelope.isEmpty();
    }
    return rotation;
}

} // namespace groundwork::sync
