#include "learner/today.h"

#include <QStringList>

#include <algorithm>
#include <tuple>

namespace groundwork::core::learner {

namespace {

QStringList measuresOf(const pb::Drill &drill)
{
    QStringList dims;
    for (const auto &m : drill.measures())
        dims << toQString(m);
    return dims;
}

DimensionEstimate estimateOf(const LearnerState &state, const QString &dim)
{
    const auto it = state.dimensions.constFind(dim);
    if (it != state.dimensions.cend())
        return *it;
    DimensionEstimate prior; // no evidence: Beta(1, 1)
    prior.dimensionId = dim;
    return prior;
}

} // namespace

QString lastWeeksTryIt(const LearnerState &state, const ContentPack &pack, QDate date,
                       const QStringList &dismissed)
{
    const qint64 thisMonday = date.toJulianDay() - (date.dayOfWeek() - 1);
    QString chosen;
    qint64 chosenDay = 0;
    for (auto it = state.lessonFinishedDays.cbegin(); it != state.lessonFinishedDays.cend(); ++it) {
        if (it.value() < thisMonday - 7 || it.value() >= thisMonday)
            continue;
        const pb::Lesson *lesson = pack.lesson(it.key());
        if (!lesson || QString::fromStdString(lesson->try_it()).trimmed().isEmpty()
            || state.tryItNotes.contains(it.key()) || dismissed.contains(it.key()))
            continue;
        if (chosen.isEmpty() || it.value() >= chosenDay) { // keys ascend: a tie keeps the last id
            chosen = it.key();
            chosenDay = it.value();
        }
    }
    return chosen;
}

// Drills of the readiness assessment (ContentPack::isAssessment) are never offered, neither as a
// review nor as a new drill: the assessment measures growth on drills not practised in between.
TodayPlanner::TodayPlanner(std::shared_ptr<const ContentPack> pack) : m_pack(std::move(pack)) {}

TodayPlan TodayPlanner::plan(const LearnerState &state, const QString &trackId, QDate date) const
{
    TodayPlan plan;
    const qint64 today = date.toJulianDay();
    plan.practisedToday = std::binary_search(state.practiceDays.begin(), state.practiceDays.end(), today);

    const pb::Track *track = m_pack->track(trackId);
    QStringList trackDrills;
    if (track) {
        // After the learner chose an outcome, its path follows the track's items.
        for (const pb::TrackItem *followed :
             ContentPack::followedItems(*track, state.chosenOutcome(trackId))) {
            const pb::TrackItem &item = *followed;
            if (item.has_lesson() && plan.lessonId.isEmpty()
                && !state.finishedLessons.contains(toQString(item.lesson())) && m_pack->lesson(toQString(item.lesson())))
                plan.lessonId = toQString(item.lesson());
            if (item.has_drill())
                trackDrills << toQString(item.drill());
        }
    }

    // Every dimension the pack knows, plus any that only the evidence knows.
    QStringList dims;
    for (const auto &d : m_pack->data().dimensions())
        dims << toQString(d.id());
    for (auto it = state.dimensions.cbegin(); it != state.dimensions.cend(); ++it)
        if (!dims.contains(it.key()))
            dims << it.key();

    // 1. Due reviews, weakest dimension first.
    QStringList weakest = dims;
    std::sort(weakest.begin(), weakest.end(), [&state](const QString &a, const QString &b) {
        const auto ea = estimateOf(state, a);
        const auto eb = estimateOf(state, b);
        return std::tie(ea.mean, ea.low, a) < std::tie(eb.mean, eb.low, b);
    });
    for (const QString &dim : std::as_const(weakest)) {
        QString best;
        qint64 bestDue = 0;
        for (auto it = state.drills.cbegin(); it != state.drills.cend(); ++it) {
            // What is not due yet, first: looking a drill up in the pack parses it. An
            // assessment drill taken once is never reviewed: it is not practice.
            if (it->dueDay > today || m_pack->drillAssessmentForm(it.key()) != pb::ASSESSMENT_FORM_NONE)
                continue;
            const pb::Drill *drill = m_pack->drill(it.key());
            if (!drill || !measuresOf(*drill).contains(dim))
                continue;
            if (best.isEmpty() || std::tie(it->dueDay, it.key()) < std::tie(bestDue, best)) {
                best = it.key();
                bestDue = it->dueDay;
            }
        }
        if (!best.isEmpty()) {
            plan.drillId = best;
            plan.reason = TodayPlan::DrillReason::DueReview;
            plan.targetDimension = dim;
            return plan;
        }
    }

    // 2. A new drill for the dimension with the weakest or thinnest evidence.
    QStringList thinnest = dims;
    std::sort(thinnest.begin(), thinnest.end(), [&state](const QString &a, const QString &b) {
        const auto ea = estimateOf(state, a);
        const auto eb = estimateOf(state, b);
        return std::tie(ea.low, ea.evidence, a) < std::tie(eb.low, eb.evidence, b);
    });
    QStringList candidates = trackDrills;
    for (const QString &id : m_pack->practiceDrills())
        if (!candidates.contains(id))
            candidates << id;
    for (const QString &dim : std::as_const(thinnest)) {
        for (const QString &id : std::as_const(candidates)) {
            // Tried drills first: they are most of them after a while, and looking a drill up
            // in the pack parses it. An attempt without scored evidence still counts as tried.
            if (state.drills.contains(id) || state.triedDrills.contains(id))
                continue;
            const pb::Drill *drill = m_pack->drill(id);
            // The compiler keeps assessment drills out of tracks; a pack built otherwise may not.
            if (!drill || ContentPack::isAssessment(*drill) || !measuresOf(*drill).contains(dim))
                continue;
            plan.drillId = id;
            plan.reason = TodayPlan::DrillReason::NewDrill;
            plan.targetDimension = dim;
            return plan;
        }
    }
    return plan;
}

} // namespace groundwork::core::learner
