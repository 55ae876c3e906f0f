#pragma once

#include <cstdint>

namespace groundwork::sync {

// The protocol this build speaks, and the oldest client protocol the server still accepts.
// 2: the compact event form (kind numbers, time differences, an absent UTC offset means the
// previous event's). Version 1 read an absent offset as 0, so it is no longer accepted.
inline constexpr std::uint32_t kProtocolVersion = 2;
inline constexpr std::uint32_t kOldestAcceptedProtocolVersion = 2;

enum class VersionVerdict { Accepted, UpdateRequired, ClientTooNew };

// What a server of this build says to a client speaking `clientVersion`.
VersionVerdict judgeClientVersion(std::uint32_t clientVersion);

} // namespace groundwork::sync
