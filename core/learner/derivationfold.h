#pragma once

#include "learner/derivation.h"

#include <QString>
#include <QVector>

#include <optional>
#include <tuple>
#include <utility>
#include <vector>

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
    int first = -1; // index in LearnerState::decisions
    int drill = -1; // string id of the drill (PayloadIds)
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
// Events must come in fold order; a duplicate of the event before is skipped.
class DerivationFold
{
public:
    explicit DerivationFold(const Deriver &deriver)
        : m_fsrs(deriver.fsrs()),
          m_retiredKeys(deriver.retiredKeys()),
          m_assessmentDrills(deriver.assessmentDrills())
    {
        m_st.decisions.reserve(1024);
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

private:
    void practised(qint64 day);
    void lesson(QSet<QString> &set, int bit, const LessonPayload &p, qint64 day);
    void reflected(ReflectionPayload p);
    int assessmentFormOf(const QString &drillId);
    bool retiredKey(const QString &drillId);

    const Fsrs &m_fsrs;
    const RetiredKeys &m_retiredKeys;
    const AssessmentDrills &m_assessmentDrills;
    LearnerState m_st; // everything but what state() finishes
    PayloadDecoder m_decode;
    PayloadIds m_ids;
    // Everything below is keyed by the decoder's small string ids, not by text.
    std::vector<std::pair<QString, DimensionAccumulator>> m_dims; // few: in order of first evidence
    ById m_dimIndex;
    ById m_attemptIndex;
    ById m_drillForm; // pb::AssessmentForm of a drill, looked up once
    ById m_drillRetired; // 1 when a drill's key is retired for m_version; looked up once per version
    ById m_lessonSeen; // bit 1: started, bit 2: finished
    std::vector<AttemptTally> m_attempts; // in order of their first decision
    CalibrationTally m_calibration;
    // The content version of the last decision: decisions that carry the same one share this
    // copy, so later comparisons of versions see the same string and skip the characters.
    QString m_version;
    // The last event added, for duplicates and the order check.
    bool m_hasLast = false;
    qint64 m_lastTimeMs = 0;
    QString m_lastDevice;
    QString m_lastId;
};

} // namespace groundwork::core::learner
