#pragma once

#include "crypto/accountkeyring.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace groundwork::sync::crypto {

// Argon2id cost. The app uses the interactive limits; a test may pass the minimum.
struct PwhashLimits
{
    unsigned long long opsLimit;
    std::size_t memLimit;
    static PwhashLimits interactive();
    static PwhashLimits minimum();
};

// Hands the account keyring to a newly linked device through the server without the server
// being able to read it: the existing device makes a link secret the server never sees, wraps
// the keyring under a key derived from it (Argon2id, random salt) and uploads only the wrapped
// blob; the user types the secret, together with the server's link code, on the new device.
class LinkKeyWrap
{
public:
    static constexpr int kSecretCharacters = 13; // Crockford base32: 65 random bits

    explicit LinkKeyWrap(PwhashLimits limits);

    // A fresh secret in Crockford's base32 (no I, L, O, U), ungrouped.
    static QString newSecret();

    // One string for the user to type: the server's link code and the secret, grouped in 4s.
    static QString combinedCode(const QString &serverLinkCode, const QString &secret);
    struct CodeParts
    {
        QString serverLinkCode;
        QString secret;
    };
    // Splits what the user typed (case, dashes, spaces and look-alike letters forgiven) given
    // the server code's length; nullopt when it is too short or holds foreign characters.
    static std::optional<CodeParts> splitCode(const QString &typed, int serverCodeCharacters);

    // version byte, 16-byte salt, 24-byte nonce, XChaCha20-Poly1305 of the serialized keyring,
    // bound to the account. Empty on failure (out of memory for Argon2id).
    QByteArray wrap(const AccountKeyring &keyring, const QString &secret, const QString &accountId) const;
    std::optional<AccountKeyring> unwrap(QByteArrayView blob, const QString &secret, const QString &accountId) const;

private:
    bool deriveKey(SecretBytes &key, const QString &secret, const unsigned char *salt) const;

    PwhashLimits m_limits;
};

} // namespace groundwork::sync::crypto
