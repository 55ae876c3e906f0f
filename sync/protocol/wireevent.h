#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace groundwork::sync {

namespace v1 {
class WireEvent;
}

// One learner event as the sync layer sees it: the learner core maps its own events to this.
struct WireEvent
{
    QString id;            // globally unique, 1..64 printable ASCII (e.g. a UUID)
    qint64 deviceTimeMs = 0;
    QString kind;          // e.g. "lesson.finished"
    quint32 contentVersion = 0;
    QByteArray payload;    // opaque to sync
    bool isPrivate = false; // "Back to IC": never leaves the device

    friend bool operator==(const WireEvent &, const WireEvent &) = default;
};

void toProto(const WireEvent &event, v1::WireEvent *out);
WireEvent fromProto(const v1::WireEvent &event);

// Empty when the event is acceptable on the wire; otherwise why not, in plain words.
// Private events are rejected by the caller, not here, so the reason can be its own code.
QString wireEventProblem(const v1::WireEvent &event);

} // namespace groundwork::sync
