#pragma once

#include <cstdint>

namespace groundwork::sync {

// The protocol this build speaks, and the oldest client protocol the server still accepts.
// 2: the compact event form (kind numbers, time differences, an absent UTC offset means the
// previous event's). Version 1 read an absent offset as 0, so it is no longer accepted.
// 3: end-to-end encryption. A client of 3 uploads only sealed events (WireEvent.epoch);
// private-track events and reflections travel sealed too. Readable uploads are still taken
// from clients of 2 (public events only) until kOldestAcceptedProtocolVersion becomes 3.
inline constexpr std::uint32_t kProtocolVersion = 3;
// The last version that uploads readable events (still accepted, public ones only).
inline constexpr std::uint32_t kReadableProtocolVersion = 2;
// The first version that seals every event.
inline constexpr std::uint32_t kSealedEventsProtocolVersion = 3;
inline constexpr std::uint32_t kOldestAcceptedProtocolVersion = 2;

enum class VersionVerdict { Accepted, UpdateRequired, ClientTooNew };

// What a server of this build says to a client speaking `clientVersion`.
VersionVerdict judgeClientVersion(std::uint32_t clientVersion);

} // namespace groundwork::sync
