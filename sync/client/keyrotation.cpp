#include "client/keyrotation.h"

#include "crypto/devicekeypair.h"
#include "crypto/keyenvelope.h"

namespace groundwork::sync {

std::optional<KeyRotation> KeyRotation::make(const crypto::AccountKeyring &held, const QString &signedOutId,
                                             const QList<DeviceKeyInfo> &devices)
{
    if (held.isEmpty())
        return std::nullopt;
    KeyRotation rotation{held.clone(), {}, {}};
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
    return rotation;
}

} // namespace groundwork::sync
