#include "learner/assessment.h"

#include "learner/estimate.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace groundwork::core::learner {

namespace {

constexpr double kZ90 = 1.6448536269514722; // two-sided 90%

// The drills of a form and, for each, the answers of its one attempt (the first recorded).
struct SittingAnswers
{
    QHash<QString, QString> attempts;                 // drill -> attempt id
    QHash<QString, QHash<QString, QString>> answers;  // drill -> decision -> option
    QVector<const ScoredDecision *> decisions;        // of those attempts, fold order
};

SittingAnswers answersOf(const LearnerState &state, const QSet<QString> &drills)
{
    SittingAnswers s;
    // The fold keeps only a drill's first attempt and its first answers; the checks below
    // say the same, for a state that holds more.
    for (const ScoredDecision &d : state.assessmentAnswers) {
        const QString &drill = d.decision.drillId;
        if (!drills.contains(drill))
            continue;
        const auto attempt = s.attempts.constFind(drill);
        if (attempt == s.attempts.cend())
            s.attempts.insert(drill, d.decision.attemptId);
        else if (*attempt != d.decision.attemptId)
            continue; // a second attempt (an older app, another device): not part of the sitting
        QHash<QString, QString> &chosen = s.answers[drill];
        if (chosen.contains(d.decision.decisionId))
            continue; // answered once; the first answer stands
        chosen.insert(d.decision.decisionId, d.decision.optionId);
        s.decisions.append(&d);
    }
    return s;
}

} // namespace

Assessments::Assessments(std::shared_ptr<const ContentPack> pack)
    : m_pack(std::move(pack)), m_profiler(m_pack),
      m_formA(m_pack->assessmentDrills(pb::ASSESSMENT_FORM_A)),
      m_formB(m_pack->assessmentDrills(pb::ASSESSMENT_FORM_B))
{
    for (const pb::AssessmentForm form : {pb::ASSESSMENT_FORM_A, pb::ASSESSMENT_FORM_B})
        if (!drillsOf(form).isEmpty())
            m_forms.append(form);
}

const QStringList &Assessments::drillsOf(pb::AssessmentForm form) const
{
    static const QStringList none;
    return form == pb::ASSESSMENT_FORM_A ? m_formA : form == pb::ASSESSMENT_FORM_B ? m_formB : none;
}

QVector<pb::AssessmentForm> Assessments::forms() const
{
    return m_forms;
}

QString Assessments::nextDecision(const pb::Drill &drill, const QHash<QString, QString> &answers)
{
    QString at = toQString(drill.start());
    for (int steps = 0; steps <= drill.decisions_size(); ++steps) {
        const auto chosen = answers.constFind(at);
        if (chosen == answers.cend())
            return at;
        const pb::Decision *decision = ContentPack::decision(drill, at);
        const pb::Option *option = nullptr;
        if (decision)
            for (const auto &candidate : decision->options())
                if (toQString(candidate.id()) == *chosen)
                    option = &candidate;
        // An option the content no longer has ends the walk: the attempt cannot go on.
        if (!option || option->next().empty())
            return QString();
        at = toQString(option->next());
    }
    return QString();
}

AssessmentSitting Assessments::sitting(const LearnerState &state, pb::AssessmentForm form) const
{
    AssessmentSitting sitting;
    sitting.form = form;
    sitting.drills = drillsOf(form);
    const QSet<QString> drills(sitting.drills.cbegin(), sitting.drills.cend());
    const SittingAnswers s = answersOf(state, drills);
    sitting.attempts = s.attempts;
    if (s.decisions.isEmpty())
        return sitting;
    sitting.startedDay = s.decisions.first()->day;
    for (const ScoredDecision *d : s.decisions) {
        sitting.startedDay = std::min(sitting.startedDay, d->day);
        if (d->timeMs >= sitting.lastMs) {
            sitting.lastMs = d->timeMs;
            sitting.lastDay = d->day;
        }
    }
    for (const QString &id : std::as_const(sitting.drills)) {
        const pb::Drill *drill = m_pack->drill(id);
        if (drill && s.attempts.contains(id) && nextDecision(*drill, s.answers.value(id)).isEmpty())
            ++sitting.drillsFinished;
    }
    sitting.status = sitting.drillsFinished == sitting.drills.size()
                         ? AssessmentSitting::Status::Complete
                         : AssessmentSitting::Status::InProgress;
    return sitting;
}

std::optional<AssessmentResult> Assessments::result(const LearnerState &state,
                                                    pb::AssessmentForm form,
                                                    const QString &roleId) const
{
    if (const auto role = m_profiler.packRole(roleId))
        return result(state, form, *role);
    return result(state, form, RoleWeights{}); // every dimension equally (see weigh)
}

std::optional<AssessmentResult> Assessments::result(const LearnerState &state,
                                                    pb::AssessmentForm form,
                                                    const RoleWeights &role) const
{
    const AssessmentSitting sitting = this->sitting(state, form);
    if (sitting.status != AssessmentSitting::Status::Complete)
        return std::nullopt;
    const QSet<QString> drills(sitting.drills.cbegin(), sitting.drills.cend());
    const SittingAnswers s = answersOf(state, drills);

    QMap<QString, DimensionAccumulator> accumulators;
    AssessmentResult r;
    r.form = form;
    r.day = sitting.lastDay;
    r.completedMs = sitting.lastMs;
    for (const ScoredDecision *d : s.decisions) {
        if (d->retired || d->decision.scores.isEmpty())
            continue;
        ++r.decisions;
        for (const DimensionScore &score : d->decision.scores)
            accumulators[score.dimensionId].add(d->day, score.score, d->contentVersion);
    }
    QMap<QString, DimensionEstimate> estimates;
    for (auto it = accumulators.cbegin(); it != accumulators.cend(); ++it)
        estimates.insert(it.key(), it->finish(it.key()));
    r.profile = role.weights.isEmpty() ? m_profiler.weigh(estimates, QString()) : m_profiler.weigh(estimates, role);
    r.profile.evidence = r.decisions;
    return r;
}

QVector<AssessmentResult> Assessments::results(const LearnerState &state, const QString &roleId) const
{
    if (const auto role = m_profiler.packRole(roleId))
        return results(state, *role);
    return results(state, RoleWeights{});
}

QVector<AssessmentResult> Assessments::results(const LearnerState &state, const RoleWeights &role) const
{
    QVector<AssessmentResult> list;
    for (const pb::AssessmentForm form : forms())
        if (auto r = result(state, form, role))
            list.append(*r);
    std::sort(list.begin(), list.end(), [](const AssessmentResult &a, const AssessmentResult &b) {
        return std::tie(a.completedMs, a.form) < std::tie(b.completedMs, b.form);
    });
    return list;
}

AssessmentOffer Assessments::offer(const LearnerState &state, QDate today) const
{
    AssessmentOffer offer;
    const QVector<pb::AssessmentForm> forms = this->forms();
    std::optional<qint64> firstSitting;
    for (const pb::AssessmentForm form : forms) {
        const AssessmentSitting s = sitting(state, form);
        if (s.status == AssessmentSitting::Status::InProgress) {
            offer.reason = AssessmentOffer::Reason::Continue;
            offer.form = form;
            offer.dueDay = s.startedDay;
            return offer;
        }
        if (s.status == AssessmentSitting::Status::Complete)
            firstSitting = std::min(firstSitting.value_or(s.startedDay), s.startedDay);
        else if (offer.form == pb::ASSESSMENT_FORM_NONE)
            offer.form = form; // A first, then B: the first form not taken
    }
    if (offer.form == pb::ASSESSMENT_FORM_NONE)
        return offer; // every form taken (or none in the pack)

    // Days are the learner's local days, as each event recorded them, so a time-zone change
    // moves neither the start nor the six weeks.
    const qint64 day = today.toJulianDay();
    if (firstSitting) {
        offer.dueDay = *firstSitting + AssessmentOffer::kDaysBetweenSittings;
        offer.reason = day >= offer.dueDay ? AssessmentOffer::Reason::SixWeeks
                                           : AssessmentOffer::Reason::NotYet;
        return offer;
    }
    const qint64 firstUse = state.practiceDays.isEmpty() ? day : state.practiceDays.first();
    const qint64 sixWeeks = firstUse + AssessmentOffer::kDaysBetweenSittings;
    if (day >= sixWeeks) {
        offer.reason = AssessmentOffer::Reason::SixWeeks;
        offer.dueDay = sixWeeks;
    } else {
        offer.reason = AssessmentOffer::Reason::Start;
        offer.dueDay = firstUse;
    }
    return offer;
}

std::optional<QString> Assessments::refusal(const LearnerState &state, const QString &attemptId,
                                            const QString &drillId, const QString &decisionId) const
{
    const pb::Drill *drill = m_pack->drill(drillId);
    if (!drill || !ContentPack::isAssessment(*drill))
        return std::nullopt;
    const SittingAnswers s = answersOf(state, {drillId});
    const auto taken = s.attempts.constFind(drillId);
    if (taken != s.attempts.cend() && *taken != attemptId)
        return QStringLiteral("the readiness assessment is taken once: %1 was already answered "
                              "in its sitting").arg(drillId);
    const QString next = nextDecision(*drill, s.answers.value(drillId));
    if (next.isEmpty())
        return QStringLiteral("the readiness assessment is taken once: %1 is finished").arg(drillId);
    if (decisionId != next)
        return QStringLiteral("%1 is not the decision to answer next in %2 (%3 is)")
            .arg(decisionId, drillId, next);
    return std::nullopt;
}

AssessmentChange Assessments::change(const AssessmentResult &before, const AssessmentResult &after)
{
    AssessmentChange c;
    c.difference = after.profile.overall - before.profile.overall;
    const double sd = std::sqrt(ReadinessProfiler::overallVariance(before.profile)
                                + ReadinessProfiler::overallVariance(after.profile));
    c.low = std::max(-1.0, c.difference - kZ90 * sd);
    c.high = std::min(1.0, c.difference + kZ90 * sd);
    for (const DimensionReadiness &a : after.profile.dimensions) {
        const auto b = std::find_if(before.profile.dimensions.cbegin(), before.profile.dimensions.cend(),
                                    [&a](const DimensionReadiness &d) { return d.dimensionId == a.dimensionId; });
        if (b == before.profile.dimensions.cend())
            continue;
        AssessmentChange::Dimension d;
        d.dimensionId = a.dimensionId;
        d.name = a.name;
        d.difference = a.estimate.mean - b->estimate.mean;
        const double dimSd = std::sqrt(ReadinessProfiler::estimateVariance(a.estimate)
                                       + ReadinessProfiler::estimateVariance(b->estimate));
        d.low = std::max(-1.0, d.difference - kZ90 * dimSd);
        d.high = std::min(1.0, d.difference + kZ90 * dimSd);
        c.dimensions.append(d);
    }
    return c;
}

} // namespace groundwork::core::learner
