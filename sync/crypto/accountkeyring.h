#pragma once

#include "crypto/secretbytes.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

namespace groundwork::sync::crypto {

// One generation of the account key (XChaCha20-Poly1305, 32 bytes). Epoch 1 is made on the
// first device at join; each sign-out of another device adds the next.
struct EpochKey
{
    quint32 epoch = 0;
    SecretBytes key;
};

// Every epoch of the account key this device holds. New events are sealed under the newest;
// older epochs stay to open what was written under them.
class AccountKeyring
{
public:
    static constexpr std::size_t kKeyBytes = 32;

    // Epoch 1 with a fresh random key (crypto_aead_xchacha20poly1305_ietf_keygen).
    static AccountKeyring createFirst();

    bool isEmpty() const { return m_keys.empty(); }
    quint32 newestEpoch() const;
    const SecretBytes *key(quint32 epoch) const;
    QList<quint32> epochs() const;

    // Adds an epoch learned from another device. False (and nothing changes) for a key of the
    // wrong size, epoch 0, or an epoch already held with a different key.
    bool add(quint32 epoch, SecretBytes key);
    // Makes the next epoch with a fresh random key and returns it.
    quint32 rotate();

    // Every epoch as 4 bytes (big-endian) + 32 key bytes, for wrapping and local storage.
    SecretBytes serialize() const;
    static std::optional<AccountKeyring> parse(QByteArrayView bytes);

    AccountKeyring clone() const;

private:
    std::vector<EpochKey> m_keys; // ascending epochs
};

} // namespace groundwork::sync::crypto
