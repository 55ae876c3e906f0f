#include "learner/event.h"

#include <QDate>

#include <array>

namespace groundwork::core::learner {

namespace {

struct KindName
{
    EventKind kind;
    const char *name;
};

constexpr std::array<KindName, 8> kKindNames{{
    {EventKind::LessonStarted, "lesson.started"},
    {EventKind::LessonFinished, "lesson.finished"},
    {EventKind::QuickCheckAnswered, "quickcheck.answered"},
    {EventKind::DrillDecision, "drill.decision"},
    {EventKind::ReflectionSaved, "reflection.saved"},
    {EventKind::GoalChanged, "goal.changed"},
    {EventKind::AssessmentSharingChosen, "assessmentsharing.chosen"},
    {EventKind::TrackCompleted, "track.completed"},
}};

constexpr qint64 kMsPerDay = 86'400'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

QString kindName(EventKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<EventKind> kindFromName(QStringView name)
{
    for (const auto &k : kKindNames)
        if (name == QLatin1StringView(k.name))
            return k.kind;
    return std::nullopt;
}

std::optional<EventKind> kindFromUtf8(QByteArrayView name)
{
    for (const auto &k : kKindNames)
        if (name == QByteArrayView(k.name))
            return k.kind;
    return std::nullopt;
}

qint64 Event::localDay() const
{
    static const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    return epochDay + floorDiv(timeMs + qint64(utcOffsetMinutes) * 60'000, kMsPerDay);
}

bool foldsBefore(const Event &a, const Event &b)
{
    if (a.timeMs != b.timeMs)
        return a.timeMs < b.timeMs;
    if (const int c = a.deviceId.compare(b.deviceId))
        return c < 0;
    return a.id < b.id;
}

} // namespace groundwork::core::learner
