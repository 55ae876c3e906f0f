#include "protocol/protocolversion.h"

namespace groundwork::sync {

VersionVerdict judgeClientVersion(std::uint32_t clientVersion)
{
    if (clientVersion < kOldestAcceptedProtocolVersion)
        return VersionVerdict::UpdateRequired;
    if (clientVersion > kProtocolVersion)
        return VersionVerdict::ClientTooNew;
    return VersionVerdict::Accepted;
}

} // namespace groundwork::sync
