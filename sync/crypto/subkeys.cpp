#include "crypto/subkeys.h"

#include <sodium.h>

namespace groundwork::sync::crypto {

SecretBytes deriveSubkey(const SecretBytes &accountKey, SubkeyUse use, std::size_t bytes)
{
    static_assert(crypto_kdf_KEYBYTES == 32);
    SecretBytes out(bytes);
    crypto_kdf_derive_from_key(out.data(), bytes, std::uint64_t(use), "gwkeys01", accountKey.data());
    return out;
}

} // namespace groundwork::sync::crypto
