#include "learner/derivation.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <optional>

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

Deriver::Deriver(Fsrs fsrs) : m_fsrs(std::move(fsrs)) {}

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

LearnerState Deriver::derive(const QVector<Event> &events) const
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

    LearnerState st;
    PayloadDecoder decode;
    PayloadIds ids;
    // Everything below is keyed by the decoder's small string ids, not by text.
    std::vector<std::pair<QString, DimensionAccumulator>> dims; // few: in order of first evidence
    ById dimIndex;
    ById attemptIndex;
    ById lessonSeen; // bit 1: started, bit 2: finished
    ById drillIndex;
    std::vector<AttemptTally> attempts; // in order of their first decision
    std::vector<std::pair<QString, DrillReview>> drills;
    CalibrationTally calibration;
    st.decisions.reserve(events.size());
    // The content version of the last decision: decisions that carry the same one share this
    // copy, so later comparisons of versions see the same string and skip the characters.
    QString version;

    auto practised = [&st](qint64 day) {
        if (!st.practiceDays.isEmpty() && st.practiceDays.constLast() == day)
            return; // most events fall on the day of the one before
        if (st.practiceDays.isEmpty() || st.practiceDays.constLast() < day)
            st.practiceDays.append(day);
        else if (!std::binary_search(st.practiceDays.begin(), st.practiceDays.end(), day))
            st.practiceDays.insert(std::lower_bound(st.practiceDays.begin(), st.practiceDays.end(), day), day);
    };
    auto lesson = [&](QSet<QString> &set, int bit, const LessonPayload &p) {
        int &seen = lessonSeen[ids.lesson];
        if (seen < 0)
            seen = 0;
        if (!(seen & bit)) {
            seen |= bit;
            set.insert(p.lessonId);
        }
    };

    const FoldKey *previous = nullptr;
    for (const FoldKey &key : keys) {
        const Event &e = events[key.index];
        // A duplicate has the same time, device and id as the event before it.
        if (previous && previous->timeMs == key.timeMs && previous->deviceRank == key.deviceRank
            && events[previous->index].id == e.id)
            continue;
        previous = &key;
        ++st.eventCount;
        const qint64 day = e.localDay();
        switch (e.kind) {
        case EventKind::LessonStarted:
            if (const auto p = decode.lesson(e.payload, &ids))
                lesson(st.startedLessons, 1, *p);
            break;
        case EventKind::LessonFinished:
            if (const auto p = decode.lesson(e.payload, &ids)) {
                lesson(st.finishedLessons, 2, *p);
                practised(day);
            }
            break;
        case EventKind::QuickCheckAnswered:
            if (const auto p = decode.quickCheck(e.payload)) {
                ++st.quickChecks;
                st.quickChecksCorrect += p->correct ? 1 : 0;
                practised(day);
            }
            break;
        case EventKind::DrillDecision:
            if (auto p = decode.decision(e.payload, &ids)) {
                const int index = int(st.decisions.size());
                if (!sameText(version, e.contentVersion))
                    version = e.contentVersion;
                st.decisions.append({e.id, e.timeMs, day, version, std::move(*p)});
                const DecisionPayload &d = st.decisions.last().decision;
                for (qsizetype i = 0; i < d.scores.size(); ++i) {
                    int &dim = dimIndex[ids.dimensions[i]];
                    if (dim < 0) {
                        dim = int(dims.size());
                        dims.emplace_back(d.scores[i].dimensionId, DimensionAccumulator());
                    }
                    dims[size_t(dim)].second.add(day, d.scores[i].score, version);
                }
                calibration.add(d.confidencePercent, d.best);
                int &attempt = attemptIndex[ids.attempt];
                if (attempt < 0) {
                    attempt = int(attempts.size());
                    attempts.push_back({index, ids.drill});
                }
                attempts[size_t(attempt)].add(d);
                practised(day);
            }
            break;
        case EventKind::ReflectionSaved:
            ++st.reflections;
            practised(day);
            break;
        case EventKind::GoalChanged:
            if (const auto p = decode.goal(e.payload)) {
                st.goalChanges.append({day, *p});
                st.goal = *p;
            }
            break;
        }
    }

    for (const auto &[id, acc] : dims)
        st.dimensions.insert(id, acc.finish(id));
    st.calibration = calibration.result();

    for (const AttemptTally &attempt : attempts) {
        const auto judgment = attempt.judgment();
        if (!judgment)
            continue;
        const ScoredDecision &first = st.decisions[attempt.first];
        const Fsrs::Grade grade = gradeFor(*judgment);
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

QString LearnerState::fingerprint() const
{
    QStringList out;
    out << QStringLiteral("events %1").arg(eventCount);
    out << QStringLiteral("started %1").arg(sorted(startedLessons).join(QLatin1Char(',')));
    out << QStringLiteral("finished %1").arg(sorted(finishedLessons).join(QLatin1Char(',')));
    out << QStringLiteral("checks %1/%2 reflections %3").arg(quickChecksCorrect).arg(quickChecks).arg(reflections);
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
