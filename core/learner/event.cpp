#include "learner/event.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
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
    kScores = 10, // flat array: dimension id, score, dimension id, score, ...
    kPrompt = 11,
    kText = 12,
    kSessions = 13,
    kRestDays = 14,
};

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
    if (a.timeMs != b.timeMs)
        return a.timeMs < b.timeMs;
    if (const int c = a.deviceId.compare(b.deviceId))
        return c < 0;
    return a.id < b.id;
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
    for (const auto &s : p.scores) {
        scores.append(s.dimensionId);
        scores.append(s.score);
    }
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

// Payloads are read with a streaming CBOR reader (no intermediate QCborValue tree): the
// derivation decodes every event on each rebuild, so this is the hot path.
namespace {

class PayloadReader
{
public:
    explicit PayloadReader(const QByteArray &bytes) : m_r(bytes) {}

    // Calls onField(key) for each integer key of the top-level map; onField must consume the
    // value (with the read* helpers or skip()). Returns false on malformed input.
    template<typename F>
    bool forEachField(F &&onField)
    {
        if (!m_r.isMap() || !m_r.enterContainer())
            return false;
        while (m_r.lastError() == QCborError::NoError && m_r.hasNext()) {
            if (!m_r.isUnsignedInteger() && !m_r.isNegativeInteger()) {
                skip(); // a key we do not understand: skip key and value
                skip();
                continue;
            }
            const qint64 key = m_r.toInteger();
            m_r.next();
            onField(key);
        }
        return m_r.lastError() == QCborError::NoError && m_r.leaveContainer();
    }

    QString readString()
    {
        if (!m_r.isString()) {
            skip();
            return {};
        }
        QString out;
        auto chunk = m_r.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            out += chunk.data;
            chunk = m_r.readString();
        }
        return out;
    }

    qint64 readInteger(qint64 fallback = 0)
    {
        if (m_r.isUnsignedInteger() || m_r.isNegativeInteger()) {
            const qint64 v = m_r.toInteger();
            m_r.next();
            return v;
        }
        skip();
        return fallback;
    }

    double readDouble()
    {
        double v = 0;
        if (m_r.isDouble())
            v = m_r.toDouble();
        else if (m_r.isFloat())
            v = double(m_r.toFloat());
        else if (m_r.isFloat16())
            v = double(float(m_r.toFloat16()));
        else if (m_r.isUnsignedInteger() || m_r.isNegativeInteger())
            v = double(m_r.toInteger());
        else {
            skip();
            return 0;
        }
        m_r.next();
        return v;
    }

    bool readBool()
    {
        const bool v = m_r.isTrue();
        if (m_r.isBool()) {
            m_r.next();
            return v;
        }
        skip();
        return false;
    }

    // Calls onItem() for each element of an array value; onItem must consume it.
    template<typename F>
    void forEachItem(F &&onItem)
    {
        if (!m_r.isArray() || !m_r.enterContainer()) {
            skip();
            return;
        }
        while (m_r.lastError() == QCborError::NoError && m_r.hasNext())
            onItem();
        m_r.leaveContainer();
    }

    void skip()
    {
        if (m_r.lastError() == QCborError::NoError && m_r.hasNext())
            m_r.next(); // skips whole containers too
    }

    bool ok() { return m_r.lastError() == QCborError::NoError; }

private:
    QCborStreamReader m_r;
};

} // namespace

std::optional<LessonPayload> decodeLesson(const QByteArray &bytes)
{
    LessonPayload p;
    PayloadReader r(bytes);
    const bool ok = r.forEachField([&](qint64 key) {
        if (key == kTrack)
            p.trackId = r.readString();
        else if (key == kLesson)
            p.lessonId = r.readString();
        else
            r.skip();
    });
    return ok ? std::optional(p) : std::nullopt;
}

std::optional<QuickCheckPayload> decodeQuickCheck(const QByteArray &bytes)
{
    QuickCheckPayload p;
    PayloadReader r(bytes);
    const bool ok = r.forEachField([&](qint64 key) {
        if (key == kLesson)
            p.lessonId = r.readString();
        else if (key == kOption)
            p.optionIndex = int(r.readInteger(-1));
        else if (key == kCorrect)
            p.correct = r.readBool();
        else
            r.skip();
    });
    return ok ? std::optional(p) : std::nullopt;
}

std::optional<DecisionPayload> decodeDecision(const QByteArray &bytes)
{
    DecisionPayload p;
    PayloadReader r(bytes);
    const bool ok = r.forEachField([&](qint64 key) {
        switch (key) {
        case kAttempt: p.attemptId = r.readString(); break;
        case kDrill: p.drillId = r.readString(); break;
        case kDecision: p.decisionId = r.readString(); break;
        case kOption: p.optionId = r.readString(); break;
        case kConfidence: p.confidencePercent = int(r.readInteger()); break;
        case kBest: p.best = r.readBool(); break;
        case kScores:
            p.scores.reserve(4);
            r.forEachItem([&] {
                if (p.scores.isEmpty() || p.scores.last().score >= 0) {
                    p.scores.append({r.readString(), -1.0}); // id first, its score next
                } else {
                    p.scores.last().score = r.readDouble();
                }
            });
            if (!p.scores.isEmpty() && p.scores.last().score < 0)
                p.scores.removeLast(); // an id without its score
            break;
            break;
        default: r.skip(); break;
        }
    });
    return ok ? std::optional(p) : std::nullopt;
}

std::optional<ReflectionPayload> decodeReflection(const QByteArray &bytes)
{
    ReflectionPayload p;
    PayloadReader r(bytes);
    const bool ok = r.forEachField([&](qint64 key) {
        if (key == kTrack)
            p.trackId = r.readString();
        else if (key == kPrompt)
            p.promptId = r.readString();
        else if (key == kText)
            p.text = r.readString();
        else
            r.skip();
    });
    return ok ? std::optional(p) : std::nullopt;
}

std::optional<GoalPayload> decodeGoal(const QByteArray &bytes)
{
    GoalPayload p;
    PayloadReader r(bytes);
    const bool ok = r.forEachField([&](qint64 key) {
        if (key == kSessions)
            p.sessionsPerWeek = int(r.readInteger(4));
        else if (key == kRestDays)
            r.forEachItem([&] { p.restDays.append(int(r.readInteger())); });
        else
            r.skip();
    });
    return ok ? std::optional(p) : std::nullopt;
}

} // namespace groundwork::core::learner
