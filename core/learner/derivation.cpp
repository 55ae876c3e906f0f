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
    const ScoredDecision *first = nullptr;
    double sum = 0;
    int scored = 0;

    void add(const ScoredDecision &d)
    {
        if (!first)
            first = &d;
        if (d.decision.scores.isEmpty())
            return;
        double s = 0;
        for (const auto &score : d.decision.scores)
            s += score.score;
        sum += s / d.decision.scores.size();
        ++scored;
    }
    std::optional<double> judgment() const
    {
        if (scored == 0)
            return std::nullopt;
        return sum / scored;
    }
};

// Sort key of an event: (time, rank of its device id among the distinct ids, event index).
struct FoldKey
{
    qint64 timeMs;
    int deviceRank;
    int index;
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
            if (last < 0 || devices[size_t(last)] != device) {
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
    std::sort(keys.begin(), keys.end(), [&events](const FoldKey &a, const FoldKey &b) {
        if (a.timeMs != b.timeMs)
            return a.timeMs < b.timeMs;
        if (a.deviceRank != b.deviceRank)
            return a.deviceRank < b.deviceRank;
        return events[a.index].id < events[b.index].id;
    });

    LearnerState st;
    PayloadDecoder decode;
    // Few dimensions: a flat list beats a map here.
    std::vector<std::pair<QString, DimensionAccumulator>> dims;
    CalibrationTally calibration;

    // Attempts in order of their first decision.
    QHash<QString, int> attemptIndex;
    std::vector<AttemptTally> attempts;
    st.decisions.reserve(events.size());

    auto practised = [&st](qint64 day) {
        if (st.practiceDays.isEmpty() || st.practiceDays.last() < day)
            st.practiceDays.append(day);
        else if (!std::binary_search(st.practiceDays.begin(), st.practiceDays.end(), day))
            st.practiceDays.insert(std::lower_bound(st.practiceDays.begin(), st.practiceDays.end(), day), day);
    };

    const Event *previous = nullptr;
    for (const FoldKey &key : keys) {
        const Event *pe = &events[key.index];
        const Event &e = *pe;
        if (previous && previous->id == e.id)
            continue;
        previous = pe;
        ++st.eventCount;
        const qint64 day = e.localDay();
        switch (e.kind) {
        case EventKind::LessonStarted:
            if (const auto p = decode.lesson(e.payload))
                st.startedLessons.insert(p->lessonId);
            break;
        case EventKind::LessonFinished:
            if (const auto p = decode.lesson(e.payload)) {
                st.finishedLessons.insert(p->lessonId);
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
            if (auto p = decode.decision(e.payload)) {
                st.decisions.append({e.id, e.timeMs, day, e.contentVersion, std::move(*p)});
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

    // Pointers are taken only now that st.decisions no longer grows.
    for (const ScoredDecision &d : std::as_const(st.decisions)) {
        for (const auto &s : d.decision.scores) {
            auto dim = std::find_if(dims.begin(), dims.end(),
                                    [&s](const auto &entry) { return entry.first == s.dimensionId; });
            if (dim == dims.end())
                dim = dims.insert(dims.end(), {s.dimensionId, DimensionAccumulator()});
            dim->second.add(d.day, s.score, d.contentVersion);
        }
        calibration.add(d.decision.confidencePercent, d.decision.best);
        const auto found = attemptIndex.constFind(d.decision.attemptId);
        int index;
        if (found == attemptIndex.cend()) {
            index = int(attempts.size());
            attemptIndex.insert(d.decision.attemptId, index);
            attempts.emplace_back();
        } else {
            index = *found;
        }
        attempts[size_t(index)].add(d);
    }

    for (const auto &[id, acc] : dims)
        st.dimensions.insert(id, acc.finish(id));
    st.calibration = calibration.result();

    for (const AttemptTally &attempt : attempts) {
        const auto judgment = attempt.judgment();
        if (!judgment)
            continue;
        const ScoredDecision &first = *attempt.first;
        const Fsrs::Grade grade = gradeFor(*judgment);
        auto found = st.drills.find(first.decision.drillId);
        DrillReview review;
        std::optional<Fsrs::Memory> previous;
        qint64 elapsed = 0;
        if (found != st.drills.end()) {
            review = *found;
            previous = review.memory;
            elapsed = first.day - review.lastReviewDay;
        }
        review.memory = m_fsrs.review(previous, elapsed, grade);
        review.lastReviewDay = first.day;
        review.dueDay = first.day + m_fsrs.scheduledDays(review.memory.stability);
        ++review.reviews;
        review.lapses += grade == Fsrs::Grade::Again ? 1 : 0;
        review.lastGrade = grade;
        review.lastJudgment = *judgment;
        st.drills.insert(first.decision.drillId, review);
    }
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
    out << QStringLiteral("calibration n%1 brier%2 ece%3 bias%4 verdict%5")
               .arg(calibration.rated)
               .arg(num(calibration.brier), num(calibration.ece), num(calibration.bias))
               .arg(int(calibration.verdict));
    for (const auto &g : goalChanges) {
        QStringList rest;
        for (int d : g.goal.restDays)
            rest << QString::number(d);
        out << QStringLiteral("goal %1 %2 rest %3").arg(g.day).arg(g.goal.sessionsPerWeek).arg(rest.join(QLatin1Char(',')));
    }
    QStringList days;
    for (qint64 d : practiceDays)
        days << QString::number(d);
    out << QStringLiteral("practice %1").arg(days.join(QLatin1Char(',')));
    return out.join(QLatin1Char('\n'));
}

} // namespace groundwork::core::learner
