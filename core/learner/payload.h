#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>
#include <QVector>

#include <array>
#include <memory>
#include <optional>

namespace groundwork::core::learner {

// The confidence a learner may give a decision, in percent (0 in a payload means not rated).
inline constexpr std::array<int, 4> kConfidenceLevels{50, 65, 80, 95};

// What an Event carries in its payload bytes, one struct per EventKind (see event.h). New
// payloads are positional CBOR arrays (no keys: compact on the wire), with trailing fields
// equal to their defaults (false, 0, an empty list, 4 sessions) left out and items past the
// known ones ignored, so later versions can append fields. Decoders read every form a store
// can hold (see the form history in payloaddecode.cpp: earlier forms were maps with small
// integer keys).
struct LessonPayload
{
    QString trackId;
    QString lessonId;

    friend bool operator==(const LessonPayload &, const LessonPayload &) = default;
};

struct QuickCheckPayload
{
    QString lessonId;
    int optionIndex = -1;       // in the content file's order
    bool correct = false;
    int shownPosition = -1;     // where the learner saw it (0-based, shuffled); -1: not recorded
    QString trackId;            // the track it was answered in; "" when not recorded

    friend bool operator==(const QuickCheckPayload &, const QuickCheckPayload &) = default;
};

// A dimension's judgment score for one decision, in [0, 1] between the worst (0) and the best
// (1) option of that decision, by the expert key of the content version the event carries.
struct DimensionScore
{
    QString dimensionId;
    double score = 0;

    friend bool operator==(const DimensionScore &, const DimensionScore &) = default;
};

struct DecisionPayload
{
    QString attemptId;          // groups the decisions of one run through a drill
    QString drillId;
    QString decisionId;
    QString optionId;
    int confidencePercent = 0;  // 0: not rated; otherwise one of kConfidenceLevels
    bool best = false;          // the option is among the best-keyed options of the decision
    QVector<DimensionScore> scores; // scored at record time, so they keep their content version
    int shownPosition = -1;     // where the learner saw the option (0-based, shuffled); -1: not recorded

    friend bool operator==(const DecisionPayload &, const DecisionPayload &) = default;
};

// Two prompt ids have a meaning of their own, and LearnerState keeps what is saved under them
// apart: a track's chosen outcome is a reflection with prompt "outcome" whose text is the
// outcome id, and a note on a lesson's "Try it at work" assignment is one with no track and
// the prompt "try-it/<lesson id>".
inline constexpr char kOutcomePromptId[] = "outcome";
inline QString tryItPromptId(const QString &lessonId)
{
    return QStringLiteral("try-it/") + lessonId;
}
// The lesson of a try-it note's prompt; nothing for any other reflection.
inline std::optional<QString> tryItLessonId(const QString &trackId, const QString &promptId)
{
    static const QString prefix = tryItPromptId(QString());
    if (!trackId.isEmpty() || !promptId.startsWith(prefix))
        return std::nullopt;
    return promptId.mid(prefix.size());
}

struct ReflectionPayload
{
    QString trackId;
    QString promptId;
    QString text;

    friend bool operator==(const ReflectionPayload &, const ReflectionPayload &) = default;
};

struct GoalPayload
{
    int sessionsPerWeek = 4;
    QVector<int> restDays;      // Qt::DayOfWeek values, 1 (Monday) .. 7 (Sunday), ascending

    friend bool operator==(const GoalPayload &, const GoalPayload &) = default;
};

// The learner's choice to include their readiness assessment results in a shared profile.
struct AssessmentSharingPayload
{
    bool include = false;

    friend bool operator==(const AssessmentSharingPayload &, const AssessmentSharingPayload &) = default;
};

// A public track finished: every item of it and its closing step. Only public tracks have one.
struct TrackCompletedPayload
{
    QString trackId;

    friend bool operator==(const TrackCompletedPayload &, const TrackCompletedPayload &) = default;
};

QByteArray encodePayload(const LessonPayload &p);
QByteArray encodePayload(const QuickCheckPayload &p);
QByteArray encodePayload(const DecisionPayload &p);
QByteArray encodePayload(const ReflectionPayload &p);
QByteArray encodePayload(const GoalPayload &p);
QByteArray encodePayload(const AssessmentSharingPayload &p);
QByteArray encodePayload(const TrackCompletedPayload &p);

std::optional<LessonPayload> decodeLesson(const QByteArray &bytes);
std::optional<QuickCheckPayload> decodeQuickCheck(const QByteArray &bytes);
std::optional<DecisionPayload> decodeDecision(const QByteArray &bytes);
std::optional<ReflectionPayload> decodeReflection(const QByteArray &bytes);
std::optional<GoalPayload> decodeGoal(const QByteArray &bytes);
std::optional<AssessmentSharingPayload> decodeAssessmentSharing(const QByteArray &bytes);
std::optional<TrackCompletedPayload> decodeTrackCompleted(const QByteArray &bytes);

// Small ids of the strings of one payload, given by a PayloadDecoder: every distinct text it
// has read has one id (0, 1, 2, ... in order of first appearance; equal texts have equal ids
// whatever form they were written in), so a fold can index flat arrays instead of hashing text.
struct PayloadIds
{
    int attempt = -1;                   // decision
    int drill = -1;                     // decision
    int lesson = -1;                    // lesson, quick check
    QVarLengthArray<int, 4> dimensions; // decision: one per score, in order
};

class StringPool;

// Decodes many payloads in a row (a derivation reads every event): strings that recur across
// payloads (drill, decision, option, dimension, lesson and attempt ids) are decoded once and
// then shared, so a rebuild allocates almost nothing per event. Same results as the free
// functions above. Not thread-safe; keep one per derivation.
class PayloadDecoder
{
public:
    PayloadDecoder();
    ~PayloadDecoder();
    PayloadDecoder(const PayloadDecoder &) = delete;
    PayloadDecoder &operator=(const PayloadDecoder &) = delete;

    std::optional<LessonPayload> lesson(const QByteArray &bytes, PayloadIds *ids = nullptr);
    std::optional<QuickCheckPayload> quickCheck(const QByteArray &bytes, PayloadIds *ids = nullptr);
    std::optional<DecisionPayload> decision(const QByteArray &bytes, PayloadIds *ids = nullptr);
    std::optional<ReflectionPayload> reflection(const QByteArray &bytes);
    std::optional<GoalPayload> goal(const QByteArray &bytes);
    std::optional<AssessmentSharingPayload> assessmentSharing(const QByteArray &bytes);

    // How many distinct strings have ids so far (ids are below this).
    int stringCount() const;
    // The text of a string id (PayloadIds).
    const QString &text(int id) const;

private:
    std::unique_ptr<StringPool> m_strings;
};

} // namespace groundwork::core::learner
