#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "protocol/protocolversion.h"

#include <optional>

namespace google::protobuf {
class MessageLite;
}

namespace groundwork::sync {

// Mirrors groundwork.sync.v1.ErrorCode so callers need not include the generated header.
enum class WireError {
    None = 0,
    UpdateRequired = 1,
    Malformed = 2,
    TooLarge = 3,
    Unauthorized = 4,
    Forbidden = 5,
    RateLimited = 6,
    NotFound = 7,
    Replayed = 8,
    PrivateEvent = 9,
    Expired = 10,
    ServerTooOld = 11,
    Internal = 12,
};

struct Failure
{
    WireError code = WireError::Internal;
    QString message;
};

// Decodes an untrusted request body into `message`: size limit first, then the ClientHello
// (field 1 of every request) and its protocol version, then the whole message. Never throws.
std::optional<Failure> decodeRequest(QByteArrayView body, google::protobuf::MessageLite &message);

// The HTTP status that goes with each error code.
int httpStatusFor(WireError code);

// A serialised groundwork.sync.v1.Error.
QByteArray encodeError(const Failure &failure);

// Reads a serialised Error (client side); nullopt when `body` is not one.
std::optional<Failure> decodeError(QByteArrayView body);

QByteArray serialize(const google::protobuf::MessageLite &message);

// A request's bytes, with the hello every request starts with: the protocol version this
// build speaks and the app's version.
template <class Request>
QByteArray withHello(Request &request, const QString &appVersion, std::uint32_t protocolVersion = kProtocolVersion)
{
    request.mutable_hello()->set_protocol_version(protocolVersion);
    request.mutable_hello()->set_app_version(appVersion.toStdString());
    return serialize(request);
}

} // namespace groundwork::sync
