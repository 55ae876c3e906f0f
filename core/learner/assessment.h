#pragma once

#include "content/contentpack.h"
#include "learner/derivation.h"
#include "learner/readiness.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace groundwork::core::learner {

// One sitting of a form of the readiness assessment, as the answers show it. A form is taken
// once: each of its drills has one attempt, the first one recorded for it.
struct AssessmentSitting
{
    enum class Status { NotStarted, InProgress, Complete };

    pb::AssessmentForm form = pb::ASSESSMENT_FORM_NONE;
    Status status = Status::NotStarted;
    QStringList drills;          // the form's drills, in pack order
    int drillsFinished = 0;
    qint64 startedDay = 0;       // learner's local day of its first answer
    qint64 lastDay = 0;          // local day of its last answer
    qint64 lastMs = 0;
    QHash<QString, QString> attempts; // drill id -> the attempt id of its one sitting

    bool taken() const { return status != Status::NotStarted; }
};

// The result of a complete sitting: its answers alone, weighed like the profile (per-dimension
// Beta posteriors with 90% credible intervals, role-weighted overall with a 90% interval).
struct AssessmentResult
{
    pb::AssessmentForm form = pb::ASSESSMENT_FORM_NONE;
    qint64 day = 0;              // local day the sitting was completed
    qint64 completedMs = 0;
    int decisions = 0;           // scored answers behind it
    ReadinessProfile profile;    // evidence = decisions; calibration empty
};

// The change from one result to a later one: after minus before, with a 90% interval from the
// normal approximation of the difference of two independent posteriors.
struct AssessmentChange
{
    struct Dimension
    {
        QString dimensionId;
        QString name;
        double difference = 0;
        double low = 0;
        double high = 0;
        bool clear() const { return low > 0 || high < 0; }
    };

    double difference = 0;       // overall, in [-1, 1]
    double low = 0;
    double high = 0;
    QVector<Dimension> dimensions; // in the order of the later result
    // Whether the interval excludes zero; otherwise there is no clear change yet.
    bool clear() const { return low > 0 || high < 0; }
};

// What to offer: the first sitting at the start, an unfinished one to continue, the other form
// six weeks after the first sitting (or after first use when none was taken).
struct AssessmentOffer
{
    enum class Reason {
        None,     // both forms taken, or the pack has no assessment
        Start,    // no sitting yet
        Continue, // a sitting was left midway
        SixWeeks, // six weeks after the first sitting (or after first use without one)
        NotYet,   // one form taken; the other opens on dueDay
    };
    static constexpr int kDaysBetweenSittings = 42;

    Reason reason = Reason::None;
    pb::AssessmentForm form = pb::ASSESSMENT_FORM_NONE;
    qint64 dueDay = 0;           // the local day the offer stands from (Julian day)

    bool available() const
    {
        return reason == Reason::Start || reason == Reason::Continue || reason == Reason::SixWeeks;
    }
};

// The readiness assessment over a derived state: sittings, results, the next offer, the
// change between sittings, and the one-attempt rule for recording an answer.
class Assessments
{
public:
    explicit Assessments(std::shared_ptr<const ContentPack> pack);

    // The forms the pack has, A before B.
    QVector<pb::AssessmentForm> forms() const;
    AssessmentSitting sitting(const LearnerState &state, pb::AssessmentForm form) const;
    // nullopt until the sitting is complete.
    std::optional<AssessmentResult> result(const LearnerState &state, pb::AssessmentForm form,
                                           const QString &roleId) const;
    // Complete sittings in the order they were taken.
    QVector<AssessmentResult> results(const LearnerState &state, const QString &roleId) const;
    // The same weighed by any role (the cohort's adapted role).
    std::optional<AssessmentResult> result(const LearnerState &state, pb::AssessmentForm form,
                                           const RoleWeights &role) const;
    QVector<AssessmentResult> results(const LearnerState &state, const RoleWeights &role) const;
    AssessmentOffer offer(const LearnerState &state, QDate today) const;
    // Why an answer must not be recorded, nullopt when it may. Only assessment drills are
    // judged: each has one attempt, answered once per decision along its path, never again
    // after it is finished.
    std::optional<QString> refusal(const LearnerState &state, const QString &attemptId,
                                   const QString &drillId, const QString &decisionId) const;

    // before and after weighed against the same role.
    static AssessmentChange change(const AssessmentResult &before, const AssessmentResult &after);

    // The decision still to answer in an attempt of a drill (answers: decision -> option),
    // "" when the attempt reached the drill's end.
    static QString nextDecision(const pb::Drill &drill, const QHash<QString, QString> &answers);

private:
    const QStringList &drillsOf(pb::AssessmentForm form) const;

    std::shared_ptr<const ContentPack> m_pack;
    ReadinessProfiler m_profiler;
    // Each form's drills, listed once: the pack does not change, and the offer, the sittings
    // and the results each asked for them again (6 lists of every drill before the first frame).
    QStringList m_formA;
    QStringList m_formB;
    QVector<pb::AssessmentForm> m_forms;
};

} // namespace groundwork::core::learner
