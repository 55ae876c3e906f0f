#pragma once

#include <QByteArray>
#include <QString>

namespace groundwork::sync::credentials {

// All randomness comes from libsodium. Call once before use (safe to call again).
bool initialise();

// A bearer credential for one device: 256 random bits, shown once, stored as a hash.
QString newDeviceToken();

// A short human-typeable code (Crockford base32, grouped by 4), e.g. for invites and links.
// 12 characters carry 60 random bits.
QString newCode(int characters);

// Upper-cases, drops separators and maps look-alike letters, so typed codes compare equal.
QString normaliseCode(const QString &typed);

// An opaque random identifier with a readable prefix, e.g. "a_3f9c...".
QString newId(const char *prefix);

// BLAKE2b (crypto_generichash) of a credential; the only form the server stores.
// Unsalted is right here: inputs are random and high-entropy, and the hash is the lookup key.
QByteArray hashSecret(const QString &secret);

// BLAKE2b-256 of a recovery key's verifier (32 random-looking bytes a new device sends), as the
// app computes it (crypto::RecoveryKey::verifierHash): what recovery_keys holds.
QByteArray recoveryVerifierHash(const QByteArray &verifier);

// Constant-time comparison (sodium_memcmp).
bool sameHash(const QByteArray &a, const QByteArray &b);

} // namespace groundwork::sync::credentials
