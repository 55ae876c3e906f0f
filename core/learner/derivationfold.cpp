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
    if (seen < 0)
        seen = 0;
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
        if (auto p = m_decode.decision(e.payload, &m_ids)) {
            const int index = int(m_st.decisions.size());
            if (!sameText(m_version, e.contentVersion)) {
                m_version = e.contentVersion;
                m_drillRetired = ById(); // asked again under the new version
            }
            const bool retired = retiredKey(p->drillId);
            const int form = assessmentFormOf(p->drillId);
            m_st.decisions.append({e.id, e.timeMs, day, m_version, std::move(*p), retired, form});
            practised(day);
            if (retired)
                ++m_st.retiredDecisions;
            if (form != 0)
                ++m_st.assessmentDecisions; // measured apart (learner/assessment.h)
            if (retired || form != 0)
                break;
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

} // namespace groundwork::core::learner
