#include "crypto/eventsealer.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace groundwork::sync::crypto {

static_assert(EventSealer::kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

namespace {

constexpr std::size_t kBuckets[] = {128, 512, 2048, 8192};
constexpr std::size_t kLargeBlock = 8192;

void appendField(QByteArray &out, QByteArrayView field)
{
    unsigned char length[4];
    qToBigEndian<quint32>(quint32(field.size()), length);
    out.append(reinterpret_cast<const char *>(length), 4);
    out.append(field);
}

void appendNumber(QByteArray &out, qint64 value)
{
    unsigned char raw[8];
    qToBigEndian<qint64>(value, raw);
    appendField(out, QByteArrayView(reinterpret_cast<const char *>(raw), 8));
}

std::size_t blockFor(std::size_t plainBytes)
{
    for (std::size_t bucket : kBuckets)
        if (plainBytes < bucket) // sodium_pad adds at least one byte
            return bucket;
    return kLargeBlock;
}

} // namespace

QByteArray EventBinding::associatedData() const
{
    QByteArray out("groundwork.sealed-event.v1");
    appendField(out, accountId.toUtf8());
    appendField(out, eventId.toUtf8());
    appendNumber(out, epoch);
    appendNumber(out, coarseKind);
    appendNumber(out, day);
    if (!publicTrackId.isEmpty())
        appendField(out, publicTrackId.toUtf8());
    return out;
}

std::size_t EventSealer::paddedSize(std::size_t plainBytes)
{
    const std::size_t block = blockFor(plainBytes);
    return (plainBytes / block + 1) * block;
}

SealedBox EventSealer::seal(const AccountKeyring &keyring, QByteArrayView plaintext, EventBinding &binding)
{
    const quint32 epoch = keyring.newestEpoch();
    const SecretBytes *key = keyring.key(epoch);
    if (!key)
        return {};
    binding.epoch = epoch;
    const std::size_t block = blockFor(std::size_t(plaintext.size()));
    SecretBytes padded(paddedSize(std::size_t(plaintext.size())));
    std::memcpy(padded.data(), plaintext.data(), std::size_t(plaintext.size()));
    std::size_t paddedLength = 0;
    if (sodium_pad(&paddedLength, padded.data(), std::size_t(plaintext.size()), block, padded.size()) != 0)
        return {};

    const QByteArray ad = binding.associatedData();
    QByteArray box(qsizetype(kNonceBytes + paddedLength + crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &cipherLength, padded.data(), paddedLength,
                                               reinterpret_cast<const unsigned char *>(ad.constData()),
                                               std::size_t(ad.size()), nullptr, nonce, key->data());
    box.resize(qsizetype(kNonceBytes + cipherLength));
    return SealedBox{epoch, box};
}

std::optional<QByteArray> EventSealer::open(const AccountKeyring &keyring, QByteArrayView box,
                                            const EventBinding &binding)
{
    const SecretBytes *key = keyring.key(binding.epoch);
    if (!key || std::size_t(box.size()) < kNonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(box.data());
    const std::size_t cipherLength = std::size_t(box.size()) - kNonceBytes;
    SecretBytes padded(cipherLength - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long paddedLength = 0;
    const QByteArray ad = binding.associatedData();
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(padded.data(), &paddedLength, nullptr, nonce + kNonceBytes,
                                                   cipherLength, reinterpret_cast<const unsigned char *>(ad.constData()),
                                                   std::size_t(ad.size()), nonce, key->data())
        != 0)
        return std::nullopt;
    const std::size_t block = paddedLength <= kBuckets[3] ? std::size_t(paddedLength) : kLargeBlock;
    std::size_t plainLength = 0;
    if (paddedLength == 0 || sodium_unpad(&plainLength, padded.data(), std::size_t(paddedLength), block) != 0)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(padded.data()), qsizetype(plainLength));
}

} // namespace groundwork::sync::crypto
