#include "protocol/wireevent.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "ids/uuidtext.h"
#include "protocol/limits.h"

#include <QUtf8StringView>
#include <QUuid>

#include <array>

namespace groundwork::sync {

namespace {

struct KnownKindName
{
    v1::KnownKind code;
    const char *name;
};

// The numbered kinds of sync.proto's KnownKind. The names are the learner core's event kinds.
constexpr std::array<KnownKindName, 6> kKnownKinds{{
    {v1::KNOWN_KIND_LESSON_STARTED, "lesson.started"},
    {v1::KNOWN_KIND_LESSON_FINISHED, "lesson.finished"},
    {v1::KNOWN_KIND_QUICKCHECK_ANSWERED, "quickcheck.answered"},
    {v1::KNOWN_KIND_DRILL_DECISION, "drill.decision"},
    {v1::KNOWN_KIND_REFLECTION_SAVED, "reflection.saved"},
    {v1::KNOWN_KIND_GOAL_CHANGED, "goal.changed"},
}};

v1::KnownKind knownKindCode(const QString &kind)
{
    for (const auto &k : kKnownKinds)
        if (kind == QLatin1StringView(k.name))
            return k.code;
    return v1::KNOWN_KIND_UNSPECIFIED;
}

QString knownKindName(int code)
{
    for (const auto &k : kKnownKinds)
        if (k.code == code)
            return QString::fromLatin1(k.name);
    return {};
}

bool printableAscii(const std::string &s)
{
    for (unsigned char c : s) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

QString uuidText(const std::string &raw)
{
    return QUuid::fromRfc4122(QByteArrayView(raw.data(), 16)).toString(QUuid::WithoutBraces);
}

// An id of the local form "<origin>.<16 lowercase hex digits>": its 64 bits, if it is one.
std::optional<quint64> localIdBits(const QString &id, const QString &origin)
{
    if (origin.isEmpty() || id.size() != origin.size() + 17 || !id.startsWith(origin)
        || id.at(origin.size()) != QLatin1Char('.'))
        return std::nullopt;
    quint64 bits = 0;
    for (QChar c : QStringView(id).sliced(origin.size() + 1)) {
        int digit;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digit = c.unicode() - '0';
        else if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            digit = c.unicode() - 'a' + 10;
        else
            return std::nullopt; // upper case or not hex: travels as text, unchanged
        bits = (bits << 4) | quint64(digit);
    }
    return bits;
}

QString localId(const QString &origin, quint64 bits)
{
    return origin + QLatin1Char('.') + QStringLiteral("%1").arg(bits, 16, 16, QLatin1Char('0'));
}

void setOrigin(const QString &origin, v1::WireEvent *out)
{
    if (const QByteArray raw = ids::canonicalUuidBytes(origin); !raw.isEmpty())
        out->set_origin_device_uuid(raw.constData(), std::size_t(raw.size()));
    else
        out->set_origin_device(origin.toStdString());
}

void setId(const QString &id, v1::WireEvent *out)
{
    if (const QByteArray raw = ids::canonicalUuidBytes(id); !raw.isEmpty())
        out->set_id_uuid(raw.constData(), std::size_t(raw.size()));
    else
        out->set_id(id.toStdString());
}

// A sealed event carries its id, epoch, coarse kind, day and ciphertext, and nothing the
// ciphertext holds: a client that leaks readable fields beside it is refused.
QString sealedEventProblem(const v1::WireEvent &event)
{
    if (event.sealed().empty() || event.sealed().size() > std::size_t(kMaxSealedBytes))
        return QStringLiteral("a sealed event holds 1 to %1 bytes of ciphertext").arg(kMaxSealedBytes);
    if (!v1::CoarseKind_IsValid(event.coarse_kind()))
        return QStringLiteral("unknown coarse kind %1").arg(int(event.coarse_kind()));
    if (!event.kind().empty() || event.kind_code() != v1::KNOWN_KIND_UNSPECIFIED || !event.payload().empty()
        || event.is_private() || event.device_time_ms() != 0 || event.time_after_previous_ms() != 0
        || !event.content_version().empty() || !event.origin_device().empty() || !event.origin_device_uuid().empty()
        || event.utc_offset_minutes() != 0 || event.id_local() != 0)
        return QStringLiteral("a sealed event carries nothing readable beside its id, coarse kind and day");
    if (event.coarse_kind() == v1::COARSE_KIND_UNSPECIFIED && event.utc_day() != 0)
        return QStringLiteral("a sealed event without a coarse kind carries no day");
    const bool milestone = event.coarse_kind() == v1::COARSE_KIND_TRACK_COMPLETED;
    if (!milestone && !event.public_track_id().empty())
        return QStringLiteral("only a track-completed milestone carries a track id");
    if (milestone && !isValidPublicTrackId(event.public_track_id()))
        return QStringLiteral("a track-completed milestone carries a track id of 1 to %1 characters"
                              " (a-z, 0-9 and single dashes between them)")
            .arg(kMaxPublicTrackIdLength);
    const std::string &id = event.id();
    if (id.size() > std::size_t(kMaxEventIdLength) || !printableAscii(id))
        return QStringLiteral("event id must be 1 to %1 printable ASCII characters").arg(kMaxEventIdLength);
    return {};
}

} // namespace

bool isValidPublicTrackId(const std::string &id)
{
    if (id.empty() || id.size() > std::size_t(kMaxPublicTrackIdLength) || id.front() == '-' || id.back() == '-')
        return false;
    char previous = 0;
    for (const char c : id) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!word && (c != '-' || previous == '-'))
            return false;
        previous = c;
    }
    return true;
}

bool isReflectionKind(const QString &kind)
{
    return kind.startsWith(QLatin1StringView("reflection."));
}

void toProto(const WireEvent &event, v1::WireEvent *out)
{
    setId(event.id, out);
    out->set_device_time_ms(event.deviceTimeMs);
    out->set_kind(event.kind.toStdString());
    out->set_content_version(event.contentVersion.toStdString());
    out->set_payload(event.payload.constData(), std::size_t(event.payload.size()));
    out->set_is_private(event.isPrivate);
    setOrigin(event.originDevice, out);
    out->set_utc_offset_minutes(event.utcOffsetMinutes);
    if (event.isSealed()) {
        out->set_epoch(event.epoch);
        out->set_sealed(event.sealed.constData(), std::size_t(event.sealed.size()));
        out->set_coarse_kind(v1::CoarseKind(event.coarseKind));
        out->set_utc_day(quint32(event.utcDay));
        out->set_public_track_id(event.publicTrackId.toStdString());
    }
}

QString wireEventProblem(const v1::WireEvent &event)
{
    const int idForms = int(!event.id().empty()) + int(!event.id_uuid().empty()) + int(event.id_local() != 0);
    if (idForms != 1)
        return QStringLiteral("an event id is exactly one of text, 16 bytes or a local number");
    if (!event.id_uuid().empty() && event.id_uuid().size() != 16)
        return QStringLiteral("an event id in bytes is a UUID's 16 bytes");
    const std::string &id = event.id();
    if (id.size() > std::size_t(kMaxEventIdLength) || !printableAscii(id))
        return QStringLiteral("event id must be 1 to %1 printable ASCII characters").arg(kMaxEventIdLength);
    const std::string &kind = event.kind();
    if (event.epoch() != 0)
        return sealedEventProblem(event);
    if (!event.sealed().empty() || event.coarse_kind() != 0 || event.utc_day() != 0
        || !event.public_track_id().empty())
        return QStringLiteral("only a sealed event (with an epoch) carries a ciphertext, a coarse kind, a day"
                              " or a track id");
    if (!kind.empty() == (event.kind_code() != v1::KNOWN_KIND_UNSPECIFIED))
        return QStringLiteral("an event kind is either text or a known number, not both or neither");
    if (event.kind_code() != v1::KNOWN_KIND_UNSPECIFIED && knownKindName(event.kind_code()).isEmpty())
        return QStringLiteral("unknown event kind number %1").arg(int(event.kind_code()));
    if (kind.size() > std::size_t(kMaxKindLength))
        return QStringLiteral("event kind must be 1 to %1 bytes").arg(kMaxKindLength);
    if (!QUtf8StringView(kind.data(), qsizetype(kind.size())).isValidUtf8())
        return QStringLiteral("event kind must be UTF-8");
    if (event.device_time_ms() != 0 && event.has_time_after_previous_ms())
        return QStringLiteral("an event time is either absolute or after the previous, not both");
    const std::string &version = event.content_version();
    if (version.size() > std::size_t(kMaxContentVersionLength) || !printableAscii(version))
        return QStringLiteral("content version must be at most %1 printable ASCII characters")
            .arg(kMaxContentVersionLength);
    const std::string &origin = event.origin_device();
    if (origin.size() > std::size_t(kMaxEventIdLength) || !printableAscii(origin))
        return QStringLiteral("origin device must be at most %1 printable ASCII characters")
            .arg(kMaxEventIdLength);
    if (!event.origin_device_uuid().empty()
        && (event.origin_device_uuid().size() != 16 || event.has_origin_device()))
        return QStringLiteral("an origin device is either text or a UUID's 16 bytes");
    if (event.utc_offset_minutes() < -kMaxUtcOffsetMinutes || event.utc_offset_minutes() > kMaxUtcOffsetMinutes)
        return QStringLiteral("UTC offset out of range");
    if (event.payload().size() > std::size_t(kMaxPayloadBytes))
        return QStringLiteral("event payload is larger than %1 bytes").arg(kMaxPayloadBytes);
    return {};
}

void encodeEvents(const QList<WireEvent> &events, google::protobuf::RepeatedPtrField<v1::WireEvent> *out)
{
    WireEvent previous; // what a decoder assumes before the first event
    for (const WireEvent &e : events) {
        v1::WireEvent *w = out->Add();
        if (e.originDevice != previous.originDevice)
            setOrigin(e.originDevice, w);
        if (const auto bits = localIdBits(e.id, e.originDevice); bits && *bits != 0)
            w->set_id_local(*bits);
        else
            setId(e.id, w);
        // After the first event a time travels as the difference, unless that does not fit:
        // devices' clocks may be anything, and an absolute time is valid on any event.
        qint64 difference = 0;
        if (e.isSealed())
            ; // no time beside a ciphertext: absolute 0, the next event's difference is from 0
        else if (&e == &events.front() || qSubOverflow(e.deviceTimeMs, previous.deviceTimeMs, &difference))
            w->set_device_time_ms(e.deviceTimeMs);
        else
            w->set_time_after_previous_ms(difference);
        if (const v1::KnownKind code = knownKindCode(e.kind); code != v1::KNOWN_KIND_UNSPECIFIED)
            w->set_kind_code(code);
        else
            w->set_kind(e.kind.toStdString());
        if (e.contentVersion != previous.contentVersion)
            w->set_content_version(e.contentVersion.toStdString());
        if (e.utcOffsetMinutes != previous.utcOffsetMinutes)
            w->set_utc_offset_minutes(e.utcOffsetMinutes);
        w->set_payload(e.payload.constData(), std::size_t(e.payload.size()));
        w->set_is_private(e.isPrivate);
        if (e.isSealed()) {
            w->set_epoch(e.epoch);
            w->set_sealed(e.sealed.constData(), std::size_t(e.sealed.size()));
            w->set_coarse_kind(v1::CoarseKind(e.coarseKind));
            w->set_utc_day(quint32(e.utcDay));
            if (!e.publicTrackId.isEmpty())
                w->set_public_track_id(e.publicTrackId.toStdString());
        }
        previous = e;
    }
}

QList<DecodedEvent> decodeEvents(const google::protobuf::RepeatedPtrField<v1::WireEvent> &events)
{
    QList<DecodedEvent> out;
    out.reserve(events.size());
    WireEvent previous;
    for (const v1::WireEvent &w : events) {
        DecodedEvent d{previous, wireEventProblem(w)};
        WireEvent &e = d.event;
        if (w.has_origin_device())
            e.originDevice = QString::fromStdString(w.origin_device());
        else if (w.origin_device_uuid().size() == 16)
            e.originDevice = uuidText(w.origin_device_uuid());
        if (w.has_content_version())
            e.contentVersion = QString::fromStdString(w.content_version());
        if (w.has_utc_offset_minutes())
            e.utcOffsetMinutes = w.utc_offset_minutes();
        if (w.has_time_after_previous_ms()) {
            if (qAddOverflow(previous.deviceTimeMs, qint64(w.time_after_previous_ms()), &e.deviceTimeMs)
                && d.problem.isEmpty())
                d.problem = QStringLiteral("event time out of range");
        } else {
            e.deviceTimeMs = w.device_time_ms();
        }
        e.kind = w.kind_code() != v1::KNOWN_KIND_UNSPECIFIED ? knownKindName(w.kind_code())
                                                             : QString::fromStdString(w.kind());
        if (w.id_uuid().size() == 16)
            e.id = uuidText(w.id_uuid());
        else if (w.id_local() != 0)
            e.id = localId(e.originDevice, w.id_local());
        else
            e.id = QString::fromStdString(w.id());
        if (d.problem.isEmpty() && w.id_local() != 0
            && (e.originDevice.isEmpty() || e.id.size() > kMaxEventIdLength))
            d.problem = QStringLiteral("a local event id needs an origin device of at most %1 characters")
                            .arg(kMaxEventIdLength - 17);
        e.payload = QByteArray(w.payload().data(), qsizetype(w.payload().size()));
        e.isPrivate = w.is_private();
        e.epoch = w.epoch();
        e.sealed = QByteArray(w.sealed().data(), qsizetype(w.sealed().size()));
        e.coarseKind = int(w.coarse_kind());
        e.utcDay = int(w.utc_day());
        e.publicTrackId = QString::fromStdString(w.public_track_id());
        previous = e;
        out.append(std::move(d));
    }
    return out;
}

} // namespace groundwork::sync
