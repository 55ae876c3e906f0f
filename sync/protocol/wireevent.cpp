#include "protocol/wireevent.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/limits.h"

#include <QUtf8StringView>

namespace groundwork::sync {

void toProto(const WireEvent &event, v1::WireEvent *out)
{
    out->set_id(event.id.toStdString());
    out->set_device_time_ms(event.deviceTimeMs);
    out->set_kind(event.kind.toStdString());
    out->set_content_version(event.contentVersion);
    out->set_payload(event.payload.constData(), event.payload.size());
    out->set_is_private(event.isPrivate);
}

WireEvent fromProto(const v1::WireEvent &event)
{
    WireEvent e;
    e.id = QString::fromStdString(event.id());
    e.deviceTimeMs = event.device_time_ms();
    e.kind = QString::fromStdString(event.kind());
    e.contentVersion = event.content_version();
    e.payload = QByteArray(event.payload().data(), qsizetype(event.payload().size()));
    e.isPrivate = event.is_private();
    return e;
}

QString wireEventProblem(const v1::WireEvent &event)
{
    const std::string &id = event.id();
    if (id.empty() || id.size() > std::size_t(kMaxEventIdLength))
        return QStringLiteral("event id must be 1 to %1 characters").arg(kMaxEventIdLength);
    for (unsigned char c : id) {
        if (c < 0x21 || c > 0x7e)
            return QStringLiteral("event id must be printable ASCII");
    }
    const std::string &kind = event.kind();
    if (kind.empty() || kind.size() > std::size_t(kMaxKindLength))
        return QStringLiteral("event kind must be 1 to %1 bytes").arg(kMaxKindLength);
    if (!QUtf8StringView(kind.data(), qsizetype(kind.size())).isValidUtf8())
        return QStringLiteral("event kind must be UTF-8");
    if (event.payload().size() > std::size_t(kMaxPayloadBytes))
        return QStringLiteral("event payload is larger than %1 bytes").arg(kMaxPayloadBytes);
    return {};
}

} // namespace groundwork::sync
