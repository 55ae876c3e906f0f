#pragma once

// How SyncService answers (its .cpp files only): a response message, or an error the client
// reads in plain words.
#include "protocol/wirecodec.h"
#include "server/syncservice.h"

#include <string>

namespace groundwork::sync::replies {

inline Reply fail(WireError code, const QString &message)
{
    return Reply{httpStatusFor(code), encodeError(Failure{code, message}), {}};
}

inline Reply fail(const Failure &failure)
{
    return Reply{httpStatusFor(failure.code), encodeError(failure), {}};
}

inline Reply ok(const google::protobuf::MessageLite &message)
{
    return Reply{200, serialize(message), {}};
}

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace groundwork::sync::replies
