#include "crypto/devicekeypair.h"

#include "crypto/subkeys.h"

#include <sodium.h>

namespace groundwork::sync::crypto {

namespace {

QByteArray attestedMessage(const QString &deviceId, const QByteArray &publicKey)
{
    return QByteArray("groundwork.device-key.v1:") + deviceId.toUtf8() + '\0' + publicKey;
}

} // namespace

DeviceKeyPair DeviceKeyPair::generate()
{
    DeviceKeyPair pair;
    pair.m_public = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    pair.m_secret = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pair.m_public.data()), pair.m_secret.data());
    return pair;
}

std::optional<DeviceKeyPair> DeviceKeyPair::fromSeed(const SecretBytes &seed)
{
    if (seed.size() != crypto_box_SEEDBYTES)
        return std::nullopt;
    DeviceKeyPair pair;
    pair.m_public = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    pair.m_secret = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(pair.m_public.data()), pair.m_secret.data(),
                            seed.data());
    return pair;
}

SecretBytes DeviceKeyPair::serialize() const
{
    SecretBytes both(m_public.size() + m_secret.size());
    std::copy(m_public.begin(), m_public.end(), reinterpret_cast<char *>(both.data()));
    std::copy(m_secret.data(), m_secret.data() + m_secret.size(), both.data() + m_public.size());
    return both;
}

std::optional<DeviceKeyPair> DeviceKeyPair::parse(QByteArrayView bytes)
{
    if (bytes.size() != crypto_box_PUBLICKEYBYTES + crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    DeviceKeyPair pair;
    pair.m_public = bytes.first(crypto_box_PUBLICKEYBYTES).toByteArray();
    pair.m_secret = SecretBytes(bytes.sliced(crypto_box_PUBLICKEYBYTES));
    // The public key must be the secret key's: a damaged record is refused, not half used.
    unsigned char derived[crypto_box_PUBLICKEYBYTES];
    crypto_scalarmult_base(derived, pair.m_secret.data());
    const bool matches = sodium_memcmp(derived, pair.m_public.constData(), sizeof derived) == 0;
    sodium_memzero(derived, sizeof derived);
    if (!matches)
        return std::nullopt;
    return pair;
}

DeviceKeyAttestation DeviceKeyAttestation::make(const AccountKeyring &keyring, const QString &deviceId,
                                                const QByteArray &publicKey)
{
    const quint32 epoch = keyring.newestEpoch();
    const SecretBytes *key = keyring.key(epoch);
    if (!key)
        return {};
    const SecretBytes macKey = deriveSubkey(*key, SubkeyUse::DeviceAttestation, crypto_auth_KEYBYTES);
    const QByteArray message = attestedMessage(deviceId, publicKey);
    QByteArray mac(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char *>(mac.data()), reinterpret_cast<const unsigned char *>(message.constData()),
                std::size_t(message.size()), macKey.data());
    return {epoch, mac};
}

bool DeviceKeyAttestation::verify(const AccountKeyring &keyring, const QString &deviceId,
                                  const QByteArray &publicKey) const
{
    const SecretBytes *key = keyring.key(epoch);
    if (!key || mac.size() != crypto_auth_BYTES || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return false;
    const SecretBytes macKey = deriveSubkey(*key, SubkeyUse::DeviceAttestation, crypto_auth_KEYBYTES);
    const QByteArray message = attestedMessage(deviceId, publicKey);
    return crypto_auth_verify(reinterpret_cast<const unsigned char *>(mac.constData()),
                              reinterpret_cast<const unsigned char *>(message.constData()),
                              std::size_t(message.size()), macKey.data())
           == 0;
}

} // namespace groundwork::sync::crypto
