#pragma once

#include "crypto/accountkeyring.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace groundwork::sync::crypto {

// What a sealed event is bound to: the associated data of its AEAD. The server cannot move a
// ciphertext to another event, account or epoch, or change the clear kind or day beside it.
struct EventBinding
{
    QString accountId;
    QString eventId;
    quint32 epoch = 0;
    int coarseKind = 0; // the clear coarse kind the server stores (0: sealed / unspecified)
    int day = 0;        // the clear UTC day (days since 1970-01-01; 0: none)
    QString publicTrackId; // the clear track id of a "track completed" milestone (bound only when set,
                           // so every other event's associated data is as before)

    // A canonical encoding: a label, then each field length-prefixed.
    QByteArray associatedData() const;
};

struct SealedBox
{
    quint32 epoch = 0;
    QByteArray box; // 24-byte random nonce, then the XChaCha20-Poly1305 ciphertext and tag
};

// Seals and opens one event's content under the account key (XChaCha20-Poly1305 IETF).
// The plaintext is padded (sodium_pad) to 128, 512, 2048 or 8192 bytes, or a multiple of
// 8192 above that, so a ciphertext's size says little about what it holds.
class EventSealer
{
public:
    static constexpr std::size_t kNonceBytes = 24;

    // The padded length a plaintext of `plainBytes` takes.
    static std::size_t paddedSize(std::size_t plainBytes);

    // Under the keyring's newest epoch; `binding.epoch` is set to it by this call.
    static SealedBox seal(const AccountKeyring &keyring, QByteArrayView plaintext, EventBinding &binding);
    // nullopt when the epoch is not held, the box was altered or the binding differs.
    static std::optional<QByteArray> open(const AccountKeyring &keyring, QByteArrayView box,
                                          const EventBinding &binding);
};

} // namespace groundwork::sync::crypto
