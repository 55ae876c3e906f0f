#pragma once

#include "learner/derivation.h"

#include <QHash>
#include <QUuid>
#include <QString>
#include <QVector>

#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace groundwork::learner::v1 {
class Attempts;
class FoldState;
class Reviews;
}

// The working parts of a derivation (derivation.h), for Deriver and IncrementalDeriver only.
namespace groundwork::core::learner {

// Equal texts; a shared copy (the usual case: one device's events) is recognised without
// comparing characters.
inline bool sameText(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

// The events' indexes in fold order: (time, device id, event id); copies of an event end up
// next to each other.
std::vector<int> foldOrderOf(const QVector<Event> &events);

// An attempt's decisions in fold order, summarised as they come: the judgment is the mean over
// decisions of each decision's mean dimension score (decisions without scores do not count).
struct AttemptTally
{
    int drill = -1;   // index in DerivationFold's drill names
    qint64 day = 0;   // local day of its first decision
    double sum = 0;
    int scored = 0;

    void add(const DecisionPayload &d)
    {
        if (d.scores.isEmpty())
            return;
        double s = 0;
        for (const auto &score : d.scores)
            s += score.score;
        sum += s / d.scores.size();
        ++scored;
    }
    std::optional<double> judgment() const
    {
        if (scored == 0)
            return std::nullopt;
        return sum / scored;
    }
};

// A drill's recent attempts as the fold keeps them (LearnerState::recentAttempts), with each
// kept attempt's rank, so that a decision is placed without going over the kept decisions.
struct RecentAttempts
{
    using Rank = std::pair<qint64, QString>; // (latest decision's time, attempt id)

    struct Kept
    {
        Rank rank;
        int decisions = 0; // how many of `decisions` are of this attempt
    };

    QString drillId;
    QVector<ScoredDecision> decisions; // fold order
    std::vector<Kept> kept;            // one per attempt in `decisions`
    int lastKept = -1;                 // the attempt of the last of `decisions`

    void keep(ScoredDecision &&d);
    // The ranks of restored decisions.
    void rankAll();

private:
    void dropDecisionsOf(const Kept &attempt);
};

// A flat map from PayloadDecoder string ids to small indexes (or flags) of the fold.
class ById
{
public:
    int &operator[](int id)
    {
        if (size_t(id) >= m_slots.size())
            m_slots.resize(size_t(id) + 64, -1);
        return m_slots[size_t(id)];
    }

private:
    std::vector<int> m_slots;
};

// The fold's working state: what has been added so far, and the tallies that state() finishes.
// Events must come in fold order; a duplicate of the event before is skipped. Its size does not
// grow with the number of decisions (only with attempts, drills, days and weeks), and it can be
// saved and restored (derivationsnapshot.cpp) to go on folding later events.
class DerivationFold
{
public:
    explicit DerivationFold(const Deriver &deriver)
        : m_fsrs(deriver.fsrs()),
          m_retiredKeys(deriver.retiredKeys()),
          m_assessmentDrills(deriver.assessmentDrills())
    {
    }

    // Whether `e` sorts after (or is a copy of) the last event added.
    bool comesAfterLast(const Event &e) const
    {
        if (!m_hasLast)
            return true;
        return std::tie(e.timeMs, e.deviceId, e.id) >= std::tie(m_lastTimeMs, m_lastDevice, m_lastId);
    }
    void add(const Event &e);
    // Adds every event in fold order (foldOrderOf()).
    void addAll(const QVector<Event> &events);
    LearnerState state() const;

    // The last event added (fold order); valid when eventCount() > 0.
    qint64 lastTimeMs() const { return m_lastTimeMs; }
    const QString &lastDevice() const { return m_lastDevice; }
    const QString &lastId() const { return m_lastId; }
    int eventCount() const { return m_st.eventCount; }
    void setLast(qint64 timeMs, QString device, QString id, int eventCount);

    // derivationsnapshot.cpp: the working state to and from its stored form.
    void save(::groundwork::learner::v1::FoldState &out) const;
    // False (and the fold left empty) when the stored state does not hold together.
    bool restore(const ::groundwork::learner::v1::FoldState &in);

private:
    void practised(qint64 day);
    void lesson(QSet<QString> &set, int bit, const LessonPayload &p, qint64 day);
    void reflected(ReflectionPayload p);
    int assessmentFormOf(const QString &drillId);
    bool retiredKey(const QString &drillId);
    void decided(const Event &e, qint64 day, DecisionPayload d);
    void counted(const ScoredDecision &d);
    void countEvidenceWeek(qint64 monday);
    void keepAssessmentAnswer(ScoredDecision d);
    RecentAttempts &recentOf(const QString &drillId);
    int drillSlot(const QString &drillId);
    int attemptSlot(const QString &attemptId);
    int dimensionSlot(int id, const QString &dimensionId);

    const Fsrs &m_fsrs;
    const RetiredKeys &m_retiredKeys;
    const AssessmentDrills &m_assessmentDrills;
    LearnerState m_st; // everything but what state() finishes
    PayloadDecoder m_decode;
    PayloadIds m_ids;
    // Keyed by the decoder's small string ids, not by text. A restored fold starts with empty
    // id maps: a miss looks the text up once in the restored names below.
    std::vector<std::pair<QString, DimensionAccumulator>> m_dims; // few: in order of first evidence
    ById m_dimIndex;
    std::vector<QString> m_drills; // drill ids of the attempts, in order of first attempt
    ById m_drillIndex;
    QHash<QString, int> m_restoredDrills;
    ById m_attemptIndex;
    // A restored fold's attempts by text, made when an attempt is first looked up (the fold of
    // a later decision), not at start-up: most starts fold nothing that needs it.
    QHash<QString, int> m_restoredAttempts;
    int m_restoredAttemptCount = 0;
    // Each drill's recent attempts, in order of first decision; state() hands them out by id.
    std::vector<RecentAttempts> m_recent;
    ById m_recentIndex;
    QHash<QString, int> m_recentByDrill; // the same by text, for an id the index does not know yet
    ById m_drillForm; // pb::AssessmentForm of a drill, looked up once
    ById m_drillRetired; // 1 when a drill's key is retired for m_version; looked up once per version
    ById m_drillTried; // 1 once the drill is in triedDrills
    ById m_lessonSeen; // bit 1: started, bit 2: finished
    std::vector<AttemptTally> m_attempts; // in order of their first decision
    // The same order, for the snapshot: an id restored from its 16 bytes stays a QUuid (with
    // no text) until it is needed as text.
    struct AttemptId
    {
        QUuid uuid;
        QString text;
        QString toText() const
        {
            return text.isEmpty() && !uuid.isNull() ? uuid.toString(QUuid::WithoutBraces) : text;
        }
    };
    std::vector<AttemptId> m_attemptIds;
    // Every drill's review after the first `attempts` attempts: state() replays FSRS over the
    // attempts after them only. Restored from a snapshot; dropped when a decision adds to one
    // of those attempts (one continued late), and then state() replays every attempt.
    struct ReviewCheckpoint
    {
        size_t attempts = 0;
        std::vector<std::pair<int, DrillReview>> drills; // (index in m_drills, its review)
    };
    ReviewCheckpoint m_reviewed;
    // The reviews after every attempt so far.
    ReviewCheckpoint reviews() const;
    static void saveReviews(const ReviewCheckpoint &reviewed, ::groundwork::learner::v1::Reviews &out);
    static bool restoreReviews(const ::groundwork::learner::v1::Reviews &in, size_t attemptCount,
                               size_t drillCount, ReviewCheckpoint &out);
    static bool restoreAttempts(const ::groundwork::learner::v1::Attempts &in, size_t drillCount,
                                std::vector<AttemptTally> &attempts, std::vector<AttemptId> &ids);
    CalibrationTally m_calibration;
    // LearnerState::evidenceWeeks as (Monday, decisions), ascending: the week is almost always
    // the last one, so a decision adds to it without a look-up; state() hands out the map.
    std::vector<std::pair<qint64, int>> m_evidenceWeeks;
    // The content version of the last decision: decisions that carry the same one share this
    // copy, so later comparisons of versions see the same string and skip the characters.
    QString m_version;
    QString m_lastEvidenceVersion; // the version last added to evidenceVersions
    // The last event added, for duplicates and the order check.
    bool m_hasLast = false;
    qint64 m_lastTimeMs = 0;
    QString m_lastDevice;
    QString m_lastId;
};

} // namespace groundwork::core::learner
