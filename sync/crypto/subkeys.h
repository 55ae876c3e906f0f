#pragma once

#include "crypto/secretbytes.h"

#include <cstdint>

namespace groundwork::sync::crypto {

// Subkeys of an account key for jobs other than sealing events (crypto_kdf_derive_from_key,
// context "gwkeys01"); each job its own id, never reused.
enum class SubkeyUse : std::uint64_t { DeviceAttestation = 1, EnvelopeAuthentication = 2 };

SecretBytes deriveSubkey(const SecretBytes &accountKey, SubkeyUse use, std::size_t bytes);

} // namespace groundwork::sync::crypto
