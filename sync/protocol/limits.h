#pragma once

#include <QtGlobal>

namespace groundwork::sync {

// Hard limits every request is checked against before it touches storage. A day of learning
// is a few hundred bytes, so these leave ample room while bounding what one request can cost.
inline constexpr qsizetype kMaxRequestBytes = 1024 * 1024;
inline constexpr int kMaxEventsPerUpload = 500;
inline constexpr qsizetype kMaxPayloadBytes = 16 * 1024;
// A sealed payload: the content padded to a bucket (up to 24 KiB), a nonce and a tag.
inline constexpr qsizetype kMaxSealedBytes = 24 * 1024 + 64;
inline constexpr int kMaxEventIdLength = 64;
inline constexpr int kMaxKindLength = 64;
inline constexpr int kMaxContentVersionLength = 64;
inline constexpr int kMaxUtcOffsetMinutes = 24 * 60;
inline constexpr int kMaxNameLength = 80;
inline constexpr quint32 kMaxDownloadEvents = 500;
inline constexpr qsizetype kMaxProfileBytes = 8 * 1024;
inline constexpr int kMinNonceBytes = 16;
// A keyring wrapped for a linked device: 36 bytes per epoch and a header; room for 200 epochs.
inline constexpr qsizetype kMaxWrappedKeyringBytes = 8 * 1024;
// The server's link code (Crockford base32 characters), before the link secret in what the user types.
inline constexpr int kLinkCodeCharacters = 10;
inline constexpr int kMaxNonceBytes = 32;
// A public track's id beside a "track completed" milestone (content ids: a-z, 0-9, inner '-').
inline constexpr int kMaxPublicTrackIdLength = 64;

} // namespace groundwork::sync
