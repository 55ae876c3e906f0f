#include "crypto/linkkeywrap.h"

#include "crypto/typedcode.h"

#include <sodium.h>

namespace groundwork::sync::crypto {

namespace {

constexpr char kVersion = 1;
constexpr std::size_t kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kHeaderBytes = 1 + kSaltBytes + kNonceBytes;

QByteArray wrapAd(const QString &accountId)
{
    return QByteArray("groundwork.link-wrap.v1:") + accountId.toUtf8();
}

} // namespace

PwhashLimits PwhashLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PwhashLimits PwhashLimits::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

LinkKeyWrap::LinkKeyWrap(PwhashLimits limits) : m_limits(limits) {}

QString LinkKeyWrap::newSecret()
{
    return randomCodeLetters(kSecretCharacters);
}

QString LinkKeyWrap::combinedCode(const QString &serverLinkCode, const QString &secret)
{
    const QString all = normaliseTypedCode(serverLinkCode) + normaliseTypedCode(secret);
    QString grouped;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += QLatin1Char('-');
        grouped += all.at(i);
    }
    return grouped;
}

std::optional<LinkKeyWrap::CodeParts> LinkKeyWrap::splitCode(const QString &typed, int serverCodeCharacters)
{
    const QString all = normaliseTypedCode(typed);
    if (all.size() != serverCodeCharacters + kSecretCharacters)
        return std::nullopt;
    if (!isCodeAlphabet(all))
        return std::nullopt;
    return CodeParts{all.left(serverCodeCharacters), all.mid(serverCodeCharacters)};
}

bool LinkKeyWrap::deriveKey(SecretBytes &key, const QString &secret, const unsigned char *salt) const
{
    const QByteArray typed = normaliseTypedCode(secret).toLatin1();
    key = SecretBytes(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    return crypto_pwhash(key.data(), key.size(), typed.constData(), std::size_t(typed.size()), salt,
                         m_limits.opsLimit, m_limits.memLimit, crypto_pwhash_ALG_ARGON2ID13)
           == 0;
}

QByteArray LinkKeyWrap::wrap(const AccountKeyring &keyring, const QString &secret, const QString &accountId) const
{
    const SecretBytes plain = keyring.serialize();
    QByteArray blob(qsizetype(kHeaderBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                    Qt::Uninitialized);
    auto *at = reinterpret_cast<unsigned char *>(blob.data());
    at[0] = kVersion;
    unsigned char *salt = at + 1;
    unsigned char *nonce = salt + kSaltBytes;
    randombytes_buf(salt, kSaltBytes);
    randombytes_buf(nonce, kNonceBytes);
    SecretBytes key;
    if (!deriveKey(key, secret, salt))
        return {};
    const QByteArray ad = wrapAd(accountId);
    crypto_aead_xchacha20poly1305_ietf_encrypt(at + kHeaderBytes, nullptr, plain.data(), plain.size(),
                                               reinterpret_cast<const unsigned char *>(ad.constData()),
                                               std::size_t(ad.size()), nullptr, nonce, key.data());
    return blob;
}

std::optional<AccountKeyring> LinkKeyWrap::unwrap(QByteArrayView blob, const QString &secret,
                                                  const QString &accountId) const
{
    if (std::size_t(blob.size()) <= kHeaderBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES || blob[0] != kVersion)
        return std::nullopt;
    const auto *at = reinterpret_cast<const unsigned char *>(blob.data());
    const unsigned char *salt = at + 1;
    const unsigned char *nonce = salt + kSaltBytes;
    SecretBytes key;
    if (!deriveKey(key, secret, salt))
        return std::nullopt;
    const std::size_t cipherLength = std::size_t(blob.size()) - kHeaderBytes;
    SecretBytes plain(cipherLength - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    const QByteArray ad = wrapAd(accountId);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), nullptr, nullptr, at + kHeaderBytes, cipherLength,
                                                   reinterpret_cast<const unsigned char *>(ad.constData()),
                                                   std::size_t(ad.size()), nonce, key.data())
        != 0)
        return std::nullopt;
    return AccountKeyring::parse(plain.view());
}

} // namespace groundwork::sync::crypto
