#include "learner/event.h"

#include "ids/uuidtext.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QDate>
#include <QHash>
#include <QUtf8StringView>
#include <QUuid>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

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

// Field keys of the map forms; the positional form keeps their meaning under its own order
// (see readFields()). Stored and synced: never renumber.
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
    kShown = 16,       // positional forms only (appended): the option's shown position
};

// Form history (all still decoded; tests/unit/learner/tst_payloads.cpp keeps a sample of each):
//  1. Maps. Decision: key 5 attempt id as text, key 10 scores as doubles, every field written.
//     Other payloads: every field written.
//  2. Maps. Decision: key 5 is a 16-byte string when the attempt id is a canonical lowercase
//     UUID text (text otherwise); key 15 scores, exact and small; fields equal to their
//     defaults left out, in every payload.
//  3. (now) Positional arrays, trailing defaults left out (see the encoders below for the
//     order); a decision's scores are a flat array of dimension id, then the score: an
//     unsigned integer numerator optionally followed by its unsigned denominator, or a float.
//     Dropping the keys saves a byte per field and a fraction no longer needs an array header.
//     Apps from before form 3 cannot read it (their decoders want a map) and leave such
//     events out of their derivations; they keep them in their stores and sync them.
//     Appended since (older form-3 decoders ignore the extra item): the shown position of the
//     chosen option, last in decisions and quick checks, once options were shown shuffled.

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

// How a score is written losslessly, smallest first: an integer, an exact small fraction, or
// the shortest float type that holds the value exactly. Decoding gives back the same double.
struct ScoreForm
{
    enum Kind { Integer, Fraction, Half, Single, Double } kind = Double;
    quint64 numerator = 0;
    quint64 denominator = 1;
};

ScoreForm scoreForm(double s)
{
    if (std::isfinite(s) && s >= 0 && s <= 1e9) {
        for (int den = 1; den <= kMaxScoreDenominator; ++den) {
            const double n = std::round(s * den);
            if (n / den == s)
                return {den == 1 ? ScoreForm::Integer : ScoreForm::Fraction, quint64(n), quint64(den)};
        }
    }
    if (const qfloat16 h(s); double(float(h)) == s)
        return {ScoreForm::Half};
    if (double(float(s)) == s)
        return {ScoreForm::Single};
    return {ScoreForm::Double};
}

// Writes one positional payload: a definite-length array of its leading `count` fields.
class ArrayWriter
{
public:
    explicit ArrayWriter(quint64 count) : m_w(&m_bytes) { m_w.startArray(count); }
    QCborStreamWriter &w() { return m_w; }
    QByteArray finish()
    {
        m_w.endArray();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QCborStreamWriter m_w;
};

} // namespace

// Field order of each positional form. Stored and synced: only ever append.
QByteArray encodePayload(const LessonPayload &p) // [track, lesson]
{
    ArrayWriter a(2);
    a.w().append(p.trackId);
    a.w().append(p.lessonId);
    return a.finish();
}

// [lesson, option index, correct, shown position]
QByteArray encodePayload(const QuickCheckPayload &p)
{
    const bool shown = p.shownPosition >= 0;
    ArrayWriter a(shown ? 4 : p.correct ? 3 : 2);
    a.w().append(p.lessonId);
    a.w().append(qint64(p.optionIndex));
    if (p.correct || shown)
        a.w().append(p.correct);
    if (shown)
        a.w().append(qint64(p.shownPosition));
    return a.finish();
}

// [attempt, drill, decision, option, confidence, best, [dimension, score, ...], shown position]
QByteArray encodePayload(const DecisionPayload &p)
{
    const bool rated = p.confidencePercent != 0;
    const bool shown = p.shownPosition >= 0;
    const bool scored = !p.scores.isEmpty() || shown;
    ArrayWriter a(shown ? 8 : scored ? 7 : p.best ? 6 : rated ? 5 : 4);
    QCborStreamWriter &w = a.w();
    if (const QByteArray raw = ids::canonicalUuidBytes(p.attemptId); !raw.isEmpty())
        w.append(raw);
    else
        w.append(p.attemptId);
    w.append(p.drillId);
    w.append(p.decisionId);
    w.append(p.optionId);
    if (rated || p.best || scored)
        w.append(qint64(p.confidencePercent));
    if (p.best || scored)
        w.append(p.best);
    if (scored) {
        QVarLengthArray<ScoreForm, 8> forms;
        quint64 items = 0;
        for (const auto &s : p.scores) {
            forms.append(scoreForm(s.score));
            items += forms.last().kind == ScoreForm::Fraction ? 3 : 2;
        }
        w.startArray(items);
        for (qsizetype i = 0; i < p.scores.size(); ++i) {
            w.append(p.scores[i].dimensionId);
            const ScoreForm &f = forms[i];
            const double s = p.scores[i].score;
            switch (f.kind) {
            case ScoreForm::Fraction:
                w.append(f.numerator);
                w.append(f.denominator);
                break;
            case ScoreForm::Integer: w.append(f.numerator); break;
            case ScoreForm::Half: w.append(qfloat16(s)); break;
            case ScoreForm::Single: w.append(float(s)); break;
            case ScoreForm::Double: w.append(s); break;
            }
        }
        w.endArray();
    }
    if (shown)
        w.append(qint64(p.shownPosition));
    return a.finish();
}

QByteArray encodePayload(const ReflectionPayload &p) // [track, prompt, text]
{
    ArrayWriter a(3);
    a.w().append(p.trackId);
    a.w().append(p.promptId);
    a.w().append(p.text);
    return a.finish();
}

QByteArray encodePayload(const GoalPayload &p) // [sessions per week, [rest days]]
{
    const bool rest = !p.restDays.isEmpty();
    const bool sessions = rest || p.sessionsPerWeek != GoalPayload().sessionsPerWeek;
    ArrayWriter a(rest ? 2 : sessions ? 1 : 0);
    if (sessions)
        a.w().append(qint64(p.sessionsPerWeek));
    if (rest) {
        a.w().startArray(quint64(p.restDays.size()));
        for (int d : p.restDays)
            a.w().append(qint64(d));
        a.w().endArray();
    }
    return a.finish();
}

namespace {

// Raw string bytes -> small id, in a flat open-addressing table. A hit costs a hash of a few
// bytes and usually one probe: no decoding, no UTF-8 check, no allocation. (QHash and
// std::unordered_map cost two to three times as much here; a rebuild looks up some 45,000
// strings.)
class RawTable
{
public:
    int find(std::string_view raw) const { return m_slots.empty() ? -1 : m_slots[probe(raw, hashOf(raw))].id; }

    void insert(std::string_view raw, int id)
    {
        if (2 * (m_used + 1) > m_slots.size())
            grow();
        const size_t hash = hashOf(raw);
        m_slots[probe(raw, hash)] = {quint32(hash), quint32(m_arena.size()), quint32(raw.size()), id};
        m_arena.append(raw);
        ++m_used;
    }

private:
    struct Slot // 16 bytes: four to a cache line
    {
        quint32 hash = 0;   // low half of the full hash
        quint32 offset = 0; // of the raw bytes in m_arena
        quint32 length = 0;
        int id = -1;        // -1: empty slot
    };

    // memcmp for a few bytes, without the library call.
    static bool sameBytes(const char *a, const char *b, size_t n)
    {
        for (; n >= 8; a += 8, b += 8, n -= 8) {
            quint64 x, y;
            std::memcpy(&x, a, 8);
            std::memcpy(&y, b, 8);
            if (x != y)
                return false;
        }
        for (; n; ++a, ++b, --n)
            if (*a != *b)
                return false;
        return true;
    }

    // FNV-1a over 8-byte words, then a 64-bit finaliser (MurmurHash3's) so that the low bits
    // used for the slot depend on every byte: ids are short and differ in their last bytes.
    static size_t hashOf(std::string_view raw)
    {
        quint64 h = 0xcbf29ce484222325ull ^ raw.size();
        size_t i = 0;
        for (; i + 8 <= raw.size(); i += 8) {
            quint64 w;
            std::memcpy(&w, raw.data() + i, 8);
            h = (h ^ w) * 0x100000001b3ull;
        }
        quint64 tail = 0;
        if (i < raw.size())
            std::memcpy(&tail, raw.data() + i, raw.size() - i);
        h = (h ^ tail) * 0x100000001b3ull;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        return size_t(h);
    }

    // The slot holding `raw`, or the empty slot where it belongs (the table is never full).
    size_t probe(std::string_view raw, size_t hash) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (s.id < 0
                || (s.hash == quint32(hash) && s.length == raw.size()
                    && sameBytes(m_arena.data() + s.offset, raw.data(), raw.size())))
                return i;
        }
    }

    void grow()
    {
        std::vector<Slot> old(std::max<size_t>(64, m_slots.size() * 2));
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (s.id < 0)
                continue;
            size_t i = hashOf({m_arena.data() + s.offset, s.length}) & mask;
            while (m_slots[i].id >= 0)
                i = (i + 1) & mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots; // size a power of two, at most half full
    size_t m_used = 0;
    std::string m_arena;
};

} // namespace

// The strings a PayloadDecoder has read, each with a small id. Equal texts have one id: a
// text's key is its UTF-8, and an id field holding a canonical UUID is keyed by its 16 bytes
// in whichever form it was written. Texts (a few hundred content ids) and UUIDs (one per
// drill attempt, thousands) are kept apart so that the table nearly every lookup hits stays
// small enough for the L1 cache.
class PayloadDecoder::StringPool
{
public:
    int findText(std::string_view utf8) const { return m_texts.find(utf8); }

    // Text first seen now.
    int addText(std::string_view utf8, QString text)
    {
        const int id = int(m_strings.size());
        m_strings.append(std::move(text));
        m_texts.insert(utf8, id);
        return id;
    }

    // The decisions of one attempt come one after another: the last UUID is checked first.
    int findUuid(const char (&raw)[16])
    {
        if (m_lastUuid >= 0 && std::memcmp(raw, m_lastUuidBytes, 16) == 0)
            return m_lastUuid;
        const int id = m_uuids.find({raw, 16});
        if (id >= 0)
            remember(raw, id);
        return id;
    }

    // A UUID first seen now (in either form): ids written as UUIDs are keyed by their 16
    // bytes whatever form they were written in, so an attempt whose decisions were written
    // in different forms stays one attempt, and thousands of attempt ids stay out of the
    // text table.
    int addUuid(const char (&raw)[16], QString text)
    {
        const int id = int(m_strings.size());
        m_strings.append(std::move(text));
        m_uuids.insert({raw, 16}, id);
        remember(raw, id);
        return id;
    }

    // A decision's scores as (dimension id, score) pairs -> one shared list per distinct
    // content: most decisions repeat an earlier one's scores (same option, same key), and
    // sharing spares an allocation per decision, here and when the state is freed.
    struct Score
    {
        qint64 dimension;
        double score;
    };
    QVector<DimensionScore> scores(const Score *items, qsizetype n)
    {
        const std::string_view key(reinterpret_cast<const char *>(items), size_t(n) * sizeof(Score));
        int set = m_scoreTable.find(key);
        if (set < 0) {
            QVector<DimensionScore> list;
            list.reserve(n);
            for (qsizetype i = 0; i < n; ++i)
                list.append({text(int(items[i].dimension)), items[i].score});
            set = int(m_scoreSets.size());
            m_scoreSets.append(std::move(list));
            m_scoreTable.insert(key, set);
        }
        return m_scoreSets[set];
    }

    // 36-character ids written as text (UUIDs in the first form), so that each is parsed as a
    // UUID only once.
    int findUuidText(std::string_view utf8) const { return m_uuidTexts.find(utf8); }
    void addUuidText(std::string_view utf8, int id) { m_uuidTexts.insert(utf8, id); }

    const QString &text(int id) const { return m_strings[id]; }
    // The id of "": what a missing or mistyped id field reads as (an empty QString).
    int emptyId()
    {
        const int found = findText({});
        return found >= 0 ? found : addText({}, QString());
    }
    int size() const { return int(m_strings.size()); }

private:
    void remember(const char (&raw)[16], int id)
    {
        std::memcpy(m_lastUuidBytes, raw, 16);
        m_lastUuid = id;
    }

    RawTable m_texts;
    RawTable m_uuids;
    RawTable m_uuidTexts;
    RawTable m_scoreTable; // Score bytes -> index in m_scoreSets
    QVector<QVector<DimensionScore>> m_scoreSets;
    char m_lastUuidBytes[16] = {};
    int m_lastUuid = -1;
    QVector<QString> m_strings; // by id
};

// Payloads are read with a streaming CBOR reader (no intermediate QCborValue tree): the
// derivation decodes every event on each rebuild, so this is the hot path.
namespace {

using StringPool = PayloadDecoder::StringPool;

// The bytes of one text or byte string: on the stack unless the payload is unusually long.
class Chars
{
public:
    char *data() { return m_data; }
    qsizetype size() const { return m_size; }
    std::string_view view() const { return {m_data, size_t(m_size)}; }
    qsizetype capacity() const { return m_capacity; }
    void setSize(qsizetype n) { m_size = n; }
    void reserve(qsizetype n)
    {
        if (n <= m_capacity)
            return;
        m_heap.resize(size_t(n));
        if (m_data == m_inline)
            std::memcpy(m_heap.data(), m_inline, size_t(m_size));
        m_data = m_heap.data();
        m_capacity = n;
    }

private:
    char m_inline[128];
    std::string m_heap;
    char *m_data = m_inline;
    qsizetype m_size = 0;
    qsizetype m_capacity = sizeof(m_inline);
};

class PayloadReader
{
public:
    PayloadReader(const QByteArray &bytes, StringPool *strings)
        : m_r(bytes), m_strings(strings), m_payloadSize(bytes.size())
    {
        // Room for any string of the payload (see readChunks()).
        m_chars.reserve(m_payloadSize);
    }

    // Calls onField(key) for each field of the payload in either form: a positional array
    // (`order` gives the key of each position; later positions get -1) or a map with integer
    // keys (the earlier forms). onField must consume the value. False on malformed input.
    template<typename F>
    bool readFields(std::initializer_list<int> order, F &&onField)
    {
        if (!m_r.isArray())
            return forEachField(onField);
        return forEachPosition([&](int i) { onField(i < int(order.size()) ? order.begin()[i] : -1); });
    }

    // Calls onField(key) for each integer key of a top-level map (the earlier forms); onField
    // must consume the value (with the read* helpers or skip()). False on malformed input.
    template<typename F>
    bool forEachField(F &&onField)
    {
        if (!m_r.isMap())
            return false;
        const qsizetype n = knownLength(); // pairs
        if (!m_r.enterContainer())
            return false;
        const auto field = [&] {
            if (!m_r.isUnsignedInteger() && !m_r.isNegativeInteger()) {
                skip(); // a key we do not understand: skip key and value
                skip();
                return;
            }
            const qint64 key = m_r.toInteger();
            m_r.next();
            onField(key);
        };
        if (n < 0) {
            while (ok() && m_r.hasNext())
                field();
        } else {
            // As in forEachPosition(): errors are checked once, and the map is not left.
            for (qsizetype i = 0; i < n && !m_failed; ++i)
                field();
        }
        return ok();
    }

    // Calls onItem(position) for each item of a top-level array (the positional form); onItem
    // must consume the item. False on malformed input. The array is not left: nothing follows
    // it, and the reader is discarded.
    template<typename F>
    bool forEachPosition(F &&onItem)
    {
        if (!m_r.isArray())
            return false;
        const qsizetype n = knownLength();
        if (!m_r.enterContainer())
            return false;
        if (n < 0) {
            for (int i = 0; ok() && m_r.hasNext(); ++i)
                onItem(i);
        } else {
            // A read on a failed reader does nothing, so errors are checked once at the end.
            for (int i = 0; i < n && !m_failed; ++i)
                onItem(i);
        }
        return ok();
    }

    // Text, shared through the pool when there is one (with its id in *id); `pool` false
    // for free text that will not recur (a reflection).
    QString readString(int *id = nullptr, bool pool = true)
    {
        if (!m_r.isString()) {
            skip();
            return {};
        }
        if (!readChunks())
            return {};
        if (!m_strings || !pool)
            return decodeUtf8(m_chars.view());
        return pooled(m_chars, id);
    }

    // An id written either as text or, for a canonical UUID, as its 16 bytes. With a pool,
    // a canonical UUID in text (the first form) is looked up by its bytes too.
    QString readId(int *id = nullptr)
    {
        if (!m_r.isByteArray()) {
            if (!m_strings)
                return readString();
            if (!m_r.isString()) {
                skip();
                return {};
            }
            if (!readChunks())
                return {};
            if (m_chars.size() == 36) { // perhaps a canonical UUID: key it by its bytes
                int found = m_strings->findUuidText(m_chars.view());
                if (found < 0) {
                    const QString text = decodeUtf8(m_chars.view());
                    const QByteArray raw = ids::canonicalUuidBytes(text);
                    if (raw.size() == 16)
                        pooledUuid(*reinterpret_cast<const char(*)[16]>(raw.constData()), &found, [&] { return text; });
                    else if (pooled(m_chars, &found).isNull() && m_failed)
                        return {};
                    m_strings->addUuidText(m_chars.view(), found); // either way: parsed once
                }
                if (id)
                    *id = found;
                return m_strings->text(found);
            }
            return pooled(m_chars, id);
        }
        if (!readChunks() || m_chars.size() != 16)
            return {};
        const char(&bytes)[16] = *reinterpret_cast<const char(*)[16]>(m_chars.data());
        const auto uuidText = [&] {
            return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
        };
        if (!m_strings)
            return uuidText();
        return pooledUuid(bytes, id, uuidText);
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

    // A score in any form: [numerator, denominator] (form 2), an unsigned numerator followed
    // by an unsigned denominator (form 3), or a number. 0 for a malformed fraction.
    double readScore()
    {
        if (m_r.isArray()) {
            qint64 parts[2] = {0, 0};
            int n = 0;
            forEachItem([&] {
                const qint64 v = readInteger(-1);
                if (n < 2)
                    parts[n] = v;
                ++n;
            });
            return n == 2 ? fraction(parts[0], parts[1]) : 0;
        }
        if (!m_r.isUnsignedInteger())
            return readDouble();
        const qint64 numerator = m_r.toInteger();
        m_r.next();
        if (!m_r.isUnsignedInteger())
            return double(numerator); // an integer score: what follows is the next id or the end
        const qint64 denominator = m_r.toInteger();
        m_r.next();
        return fraction(numerator, denominator);
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
        if (!m_r.isArray()) {
            skip();
            return;
        }
        const qsizetype n = knownLength();
        if (!m_r.enterContainer())
            return;
        if (n < 0) {
            while (ok() && m_r.hasNext())
                onItem();
        } else {
            for (qsizetype i = 0; i < n && !m_failed; ++i)
                onItem();
        }
        if (ok())
            m_r.leaveContainer();
    }

    // The item count of the current array from its header, or -1 when it has none. Bounded by
    // the payload size (every item takes a byte), so a corrupt header cannot make a reader
    // loop for long.
    qsizetype knownLength() const
    {
        if (!m_r.isLengthKnown())
            return -1;
        return qsizetype(std::min<quint64>(m_r.length(), quint64(m_payloadSize)));
    }

    bool isText() const { return m_r.isString(); }

    void skip()
    {
        if (ok() && m_r.hasNext())
            m_r.next(); // skips whole containers too
    }

    bool ok() { return !m_failed && m_r.lastError() == QCborError::NoError; }

private:
    QString pooled(const Chars &utf8, int *id)
    {
        int found = m_strings->findText(utf8.view());
        if (found < 0) {
            QString text = decodeUtf8(utf8.view());
            if (m_failed)
                return {};
            found = m_strings->addText(utf8.view(), std::move(text));
        }
        if (id)
            *id = found;
        return m_strings->text(found);
    }

    template<typename MakeText>
    QString pooledUuid(const char (&bytes)[16], int *id, MakeText &&makeText)
    {
        int found = m_strings->findUuid(bytes);
        if (found < 0)
            found = m_strings->addUuid(bytes, makeText());
        if (id)
            *id = found;
        return m_strings->text(found);
    }

    static double fraction(qint64 numerator, qint64 denominator)
    {
        if (numerator < 0 || denominator <= 0)
            return 0;
        return double(numerator) / double(denominator);
    }

    QString decodeUtf8(std::string_view utf8)
    {
        if (!QUtf8StringView(utf8.data(), qsizetype(utf8.size())).isValidUtf8()) {
            m_failed = true; // as QCborStreamReader::readString() would report
            return {};
        }
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }

    // Reads the bytes of the current text or byte string (all its chunks) into m_chars; false
    // on error. No chunk can be longer than the payload, and m_chars has room for the whole
    // payload, so no chunk size needs asking for (readStringChunk() would drop what does not
    // fit).
    bool readChunks()
    {
        m_chars.setSize(0);
        for (;;) {
            const auto r = m_r.readStringChunk(m_chars.data() + m_chars.size(), m_chars.capacity() - m_chars.size());
            if (r.status == QCborStreamReader::EndOfString)
                return true;
            if (r.status != QCborStreamReader::Ok) {
                m_failed = true;
                return false;
            }
            m_chars.setSize(m_chars.size() + r.data);
        }
    }

    QCborStreamReader m_r;
    StringPool *m_strings;
    qsizetype m_payloadSize;
    Chars m_chars; // the string being read
    bool m_failed = false;
};

// Keeps the ids of what was read when a caller asked for them.
int *idSlot(PayloadIds *ids, int PayloadIds::*field)
{
    if (!ids)
        return nullptr;
    ids->*field = -1;
    return &(ids->*field);
}

// A field that was absent or not text decodes as "", so it gets the id of "".
void fillMissingId(int *id, StringPool *strings)
{
    if (id && *id < 0 && strings)
        *id = strings->emptyId();
}

// Each payload's positional order is the `order` list given to readFields(); the map keys
// are those of the earlier forms.
std::optional<LessonPayload> readLesson(const QByteArray &bytes, StringPool *strings, PayloadIds *ids)
{
    LessonPayload p;
    PayloadReader r(bytes, strings);
    int *lessonId = idSlot(ids, &PayloadIds::lesson);
    const bool ok = r.readFields({kTrack, kLesson}, [&](qint64 key) {
        switch (key) {
        case kTrack: p.trackId = r.readString(); break;
        case kLesson: p.lessonId = r.readString(lessonId); break;
        default: r.skip(); break;
        }
    });
    fillMissingId(lessonId, strings);
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

std::optional<QuickCheckPayload> readQuickCheck(const QByteArray &bytes, StringPool *strings, PayloadIds *ids)
{
    QuickCheckPayload p;
    PayloadReader r(bytes, strings);
    int *lessonId = idSlot(ids, &PayloadIds::lesson);
    const bool ok = r.readFields({kLesson, kOption, kCorrect, kShown}, [&](qint64 key) {
        switch (key) {
        case kLesson: p.lessonId = r.readString(lessonId); break;
        case kOption: p.optionIndex = int(r.readInteger(-1)); break;
        case kCorrect: p.correct = r.readBool(); break;
        case kShown: p.shownPosition = int(r.readInteger(-1)); break;
        default: r.skip(); break;
        }
    });
    fillMissingId(lessonId, strings);
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

std::optional<DecisionPayload> readDecision(const QByteArray &bytes, StringPool *strings, PayloadIds *ids)
{
    DecisionPayload p;
    PayloadReader r(bytes, strings);
    if (ids)
        *ids = PayloadIds();
    // Every score form: a flat array of dimension id, score, ... (see readScore()). Read into
    // (id, score) pairs first: with a pool, equal lists are then shared.
    const auto readScores = [&] {
        QVarLengthArray<StringPool::Score, 8> items;
        QVarLengthArray<QString, 8> names; // without a pool only
        bool dangling = false;             // an id read, its score not yet
        r.forEachItem([&] {
            if (dangling) {
                items.last().score = r.readScore();
                dangling = false;
            } else if (r.isText()) {
                int id = -1;
                QString name = r.readString(&id);
                if (!strings)
                    names.append(std::move(name));
                items.append({id, 0.0});
                dangling = true;
            } else {
                r.skip(); // not an id where one belongs: ignore it
            }
        });
        if (dangling) { // an id without its score
            items.removeLast();
            if (!strings)
                names.removeLast();
        }
        if (!r.ok())
            return;
        if (strings) {
            p.scores = strings->scores(items.constData(), items.size());
            if (ids)
                for (const auto &item : items)
                    ids->dimensions.append(int(item.dimension));
        } else {
            p.scores.reserve(items.size());
            for (qsizetype i = 0; i < items.size(); ++i)
                p.scores.append({names[i], items[i].score});
        }
    };
    int *attempt = idSlot(ids, &PayloadIds::attempt);
    int *drill = idSlot(ids, &PayloadIds::drill);
    // Positional scores sit where the map forms had kExactScores.
    const bool ok = r.readFields({kAttempt, kDrill, kDecision, kOption, kConfidence, kBest, kExactScores, kShown},
                                 [&](qint64 key) {
                                     switch (key) {
                                     case kAttempt: p.attemptId = r.readId(attempt); break;
                                     case kDrill: p.drillId = r.readString(drill); break;
                                     case kDecision: p.decisionId = r.readString(); break;
                                     case kOption: p.optionId = r.readString(); break;
                                     case kConfidence: p.confidencePercent = int(r.readInteger()); break;
                                     case kBest: p.best = r.readBool(); break;
                                     case kScores:
                                     case kExactScores: readScores(); break;
                                     case kShown: p.shownPosition = int(r.readInteger(-1)); break;
                                     default: r.skip(); break;
                                     }
                                 });
    fillMissingId(attempt, strings);
    fillMissingId(drill, strings);
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

std::optional<ReflectionPayload> readReflection(const QByteArray &bytes, StringPool *strings)
{
    ReflectionPayload p;
    PayloadReader r(bytes, strings);
    const bool ok = r.readFields({kTrack, kPrompt, kText}, [&](qint64 key) {
        switch (key) {
        case kTrack: p.trackId = r.readString(); break;
        case kPrompt: p.promptId = r.readString(); break;
        case kText: p.text = r.readString(nullptr, false); break;
        default: r.skip(); break;
        }
    });
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

std::optional<GoalPayload> readGoal(const QByteArray &bytes, StringPool *strings)
{
    GoalPayload p;
    PayloadReader r(bytes, strings);
    const bool ok = r.readFields({kSessions, kRestDays}, [&](qint64 key) {
        switch (key) {
        case kSessions: p.sessionsPerWeek = int(r.readInteger(4)); break;
        case kRestDays: r.forEachItem([&] { p.restDays.append(int(r.readInteger())); }); break;
        default: r.skip(); break;
        }
    });
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

} // namespace

std::optional<LessonPayload> decodeLesson(const QByteArray &bytes) { return readLesson(bytes, nullptr, nullptr); }
std::optional<QuickCheckPayload> decodeQuickCheck(const QByteArray &bytes) { return readQuickCheck(bytes, nullptr, nullptr); }
std::optional<DecisionPayload> decodeDecision(const QByteArray &bytes) { return readDecision(bytes, nullptr, nullptr); }
std::optional<ReflectionPayload> decodeReflection(const QByteArray &bytes) { return readReflection(bytes, nullptr); }
std::optional<GoalPayload> decodeGoal(const QByteArray &bytes) { return readGoal(bytes, nullptr); }

PayloadDecoder::PayloadDecoder() : m_strings(std::make_unique<StringPool>()) {}
PayloadDecoder::~PayloadDecoder() = default;

std::optional<LessonPayload> PayloadDecoder::lesson(const QByteArray &bytes, PayloadIds *ids) { return readLesson(bytes, m_strings.get(), ids); }
std::optional<QuickCheckPayload> PayloadDecoder::quickCheck(const QByteArray &bytes, PayloadIds *ids) { return readQuickCheck(bytes, m_strings.get(), ids); }
std::optional<DecisionPayload> PayloadDecoder::decision(const QByteArray &bytes, PayloadIds *ids) { return readDecision(bytes, m_strings.get(), ids); }
std::optional<ReflectionPayload> PayloadDecoder::reflection(const QByteArray &bytes) { return readReflection(bytes, m_strings.get()); }
std::optional<GoalPayload> PayloadDecoder::goal(const QByteArray &bytes) { return readGoal(bytes, m_strings.get()); }
int PayloadDecoder::stringCount() const { return m_strings->size(); }

} // namespace groundwork::core::learner
