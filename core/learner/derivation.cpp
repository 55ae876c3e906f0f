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

// Mean over decisions of each decision's mean dimension score; nullopt without evidence.
std::optional<double> judgmentOf(const QVector<const ScoredDecision *> &decisions)
{
    double sum = 0;
    int n = 0;
    for (const ScoredDecision *d : decisions) {
        if (d->decision.scores.isEmpty())
            continue;
        double s = 0;
        for (const auto &score : d->decision.scores)
            s += score.score;
        sum += s / d->decision.scores.size();
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

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
    // Fold order. A duplicated event has the same (time, device, id), so copies end up
    // adjacent and are skipped by comparing with the previous one.
    std::vector<const Event *> order;
    order.reserve(size_t(events.size()));
    for (const Event &e : events)
        order.push_back(&e);
    std::sort(order.begin(), order.end(), [](const Event *a, const Event *b) { return foldsBefore(*a, *b); });

    LearnerState st;
    // Few dimensions: a flat list beats a map here.
    std::vector<std::pair<QString, DimensionAccumulator>> dims;
    CalibrationTally calibration;

    // Attempts in order of their first decision.
    QStringList attemptOrder;
    QHash<QString, QVector<const ScoredDecision *>> attempts;
    st.decisions.reserve(events.size());

    auto practised = [&st](qint64 day) {
        if (st.practiceDays.isEmpty() || st.practiceDays.last() < day)
            st.practiceDays.append(day);
        else if (!std::binary_search(st.practiceDays.begin(), st.practiceDays.end(), day))
            st.practiceDays.insert(std::lower_bound(st.practiceDays.begin(), st.practiceDays.end(), day), day);
    };

    const Event *previous = nullptr;
    for (const Event *pe : order) {
        const Event &e = *pe;
        if (previous && previous->id == e.id)
            continue;
        previous = pe;
        ++st.eventCount;
        const qint64 day = e.localDay();
        switch (e.kind) {
        case EventKind::LessonStarted:
            if (const auto p = decodeLesson(e.payload))
                st.startedLessons.insert(p->lessonId);
            break;
        case EventKind::LessonFinished:
            if (const auto p = decodeLesson(e.payload)) {
                st.finishedLessons.insert(p->lessonId);
                practised(day);
            }
            break;
        case EventKind::QuickCheckAnswered:
            if (const auto p = decodeQuickCheck(e.payload)) {
                ++st.quickChecks;
                st.quickChecksCorrect += p->correct ? 1 : 0;
                practised(day);
            }
            break;
        case EventKind::DrillDecision:
            if (auto p = decodeDecision(e.payload)) {
                st.decisions.append({e.id, e.timeMs, day, e.contentVersion, std::move(*p)});
                practised(day);
            }
            break;
        case EventKind::ReflectionSaved:
            ++st.reflections;
            practised(day);
            break;
        case EventKind::GoalChanged:
            if (const auto p = decodeGoal(e.payload)) {
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
        auto it = attempts.find(d.decision.attemptId);
        if (it == attempts.end()) {
            attemptOrder.append(d.decision.attemptId);
            it = attempts.insert(d.decision.attemptId, {});
        }
        it->append(&d);
    }

    for (const auto &[id, acc] : dims)
        st.dimensions.insert(id, acc.finish(id));
    st.calibration = calibration.result();

    for (const QString &attemptId : std::as_const(attemptOrder)) {
        const auto &decisions = attempts[attemptId];
        const auto judgment = judgmentOf(decisions);
        if (!judgment)
            continue;
        const ScoredDecision &first = *decisions.first();
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
