#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// The payload structs and their codec live in payload.h. This header still brings them in
// because the view models, the sync client and their tests read payloads through event.h.
#include "learner/payload.h"

namespace groundwork::core::learner {

// What the learner did. The text names are part of the stored and synced format: never change
// or reuse one; add new kinds instead.
enum class EventKind {
    LessonStarted,      // "lesson.started"      LessonPayload
    LessonFinished,     // "lesson.finished"     LessonPayload
    QuickCheckAnswered, // "quickcheck.answered" QuickCheckPayload
    DrillDecision,      // "drill.decision"      DecisionPayload
    ReflectionSaved,    // "reflection.saved"    ReflectionPayload (always private)
    GoalChanged,        // "goal.changed"        GoalPayload
    // Whether a shared profile carries the readiness assessment results: one choice for all
    // of the learner's devices (it syncs sealed like any event; the last one in fold order wins)
    AssessmentSharingChosen, // "assessmentsharing.chosen" AssessmentSharingPayload
    TrackCompleted,     // "track.completed"     TrackCompletedPayload (public tracks only)
};

QString kindName(EventKind kind);
std::optional<EventKind> kindFromName(QStringView name);
// The same from the name's UTF-8 bytes, as the store reads them.
std::optional<EventKind> kindFromUtf8(QByteArrayView name);

// One learner action, append-only. Events are the only truth: progress, scores, schedule and
// goal are derived from them (see derivation.h), and they are exactly what sync carries.
struct Event
{
    QString id;                 // globally unique: "<device id>.<16 hex digits>" (eventid.h); older events: a UUID
    EventKind kind = EventKind::LessonStarted;
    qint64 timeMs = 0;          // when the device recorded it, Unix ms (UTC)
    int utcOffsetMinutes = 0;   // the device's UTC offset then; fixes the learner's local day
    QString deviceId;
    QString contentVersion;     // ContentPack::contentVersion() the action was taken against
    bool isPrivate = false;     // private track: never enters the outbox, never synced
    QByteArray payload;         // CBOR, the payload struct of its kind (payload.h)

    // The learner's local calendar day as a Julian day number.
    qint64 localDay() const;
};

// The total order every derivation folds in: (time, device id, event id).
bool foldsBefore(const Event &a, const Event &b);

} // namespace groundwork::core::learner
