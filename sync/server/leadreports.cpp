#include "server/leadreports.h"

#include "groundwork/sync/v1/profile.pb.h"
#include "lead/activitykinds.h"
#include "lead/groupfigure.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace groundwork::sync {

using lead::CoarseKind;

std::optional<lead::GoalPlan> knownGoalPlan(const CohortLearner &)
{
    return std::nullopt;
}

namespace {

QDate utcDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

QDate dayNumber(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

std::string isoDay(QDate day)
{
    return day.toString(Qt::ISODate).toStdString();
}

// One member's tallies, from their rows of DayActivity.
struct MemberTally
{
    quint32 lessonsFinished = 0;
    quint32 drillsPractised = 0;
    QList<QDate> practiceDays;
};

QHash<QString, MemberTally> tally(const QList<DayActivity> &rows, QDate today)
{
    QHash<QString, MemberTally> tallies;
    for (const DayActivity &row : rows) {
        const auto kind = lead::coarseKindOf(row.kind);
        if (!kind)
            continue;
        MemberTally &t = tallies[row.accountId];
        if (*kind == CoarseKind::LessonFinished)
            t.lessonsFinished += row.count;
        if (*kind == CoarseKind::DrillPractised)
            t.drillsPractised += row.count;
        const QDate day = dayNumber(row.day);
        // A device clock ahead of the server's does not make anyone active in the future.
        if (lead::isPractice(*kind) && day <= today && !t.practiceDays.contains(day))
            t.practiceDays.append(day);
    }
    return tallies;
}

v1::StallReason wireReason(lead::StallReason reason)
{
    switch (reason) {
    case lead::StallReason::MissedOwnGoalTwice: return v1::STALL_REASON_MISSED_OWN_GOAL_TWICE;
    case lead::StallReason::IdleFourteenDays: return v1::STALL_REASON_IDLE_FOURTEEN_DAYS;
    case lead::StallReason::None: break;
    }
    return v1::STALL_REASON_NONE;
}

// The cohort's weeks from its first to this one (at most two years back), with who was active.
void fillWeeks(v1::LeadRosterResponse &out, const QHash<QString, MemberTally> &tallies, QDate created, QDate today)
{
    const QDate thisWeek = lead::weekStart(today);
    QDate first = lead::weekStart(std::min(created, today));
    if (first.daysTo(thisWeek) > 104 * 7)
        first = thisWeek.addDays(-104 * 7);
    QMap<QDate, QPair<QSet<QString>, quint32>> weeks;
    for (QDate monday = first; monday <= thisWeek; monday = monday.addDays(7))
        weeks.insert(monday, {});
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        for (const QDate &day : it->practiceDays) {
            auto week = weeks.find(lead::weekStart(day));
            if (week == weeks.end())
                continue;
            week->first.insert(it.key());
            ++week->second;
        }
    }
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
        v1::CohortWeek *w = out.add_weeks();
        w->set_week_start(isoDay(it.key()));
        w->set_active_members(quint32(it->first.size()));
        w->set_sessions(it->second);
    }
    out.set_active_this_week(quint32(weeks.value(thisWeek).first.size()));
}

QStringList countedKinds()
{
    QStringList kinds;
    for (CoarseKind k : {CoarseKind::LessonStarted, CoarseKind::LessonFinished, CoarseKind::DrillPractised,
                         CoarseKind::QuickCheck, CoarseKind::GoalSet})
        kinds << lead::storedKindOf(k);
    return kinds;
}

std::optional<lead::ContributedProfile> contribution(const CohortLearner &learner)
{
    if (!learner.sharedProfile)
        return std::nullopt;
    v1::SharedProfile profile;
    if (!profile.ParseFromArray(learner.sharedProfile->constData(), int(learner.sharedProfile->size())))
        return std::nullopt; // an unreadable copy contributes nothing
    lead::ContributedProfile c{learner.accountId, {}};
    for (const v1::SharedDimension &d : profile.dimensions())
        c.dimensions.append({QString::fromStdString(d.dimension_id()), d.estimate(), d.low(), d.high()});
    return c;
}

std::optional<lead::GroupFigure> fromStored(const std::optional<StoredGroupFigure> &stored)
{
    if (!stored)
        return std::nullopt;
    v1::StoredGroupFigure message;
    if (!message.ParseFromArray(stored->figure.constData(), int(stored->figure.size())))
        return std::nullopt;
    lead::GroupFigure figure{stored->contributors, {}, message.computed_at_ms(), message.withheld()};
    for (const v1::GroupDimension &d : message.dimensions())
        figure.dimensions.append({QString::fromStdString(d.dimension_id()), d.estimate(), d.low(), d.high()});
    return figure;
}

void fillDimension(v1::GroupDimension *out, const lead::DimensionValue &d)
{
    out->set_dimension_id(d.dimensionId.toStdString());
    out->set_estimate(float(d.estimate));
    out->set_low(float(d.low));
    out->set_high(float(d.high));
}

StoredGroupFigure toStored(const lead::GroupFigure &figure)
{
    v1::StoredGroupFigure message;
    message.set_computed_at_ms(figure.computedMs);
    message.set_withheld(figure.withheld);
    for (const lead::DimensionValue &d : figure.dimensions)
        fillDimension(message.add_dimensions(), d);
    const std::string bytes = message.SerializeAsString();
    return StoredGroupFigure{figure.contributors, QByteArray(bytes.data(), qsizetype(bytes.size()))};
}

} // namespace

LeadReports::LeadReports(Store &store, const Clock &clock, int minGroupSize)
    : m_store(store), m_clock(clock), m_minGroupSize(minGroupSize)
{
}

v1::LeadRosterResponse LeadReports::roster(const Cohort &cohort)
{
    const QDate today = utcDay(m_clock.nowMs());
    const QList<CohortLearner> learners = m_store.cohortLearners(cohort.id);
    const QHash<QString, MemberTally> tallies = tally(m_store.cohortActivity(cohort.id, countedKinds()), today);
    QHash<QString, QList<TrackCompletionRow>> completions;
    for (const TrackCompletionRow &row : m_store.cohortTrackCompletions(cohort.id))
        completions[row.accountId].append(row);
    QMap<QString, quint32> finishedBy; // track id -> members of the roster who finished it

    v1::LeadRosterResponse out;
    out.set_cohort_id(cohort.id.toStdString());
    out.set_cohort_name(cohort.name.toStdString());
    out.set_today(isoDay(today));
    for (const CohortLearner &learner : learners) {
        const MemberTally t = tallies.value(learner.accountId);
        const lead::ActivityHistory history{utcDay(learner.joinedMs), t.practiceDays};
        const auto plan = knownGoalPlan(learner);
        const lead::StallVerdict verdict = lead::judgeStall(history, plan, today);
        v1::RosterMember *m = out.add_members();
        m->set_account_id(learner.accountId.toStdString());
        m->set_display_name(learner.displayName.toStdString());
        m->set_lessons_finished(t.lessonsFinished);
        m->set_drills_practised(t.drillsPractised);
        if (const auto weeks = lead::weeksOnOwnGoal(history, plan, today))
            m->set_weeks_on_own_goal(quint32(*weeks));
        if (!t.practiceDays.isEmpty())
            m->set_last_active_day(isoDay(*std::max_element(t.practiceDays.cbegin(), t.practiceDays.cend())));
        m->set_shares_profile(learner.sharedProfile.has_value());
        m->set_stall_reason(wireReason(verdict.reason));
        m->set_resting_this_week(verdict.restingThisWeek);
        m->set_joined_day(isoDay(history.joined));
        for (const TrackCompletionRow &row : completions.value(learner.accountId)) {
            v1::TrackCompletion *c = m->add_completed_tracks();
            c->set_track_id(row.trackId.toStdString());
            c->set_day(isoDay(dayNumber(row.day)));
            ++finishedBy[row.trackId];
        }
    }
    for (auto it = finishedBy.cbegin(); it != finishedBy.cend(); ++it) {
        v1::TrackCompletionCount *c = out.add_track_completions();
        c->set_track_id(it.key().toStdString());
        c->set_members(it.value());
    }
    // The cohort's first week: when it was created, or its first member joined if earlier.
    qint64 firstMs = cohort.createdMs;
    for (const CohortLearner &learner : learners)
        firstMs = std::min(firstMs, learner.joinedMs);
    fillWeeks(out, tallies, utcDay(firstMs), today);
    return out;
}

v1::LeadGroupProfileResponse LeadReports::groupProfile(const Cohort &cohort)
{
    v1::LeadGroupProfileResponse out;
    out.set_cohort_id(cohort.id.toStdString());
    out.set_min_group_size(quint32(m_minGroupSize));
    m_store.transaction([&] {
        QList<lead::ContributedProfile> sharing;
        for (const CohortLearner &learner : m_store.cohortLearners(cohort.id)) {
            if (const auto c = contribution(learner))
                sharing.append(*c);
        }
        out.set_sharing_now(quint32(sharing.size()));
        const auto previous = fromStored(m_store.groupFigure(cohort.id));
        const auto shown = lead::figureToShow(previous, sharing, m_minGroupSize, m_clock.nowMs());
        if (!shown) {
            out.set_hidden(v1::GROUP_PROFILE_HIDDEN_TOO_FEW_SHARED);
            out.set_changes_until_update(quint32(std::max<qsizetype>(0, m_minGroupSize - sharing.size())));
            return true;
        }
        if (!previous || shown->contributors != previous->contributors || shown->computedMs != previous->computedMs
            || shown->withheld != previous->withheld)
            m_store.saveGroupFigure(cohort.id, toStored(*shown));
        QStringList now;
        for (const auto &c : sharing)
            now << c.accountId;
        const int changed = lead::membersChanged(shown->contributors, now);
        const int moreChanges = std::max(m_minGroupSize - changed, int(m_minGroupSize - sharing.size()));
        out.set_changes_until_update(quint32(std::max(0, moreChanges)));
        if (shown->withheld) {
            out.set_hidden(v1::GROUP_PROFILE_HIDDEN_CONTRIBUTOR_LEFT);
            return true;
        }
        out.set_contributors(quint32(shown->contributors.size()));
        out.set_computed_at_ms(shown->computedMs);
        for (const lead::DimensionValue &d : shown->dimensions)
            fillDimension(out.add_dimensions(), d);
        return true;
    });
    return out;
}

} // namespace groundwork::sync
