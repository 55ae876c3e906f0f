#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <string>

namespace google::protobuf {
template<typename T>
class RepeatedPtrField;
}

namespace groundwork::sync {

namespace v1 {
class WireEvent;
}

// One learner event as the sync layer sees it: the learner core maps its own events to this.
struct WireEvent
{
    QString id;             // globally unique, 1..64 printable ASCII (e.g. a UUID)
    qint64 deviceTimeMs = 0;
    QString kind;           // e.g. "lesson.finished"
    QString contentVersion; // the content pack's version text, e.g. "2026.11.0+3f9a2c1d"
    QByteArray payload;     // opaque to sync
    bool isPrivate = false; // "Back to IC": never leaves the device
    QString originDevice;   // the recording device's own id (not the server's device id)
    int utcOffsetMinutes = 0;
    // Protocol 3: a sealed event (epoch > 0) carries only its id, these and the ciphertext;
    // the fields above stay empty on the wire and on the server.
    quint32 epoch = 0;
    QByteArray sealed;      // nonce + ciphertext of a v1::SealedEventContent
    int coarseKind = 0;     // v1::CoarseKind; 0 for private events and reflections
    int utcDay = 0;         // days since 1970-01-01 UTC; 0: not told
    QString publicTrackId;  // coarse kind "track completed" only: the public track finished
    bool isSealed() const { return epoch != 0; }

    friend bool operator==(const WireEvent &, const WireEvent &) = default;
};

// A reflection's kind ("reflection.saved", or any later "reflection.*"): the learner's own
// writing, which the server refuses whatever the event's private flag says.
bool isReflectionKind(const QString &kind);

// A public track's id as a milestone may carry it beside a sealed event: 1 to
// kMaxPublicTrackIdLength of a-z and 0-9, words joined by single '-' (the content pack's ids).
bool isValidPublicTrackId(const std::string &id);

// One event in full: every field spelled out (no "same as the previous event"), the kind as
// text, the time absolute. An id or origin that is a lowercase UUID travels as 16 raw bytes.
void toProto(const WireEvent &event, v1::WireEvent *out);

// Empty when the event's own fields are acceptable on the wire; otherwise why not, in plain
// words. What depends on earlier events of the message is judged by decodeEvents().
// Private events are rejected by the caller, not here, so the reason can be its own code.
QString wireEventProblem(const v1::WireEvent &event);

// A batch in the compact form of protocol 2 (see sync.proto): kinds by number, times as
// differences, content version, origin device and UTC offset once per run of equal values,
// ids as UUID bytes or as 64 bits under their origin device.
void encodeEvents(const QList<WireEvent> &events, google::protobuf::RepeatedPtrField<v1::WireEvent> *out);

struct DecodedEvent
{
    WireEvent event;
    QString problem; // empty when acceptable (private events are the caller's to judge)
};
// A batch back in full, every event judged by wireEventProblem() and in its context.
QList<DecodedEvent> decodeEvents(const google::protobuf::RepeatedPtrField<v1::WireEvent> &events);

} // namespace groundwork::sync
