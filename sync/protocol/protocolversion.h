#pragma once

#include <cstdint>

namespace groundwork::sync {

// The protocol this build speaks, and the oldest client protocol the server still accepts.
inline constexpr std::uint32_t kProtocolVersion = 1;
inline constexpr std::uint32_t kOldestAcceptedProtocolVersion = 1;

enum class VersionVerdict { Accepted, UpdateRequired, ClientTooNew };

// What a server of this build says to a client speaking `clientVersion`.
VersionVerdict judgeClientVersion(std::uint32_t clientVersion);

} // namespace groundwork::sync
