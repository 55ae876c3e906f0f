#include "crypto/secretbytes.h"

#include <sodium.h>

#include <utility>

namespace groundwork::sync::crypto {

SecretBytes::SecretBytes(std::size_t size) : m_bytes(size, 0) {}

SecretBytes::SecretBytes(QByteArrayView bytes)
    : m_bytes(reinterpret_cast<const unsigned char *>(bytes.data()),
              reinterpret_cast<const unsigned char *>(bytes.data()) + bytes.size())
{
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::exchange(other.m_bytes, {})) {}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, {});
    }
    return *this;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    return size() == other.size() && sodium_memcmp(data(), other.data(), size()) == 0;
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty())
        sodium_memzero(m_bytes.data(), m_bytes.size());
}

SecretBytes randomSecret(std::size_t size)
{
    SecretBytes out(size);
    randombytes_buf(out.data(), size);
    return out;
}

} // namespace groundwork::sync::crypto
