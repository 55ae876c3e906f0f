#include "crypto/recoverykey.h"

#include "crypto/keyenvelope.h"

#include "crypto/typedcode.h"

#include <sodium.h>

#include <cstring>

namespace groundwork::sync::crypto {

namespace {

constexpr char kContext[] = "gwrecov1";
constexpr std::uint64_t kWrappingId = 1;
constexpr std::uint64_t kVerifierId = 2;
constexpr std::uint64_t kEnvelopeSeedId = 3;
constexpr char kVersion = 1;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kHeaderBytes = 1 + kNonceBytes;

static_assert(RecoveryKey::kSecretBytes == crypto_kdf_KEYBYTES);

// BLAKE2b of `text`, keyed with a domain name so each use gets its own hash; `size` bytes.
SecretBytes hashOf(const char *domain, const QString &text, std::size_t size)
{
    const QByteArray bytes = text.toLatin1();
    SecretBytes out(size);
    crypto_generichash(out.data(), size, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       std::size_t(bytes.size()), reinterpret_cast<const unsigned char *>(domain),
                       std::strlen(domain));
    return out;
}

// Four letters of the alphabet from a hash of the key's characters: 5 bits each, 20 in all.
QString checksum(const QString &characters)
{
    const SecretBytes hash = hashOf("groundwork.recovery-checksum.v2", characters, 16);
    QString out;
    for (int i = 0; i < RecoveryKey::kChecksumCharacters; ++i)
        out += QLatin1Char(kCodeAlphabet[hash.data()[i] & 31]);
    return out;
}

QByteArray wrapAd(const QString &accountId)
{
    return QByteArray("groundwork.recovery-wrap.v1:") + accountId.toUtf8();
}

} // namespace

RecoveryKey RecoveryKey::generate()
{
    return fromCharacters(randomCodeLetters(kSecretCharacters));
}

RecoveryKey RecoveryKey::fromCharacters(QString characters)
{
    SecretBytes secret = hashOf("groundwork.recovery-key.v2", characters, kSecretBytes); // before the move
    return RecoveryKey(std::move(secret), std::move(characters));
}

RecoveryKey RecoveryKey::fromSecret(SecretBytes secret)
{
    return RecoveryKey(std::move(secret), QString());
}

QString RecoveryKey::printable() const
{
    if (m_characters.isEmpty())
        return {};
    const QString all = m_characters + checksum(m_characters);
    QString grouped;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += QLatin1Char('-');
        grouped += all.at(i);
    }
    return grouped;
}

std::optional<RecoveryKey> RecoveryKey::parse(const QString &typed, ParseError *error)
{
    const auto fail = [error](ParseError why) -> std::optional<RecoveryKey> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString all = normaliseTypedCode(typed);
    if (!isCodeAlphabet(all))
        return fail(ParseError::ForeignCharacter);
    if (all.size() != kCharacters)
        return fail(ParseError::WrongLength);
    const QString characters = all.left(kSecretCharacters);
    if (checksum(characters) != all.mid(kSecretCharacters))
        return fail(ParseError::Mistyped);
    if (error)
        *error = ParseError::None;
    return fromCharacters(characters);
}

SecretBytes RecoveryKey::derive(std::uint64_t id, std::size_t bytes) const
{
    SecretBytes out(bytes);
    crypto_kdf_derive_from_key(out.data(), bytes, id, kContext, m_secret.data());
    return out;
}

SecretBytes RecoveryKey::wrappingKey() const
{
    return derive(kWrappingId, crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
}

QByteArray RecoveryKey::verifier() const
{
    return derive(kVerifierId, 32).view().toByteArray();
}

QByteArray RecoveryKey::verifierHash(QByteArrayView verifier)
{
    // Plain BLAKE2b-256, as the server computes it (server/credentials.cpp): the verifier is
    // already a key of its own (kdf id 2), so no further separation is needed.
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), std::size_t(hash.size()),
                       reinterpret_cast<const unsigned char *>(verifier.data()), std::size_t(verifier.size()),
                       nullptr, 0);
    return hash;
}

DeviceKeyPair RecoveryKey::envelopeKeys() const
{
    return *DeviceKeyPair::fromSeed(derive(kEnvelopeSeedId, crypto_box_SEEDBYTES)); // always the seed's size
}

QByteArray RecoveryWrap::wrap(const AccountKeyring &keyring, const RecoveryKey &key, const QString &accountId)
{
    if (keyring.isEmpty())
        return {};
    const SecretBytes plain = keyring.serialize();
    const SecretBytes wrappingKey = key.wrappingKey();
    QByteArray blob(qsizetype(kHeaderBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                    Qt::Uninitialized);
    auto *at = reinterpret_cast<unsigned char *>(blob.data());
    at[0] = kVersion;
    randombytes_buf(at + 1, kNonceBytes);
    const QByteArray ad = wrapAd(accountId);
    crypto_aead_xchacha20poly1305_ietf_encrypt(at + kHeaderBytes, nullptr, plain.data(), plain.size(),
                                               reinterpret_cast<const unsigned char *>(ad.constData()),
                                               std::size_t(ad.size()), nullptr, at + 1, wrappingKey.data());
    return blob;
}

std::optional<AccountKeyring> RecoveryWrap::restore(QByteArrayView wrapped, const QList<QByteArray> &envelopes,
                                                    const RecoveryKey &key, const QString &accountId)
{
    if (std::size_t(wrapped.size()) <= kHeaderBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES
        || wrapped[0] != kVersion)
        return std::nullopt;
    const auto *at = reinterpret_cast<const unsigned char *>(wrapped.data());
    const std::size_t cipherLength = std::size_t(wrapped.size()) - kHeaderBytes;
    SecretBytes plain(cipherLength - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    const SecretBytes wrappingKey = key.wrappingKey();
    const QByteArray ad = wrapAd(accountId);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), nullptr, nullptr, at + kHeaderBytes, cipherLength,
                                                   reinterpret_cast<const unsigned char *>(ad.constData()),
                                                   std::size_t(ad.size()), at + 1, wrappingKey.data())
        != 0)
        return std::nullopt;
    auto keyring = AccountKeyring::parse(plain.view());
    if (!keyring)
        return std::nullopt;
    // Envelopes may come in any order; each needs the epoch before it, so go round until no
    // more open.
    const DeviceKeyPair recipient = key.envelopeKeys();
    for (bool added = true; added;) {
        added = false;
        for (const QByteArray &envelope : envelopes) {
            auto epoch = KeyEnvelope::open(envelope, recipient, *keyring);
            if (epoch && !keyring->key(epoch->epoch) && keyring->add(epoch->epoch, std::move(epoch->key)))
                added = true;
        }
    }
    return keyring;
}

} // namespace groundwork::sync::crypto
