#include "learner/payload.h"

#include "ids/uuidtext.h"

#include <QCborStreamWriter>
#include <QVarLengthArray>

#include <cmath>

// The encoders write only the current, positional form; payloaddecode.cpp reads it and every
// earlier form a store can hold.
namespace groundwork::core::learner {

namespace {

// Longest denominator tried when writing a score as an exact fraction: content keys are small
// integer scales (1..5 in practice), so scores are quotients of small integers.
constexpr int kMaxScoreDenominator = 64;

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

// [lesson, option index, correct, shown position, track]
QByteArray encodePayload(const QuickCheckPayload &p)
{
    const bool tracked = !p.trackId.isEmpty();
    const bool shown = p.shownPosition >= 0 || tracked;
    ArrayWriter a(tracked ? 5 : shown ? 4 : p.correct ? 3 : 2);
    a.w().append(p.lessonId);
    a.w().append(qint64(p.optionIndex));
    if (p.correct || shown)
        a.w().append(p.correct);
    if (shown)
        a.w().append(qint64(p.shownPosition));
    if (tracked)
        a.w().append(p.trackId);
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

QByteArray encodePayload(const TrackCompletedPayload &p) // [track]
{
    ArrayWriter a(1);
    a.w().append(p.trackId);
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

QByteArray encodePayload(const AssessmentSharingPayload &p) // [include]; always written
{
    ArrayWriter a(1);
    a.w().append(p.include);
    return a.finish();
}

} // namespace groundwork::core::learner
