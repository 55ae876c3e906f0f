#include "learner/derivation.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <tuple>

namespace groundwork::core::learner {

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

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

// Equal texts; a shared copy (the usual case: one device's events) is recognised without
// comparing characters.
bool sameText(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

// Sort key of an event: (time, rank of its device id among the distinct ids, event index).
struct FoldKey
{
    qint64 timeMs;
    int deviceRank;
    int index;
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

} // namespace

Deriver::Deriver(Fsrs fsrs, RetiredKeys retiredKeys)
    : m_fsrs(std::move(fsrs)), m_retiredKeys(std::move(retiredKeys))
{
}

Fsrs::Grade Deriver::gradeFor(double judgment)
{
    if (judgment < 0.4)
        return Fsrs::Grade::Again;
    if (judgment < 0.7)
        return Fsrs::Grade::Hard;
    if (judgment < 0.95)
        return Fsrs::Grade::Good;
    return Fsrs::Grade::Easy;
}

// The fold's working state: what has been added so far, and the tallies that state() finishes.
// Events must come in fold order; a duplicate of the event before is skipped.
class DerivationFold
{
public:
    explicit DerivationFold(const Deriver &deriver)
        : m_fsrs(deriver.fsrs()), m_retiredKeys(deriver.retiredKeys())
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
    LearnerState state() const;

private:
    void practised(qint64 day);
    void lesson(QSet<QString> &set, int bit, const LessonPayload &p);

    const Fsrs &m_fsrs;
    const RetiredKeys &m_retiredKeys;
    LearnerState m_st; // everything but what state() finishes
    PayloadDecoder m_decode;
    PayloadIds m_ids;
    // Everything below is keyed by the decoder's small string ids, not by text.
    std::vector<std::pair<QString, DimensionAccumulator>> m_dims; // few: in order of first evidence
    ById m_dimIndex;
    ById m_attemptIndex;
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

void DerivationFold::practised(qint64 day)
{
    auto &days = m_st.practiceDays;
    if (!days.isEmpty() && days.constLast() == day)
        return; // most events fall on the day of the one before
    if (days.isEmpty() || days.constLast() < day)
        days.append(day);
    else if (!std::binary_search(days.begin(), days.end(), day))
        days.insert(std::lower_bound(days.begin(), days.end(), day), day);
}

void DerivationFold::lesson(QSet<QString> &set, int bit, const LessonPayload &p)
{
    int &seen = m_lessonSeen[m_ids.lesson];
    if (seen < 0)
        seen = 0;
    if (!(seen & bit)) {
        seen |= bit;
        set.insert(p.lessonId);
    }
}

void DerivationFold::add(const Event &e)
{
    // A duplicate has the same time, device and id as the event before it.
    const bool sameDevice = m_hasLast && sameText(m_lastDevice, e.deviceId);
    if (sameDevice && m_lastTimeMs == e.timeMs && m_lastId == e.id)
        return;
    m_hasLast = true;
    m_lastTimeMs = e.timeMs;
    if (!sameDevice)
        m_lastDevice = e.deviceId;
    m_lastId = e.id;
    ++m_st.eventCount;
    const qint64 day = e.localDay();
    switch (e.kind) {
    case EventKind::LessonStarted:
        if (const auto p = m_decode.lesson(e.payload, &m_ids))
            lesson(m_st.startedLessons, 1, *p);
        break;
    case EventKind::LessonFinished:
        if (const auto p = m_decode.lesson(e.payload, &m_ids)) {
            lesson(m_st.finishedLessons, 2, *p);
            practised(day);
        }
        break;
    case EventKind::QuickCheckAnswered:
        if (const auto p = m_decode.quickCheck(e.payload)) {
            ++m_st.quickChecks;
            m_st.quickChecksCorrect += p->correct ? 1 : 0;
            practised(day);
        }
        break;
    case EventKind::DrillDecision:
        if (auto p = m_decode.decision(e.payload, &m_ids)) {
            const int index = int(m_st.decisions.size());
            if (!sameText(m_version, e.contentVersion))
                m_version = e.contentVersion;
            const bool retired = !m_retiredKeys.isEmpty()
                                 && m_retiredKeys.retired(p->drillId, m_version);
            m_st.decisions.append({e.id, e.timeMs, day, m_version, std::move(*p), retired});
            practised(day);
            if (retired) {
                ++m_st.retiredDecisions;
                break;
            }
            const DecisionPayload &d = m_st.decisions.last().decision;
            for (qsizetype i = 0; i < d.scores.size(); ++i) {
                int &dim = m_dimIndex[m_ids.dimensions[i]];
                if (dim < 0) {
                    dim = int(m_dims.size());
                    m_dims.emplace_back(d.scores[i].dimensionId, DimensionAccumulator());
                }
                m_dims[size_t(dim)].second.add(day, d.scores[i].score, m_version);
            }
            m_calibration.add(d.confidencePercent, d.best);
            int &attempt = m_attemptIndex[m_ids.attempt];
            if (attempt < 0) {
                attempt = int(m_attempts.size());
                m_attempts.push_back({index, m_ids.drill});
            }
            m_attempts[size_t(attempt)].add(d);
        }
        break;
    case EventKind::ReflectionSaved:
        ++m_st.reflections;
        practised(day);
        break;
    case EventKind::GoalChanged:
        if (const auto p = m_decode.goal(e.payload)) {
            m_st.goalChanges.append({day, *p});
            m_st.goal = *p;
        }
        break;
    }
}

LearnerState DerivationFold::state() const
{
    LearnerState st = m_st;
    for (const auto &[id, acc] : m_dims)
        st.dimensions.insert(id, acc.finish(id));
    st.calibration = m_calibration.result();

    ById drillIndex;
    std::vector<std::pair<QString, DrillReview>> drills;
    for (const AttemptTally &attempt : m_attempts) {
        const auto judgment = attempt.judgment();
        if (!judgment)
            continue;
        const ScoredDecision &first = st.decisions[attempt.first];
        const Fsrs::Grade grade = Deriver::gradeFor(*judgment);
        int &slot = drillIndex[attempt.drill];
        std::optional<Fsrs::Memory> previousMemory;
        qint64 elapsed = 0;
        if (slot < 0) {
            slot = int(drills.size());
            drills.emplace_back(first.decision.drillId, DrillReview());
        } else {
            previousMemory = drills[size_t(slot)].second.memory;
            elapsed = first.day - drills[size_t(slot)].second.lastReviewDay;
        }
        DrillReview &review = drills[size_t(slot)].second;
        review.memory = m_fsrs.review(previousMemory, elapsed, grade);
        review.lastReviewDay = first.day;
        review.dueDay = first.day + m_fsrs.scheduledDays(review.memory.stability);
        ++review.reviews;
        review.lapses += grade == Fsrs::Grade::Again ? 1 : 0;
        review.lastGrade = grade;
        review.lastJudgment = *judgment;
    }
    for (const auto &[id, review] : drills)
        st.drills.insert(id, review);
    return st;
}

namespace {

// The events' indexes in fold order.
std::vector<int> foldOrderOf(const QVector<Event> &events)
{
    // Fold order: (time, device id, event id). Device ids are few, so they are ranked once and
    // the sort compares integers; event ids are compared only between events of the same
    // time and device. A duplicated event has the same (time, device, id), so copies end up
    // adjacent and are skipped by comparing with the previous one.
    std::vector<QString> devices;
    std::vector<FoldKey> keys;
    keys.reserve(size_t(events.size()));
    {
        std::vector<int> deviceOf(size_t(events.size()));
        int last = -1;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString &device = events[i].deviceId;
            if (last < 0 || !sameText(devices[size_t(last)], device)) {
                const auto found = std::find(devices.begin(), devices.end(), device);
                last = int(found - devices.begin());
                if (found == devices.end())
                    devices.push_back(device);
            }
            deviceOf[size_t(i)] = last;
        }
        std::vector<int> rankOf(devices.size());
        std::vector<int> byName(devices.size());
        for (size_t i = 0; i < byName.size(); ++i)
            byName[i] = int(i);
        std::sort(byName.begin(), byName.end(),
                  [&devices](int a, int b) { return devices[size_t(a)].compare(devices[size_t(b)]) < 0; });
        for (size_t r = 0; r < byName.size(); ++r)
            rankOf[size_t(byName[r])] = int(r);
        for (qsizetype i = 0; i < events.size(); ++i)
            keys.push_back({events[i].timeMs, rankOf[size_t(deviceOf[size_t(i)])], int(i)});
    }
    const auto foldOrder = [&events](const FoldKey &a, const FoldKey &b) {
        if (a.timeMs != b.timeMs)
            return a.timeMs < b.timeMs;
        if (a.deviceRank != b.deviceRank)
            return a.deviceRank < b.deviceRank;
        return events[a.index].id < events[b.index].id;
    };
    // The store hands events over in fold order already: checking is linear, sorting is not.
    if (!std::is_sorted(keys.begin(), keys.end(), foldOrder))
        std::sort(keys.begin(), keys.end(), foldOrder);

    std::vector<int> order;
    order.reserve(keys.size());
    for (const FoldKey &key : keys)
        order.push_back(key.index);
    return order;
}

} // namespace

LearnerState Deriver::derive(const QVector<Event> &events) const
{
    DerivationFold fold(*this);
    for (int index : foldOrderOf(events))
        fold.add(events[index]);
    return fold.state();
}

IncrementalDeriver::IncrementalDeriver(const Deriver &deriver) : m_deriver(deriver) { reset({}); }
IncrementalDeriver::~IncrementalDeriver() = default;

void IncrementalDeriver::reset(const QVector<Event> &events)
{
    m_fold = std::make_unique<DerivationFold>(m_deriver);
    for (int index : foldOrderOf(events))
        m_fold->add(events[index]);
    m_state = m_fold->state();
}

bool IncrementalDeriver::append(const Event &event)
{
    if (!m_fold->comesAfterLast(event))
        return false;
    m_fold->add(event);
    m_state = m_fold->state();
    return true;
}

QString LearnerState::fingerprint() const
{
    QStringList out;
    out << QStringLiteral("events %1").arg(eventCount);
    out << QStringLiteral("started %1").arg(sorted(startedLessons).join(QLatin1Char(',')));
    out << QStringLiteral("finished %1").arg(sorted(finishedLessons).join(QLatin1Char(',')));
    out << QStringLiteral("checks %1/%2 reflections %3 retired %4")
               .arg(quickChecksCorrect).arg(quickChecks).arg(reflections).arg(retiredDecisions);
    for (const auto &d : decisions) {
        QString line = QStringLiteral("decision %1 %2 %3 %4/%5/%6/%7 c%8 b%9")
                           .arg(d.eventId)
                           .arg(d.day)
                           .arg(d.contentVersion, d.decision.attemptId, d.decision.drillId,
                                d.decision.decisionId, d.decision.optionId)
                           .arg(d.decision.confidencePercent)
                           .arg(int(d.decision.best));
        for (const auto &s : d.decision.scores)
            line += QStringLiteral(" %1=%2").arg(s.dimensionId, num(s.score));
        line += QStringLiteral(" shown%1").arg(d.decision.shownPosition);
        if (d.retired)
            line += QStringLiteral(" retired");
        out << line;
    }
    for (auto it = drills.cbegin(); it != drills.cend(); ++it)
        out << QStringLiteral("drill %1 S%2 D%3 last%4 due%5 n%6 lapses%7 g%8 j%9")
                   .arg(it.key(), num(it->memory.stability), num(it->memory.difficulty))
                   .arg(it->lastReviewDay)
                   .arg(it->dueDay)
                   .arg(it->reviews)
                   .arg(it->lapses)
                   .arg(int(it->lastGrade))
                   .arg(num(it->lastJudgment));
    for (auto it = dimensions.cbegin(); it != dimensions.cend(); ++it) {
        QString line = QStringLiteral("dimension %1 %2 [%3, %4] n%5 trend%6 %7 v%8")
                           .arg(it.key(), num(it->mean), num(it->low), num(it->high))
                           .arg(it->evidence)
                           .arg(int(it->trend))
                           .arg(num(it->trendPerWeek), it->contentVersions.join(QLatin1Char(',')));
        for (const auto &w : it->weeks)
            line += QStringLiteral(" w%1:%2:%3").arg(w.weekStartDay).arg(num(w.mean)).arg(w.count);
        out << line;
    }
    out << QStringLiteral("calibration n%1 brier%2 ece%3 bias%4 confidence%5 accuracy%6 verdict%7")
               .arg(calibration.rated)
               .arg(num(calibration.brier), num(calibration.ece), num(calibration.bias),
                    num(calibration.meanConfidence), num(calibration.accuracy))
               .arg(int(calibration.verdict));
    for (const auto &b : calibration.bins)
        out << QStringLiteral("bin %1 n%2 correct%3 accuracy%4").arg(b.confidencePercent).arg(b.count).arg(b.correct).arg(num(b.accuracy));
    const auto goalText = [](const GoalPayload &g) {
        QStringList rest;
        for (int d : g.restDays)
            rest << QString::number(d);
        return QStringLiteral("%1 rest %2").arg(g.sessionsPerWeek).arg(rest.join(QLatin1Char(',')));
    };
    for (const auto &g : goalChanges)
        out << QStringLiteral("goal %1 %2").arg(g.day).arg(goalText(g.goal));
    out << QStringLiteral("goal now %1").arg(goalText(goal));
    QStringList days;
    for (qint64 d : practiceDays)
        days << QString::number(d);
    out << QStringLiteral("practice %1").arg(days.join(QLatin1Char(',')));
    return out.join(QLatin1Char('\n'));
}

} // namespace groundwork::core::learner
