#include "learner/payload.h"

#include "learner/payloadreader.h"
#include "learner/stringpool.h"

#include <QVarLengthArray>

namespace groundwork::core::learner {

using detail::PayloadReader;

namespace {

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
    kScores = 10, // form 1: flat array of dimension id, score (double), id, score, ...
    kPrompt = 11,
    kText = 12,
    kSessions = 13,
    kRestDays = 14,
    kExactScores = 15, // flat array of dimension id, score, ...; a score is an unsigned
                       // integer (its value), [numerator, denominator] (the exact quotient) or
                       // a float. Under a new key so that older decoders skip it rather than
                       // misreading an integer or a pair as a double.
    kShown = 16,       // positional forms only (appended): the option's shown position
    kInclude = 17,     // positional forms only: whether assessment results are shared
};

// The forms a store can hold, and why each is still read. A store holds what the app's
// encoder wrote (or what another device's did: synced events are stored as they arrive), and
// no migration rewrites payloads (migrations.cpp changes only the schema and the private
// flag), so every form an app built from main ever wrote must decode. The app first opened a
// learner store at aa1091c. tests/unit/learner/data/payload_forms.txt holds every kind in
// every form below, as those commits' encoders wrote it.
//  1. Maps, every field written (aa1091c .. 21e3c66). Decision: key 5 attempt id as text,
//     key 10 scores as doubles.
//  2. Maps, fields equal to their defaults left out (91adc1e .. 6447f95). Decision: key 5 is
//     a 16-byte string when the attempt id is a canonical lowercase UUID text (text
//     otherwise); key 15 scores, exact and small.
//  3. (now, since ff3d54f) Positional arrays, trailing defaults left out (see
//     payloadencode.cpp for the order); a decision's scores are a flat array of dimension id,
//     then the score: an unsigned integer numerator optionally followed by its unsigned
//     denominator, or a float. Apps from before form 3 leave such events out of their
//     derivations; they keep them in their stores and sync them. Appended since 5063576
//     (older form-3 decoders ignore it): the shown position of the chosen option, last in
//     decisions and quick checks. Appended after it in quick checks (older form-3 decoders
//     ignore it too; written only when known, with the shown position as -1 if that is not):
//     the track the lesson was answered in.
// Not read: the first encoder's (47bed0c) scores as [id, score] pairs. No app build wrote
// it (the app had no learner store before aa1091c) and no decoder has read it since cf08157;
// such a decision decodes without scores.

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

// One payload in either form: `order` gives the map key of each position of the positional
// form; readField(reader, payload, key) reads the value of a known key and returns false for
// any other (which is then skipped).
template<typename Payload, typename ReadField>
std::optional<Payload> readPayload(const QByteArray &bytes, StringPool *strings,
                                   std::initializer_list<int> order, ReadField &&readField)
{
    Payload p;
    PayloadReader r(bytes, strings);
    const bool ok = r.readFields(order, [&](qint64 key) {
        if (!readField(r, p, key))
            r.skip();
    });
    return ok ? std::optional(std::move(p)) : std::nullopt;
}

std::optional<LessonPayload> readLesson(const QByteArray &bytes, StringPool *strings, PayloadIds *ids)
{
    int *lesson = idSlot(ids, &PayloadIds::lesson);
    auto p = readPayload<LessonPayload>(bytes, strings, {kTrack, kLesson},
                                        [&](PayloadReader &r, LessonPayload &p, qint64 key) {
        switch (key) {
        case kTrack: p.trackId = r.readString(); return true;
        case kLesson: p.lessonId = r.readString(lesson); return true;
        default: return false;
        }
    });
    fillMissingId(lesson, strings);
    return p;
}

std::optional<QuickCheckPayload> readQuickCheck(const QByteArray &bytes, StringPool *strings, PayloadIds *ids)
{
    int *lesson = idSlot(ids, &PayloadIds::lesson);
    auto p = readPayload<QuickCheckPayload>(bytes, strings, {kLesson, kOption, kCorrect, kShown, kTrack},
                                            [&](PayloadReader &r, QuickCheckPayload &p, qint64 key) {
        switch (key) {
        case kLesson: p.lessonId = r.readString(lesson); return true;
        case kOption: p.optionIndex = int(r.readInteger(-1)); return true;
        case kCorrect: p.correct = r.readBool(); return true;
        case kShown: p.shownPosition = int(r.readInteger(-1)); return true;
        case kTrack: p.trackId = r.readString(); return true;
        default: return false;
        }
    });
    fillMissingId(lesson, strings);
    return p;
}

// A decision's scores in every form: a flat array of dimension id, score, ... (see
// PayloadReader::readScore()). Read into (id, score) pairs first: with a pool, equal lists
// are then shared.
void readScores(PayloadReader &r, StringPool *strings, DecisionPayload &p, PayloadIds *ids)
{
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
}

std::optional<DecisionPayload> readDecision(const QByteArray &bytes, StringPool *strings, PayloadIds *ids)
{
    if (ids)
        *ids = PayloadIds();
    int *attempt = idSlot(ids, &PayloadIds::attempt);
    int *drill = idSlot(ids, &PayloadIds::drill);
    // Positional scores sit where the map forms had kExactScores.
    auto p = readPayload<DecisionPayload>(
        bytes, strings, {kAttempt, kDrill, kDecision, kOption, kConfidence, kBest, kExactScores, kShown},
        [&](PayloadReader &r, DecisionPayload &p, qint64 key) {
            switch (key) {
            case kAttempt: p.attemptId = r.readId(attempt); return true;
            case kDrill: p.drillId = r.readString(drill); return true;
            case kDecision: p.decisionId = r.readString(); return true;
            case kOption: p.optionId = r.readString(); return true;
            case kConfidence: p.confidencePercent = int(r.readInteger()); return true;
            case kBest: p.best = r.readBool(); return true;
            case kScores:
            case kExactScores: readScores(r, strings, p, ids); return true;
            case kShown: p.shownPosition = int(r.readInteger(-1)); return true;
            default: return false;
            }
        });
    fillMissingId(attempt, strings);
    fillMissingId(drill, strings);
    return p;
}

std::optional<ReflectionPayload> readReflection(const QByteArray &bytes, StringPool *strings)
{
    return readPayload<ReflectionPayload>(bytes, strings, {kTrack, kPrompt, kText},
                                          [](PayloadReader &r, ReflectionPayload &p, qint64 key) {
        switch (key) {
        case kTrack: p.trackId = r.readString(); return true;
        case kPrompt: p.promptId = r.readString(); return true;
        case kText: p.text = r.readString(nullptr, false); return true; // free text: not pooled
        default: return false;
        }
    });
}

std::optional<GoalPayload> readGoal(const QByteArray &bytes, StringPool *strings)
{
    return readPayload<GoalPayload>(bytes, strings, {kSessions, kRestDays},
                                    [](PayloadReader &r, GoalPayload &p, qint64 key) {
        switch (key) {
        case kSessions: p.sessionsPerWeek = int(r.readInteger(4)); return true;
        case kRestDays: r.forEachItem([&] { p.restDays.append(int(r.readInteger())); }); return true;
        default: return false;
        }
    });
}

// Positional only (the kind came after the map forms): [include].
std::optional<AssessmentSharingPayload> readAssessmentSharing(const QByteArray &bytes, StringPool *strings)
{
    return readPayload<AssessmentSharingPayload>(bytes, strings, {kInclude},
                                                 [](PayloadReader &r, AssessmentSharingPayload &p, qint64 key) {
        switch (key) {
        case kInclude: p.include = r.readBool(); return true;
        default: return false;
        }
    });
}

// Only ever written positionally (form 3): [track].
std::optional<TrackCompletedPayload> readTrackCompleted(const QByteArray &bytes)
{
    return readPayload<TrackCompletedPayload>(bytes, nullptr, {kTrack},
                                              [](PayloadReader &r, TrackCompletedPayload &p, qint64 key) {
        if (key != kTrack)
            return false;
        p.trackId = r.readString();
        return true;
    });
}

} // namespace

std::optional<TrackCompletedPayload> decodeTrackCompleted(const QByteArray &bytes) { return readTrackCompleted(bytes); }
std::optional<LessonPayload> decodeLesson(const QByteArray &bytes) { return readLesson(bytes, nullptr, nullptr); }
std::optional<QuickCheckPayload> decodeQuickCheck(const QByteArray &bytes) { return readQuickCheck(bytes, nullptr, nullptr); }
std::optional<DecisionPayload> decodeDecision(const QByteArray &bytes) { return readDecision(bytes, nullptr, nullptr); }
std::optional<ReflectionPayload> decodeReflection(const QByteArray &bytes) { return readReflection(bytes, nullptr); }
std::optional<GoalPayload> decodeGoal(const QByteArray &bytes) { return readGoal(bytes, nullptr); }
std::optional<AssessmentSharingPayload> decodeAssessmentSharing(const QByteArray &bytes) { return readAssessmentSharing(bytes, nullptr); }

PayloadDecoder::PayloadDecoder() : m_strings(std::make_unique<StringPool>()) {}
PayloadDecoder::~PayloadDecoder() = default;

std::optional<LessonPayload> PayloadDecoder::lesson(const QByteArray &bytes, PayloadIds *ids) { return readLesson(bytes, m_strings.get(), ids); }
std::optional<QuickCheckPayload> PayloadDecoder::quickCheck(const QByteArray &bytes, PayloadIds *ids) { return readQuickCheck(bytes, m_strings.get(), ids); }
std::optional<DecisionPayload> PayloadDecoder::decision(const QByteArray &bytes, PayloadIds *ids) { return readDecision(bytes, m_strings.get(), ids); }
std::optional<ReflectionPayload> PayloadDecoder::reflection(const QByteArray &bytes) { return readReflection(bytes, m_strings.get()); }
std::optional<GoalPayload> PayloadDecoder::goal(const QByteArray &bytes) { return readGoal(bytes, m_strings.get()); }
std::optional<AssessmentSharingPayload> PayloadDecoder::assessmentSharing(const QByteArray &bytes) { return readAssessmentSharing(bytes, m_strings.get()); }
int PayloadDecoder::stringCount() const { return m_strings->size(); }

const QString &PayloadDecoder::text(int id) const { return m_strings->text(id); }

} // namespace groundwork::core::learner
