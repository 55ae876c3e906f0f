#include "learner/derivationfold.h"

#include "groundwork/learner/v1/snapshot.pb.h"

#include <QUuid>

#include <google/protobuf/arena.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace groundwork::core::learner {

namespace pb = ::groundwork::learner::v1;

namespace {

// Raised whenever the fold or snapshot.proto changes meaning: a snapshot of another format is
// ignored and the state derived again from the events.
// Format 3: the kept decisions decoded (format 2 kept them as event payloads). Format 4: the
// attempts and weeks as columns of packed numbers, not a message each. Format 5: every drill's
// review after the attempts it covers.
constexpr quint32 kSnapshotFormat = 5;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString text(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

void saveGoal(const GoalPayload &goal, qint64 day, pb::Goal &out)
{
    out.set_day(day);
    out.set_sessions_per_week(goal.sessionsPerWeek);
    for (int d : goal.restDays)
        out.add_rest_days(d);
}

GoalPayload goalOf(const pb::Goal &in)
{
    GoalPayload goal;
    goal.sessionsPerWeek = in.sessions_per_week();
    for (int d : in.rest_days())
        goal.restDays.append(d);
    return goal;
}

void saveText(const QString &trackId, const QString &key, const QString &value, pb::Text &out)
{
    out.set_track_id(utf8(trackId));
    out.set_key(utf8(key));
    out.set_text(utf8(value));
}

// The kept decisions' texts, each written once (FoldState.decision_texts): a drill's
// decisions repeat its id, their attempts' ids, dimension ids and the content version.
class DecisionTexts
{
public:
    explicit DecisionTexts(pb::FoldState &out) : m_out(out) {}

    quint32 indexOf(const QString &value)
    {
        auto at = m_index.constFind(value);
        if (at == m_index.constEnd()) {
            at = m_index.insert(value, quint32(m_out.decision_texts_size()));
            m_out.add_decision_texts(utf8(value));
        }
        return *at;
    }

private:
    pb::FoldState &m_out;
    QHash<QString, quint32> m_index;
};

void saveDecision(const ScoredDecision &d, DecisionTexts &texts, pb::KeptDecision &out)
{
    const DecisionPayload &p = d.decision;
    out.set_event_id(utf8(d.eventId));
    out.set_time_ms(d.timeMs);
    out.set_day(d.day);
    out.set_content_version(texts.indexOf(d.contentVersion));
    out.set_retired(d.retired);
    out.set_form(d.assessmentForm);
    out.set_attempt_id(texts.indexOf(p.attemptId));
    out.set_drill_id(texts.indexOf(p.drillId));
    out.set_decision_id(texts.indexOf(p.decisionId));
    out.set_option_id(texts.indexOf(p.optionId));
    out.set_confidence_percent(p.confidencePercent);
    out.set_best(p.best);
    for (const DimensionScore &score : p.scores) {
        out.add_score_dimensions(texts.indexOf(score.dimensionId));
        out.add_scores(score.score);
    }
    out.set_shown_position(p.shownPosition);
}

// A kept decision copied back: its texts are shared with every other decision that has them.
// Nothing when an index points past the texts.
std::optional<ScoredDecision> decisionOf(const pb::KeptDecision &in, const std::vector<QString> &texts)
{
    const auto known = [&texts](quint32 index) { return index < texts.size(); };
    if (!known(in.content_version()) || !known(in.attempt_id()) || !known(in.drill_id())
        || !known(in.decision_id()) || !known(in.option_id())
        || in.score_dimensions_size() != in.scores_size())
        return std::nullopt;
    ScoredDecision d{text(in.event_id()), in.time_ms(), in.day(), texts[in.content_version()], {},
                     in.retired(), in.form()};
    DecisionPayload &p = d.decision;
    p.attemptId = texts[in.attempt_id()];
    p.drillId = texts[in.drill_id()];
    p.decisionId = texts[in.decision_id()];
    p.optionId = texts[in.option_id()];
    p.confidencePercent = in.confidence_percent();
    p.best = in.best();
    p.scores.reserve(in.scores_size());
    for (int i = 0; i < in.scores_size(); ++i) {
        if (!known(in.score_dimensions(i)))
            return std::nullopt;
        p.scores.append({texts[in.score_dimensions(i)], in.scores(i)});
    }
    p.shownPosition = in.shown_position();
    return d;
}

// Attempt ids are UUIDs (Recorder::newAttemptId): kept as their 16 bytes when they are written
// in the canonical form, so that they read back as the very same text; any other id as text.
void saveAttemptId(const QUuid &restored, const QString &id, pb::Attempts &out)
{
    const QUuid uuid = id.isEmpty() ? restored : QUuid(id);
    if (!uuid.isNull() && (id.isEmpty() || uuid.toString(QUuid::WithoutBraces) == id)) {
        const QByteArray raw = uuid.toRfc4122();
        out.mutable_uuids()->append(raw.constData(), size_t(raw.size()));
    } else {
        out.mutable_uuids()->append(16, '\0');
        out.add_other_ids(utf8(id));
    }
}

// Days in (mostly) ascending order as steps from the one before (the first from 0): small
// numbers, few bytes.
class DaySteps
{
public:
    qint64 stepTo(qint64 day) { return day - std::exchange(m_last, day); }
    qint64 dayAfter(qint64 step) { return m_last += step; }

private:
    qint64 m_last = 0;
};

// A dimension's weekly sums from their columns; nothing when the columns do not line up.
std::optional<QVector<WeeklyPoint>> weeksOf(const pb::Dimension &dim)
{
    const int n = dim.week_steps_size();
    if (dim.week_sums_size() != n || dim.week_counts_size() != n)
        return std::nullopt;
    QVector<WeeklyPoint> weeks(n);
    WeeklyPoint *week = weeks.data(); // filled in place: five years are some 260 weeks
    DaySteps days;
    for (int i = 0; i < n; ++i)
        week[i] = {days.dayAfter(dim.week_steps(i)), dim.week_sums(i), dim.week_counts(i)};
    return weeks;
}

// LearnerState::evidenceWeeks from their columns; nothing unless they line up and ascend.
std::optional<std::vector<std::pair<qint64, int>>> evidenceWeeksOf(const pb::FoldState &in)
{
    const int n = in.evidence_week_steps_size();
    if (in.evidence_week_counts_size() != n)
        return std::nullopt;
    std::vector<std::pair<qint64, int>> weeks;
    weeks.reserve(size_t(n));
    DaySteps days;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && in.evidence_week_steps(i) <= 0)
            return std::nullopt; // written ascending
        weeks.emplace_back(days.dayAfter(in.evidence_week_steps(i)), in.evidence_week_counts(i));
    }
    return weeks;
}

} // namespace

void DerivationFold::saveReviews(const ReviewCheckpoint &reviewed, pb::Reviews &out)
{
    out.set_attempts(int(reviewed.attempts));
    for (const auto &[drill, review] : reviewed.drills) {
        out.add_drills(drill);
        out.add_stability(review.memory.stability);
        out.add_difficulty(review.memory.difficulty);
        out.add_last_review_day(review.lastReviewDay);
        out.add_due_day(review.dueDay);
        out.add_reviews(review.reviews);
        out.add_lapses(review.lapses);
        out.add_last_grade(int(review.lastGrade));
        out.add_last_judgment(review.lastJudgment);
    }
}

void DerivationFold::save(pb::FoldState &out) const
{
    for (const QString &id : m_st.startedLessons)
        out.add_started_lessons(utf8(id));
    for (auto it = m_st.lessonFinishedDays.cbegin(); it != m_st.lessonFinishedDays.cend(); ++it) {
        auto *lesson = out.add_finished_lessons();
        lesson->set_lesson_id(utf8(it.key()));
        lesson->set_day(it.value());
    }
    out.set_quick_checks(m_st.quickChecks);
    out.set_quick_checks_correct(m_st.quickChecksCorrect);
    out.set_reflections(m_st.reflections);
    out.set_decisions(m_st.decisions);
    out.set_retired_decisions(m_st.retiredDecisions);
    out.set_assessment_decisions(m_st.assessmentDecisions);
    out.set_evidence_decisions(m_st.evidenceDecisions);
    for (const QString &v : m_st.evidenceVersions)
        out.add_evidence_versions(utf8(v));
    DaySteps evidenceDays;
    for (const auto &[monday, count] : m_evidenceWeeks) {
        out.add_evidence_week_steps(evidenceDays.stepTo(monday));
        out.add_evidence_week_counts(count);
    }
    for (const QString &id : m_st.triedDrills)
        out.add_tried_drills(utf8(id));
    DecisionTexts texts(out);
    for (const ScoredDecision &d : m_st.assessmentAnswers)
        saveDecision(d, texts, *out.add_assessment_answers());
    for (const RecentAttempts &recent : m_recent)
        for (const ScoredDecision &d : recent.decisions)
            saveDecision(d, texts, *out.add_recent_decisions());
    for (const auto &[id, acc] : m_dims) {
        const DimensionAccumulator::Sums sums = acc.sums();
        auto *dim = out.add_dimensions();
        dim->set_id(utf8(id));
        dim->set_alpha(sums.alpha);
        dim->set_beta(sums.beta);
        dim->set_count(sums.count);
        DaySteps weekDays;
        for (const WeeklyPoint &w : sums.weeks) {
            dim->add_week_steps(weekDays.stepTo(w.weekStartDay));
            dim->add_week_sums(w.mean);
            dim->add_week_counts(w.count);
        }
        for (const QString &v : sums.versions)
            dim->add_versions(utf8(v));
    }
    for (const QString &drill : m_drills)
        out.add_drills(utf8(drill));
    saveReviews(reviews(), *out.mutable_reviews());
    pb::Attempts &attempts = *out.mutable_attempts();
    DaySteps attemptDays;
    for (size_t i = 0; i < m_attempts.size(); ++i) {
        const AttemptTally &a = m_attempts[i];
        saveAttemptId(m_attemptIds[i].uuid, m_attemptIds[i].text, attempts);
        attempts.add_drills(a.drill);
        attempts.add_day_steps(attemptDays.stepTo(a.day));
        attempts.add_sums(a.sum);
        attempts.add_scored(a.scored);
    }
    for (const Calibration::Bin &b : m_calibration.bins()) {
        auto *bin = out.add_calibration_bins();
        bin->set_confidence_percent(b.confidencePercent);
        bin->set_count(b.count);
        bin->set_correct(b.correct);
    }
    out.set_brier_sum(m_calibration.brierSum());
    out.set_rated(m_calibration.rated());
    for (const GoalChange &g : m_st.goalChanges)
        saveGoal(g.goal, g.day, *out.add_goal_changes());
    saveGoal(m_st.goal, 0, *out.mutable_goal());
    for (qint64 day : m_st.practiceDays)
        out.add_practice_days(day);
    for (auto it = m_st.reflectionTexts.cbegin(); it != m_st.reflectionTexts.cend(); ++it)
        saveText(it.key().first, it.key().second, it.value(), *out.add_reflection_texts());
    for (auto it = m_st.tryItNotes.cbegin(); it != m_st.tryItNotes.cend(); ++it)
        saveText({}, it.key(), it.value(), *out.add_try_it_notes());
    for (auto it = m_st.outcomeTexts.cbegin(); it != m_st.outcomeTexts.cend(); ++it)
        saveText(it.key(), {}, it.value(), *out.add_outcome_texts());
    out.set_share_assessment_results(m_st.shareAssessmentResults);
    out.set_assessment_sharing_choices(m_st.assessmentSharingChoices);
    out.set_assessment_sharing_chosen_at_ms(m_st.assessmentSharingChosenAtMs);
}

bool DerivationFold::restore(const pb::FoldState &in)
{
    LearnerState st;
    for (const auto &id : in.started_lessons())
        st.startedLessons.insert(text(id));
    for (const auto &lesson : in.finished_lessons()) {
        st.finishedLessons.insert(text(lesson.lesson_id()));
        st.lessonFinishedDays.insert(text(lesson.lesson_id()), lesson.day());
    }
    st.quickChecks = in.quick_checks();
    st.quickChecksCorrect = in.quick_checks_correct();
    st.reflections = in.reflections();
    st.decisions = in.decisions();
    st.retiredDecisions = in.retired_decisions();
    st.assessmentDecisions = in.assessment_decisions();
    st.evidenceDecisions = in.evidence_decisions();
    for (const auto &v : in.evidence_versions())
        st.evidenceVersions.append(text(v));
    auto evidenceWeeks = evidenceWeeksOf(in);
    if (!evidenceWeeks)
        return false;
    for (const auto &id : in.tried_drills())
        st.triedDrills.insert(text(id));
    std::vector<QString> texts;
    texts.reserve(size_t(in.decision_texts_size()));
    for (const auto &t : in.decision_texts())
        texts.push_back(text(t));
    for (const auto &answer : in.assessment_answers()) {
        auto decision = decisionOf(answer, texts);
        if (!decision)
            return false;
        st.assessmentAnswers.append(std::move(*decision));
    }
    std::vector<RecentAttempts> recent;
    QHash<QString, int> recentByDrill;
    for (const auto &kept : in.recent_decisions()) {
        auto decision = decisionOf(kept, texts);
        if (!decision)
            return false;
        const QString drillId = decision->decision.drillId;
        auto slot = recentByDrill.constFind(drillId);
        if (slot == recentByDrill.constEnd()) {
            slot = recentByDrill.insert(drillId, int(recent.size()));
            recent.push_back({drillId, {}, {}});
        }
        recent[size_t(*slot)].decisions.append(std::move(*decision));
    }
    for (RecentAttempts &r : recent)
        r.rankAll();
    std::vector<std::pair<QString, DimensionAccumulator>> dims;
    for (const auto &dim : in.dimensions()) {
        DimensionAccumulator::Sums sums;
        sums.alpha = dim.alpha();
        sums.beta = dim.beta();
        sums.count = dim.count();
        auto weeks = weeksOf(dim);
        if (!weeks)
            return false;
        sums.weeks = std::move(*weeks);
        for (const auto &v : dim.versions())
            sums.versions.append(text(v));
        dims.emplace_back(text(dim.id()), DimensionAccumulator::fromSums(sums));
    }
    std::vector<QString> drills;
    QHash<QString, int> drillIndex;
    for (const auto &drill : in.drills()) {
        drillIndex.insert(text(drill), int(drills.size()));
        drills.push_back(text(drill));
    }
    std::vector<AttemptTally> attempts;
    std::vector<AttemptId> attemptIds;
    if (!restoreAttempts(in.attempts(), drills.size(), attempts, attemptIds))
        return false;
    ReviewCheckpoint reviewed;
    if (!restoreReviews(in.reviews(), attempts.size(), drills.size(), reviewed))
        return false;
    QVector<Calibration::Bin> bins;
    for (const auto &b : in.calibration_bins())
        bins.append({b.confidence_percent(), b.count(), b.correct(), 0.0});
    for (const auto &g : in.goal_changes())
        st.goalChanges.append({g.day(), goalOf(g)});
    st.goal = goalOf(in.goal());
    st.practiceDays = QVector<qint64>(in.practice_days().begin(), in.practice_days().end());
    for (const auto &t : in.reflection_texts())
        st.reflectionTexts.insert({text(t.track_id()), text(t.key())}, text(t.text()));
    for (const auto &t : in.try_it_notes())
        st.tryItNotes.insert(text(t.key()), text(t.text()));
    for (const auto &t : in.outcome_texts())
        st.outcomeTexts.insert(text(t.track_id()), text(t.text()));
    st.shareAssessmentResults = in.share_assessment_results();
    st.assessmentSharingChoices = in.assessment_sharing_choices();
    st.assessmentSharingChosenAtMs = in.assessment_sharing_chosen_at_ms();

    m_st = std::move(st);
    m_dims = std::move(dims);
    m_drills = std::move(drills);
    m_restoredDrills = std::move(drillIndex);
    m_attempts = std::move(attempts);
    m_reviewed = std::move(reviewed);
    m_restoredAttemptCount = int(attemptIds.size());
    m_attemptIds = std::move(attemptIds);
    m_restoredAttempts.clear();
    m_recent = std::move(recent);
    m_evidenceWeeks = std::move(*evidenceWeeks);
    m_recentByDrill = std::move(recentByDrill);
    m_calibration = CalibrationTally::fromCounts(std::move(bins), in.brier_sum(), in.rated());
    return true;
}

bool DerivationFold::restoreReviews(const pb::Reviews &in, size_t attemptCount, size_t drillCount,
                                    ReviewCheckpoint &out)
{
    const int n = in.drills_size();
    if (in.attempts() < 0 || size_t(in.attempts()) > attemptCount || in.stability_size() != n
        || in.difficulty_size() != n || in.last_review_day_size() != n || in.due_day_size() != n
        || in.reviews_size() != n || in.lapses_size() != n || in.last_grade_size() != n
        || in.last_judgment_size() != n)
        return false;
    out.attempts = size_t(in.attempts());
    out.drills.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const int grade = in.last_grade(i);
        if (in.drills(i) < 0 || size_t(in.drills(i)) >= drillCount || grade < int(Fsrs::Grade::Again)
            || grade > int(Fsrs::Grade::Easy))
            return false;
        DrillReview review;
        review.memory = {in.stability(i), in.difficulty(i)};
        review.lastReviewDay = in.last_review_day(i);
        review.dueDay = in.due_day(i);
        review.reviews = in.reviews(i);
        review.lapses = in.lapses(i);
        review.lastGrade = Fsrs::Grade(grade);
        review.lastJudgment = in.last_judgment(i);
        out.drills.emplace_back(in.drills(i), review);
    }
    return true;
}

bool DerivationFold::restoreAttempts(const pb::Attempts &in, size_t drillCount,
                                     std::vector<AttemptTally> &attempts, std::vector<AttemptId> &ids)
{
    const int n = in.drills_size();
    if (in.uuids().size() != size_t(n) * 16 || in.day_steps_size() != n || in.sums_size() != n
        || in.scored_size() != n)
        return false;
    attempts.reserve(size_t(n));
    ids.reserve(size_t(n));
    DaySteps days;
    int otherIds = 0;
    for (int i = 0; i < n; ++i) {
        const int drill = in.drills(i);
        if (drill < 0 || size_t(drill) >= drillCount)
            return false;
        // The ids as text are made only when an attempt is looked up (attemptSlot).
        const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(in.uuids().data() + size_t(i) * 16, 16));
        if (!uuid.isNull())
            ids.push_back({uuid, {}});
        else if (otherIds < in.other_ids_size())
            ids.push_back({{}, text(in.other_ids(otherIds++))});
        else
            return false;
        attempts.push_back({drill, days.dayAfter(in.day_steps(i)), in.sums(i), in.scored(i)});
    }
    return otherIds == in.other_ids_size();
}

bool IncrementalDeriver::lastEvent(qint64 *timeMs, QString *deviceId, QString *eventId) const
{
    if (m_fold->eventCount() == 0)
        return false;
    *timeMs = m_fold->lastTimeMs();
    *deviceId = m_fold->lastDevice();
    *eventId = m_fold->lastId();
    return true;
}

QByteArray IncrementalDeriver::snapshot(const QString &packVersion) const
{
    pb::DerivedSnapshot out;
    out.set_format(kSnapshotFormat);
    out.set_pack_version(utf8(packVersion));
    out.set_last_time_ms(m_fold->lastTimeMs());
    out.set_last_device_id(utf8(m_fold->lastDevice()));
    out.set_last_event_id(utf8(m_fold->lastId()));
    out.set_event_count(m_fold->eventCount());
    m_fold->save(*out.mutable_state());
    return QByteArray::fromStdString(out.SerializeAsString());
}

bool IncrementalDeriver::resume(const QByteArray &snapshot, const QString &packVersion,
                                const QVector<Event> &tail, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    // Parsed into an arena: its thousands of small messages are allocated from a few blocks and
    // freed at once, not one by one.
    google::protobuf::ArenaOptions options;
    options.start_block_size = std::max<size_t>(4096, size_t(snapshot.size()) * 2);
    options.max_block_size = options.start_block_size;
    google::protobuf::Arena arena(options);
    auto &in = *google::protobuf::Arena::CreateMessage<pb::DerivedSnapshot>(&arena);
    if (!in.ParseFromArray(snapshot.constData(), int(snapshot.size())))
        return refuse(QStringLiteral("the snapshot cannot be read"));
    if (in.format() != kSnapshotFormat)
        return refuse(QStringLiteral("the snapshot is of format %1, not %2").arg(in.format()).arg(kSnapshotFormat));
    if (text(in.pack_version()) != packVersion)
        return refuse(QStringLiteral("the snapshot was derived with content %1, not %2")
                          .arg(text(in.pack_version()), packVersion));
    auto fold = std::make_unique<DerivationFold>(m_deriver);
    if (!fold->restore(in.state()))
        return refuse(QStringLiteral("the snapshot's state does not hold together"));
    fold->setLast(in.last_time_ms(), text(in.last_device_id()), text(in.last_event_id()), in.event_count());
    const std::vector<int> order = foldOrderOf(tail);
    for (int index : order)
        if (!fold->comesAfterLast(tail[index]))
            return refuse(QStringLiteral("an event sorts before the snapshot's last one"));
    for (int index : order)
        fold->add(tail[index]);
    m_fold = std::move(fold);
    m_state = m_fold->state();
    return true;
}

} // namespace groundwork::core::learner
