#include "learner/event.h"

#include "learner/uuidtext.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QDate>
#include <QUtf8StringView>
#include <QUuid>
#include <QVarLengthArray>

#include <array>
#include <cmath>
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
    kScores = 10, // first form: flat array of dimension id, score (double), id, score, ...
    kPrompt = 11,
    kText = 12,
    kSessions = 13,
    kRestDays = 14,
    kExactScores = 15, // flat array of dimension id, score, ...; a score is an unsigned
                       // integer (its value), [numerator, denominator] (the exact quotient) or
                       // a float. Under a new key so that older decoders skip it rather than
                       // misreading an integer or a pair as a double.
};

// Decision form history (all still decoded):
//  1. key 5 attempt id as text; key 10 scores as doubles; confidence 0 and best false written.
//  2. (now) key 5 is a 16-byte string when the attempt id is a canonical lowercase UUID text
//     (text otherwise); key 15 scores, exact and small; default fields left out.
// Other payloads only stopped writing fields equal to their defaults.

// Longest denominator tried when writing a score as an exact fraction: content keys are small
// integer scales (1..5 in practice), so scores are quotients of small integers.
constexpr int kMaxScoreDenominator = 64;

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


namespace {

void writeText(QCborStreamWriter &w, const QString &s)
{
    w.append(s);
}

// The smallest lossless form of a score: an integer, an exact small fraction, or the shortest
// float type that holds the value exactly. Decoding gives back the identical double.
void writeScore(QCborStreamWriter &w, double s)
{
    if (std::isfinite(s) && s >= 0 && s <= 1e9) {
        for (int den = 1; den <= kMaxScoreDenominator; ++den) {
            const double n = std::round(s * den);
            if (n / den == s) {
                if (den == 1) {
                    w.append(quint64(n));
                } else {
                    w.startArray(2);
                    w.append(quint64(n));
                    w.append(quint64(den));
                    w.endArray();
                }
                return;
            }
        }
    }
    if (const qfloat16 h(s); double(float(h)) == s)
        w.append(h);
    else if (const float f = float(s); double(f) == s)
        w.append(f);
    else
        w.append(s);
}

class MapWriter
{
public:
    explicit MapWriter(quint64 entries) : m_w(&m_bytes) { m_w.startMap(entries); }
    QCborStreamWriter &key(int k)
    {
        m_w.append(qint64(k));
        return m_w;
    }
    QByteArray finish()
    {
        m_w.endMap();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QCborStreamWriter m_w;
};

} // namespace

QByteArray encodePayload(const LessonPayload &p)
{
    MapWriter m(2);
    writeText(m.key(kTrack), p.trackId);
    writeText(m.key(kLesson), p.lessonId);
    return m.finish();
}

QByteArray encodePayload(const QuickCheckPayload &p)
{
    MapWriter m(2 + (p.correct ? 1 : 0));
    writeText(m.key(kLesson), p.lessonId);
    m.key(kOption).append(qint64(p.optionIndex));
    if (p.correct)
        m.key(kCorrect).append(true);
    return m.finish();
}

QByteArray encodePayload(const DecisionPayload &p)
{
    const bool rated = p.confidencePercent != 0;
    const bool scored = !p.scores.isEmpty();
    MapWriter m(4 + (rated ? 1 : 0) + (p.best ? 1 : 0) + (scored ? 1 : 0));
    if (const QByteArray raw = canonicalUuidBytes(p.attemptId); !raw.isEmpty())
        m.key(kAttempt).append(raw);
    else
        writeText(m.key(kAttempt), p.attemptId);
    writeText(m.key(kDrill), p.drillId);
    writeText(m.key(kDecision), p.decisionId);
    writeText(m.key(kOption), p.optionId);
    if (rated)
        m.key(kConfidence).append(qint64(p.confidencePercent));
    if (p.best)
        m.key(kBest).append(true);
    if (scored) {
        QCborStreamWriter &w = m.key(kExactScores);
        w.startArray(quint64(p.scores.size()) * 2);
        for (const auto &s : p.scores) {
            writeText(w, s.dimensionId);
            writeScore(w, s.score);
        }
        w.endArray();
    }
    return m.finish();
}

QByteArray encodePayload(const ReflectionPayload &p)
{
    MapWriter m(3);
    writeText(m.key(kTrack), p.trackId);
    writeText(m.key(kPrompt), p.promptId);
    writeText(m.key(kText), p.text);
    return m.finish();
}

QByteArray encodePayload(const GoalPayload &p)
{
    const bool sessions = p.sessionsPerWeek != GoalPayload().sessionsPerWeek;
    const bool rest = !p.restDays.isEmpty();
    MapWriter m((sessions ? 1 : 0) + (rest ? 1 : 0));
    if (sessions)
        m.key(kSessions).append(qint64(p.sessionsPerWeek));
    if (rest) {
        QCborStreamWriter &w = m.key(kRestDays);
        w.startArray(quint64(p.restDays.size()));
        for (int d : p.restDays)
            w.append(qint64(d));
        w.endArray();
    }
    return m.finish();
}

// Payloads are read with a streaming CBOR reader (no intermediate QCborValue tree): the
// derivation decodes every event on each rebuild, so this is the hot path.
namespace {

class PayloadReader
{
public:
    PayloadReader(const QByteArray &bytes, QHash<QByteArray, QString> *strings)
        : m_r(bytes), m_strings(strings)
    {
    }

    // Calls onField(key) for each integer key of the top-level map; onField must consume the
    // value (with the read* helpers or skip()). Returns false on malformed input.
    template<typename F>
    bool forEachField(F &&onField)
    {
        if (!m_r.isMap() || !m_r.enterContainer())
            return false;
        while (ok() && m_r.hasNext()) {
            if (!m_r.isUnsignedInteger() && !m_r.isNegativeInteger()) {
                skip(); // a key we do not understand: skip key and value
                skip();
                continue;
            }
            const qint64 key = m_r.toInteger();
            m_r.next();
            onField(key);
        }
        return ok() && m_r.leaveContainer();
    }

    // Text: the value's UTF-8 is read into a local buffer and decoded once per distinct string
    // (when a pool of strings is shared across payloads).
    QString readString()
    {
        if (!m_r.isString()) {
            skip();
            return {};
        }
        QVarLengthArray<char, 128> utf8;
        if (!readChunks(utf8))
            return {};
        if (!QUtf8StringView(utf8.constData(), utf8.size()).isValidUtf8()) {
            m_failed = true; // as QCborStreamReader::readString() would report
            return {};
        }
        return intern(QByteArray::fromRawData(utf8.constData(), utf8.size()),
                      [&] { return QString::fromUtf8(utf8.constData(), utf8.size()); });
    }

    // An id written either as text or, for a canonical UUID, as its 16 bytes.
    QString readId()
    {
        if (!m_r.isByteArray())
            return readString();
        QVarLengthArray<char, 128> raw;
        raw.append('\xff'); // not UTF-8: keeps UUID keys apart from text keys in the pool
        if (!readChunks(raw))
            return {};
        if (raw.size() != 17)
            return {};
        return intern(QByteArray::fromRawData(raw.constData(), raw.size()), [&] {
            return QUuid::fromRfc4122(QByteArrayView(raw.constData() + 1, 16)).toString(QUuid::WithoutBraces);
        });
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

    // A number of any CBOR numeric type; 0 for anything else.
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

    // A score: a number, or [numerator, denominator] for their exact quotient; 0 otherwise.
    double readScore()
    {
        if (!m_r.isArray())
            return readDouble();
        qint64 parts[2] = {0, 0};
        int n = 0;
        forEachItem([&] {
            const qint64 v = readInteger(-1);
            if (n < 2)
                parts[n] = v;
            ++n;
        });
        if (n != 2 || parts[0] < 0 || parts[1] <= 0)
            return 0;
        return double(parts[0]) / double(parts[1]);
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
        while (ok() && m_r.hasNext())
            onItem();
        if (ok())
            m_r.leaveContainer();
    }

    void skip()
    {
        if (ok() && m_r.hasNext())
            m_r.next(); // skips whole containers too
    }

    bool ok() { return !m_failed && m_r.lastError() == QCborError::NoError; }

private:
    // Appends the bytes of the current text or byte string (all its chunks); false on error.
    template<typename Buffer>
    bool readChunks(Buffer &out)
    {
        for (;;) {
            const qsizetype base = out.size();
            const qsizetype chunk = m_r.currentStringChunkSize();
            if (chunk < 0) {
                m_failed = true;
                return false;
            }
            out.resize(base + chunk);
            const auto r = m_r.readStringChunk(out.data() + base, chunk);
            if (r.status == QCborStreamReader::EndOfString) {
                out.resize(base);
                return true;
            }
            if (r.status != QCborStreamReader::Ok) {
                m_failed = true;
                return false;
            }
            out.resize(base + r.data);
        }
    }

    template<typename Make>
    QString intern(const QByteArray &key, Make &&make)
    {
        if (!m_strings)
            return make();
        const auto it = m_strings->constFind(key);
        if (it != m_strings->cend())
            return *it;
        // The key is raw data over a local buffer: store a deep copy.
        return *m_strings->insert(QByteArray(key.constData(), key.size()), make());
    }

    QCborStreamReader m_r;
    QHash<QByteArray, QString> *m_strings;
    bool m_failed = false;
};

std::optional<LessonPayload> readLesson(const QByteArray &bytes, QHash<QByteArray, QString> *strings)
{
    LessonPayload p;
    PayloadReader r(bytes, strings);
    const bool ok = r.forEachField([&](qint64 key) {
        if (key == kTrack)
            p.trackId = r.readString();
        else if (key == kLesson)
            p.lessonId = r.readString();
        else
            r.skip();
    });
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

std::optional<QuickCheckPayload> readQuickCheck(const QByteArray &bytes, QHash<QByteArray, QString> *strings)
{
    QuickCheckPayload p;
    PayloadReader r(bytes, strings);
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
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

std::optional<DecisionPayload> readDecision(const QByteArray &bytes, QHash<QByteArray, QString> *strings)
{
    DecisionPayload p;
    PayloadReader r(bytes, strings);
    // Both score forms: a flat array of id, score, id, score, ...
    const auto readScores = [&](bool exact) {
        bool wantId = true;
        r.forEachItem([&] {
            if (wantId)
                p.scores.append({r.readString(), 0.0});
            else
                p.scores.last().score = exact ? r.readScore() : r.readDouble();
            wantId = !wantId;
        });
        if (!wantId)
            p.scores.removeLast(); // an id without its score
    };
    const bool ok = r.forEachField([&](qint64 key) {
        switch (key) {
        case kAttempt: p.attemptId = r.readId(); break;
        case kDrill: p.drillId = r.readString(); break;
        case kDecision: p.decisionId = r.readString(); break;
        case kOption: p.optionId = r.readString(); break;
        case kConfidence: p.confidencePercent = int(r.readInteger()); break;
        case kBest: p.best = r.readBool(); break;
        case kScores: readScores(false); break;
        case kExactScores: readScores(true); break;
        default: r.skip(); break;
        }
    });
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

std::optional<ReflectionPayload> readReflection(const QByteArray &bytes, QHash<QByteArray, QString> *strings)
{
    ReflectionPayload p;
    PayloadReader r(bytes, strings);
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
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

std::optional<GoalPayload> readGoal(const QByteArray &bytes, QHash<QByteArray, QString> *strings)
{
    GoalPayload p;
    PayloadReader r(bytes, strings);
    const bool ok = r.forEachField([&](qint64 key) {
        if (key == kSessions)
            p.sessionsPerWeek = int(r.readInteger(4));
        else if (key == kRestDays)
            r.forEachItem([&] { p.restDays.append(int(r.readInteger())); });
        else
            r.skip();
    });
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

} // namespace

std::optional<LessonPayload> decodeLesson(const QByteArray &bytes) { return readLesson(bytes, nullptr); }
std::optional<QuickCheckPayload> decodeQuickCheck(const QByteArray &bytes) { return readQuickCheck(bytes, nullptr); }
std::optional<DecisionPayload> decodeDecision(const QByteArray &bytes) { return readDecision(bytes, nullptr); }
std::optional<ReflectionPayload> decodeReflection(const QByteArray &bytes) { return readReflection(bytes, nullptr); }
std::optional<GoalPayload> decodeGoal(const QByteArray &bytes) { return readGoal(bytes, nullptr); }

std::optional<LessonPayload> PayloadDecoder::lesson(const QByteArray &bytes) { return readLesson(bytes, &m_strings); }
std::optional<QuickCheckPayload> PayloadDecoder::quickCheck(const QByteArray &bytes) { return readQuickCheck(bytes, &m_strings); }
std::optional<DecisionPayload> PayloadDecoder::decision(const QByteArray &bytes) { return readDecision(bytes, &m_strings); }
std::optional<ReflectionPayload> PayloadDecoder::reflection(const QByteArray &bytes) { return readReflection(bytes, &m_strings); }
std::optional<GoalPayload> PayloadDecoder::goal(const QByteArray &bytes) { return readGoal(bytes, &m_strings); }

} // namespace groundwork::core::learner
