#include "crypto/accountkeyring.h"

#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace groundwork::sync::crypto {

static_assert(AccountKeyring::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

namespace {
constexpr std::size_t kRecordBytes = 4 + AccountKeyring::kKeyBytes;

SecretBytes freshKey()
{
    SecretBytes key(AccountKeyring::kKeyBytes);
    crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
    return key;
}
} // namespace

AccountKeyring AccountKeyring::createFirst()
{
    AccountKeyring ring;
    ring.m_keys.push_back(EpochKey{1, freshKey()});
    return ring;
}

quint32 AccountKeyring::newestEpoch() const
{
    return m_keys.empty() ? 0 : m_keys.back().epoch;
}

const SecretBytes *AccountKeyring::key(quint32 epoch) const
{
    for (const EpochKey &k : m_keys)
        if (k.epoch == epoch)
            return &k.key;
    return nullptr;
}

QList<quint32> AccountKeyring::epochs() const
{
    QList<quint32> out;
    for (const EpochKey &k : m_keys)
        out.append(k.epoch);
    return out;
}

bool AccountKeyring::add(quint32 epoch, SecretBytes key)
{
    if (epoch == 0 || key.size() != kKeyBytes)
        return false;
    if (const SecretBytes *held = this->key(epoch))
        return held->equals(key);
    const auto at = std::lower_bound(m_keys.begin(), m_keys.end(), epoch,
                                     [](const EpochKey &k, quint32 e) { return k.epoch < e; });
    m_keys.insert(at, EpochKey{epoch, std::move(key)});
    return true;
}

quint32 AccountKeyring::rotate()
{
    const quint32 next = newestEpoch() + 1;
    m_keys.push_back(EpochKey{next, freshKey()});
    return next;
}

SecretBytes AccountKeyring::serialize() const
{
    SecretBytes out(m_keys.size() * kRecordBytes);
    unsigned char *at = out.data();
    for (const EpochKey &k : m_keys) {
        qToBigEndian<quint32>(k.epoch, at);
        std::memcpy(at + 4, k.key.data(), kKeyBytes);
        at += kRecordBytes;
    }
    return out;
}

std::optional<AccountKeyring> AccountKeyring::parse(QByteArrayView bytes)
{
    if (bytes.isEmpty() || std::size_t(bytes.size()) % kRecordBytes != 0)
        return std::nullopt;
    AccountKeyring ring;
    const auto *at = reinterpret_cast<const unsigned char *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); i += qsizetype(kRecordBytes), at += kRecordBytes) {
        const quint32 epoch = qFromBigEndian<quint32>(at);
        const SecretBytes key(QByteArrayView(reinterpret_cast<const char *>(at + 4), qsizetype(kKeyBytes)));
        if (epoch <= ring.newestEpoch() || !ring.add(epoch, key.clone()))
            return std::nullopt; // epochs must ascend, each once
    }
    return ring;
}

AccountKeyring AccountKeyring::clone() const
{
    AccountKeyring copy;
    for (const EpochKey &k : m_keys)
        copy.m_keys.push_back(EpochKey{k.epoch, k.key.clone()});
    return copy;
}

} // namespace groundwork::sync::crypto
