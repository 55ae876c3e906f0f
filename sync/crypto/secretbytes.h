#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <vector>

namespace groundwork::sync::crypto {

// Bytes of a secret key: zeroed with sodium_memzero when they go, never copied implicitly.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    explicit SecretBytes(QByteArrayView bytes);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    SecretBytes clone() const { return SecretBytes(view()); }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }
    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    QByteArrayView view() const
    {
        return {reinterpret_cast<const char *>(m_bytes.data()), qsizetype(m_bytes.size())};
    }
    // Constant time (sodium_memcmp).
    bool equals(const SecretBytes &other) const;

private:
    void wipe();
    std::vector<unsigned char> m_bytes;
};

// Fills `size` bytes from libsodium's generator.
SecretBytes randomSecret(std::size_t size);

} // namespace groundwork::sync::crypto
