#include "protocol/wirecodec.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/limits.h"
#include "protocol/protocolversion.h"

namespace groundwork::sync {

std::optional<Failure> decodeRequest(QByteArrayView body, google::protobuf::MessageLite &message)
{
    if (body.size() > kMaxRequestBytes)
        return Failure{WireError::TooLarge,
                       QStringLiteral("request body is larger than %1 bytes").arg(kMaxRequestBytes)};
    v1::RequestHead head;
    if (!head.ParseFromArray(body.data(), int(body.size())))
        return Failure{WireError::Malformed, QStringLiteral("request body is not a valid message")};
    if (!head.has_hello())
        return Failure{WireError::Malformed, QStringLiteral("request carries no protocol version")};
    switch (judgeClientVersion(head.hello().protocol_version())) {
    case VersionVerdict::UpdateRequired:
        return Failure{WireError::UpdateRequired,
                       QStringLiteral("This version of the app is too old for the cohort server. "
                                      "Please update the app to keep syncing.")};
    case VersionVerdict::ClientTooNew:
        return Failure{WireError::ServerTooOld,
                       QStringLiteral("The cohort server is older than this app; ask your "
                                      "cohort lead to update it.")};
    case VersionVerdict::Accepted:
        break;
    }
    if (!message.ParseFromArray(body.data(), int(body.size())))
        return Failure{WireError::Malformed, QStringLiteral("request body is not a valid message")};
    return std::nullopt;
}

int httpStatusFor(WireError code)
{
    switch (code) {
    case WireError::None: return 200;
    case WireError::UpdateRequired: return 426;
    case WireError::Malformed: return 400;
    case WireError::TooLarge: return 413;
    case WireError::Unauthorized: return 401;
    case WireError::Forbidden: return 403;
    case WireError::RateLimited: return 429;
    case WireError::NotFound: return 404;
    case WireError::Replayed: return 409;
    case WireError::PrivateEvent: return 422;
    case WireError::Expired: return 410;
    case WireError::ServerTooOld: return 400;
    case WireError::Internal: return 500;
    }
    return 500;
}

QByteArray encodeError(const Failure &failure)
{
    v1::Error error;
    error.set_code(v1::ErrorCode(int(failure.code)));
    error.set_message(failure.message.toStdString());
    error.set_min_protocol_version(kOldestAcceptedProtocolVersion);
    return serialize(error);
}

std::optional<Failure> decodeError(QByteArrayView body)
{
    v1::Error error;
    if (!error.ParseFromArray(body.data(), int(body.size())) || error.code() == 0)
        return std::nullopt;
    const int code = error.code();
    // A code from a newer server: a refusal, in the server's words (sync/README.md). Read as a
    // temporary failure it would be retried for ever.
    if (code < int(WireError::UpdateRequired) || code > int(WireError::Internal))
        return Failure{WireError::Forbidden, QString::fromStdString(error.message())};
    return Failure{WireError(code), QString::fromStdString(error.message())};
}

QByteArray serialize(const google::protobuf::MessageLite &message)
{
    QByteArray out(qsizetype(message.ByteSizeLong()), Qt::Uninitialized);
    message.SerializeToArray(out.data(), int(out.size()));
    return out;
}

} // namespace groundwork::sync
