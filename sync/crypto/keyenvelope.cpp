#include "crypto/keyenvelope.h"

#include "crypto/subkeys.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace groundwork::sync::crypto {

namespace {

constexpr std::size_t kKeyBytes = AccountKeyring::kKeyBytes;
// epoch (4), key (32), then the MAC over both
constexpr std::size_t kVouchedBytes = 4 + kKeyBytes;
constexpr std::size_t kPlainBytes = kVouchedBytes + crypto_auth_BYTES;

void vouch(unsigned char *mac, const unsigned char *vouched, const SecretBytes &previousKey)
{
    const SecretBytes macKey = deriveSubkey(previousKey, SubkeyUse::EnvelopeAuthentication, crypto_auth_KEYBYTES);
    crypto_auth(mac, vouched, kVouchedBytes, macKey.data());
}

} // namespace

QByteArray KeyEnvelope::seal(const AccountKeyring &keyring, const QByteArray &recipientPublicKey)
{
    const quint32 epoch = keyring.newestEpoch();
    const SecretBytes *key = keyring.key(epoch);
    const SecretBytes *previous = epoch > 1 ? keyring.key(epoch - 1) : nullptr;
    if (!key || !previous || recipientPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    SecretBytes plain(kPlainBytes);
    qToBigEndian<quint32>(epoch, plain.data());
    std::memcpy(plain.data() + 4, key->data(), kKeyBytes);
    vouch(plain.data() + kVouchedBytes, plain.data(), *previous);
    QByteArray envelope(qsizetype(kPlainBytes + crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(envelope.data()), plain.data(), kPlainBytes,
                    reinterpret_cast<const unsigned char *>(recipientPublicKey.constData()));
    return envelope;
}

std::optional<EpochKey> KeyEnvelope::open(QByteArrayView envelope, const DeviceKeyPair &device,
                                          const AccountKeyring &held)
{
    if (std::size_t(envelope.size()) != kPlainBytes + crypto_box_SEALBYTES)
        return std::nullopt;
    SecretBytes plain(kPlainBytes);
    if (crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char *>(envelope.data()),
                             std::size_t(envelope.size()),
                             reinterpret_cast<const unsigned char *>(device.publicKey().constData()),
                             device.secretKey().data())
        != 0)
        return std::nullopt;
    const quint32 epoch = qFromBigEndian<quint32>(plain.data());
    const SecretBytes *previous = epoch > 1 ? held.key(epoch - 1) : nullptr;
    if (!previous)
        return std::nullopt;
    unsigned char expected[crypto_auth_BYTES];
    vouch(expected, plain.data(), *previous);
    const bool vouched = sodium_memcmp(expected, plain.data() + kVouchedBytes, crypto_auth_BYTES) == 0;
    sodium_memzero(expected, sizeof expected);
    if (!vouched)
        return std::nullopt;
    return EpochKey{epoch, SecretBytes(QByteArrayView(reinterpret_cast<const char *>(plain.data() + 4), kKeyBytes))};
}

} // namespace groundwork::sync::crypto
