#pragma once

#include "crypto/accountkeyring.h"
#include "crypto/devicekeypair.h"
#include "crypto/secretbytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace groundwork::sync::crypto {

// A printable recovery key: 52 characters drawn at random (randombytes_uniform) from the
// 32-letter alphabet of invite and link codes, 260 bits, that the learner keeps on paper or in
// a file and that no server ever receives. Its 256-bit secret is the BLAKE2b hash of those
// characters, so no bit-level decoding is needed: parsing only checks letters and checksum. Everything else is derived from it with
// crypto_kdf_derive_from_key (context "gwrecov1"), each job its own id:
//   1 the wrapping key of the server's copy of the keyring (XChaCha20-Poly1305),
//   2 the verifier a new device shows the server to be let in (the server keeps only its
//     BLAKE2b hash, so its database cannot sign anyone in, and the verifier cannot unwrap),
//   3 the seed of an X25519 key pair: a device that rotates the account key seals the new epoch
//     for its public key (KeyEnvelope), so the recovery key opens epochs made after it was
//     printed, without any device keeping the secret.
// The secret is already uniformly random, so no password hashing is needed (or useful).
class RecoveryKey
{
public:
    static constexpr std::size_t kSecretBytes = 32;
    static constexpr int kSecretCharacters = 52; // 5 random bits each
    static constexpr int kChecksumCharacters = 4; // 20 bits of BLAKE2b over the 52
    static constexpr int kCharacters = kSecretCharacters + kChecksumCharacters;

    enum class ParseError { None, WrongLength, ForeignCharacter, Mistyped };

    static RecoveryKey generate();
    // A key from its 32-byte secret alone (it has no printable form then).
    static RecoveryKey fromSecret(SecretBytes secret);

    // 56 characters in 14 groups of four: "ABCD-EFGH-...".
    QString printable() const;
    // What the learner typed (case, dashes, spaces, O/I/L look-alikes forgiven). A key with one
    // character wrong fails its checksum (Mistyped) instead of unlocking nothing silently.
    static std::optional<RecoveryKey> parse(const QString &typed, ParseError *error = nullptr);

    SecretBytes wrappingKey() const;
    QByteArray verifier() const;
    // What the server stores to recognise the verifier: BLAKE2b-256 (crypto_generichash).
    static QByteArray verifierHash(QByteArrayView verifier);
    DeviceKeyPair envelopeKeys() const;

    const SecretBytes &secret() const { return m_secret; }

private:
    RecoveryKey(SecretBytes secret, QString characters)
        : m_secret(std::move(secret)), m_characters(std::move(characters))
    {
    }
    static RecoveryKey fromCharacters(QString characters);
    SecretBytes derive(std::uint64_t id, std::size_t bytes) const;

    SecretBytes m_secret;
    QString m_characters; // the 52 random ones, canonical; empty for fromSecret
};

// The server's copy: the keyring as it stood when the recovery key was made (or last re-made),
// wrapped under the recovery key and bound to the account; later epochs travel as key
// envelopes sealed for the recovery key's public key, each vouched for by the epoch before.
class RecoveryWrap
{
public:
    // Version byte, 24-byte nonce, XChaCha20-Poly1305 of the serialized keyring.
    static QByteArray wrap(const AccountKeyring &keyring, const RecoveryKey &key, const QString &accountId);
    // The keyring from the wrapped copy, then every envelope that opens in epoch order (one
    // that does not open, or is not vouched for, is skipped: the server can withhold, not
    // forge). Nullopt when the wrapped copy does not open: the wrong key, the wrong account, or
    // altered.
    static std::optional<AccountKeyring> restore(QByteArrayView wrapped, const QList<QByteArray> &envelopes,
                                                 const RecoveryKey &key, const QString &accountId);
};

} // namespace groundwork::sync::crypto
