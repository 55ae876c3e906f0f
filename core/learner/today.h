#pragma once

#include "content/contentpack.h"
#include "learner/derivation.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace groundwork::core::learner {

// What "Today" offers: the next lesson of the learner's track and one drill.
struct TodayPlan
{
    enum class DrillReason { None, DueReview, NewDrill };

    QString lessonId;        // empty when every lesson of the track is finished
    QString drillId;         // empty when there is nothing to offer
    DrillReason reason = DrillReason::None;
    QString targetDimension; // the dimension the drill was chosen for
    bool practisedToday = false;
};

// Picks today's lesson and drill. Deterministic for a given state, track and date:
//  * lesson: the first lesson of the track not yet finished;
//  * drill: a review that is due (due day <= date) in the weakest dimension first (lowest
//    estimate, then lowest credible bound, then id; a dimension without evidence counts as 0.5);
//    among due drills of that dimension the longest overdue, then by id;
//  * otherwise a drill never tried, aimed at the dimension whose evidence is weakest or
//    thinnest (lowest lower credible bound: low for a weak estimate and for thin evidence),
//    preferring the track's own drills in track order, then the pack's order.
class TodayPlanner;

// The "try it at work" assignment to recall once on Today: of the lessons first finished last
// week (Monday to Sunday before the week of `date`, local days), the one finished last that
// has an assignment, no note on it and is not in `dismissed`; "" when there is none. Only last
// week's: an assignment is never carried on as a debt.
QString lastWeeksTryIt(const LearnerState &state, const ContentPack &pack, QDate date,
                       const QStringList &dismissed);

class TodayPlanner
{
public:
    explicit TodayPlanner(std::shared_ptr<const ContentPack> pack);

    TodayPlan plan(const LearnerState &state, const QString &trackId, QDate date) const;

private:
    std::shared_ptr<const ContentPack> m_pack;
};

} // namespace groundwork::core::learner
