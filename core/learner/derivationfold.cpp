#include "learner/derivationfold.h"

#include <algorithm>

namespace groundwork::core::learner {

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

void DerivationFold::lesson(QSet<QString> &set, int bit, const LessonPayload &p, qint64 day)
{
    int &seen = m_lessonSeen[m_ids.lesson];
    if (seen < 0) // first seen by this fold (a restored one knows it from the sets)
        seen = (m_st.startedLessons.contains(p.lessonId) ? 1 : 0)
               | (m_st.finishedLessons.contains(p.lessonId) ? 2 : 0);
    if (!(seen & bit)) {
        seen |= bit;
        set.insert(p.lessonId);
        if (bit == 2)
            m_st.lessonFinishedDays.insert(p.lessonId, day);
    }
}

// Later events come later in fold order, so each insert replaces what an earlier one saved.
void DerivationFold::reflected(ReflectionPayload p)
{
    if (p.promptId == QLatin1String(kOutcomePromptId))
        m_st.outcomeTexts.insert(p.trackId, std::move(p.text));
    else if (const auto lesson = tryItLessonId(p.trackId, p.promptId))
        m_st.tryItNotes.insert(*lesson, std::move(p.text));
    else
        m_st.reflectionTexts.insert({p.trackId, p.promptId}, std::move(p.text));
}

int DerivationFold::assessmentFormOf(const QString &drillId)
{
    if (m_assessmentDrills.isEmpty())
        return 0;
    int &form = m_drillForm[m_ids.drill];
    if (form < 0)
        form = m_assessmentDrills.formOf(drillId);
    return form;
}

// Comparing pack versions parses them: each drill is asked once for the content version of
// the decisions being folded (it changes only when the pack was updated between them).
bool DerivationFold::retiredKey(const QString &drillId)
{
    if (m_retiredKeys.isEmpty())
        return false;
    int &retired = m_drillRetired[m_ids.drill];
    if (retired < 0)
        retired = m_retiredKeys.retired(drillId, m_version) ? 1 : 0;
    return retired == 1;
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
            lesson(m_st.startedLessons, 1, *p, day);
        break;
    case EventKind::LessonFinished:
        if (const auto p = m_decode.lesson(e.payload, &m_ids)) {
            lesson(m_st.finishedLessons, 2, *p, day);
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
        if (auto p = m_decode.decision(e.payload, &m_ids))
            decided(e, day, std::move(*p));
        break;
    case EventKind::ReflectionSaved:
        ++m_st.reflections; // counted even when its payload cannot be read, as before
        practised(day);
        if (auto p = m_decode.reflection(e.payload))
            reflected(std::move(*p));
        break;
    case EventKind::GoalChanged:
        if (const auto p = m_decode.goal(e.payload)) {
            m_st.goalChanges.append({day, *p});
            m_st.goal = *p;
        }
        break;
    case EventKind::AssessmentSharingChosen:
        if (const auto p = m_decode.assessmentSharing(e.payload)) {
            m_st.shareAssessmentResults = p->include;
            ++m_st.assessmentSharingChoices;
            m_st.assessmentSharingChosenAtMs = e.timeMs;
        }
        break;
    case EventKind::TrackCompleted:
        break; // a milestone for the cohort lead: what it marks is derived from the items
    }
}

void DerivationFold::decided(const Event &e, qint64 day, DecisionPayload d)
{
    if (!sameText(m_version, e.contentVersion)) {
        m_version = e.contentVersion;
        m_drillRetired = ById(); // asked again under the new version
    }
    const bool retired = retiredKey(d.drillId);
    const int form = assessmentFormOf(d.drillId);
    ScoredDecision scored{e.id, e.timeMs, day, m_version, std::move(d), retired, form};
    counted(scored);
    practised(day);
    RecentAttempts &recent = recentOf(scored.decision.drillId);
    if (form != 0) {
        recent.keep(ScoredDecision(scored));
        keepAssessmentAnswer(std::move(scored)); // measured apart (learner/assessment.h)
        return;
    }
    if (retired) {
        recent.keep(std::move(scored));
        return;
    }
    const DecisionPayload &p = scored.decision;
    for (qsizetype i = 0; i < p.scores.size(); ++i) {
        const int dim = dimensionSlot(m_ids.dimensions[i], p.scores[i].dimensionId);
        m_dims[size_t(dim)].second.add(day, p.scores[i].score, m_version);
    }
    m_calibration.add(p.confidencePercent, p.best);
    int &attempt = m_attemptIndex[m_ids.attempt];
    if (attempt < 0)
        attempt = attemptSlot(p.attemptId);
    if (attempt < 0) {
        attempt = int(m_attempts.size());
        m_attempts.push_back({drillSlot(p.drillId), day});
        m_attemptIds.push_back({{}, p.attemptId});
    }
    if (size_t(attempt) < m_reviewed.attempts && !p.scores.isEmpty())
        m_reviewed = {}; // its judgment changes: the reviews after it are replayed
    m_attempts[size_t(attempt)].add(p);
    recent.keep(std::move(scored));
}

// The sums the screens read instead of the decisions themselves.
void DerivationFold::counted(const ScoredDecision &d)
{
    ++m_st.decisions;
    if (d.retired)
        ++m_st.retiredDecisions;
    if (d.isAssessment())
        ++m_st.assessmentDecisions;
    if (!d.retired) {
        int &tried = m_drillTried[m_ids.drill];
        if (tried < 0) {
            tried = 1;
            m_st.triedDrills.insert(d.decision.drillId);
        }
    }
    if (!d.isEvidence())
        return;
    ++m_st.evidenceDecisions;
    countEvidenceWeek(mondayOf(d.day));
    if (sameText(m_lastEvidenceVersion, d.contentVersion))
        return;
    m_lastEvidenceVersion = d.contentVersion;
    QStringList &versions = m_st.evidenceVersions;
    const auto at = std::lower_bound(versions.begin(), versions.end(), d.contentVersion);
    if (at == versions.end() || *at != d.contentVersion)
        versions.insert(at, d.contentVersion);
}

void DerivationFold::countEvidenceWeek(qint64 monday)
{
    auto &weeks = m_evidenceWeeks;
    if (weeks.empty() || weeks.back().first < monday) {
        weeks.emplace_back(monday, 1);
        return;
    }
    if (weeks.back().first == monday) {
        ++weeks.back().second;
        return;
    }
    const auto at = std::lower_bound(weeks.begin(), weeks.end(), std::pair<qint64, int>(monday, 0));
    if (at != weeks.end() && at->first == monday)
        ++at->second;
    else
        weeks.insert(at, {monday, 1});
}

// The answers that make a sitting (learner/assessment.cpp): a drill's first attempt, and in it
// each decision's first answer. A later one changes nothing, so it is not kept.
void DerivationFold::keepAssessmentAnswer(ScoredDecision d)
{
    for (const ScoredDecision &kept : std::as_const(m_st.assessmentAnswers)) {
        if (kept.decision.drillId != d.decision.drillId)
            continue;
        if (kept.decision.attemptId != d.decision.attemptId
            || kept.decision.decisionId == d.decision.decisionId)
            return;
    }
    m_st.assessmentAnswers.append(std::move(d));
}

// A drill's attempts ranked as the drill screen picks the one to resume: by their latest
// decision's time, then by attempt id. The kRecentAttempts highest are kept whole.
void RecentAttempts::keep(ScoredDecision &&d)
{
    const QString &attemptId = d.decision.attemptId;
    // Usually the next decision of the attempt going on, whose id is the very same string.
    auto at = kept.end();
    if (lastKept >= 0 && sameText(kept[size_t(lastKept)].rank.second, attemptId))
        at = kept.begin() + lastKept;
    else
        at = std::find_if(kept.begin(), kept.end(), [&attemptId](const Kept &k) { return k.rank.second == attemptId; });
    if (at != kept.end()) {
        at->rank.first = std::max(at->rank.first, d.timeMs);
        ++at->decisions;
    } else if (kept.size() < size_t(LearnerState::kRecentAttempts)) {
        at = kept.insert(kept.end(), Kept{{d.timeMs, attemptId}, 1});
    } else {
        Rank added{d.timeMs, attemptId};
        at = std::min_element(kept.begin(), kept.end(),
                              [](const Kept &a, const Kept &b) { return a.rank < b.rank; });
        if (added < at->rank)
            return; // ranks below every kept attempt: never the one resumed
        dropDecisionsOf(*at);
        *at = Kept{std::move(added), 1};
    }
    lastKept = int(at - kept.begin());
    decisions.append(std::move(d));
}

void RecentAttempts::dropDecisionsOf(const Kept &attempt)
{
    const QString &dropped = attempt.rank.second;
    const auto isDropped = [&dropped](const ScoredDecision &s) { return sameText(s.decision.attemptId, dropped); };
    // Usually the dropped attempt is the older one, all before the other: a prefix to cut off.
    const qsizetype n = attempt.decisions;
    if (n <= decisions.size() && std::all_of(decisions.cbegin(), decisions.cbegin() + n, isDropped))
        decisions.remove(0, n);
    else
        decisions.removeIf(isDropped);
}

void RecentAttempts::rankAll()
{
    kept.clear();
    lastKept = -1;
    for (const ScoredDecision &d : std::as_const(decisions)) {
        const QString &attemptId = d.decision.attemptId;
        auto it = std::find_if(kept.begin(), kept.end(), [&attemptId](const Kept &k) { return k.rank.second == attemptId; });
        if (it == kept.end())
            it = kept.insert(kept.end(), Kept{{d.timeMs, attemptId}, 0});
        it->rank.first = std::max(it->rank.first, d.timeMs);
        ++it->decisions;
        lastKept = int(it - kept.begin());
    }
}

RecentAttempts &DerivationFold::recentOf(const QString &drillId)
{
    int &slot = m_recentIndex[m_ids.drill];
    if (slot < 0)
        slot = m_recentByDrill.value(drillId, -1);
    if (slot < 0) {
        slot = int(m_recent.size());
        m_recentByDrill.insert(drillId, slot);
        m_recent.push_back({drillId, {}, {}});
    }
    return m_recent[size_t(slot)];
}

int DerivationFold::drillSlot(const QString &drillId)
{
    int &slot = m_drillIndex[m_ids.drill];
    if (slot < 0)
        slot = m_restoredDrills.value(drillId, -1);
    if (slot < 0) {
        slot = int(m_drills.size());
        m_drills.push_back(drillId);
    }
    return slot;
}

// A restored fold's attempts are known by text: an attempt that was going on when the
// snapshot was written goes on with its next decision.
int DerivationFold::attemptSlot(const QString &attemptId)
{
    if (m_restoredAttemptCount == 0)
        return -1;
    if (m_restoredAttempts.isEmpty()) {
        m_restoredAttempts.reserve(m_restoredAttemptCount);
        for (int i = 0; i < m_restoredAttemptCount; ++i)
            m_restoredAttempts.insert(m_attemptIds[size_t(i)].toText(), i);
    }
    return m_restoredAttempts.value(attemptId, -1);
}

int DerivationFold::dimensionSlot(int id, const QString &dimensionId)
{
    int &dim = m_dimIndex[id];
    if (dim >= 0)
        return dim;
    for (size_t i = 0; i < m_dims.size(); ++i)
        if (m_dims[i].first == dimensionId)
            return dim = int(i);
    dim = int(m_dims.size());
    m_dims.emplace_back(dimensionId, DimensionAccumulator());
    return dim;
}

void DerivationFold::setLast(qint64 timeMs, QString device, QString id, int eventCount)
{
    m_hasLast = eventCount > 0;
    m_lastTimeMs = timeMs;
    m_lastDevice = std::move(device);
    m_lastId = std::move(id);
    m_st.eventCount = eventCount;
}

void DerivationFold::addAll(const QVector<Event> &events)
{
    for (int index : foldOrderOf(events))
        add(events[index]);
}

LearnerState DerivationFold::state() const
{
    LearnerState st = m_st;
    for (const auto &[id, acc] : m_dims)
        st.dimensions.insert(id, acc.finish(id));
    st.calibration = m_calibration.result();
    for (const auto &[monday, count] : m_evidenceWeeks)
        st.evidenceWeeks.insert(st.evidenceWeeks.cend(), monday, count);
    st.recentAttempts.reserve(qsizetype(m_recent.size()));
    for (const RecentAttempts &recent : m_recent)
        if (!recent.decisions.isEmpty())
            st.recentAttempts.insert(recent.drillId, recent.decisions);

    for (const auto &[drill, review] : reviews().drills)
        st.drills.insert(m_drills[size_t(drill)], review);
    return st;
}

// Each drill's attempts in order are its FSRS reviews, graded by their judgments.
DerivationFold::ReviewCheckpoint DerivationFold::reviews() const
{
    ReviewCheckpoint out = m_reviewed;
    ById drillIndex;
    for (size_t i = 0; i < out.drills.size(); ++i)
        drillIndex[out.drills[i].first] = int(i);
    for (size_t i = out.attempts; i < m_attempts.size(); ++i) {
        const AttemptTally &attempt = m_attempts[i];
        const auto judgment = attempt.judgment();
        if (!judgment)
            continue;
        const Fsrs::Grade grade = Deriver::gradeFor(*judgment);
        int &slot = drillIndex[attempt.drill];
        std::optional<Fsrs::Memory> previousMemory;
        qint64 elapsed = 0;
        if (slot < 0) {
            slot = int(out.drills.size());
            out.drills.emplace_back(attempt.drill, DrillReview());
        } else {
            previousMemory = out.drills[size_t(slot)].second.memory;
            elapsed = attempt.day - out.drills[size_t(slot)].second.lastReviewDay;
        }
        DrillReview &review = out.drills[size_t(slot)].second;
        review.memory = m_fsrs.review(previousMemory, elapsed, grade);
        review.lastReviewDay = attempt.day;
        review.dueDay = attempt.day + m_fsrs.scheduledDays(review.memory.stability);
        ++review.reviews;
        review.lapses += grade == Fsrs::Grade::Again ? 1 : 0;
        review.lastGrade = grade;
        review.lastJudgment = *judgment;
    }
    out.attempts = m_attempts.size();
    return out;
}

} // namespace groundwork::core::learner
