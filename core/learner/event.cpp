#include "learner/event.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDate>

#include <array>
#include <tuple>

namespace groundwork::core::learner {

namespace {

struct KindName
{
    EventKind kind;
    const char *name;
};

constexpr std::array<KindName, 6> kKindNames{{
    {EventKind::LessonStarted, "lesson.started"},
    {EventKind::LessonFinished, "lesson.finished"},
    {EventKind::QuickCheckAnswered, "quickcheck.answered"},
    {EventKind::DrillDecision, "drill.decision"},
    {EventKind::ReflectionSaved, "reflection.saved"},
    {EventKind::GoalChanged, "goal.changed"},
}};

// Payload map keys. Stored and synced: never renumber.
enum Key : int {
    kTrack = 1,
    kLesson = 2,
    kOption = 3,
    kCorrect = 4,
    kAttempt = 5,
    kDrill = 6,
    kDecision = 7,
    kConfidence = 8,
    kBest = 9,
    kScores = 10, // array of [dimension id, score]
    kPrompt = 11,
    kText = 12,
    kSessions = 13,
    kRestDays = 14,
};

std::optional<QCborMap> parseMap(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    return value.toMap();
}

QString text(const QCborMap &m, int key)
{
    return m.value(key).toString();
}

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

qint64 Event::localDay() const
{
    static const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    return epochDay + floorDiv(timeMs + qint64(utcOffsetMinutes) * 60'000, kMsPerDay);
}

bool foldsBefore(const Event &a, const Event &b)
{
    return std::tie(a.timeMs, a.deviceId, a.id) < std::tie(b.timeMs, b.deviceId, b.id);
}

QByteArray encodePayload(const LessonPayload &p)
{
    QCborMap m;
    m.insert(kTrack, p.trackId);
    m.insert(kLesson, p.lessonId);
    return m.toCborValue().toCbor();
}

QByteArray encodePayload(const QuickCheckPayload &p)
{
    QCborMap m;
    m.insert(kLesson, p.lessonId);
    m.insert(kOption, p.optionIndex);
    m.insert(kCorrect, p.correct);
    return m.toCborValue().toCbor();
}

QByteArray encodePayload(const DecisionPayload &p)
{
    QCborMap m;
    m.insert(kAttempt, p.attemptId);
    m.insert(kDrill, p.drillId);
    m.insert(kDecision, p.decisionId);
    m.insert(kOption, p.optionId);
    m.insert(kConfidence, p.confidencePercent);
    m.insert(kBest, p.best);
    QCborArray scores;
    for (const auto &s : p.scores)
        scores.append(QCborArray{s.dimensionId, s.score});
    m.insert(kScores, scores);
    return m.toCborValue().toCbor();
}

QByteArray encodePayload(const ReflectionPayload &p)
{
    QCborMap m;
    m.insert(kTrack, p.trackId);
    m.insert(kPrompt, p.promptId);
    m.insert(kText, p.text);
    return m.toCborValue().toCbor();
}

QByteArray encodePayload(const GoalPayload &p)
{
    QCborMap m;
    m.insert(kSessions, p.sessionsPerWeek);
    QCborArray days;
    for (int d : p.restDays)
        days.append(d);
    m.insert(kRestDays, days);
    return m.toCborValue().toCbor();
}

std::optional<LessonPayload> decodeLesson(const QByteArray &bytes)
{
    const auto m = parseMap(bytes);
    if (!m)
        return std::nullopt;
    return LessonPayload{text(*m, kTrack), text(*m, kLesson)};
}

std::optional<QuickCheckPayload> decodeQuickCheck(const QByteArray &bytes)
{
    const auto m = parseMap(bytes);
    if (!m)
        return std::nullopt;
    return QuickCheckPayload{text(*m, kLesson), int(m->value(kOption).toInteger(-1)),
                             m->value(kCorrect).toBool()};
}

std::optional<DecisionPayload> decodeDecision(const QByteArray &bytes)
{
    const auto m = parseMap(bytes);
    if (!m)
        return std::nullopt;
    DecisionPayload p;
    p.attemptId = text(*m, kAttempt);
    p.drillId = text(*m, kDrill);
    p.decisionId = text(*m, kDecision);
    p.optionId = text(*m, kOption);
    p.confidencePercent = int(m->value(kConfidence).toInteger());
    p.best = m->value(kBest).toBool();
    const QCborArray scores = m->value(kScores).toArray();
    p.scores.reserve(scores.size());
    for (const auto &entry : scores) {
        const QCborArray pair = entry.toArray();
        if (pair.size() != 2)
            continue;
        p.scores.append({pair.at(0).toString(), pair.at(1).toDouble()});
    }
    return p;
}

std::optional<ReflectionPayload> decodeReflection(const QByteArray &bytes)
{
    const auto m = parseMap(bytes);
    if (!m)
        return std::nullopt;
    return ReflectionPayload{text(*m, kTrack), text(*m, kPrompt), text(*m, kText)};
}

std::optional<GoalPayload> decodeGoal(const QByteArray &bytes)
{
    const auto m = parseMap(bytes);
    if (!m)
        return std::nullopt;
    GoalPayload p;
    p.sessionsPerWeek = int(m->value(kSessions).toInteger(4));
    for (const auto &d : m->value(kRestDays).toArray())
        p.restDays.append(int(d.toInteger()));
    return p;
}

} // namespace groundwork::core::learner
