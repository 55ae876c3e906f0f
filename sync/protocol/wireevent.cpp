#include "protocol/wireevent.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "learner/uuidtext.h"
#include "protocol/limits.h"

#include <QUtf8StringView>
#include <QUuid>

namespace groundwork::sync {

namespace {

bool printableAscii(const std::string &s)
{
    for (unsigned char c : s) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

} // namespace

void toProto(const WireEvent &event, v1::WireEvent *out)
{
    if (const QByteArray raw = core::learner::canonicalUuidBytes(event.id); !raw.isEmpty())
        out->set_id_uuid(raw.constData(), std::size_t(raw.size()));
    else
        out->set_id(event.id.toStdString());
    out->set_device_time_ms(event.deviceTimeMs);
    out->set_kind(event.kind.toStdString());
    out->set_content_version(event.contentVersion.toStdString());
    out->set_payload(event.payload.constData(), std::size_t(event.payload.size()));
    out->set_is_private(event.isPrivate);
    out->set_origin_device(event.originDevice.toStdString());
    out->set_utc_offset_minutes(event.utcOffsetMinutes);
}

WireEvent fromProto(const v1::WireEvent &event)
{
    WireEvent e;
    if (event.id_uuid().size() == 16) {
        const QByteArray raw(event.id_uuid().data(), 16);
        e.id = QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
    } else {
        e.id = QString::fromStdString(event.id());
    }
    e.deviceTimeMs = event.device_time_ms();
    e.kind = QString::fromStdString(event.kind());
    e.contentVersion = QString::fromStdString(event.content_version());
    e.payload = QByteArray(event.payload().data(), qsizetype(event.payload().size()));
    e.isPrivate = event.is_private();
    e.originDevice = QString::fromStdString(event.origin_device());
    e.utcOffsetMinutes = event.utc_offset_minutes();
    return e;
}

QString wireEventProblem(const v1::WireEvent &event)
{
    const std::string &id = event.id();
    if (!event.id_uuid().empty()) {
        if (event.id_uuid().size() != 16 || !id.empty())
            return QStringLiteral("an event id is either text or 16 bytes, not both");
    } else {
        if (id.empty() || id.size() > std::size_t(kMaxEventIdLength))
            return QStringLiteral("event id must be 1 to %1 characters").arg(kMaxEventIdLength);
        if (!printableAscii(id))
            return QStringLiteral("event id must be printable ASCII");
    }
    const std::string &kind = event.kind();
    if (kind.empty() || kind.size() > std::size_t(kMaxKindLength))
        return QStringLiteral("event kind must be 1 to %1 bytes").arg(kMaxKindLength);
    if (!QUtf8StringView(kind.data(), qsizetype(kind.size())).isValidUtf8())
        return QStringLiteral("event kind must be UTF-8");
    const std::string &version = event.content_version();
    if (version.size() > std::size_t(kMaxContentVersionLength) || !printableAscii(version))
        return QStringLiteral("content version must be at most %1 printable ASCII characters")
            .arg(kMaxContentVersionLength);
    const std::string &origin = event.origin_device();
    if (origin.size() > std::size_t(kMaxEventIdLength) || !printableAscii(origin))
        return QStringLiteral("origin device must be at most %1 printable ASCII characters")
            .arg(kMaxEventIdLength);
    if (event.utc_offset_minutes() < -kMaxUtcOffsetMinutes || event.utc_offset_minutes() > kMaxUtcOffsetMinutes)
        return QStringLiteral("UTC offset out of range");
    if (event.payload().size() > std::size_t(kMaxPayloadBytes))
        return QStringLiteral("event payload is larger than %1 bytes").arg(kMaxPayloadBytes);
    return {};
}

void encodeEvents(const QList<WireEvent> &events, google::protobuf::RepeatedPtrField<v1::WireEvent> *out)
{
    QString version;
    QString origin;
    for (const WireEvent &e : events) {
        v1::WireEvent *w = out->Add();
        toProto(e, w);
        if (e.contentVersion == version)
            w->clear_content_version();
        if (e.originDevice == origin)
            w->clear_origin_device();
        version = e.contentVersion;
        origin = e.originDevice;
    }
}

QList<DecodedEvent> decodeEvents(const google::protobuf::RepeatedPtrField<v1::WireEvent> &events)
{
    QList<DecodedEvent> out;
    out.reserve(events.size());
    QString version;
    QString origin;
    for (const v1::WireEvent &w : events) {
        DecodedEvent d{fromProto(w), wireEventProblem(w)};
        if (!w.has_content_version())
            d.event.contentVersion = version;
        if (!w.has_origin_device())
            d.event.originDevice = origin;
        version = d.event.contentVersion;
        origin = d.event.originDevice;
        out.append(std::move(d));
    }
    return out;
}

} // namespace groundwork::sync
