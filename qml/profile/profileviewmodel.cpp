#include "profileviewmodel.h"

#include "session/cohortrolebook.h"
#include "session/learnerdata.h"
#include "settings/preferences.h"

#include <QDate>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace groundwork::profile {

namespace learner = core::learner;
namespace pb = core::pb;

using core::toQString;

namespace {

int percent(double v)
{
    return int(std::lround(std::clamp(v, 0.0, 1.0) * 100.0));
}

constexpr double kZ90 = 1.6448536269514722;

} // namespace

// ProfileViewModel -------------------------------------------------------------------------

ProfileViewModel::ProfileViewModel(core::LearnerData &data, core::Preferences *preferences,
                                   core::CohortRoleBook *cohortRole, QObject *parent)
    : QObject(parent),
      m_data(data),
      m_preferences(preferences),
      m_cohortRole(cohortRole),
      m_profiler(data.packPointer())
{
    m_roleId = chooseRole();
    connect(&data, &core::LearnerData::changed, this, &ProfileViewModel::refresh);
    if (cohortRole)
        connect(cohortRole, &core::CohortRoleBook::changed, this, &ProfileViewModel::cohortRoleArrived);
    adoptDeviceSharingChoice();
    refresh();
}

QString ProfileViewModel::chooseRole() const
{
    const auto &roles = m_data.pack().data().roles();
    const QString first = roles.empty() ? QString() : toQString(roles.Get(0).id());
    const bool hasCohortRole = m_cohortRole && m_cohortRole->role();
    return learner::effectiveRoleId(m_preferences ? m_preferences->roleId() : QString(), hasCohortRole, first,
                                    [this](const QString &id) { return m_data.pack().role(id) != nullptr; });
}

bool ProfileViewModel::measuresCohortRole() const
{
    return m_roleId == learner::kCohortRoleId && m_cohortRole && m_cohortRole->role();
}

void ProfileViewModel::cohortRoleArrived()
{
    m_roleId = chooseRole();
    emit roleChanged();
    emit roleNoteChanged();
    refresh();
}

QVariantList ProfileViewModel::roles() const
{
    QVariantList list;
    if (m_cohortRole && m_cohortRole->role())
        list << QVariantMap{{QStringLiteral("roleId"), learner::kCohortRoleId},
                            {QStringLiteral("title"), tr("%1 (your cohort)").arg(m_cohortRole->role()->title)},
                            {QStringLiteral("summary"), QString()}};
    for (const auto &role : m_data.pack().data().roles())
        list << QVariantMap{{QStringLiteral("roleId"), toQString(role.id())},
                            {QStringLiteral("title"), toQString(role.title())},
                            {QStringLiteral("summary"), toQString(role.summary()).trimmed()}};
    return list;
}

void ProfileViewModel::setRoleId(const QString &roleId)
{
    if (roleId == m_roleId)
        return;
    const bool cohort = roleId == learner::kCohortRoleId && m_cohortRole && m_cohortRole->role();
    // With roles in the pack, the profile is always measured against one of them (or the cohort's).
    if (!cohort && !m_data.pack().role(roleId) && !m_data.pack().data().roles().empty())
        return;
    m_roleId = cohort || m_data.pack().role(roleId) ? roleId : QString();
    if (m_preferences)
        m_preferences->setRoleId(m_roleId);
    emit roleChanged();
    refresh();
}

QString ProfileViewModel::roleTitle() const
{
    if (measuresCohortRole())
        return m_cohortRole->role()->title;
    const pb::RoleTemplate *role = m_data.pack().role(m_roleId);
    return role ? toQString(role->title()) : tr("Every dimension equally");
}

QString ProfileViewModel::roleSummary() const
{
    if (measuresCohortRole()) {
        const learner::CohortRole &role = *m_cohortRole->role();
        QString text = tr("The role your cohort trains for, as your cohort's lead set it (version %1).").arg(role.version);
        if (role.spanOfControl > 0)
            text += QLatin1Char(' ') + tr("%n direct report(s).", "", role.spanOfControl);
        return text;
    }
    const pb::RoleTemplate *role = m_data.pack().role(m_roleId);
    return role ? toQString(role->summary()).trimmed() : QString();
}

learner::ReadinessProfile ProfileViewModel::equalWeightProfile() const
{
    const learner::LearnerState &state = m_data.state();
    learner::ReadinessProfile p;
    p.calibration = state.calibration;
    const auto &dims = m_data.pack().data().dimensions();
    const double weight = dims.empty() ? 0.0 : 1.0 / dims.size();
    double mean = 0;
    double variance = 0;
    for (const auto &dim : dims) {
        learner::DimensionReadiness d;
        d.dimensionId = toQString(dim.id());
        d.name = toQString(dim.name());
        d.weight = weight;
        const auto it = state.dimensions.constFind(d.dimensionId);
        if (it != state.dimensions.cend()) {
            d.estimate = *it;
        } else {
            learner::BetaEstimate prior;
            d.estimate.dimensionId = d.dimensionId;
            d.estimate.low = prior.quantile(0.05);
            d.estimate.high = prior.quantile(0.95);
        }
        mean += weight * d.estimate.mean;
        const double n = 2.0 + d.estimate.evidence;
        variance += weight * weight * d.estimate.mean * (1.0 - d.estimate.mean) / (n + 1.0);
        p.dimensions << d;
    }
    p.overall = dims.empty() ? 0.5 : mean;
    const double sd = std::sqrt(variance);
    p.overallLow = std::clamp(p.overall - kZ90 * sd, 0.0, 1.0);
    p.overallHigh = std::clamp(p.overall + kZ90 * sd, 0.0, 1.0);
    p.evidence = state.evidenceDecisions;
    QVector<learner::DimensionReadiness> byMean = p.dimensions;
    std::stable_sort(byMean.begin(), byMean.end(), [](const auto &a, const auto &b) {
        return a.estimate.mean < b.estimate.mean;
    });
    for (int i = 0; i < byMean.size() && i < 2; ++i)
        p.focus << byMean[i].dimensionId;
    return p;
}

void ProfileViewModel::refresh()
{
    if (measuresCohortRole()) {
        m_profile = m_profiler.profile(m_data.state(), learner::ReadinessProfiler::cohortRole(*m_cohortRole->role()));
    } else {
        const auto profiled = m_profiler.profile(m_data.state(), m_roleId);
        m_profile = profiled ? *profiled : equalWeightProfile();
    }

    QVector<DimensionRow> rows;
    for (const auto &d : m_profile.dimensions) {
        DimensionRow row;
        row.readiness = d;
        const pb::Dimension *dim = m_data.pack().dimension(d.dimensionId);
        row.definition = dim ? toQString(dim->definition()).trimmed() : QString();
        row.isFocus = m_profile.evidence > 0 && m_profile.focus.contains(d.dimensionId);
        rows << row;
    }
    m_model.setRows(std::move(rows));
    m_series.reset();

    const QVector<learner::AssessmentResult> results = assessmentResults();
    QVector<AssessmentRow> sittings;
    const QLocale locale;
    for (const auto &r : results) {
        AssessmentRow row;
        row.result = r;
        row.formName = r.form == pb::ASSESSMENT_FORM_B ? QStringLiteral("B") : QStringLiteral("A");
        row.dateText = locale.toString(QDate::fromJulianDay(r.day), QStringLiteral("d MMM yyyy"));
        row.summary = tr("About %1 out of 100, likely between %2 and %3")
                          .arg(percent(r.profile.overall))
                          .arg(percent(r.profile.overallLow))
                          .arg(percent(r.profile.overallHigh));
        sittings << row;
    }
    m_assessments.setRows(std::move(sittings));
    m_change.reset();
    if (results.size() >= 2)
        m_change = learner::Assessments::change(results.at(0), results.at(1));
    emit changed();
}

QVector<learner::AssessmentResult> ProfileViewModel::assessmentResults() const
{
    if (measuresCohortRole())
        return m_data.assessments().results(m_data.state(),
                                            learner::ReadinessProfiler::cohortRole(*m_cohortRole->role()));
    return m_data.assessments().results(m_data.state(), m_roleId);
}

// The note on the cohort's role ----------------------------------------------------------------

bool ProfileViewModel::hasRoleNote() const
{
    if (!m_cohortRole || !m_cohortRole->hasUnseenChange())
        return false;
    // A new version with nothing a member sees changed needs no note.
    return !m_cohortRole->seen() || !m_cohortRole->unseenChanges().isEmpty();
}

QString ProfileViewModel::roleNoteTitle() const
{
    if (!hasRoleNote())
        return {};
    if (!m_cohortRole->seen())
        return tr("Your cohort's lead set the role you train for: %1").arg(m_cohortRole->role()->title);
    return tr("Your cohort's role was updated (version %1)").arg(m_cohortRole->role()->version);
}

QStringList ProfileViewModel::roleNoteLines() const
{
    QStringList lines;
    if (!hasRoleNote())
        return lines;
    using Field = learner::RoleChange::Field;
    const auto nameOf = [this](const QString &id) {
        const pb::Dimension *dim = m_data.pack().dimension(id);
        return dim ? toQString(dim->name()) : id;
    };
    const auto number = [](double v) { return QLocale().toString(v, 'g', 4); };
    for (const learner::RoleChange &c : m_cohortRole->unseenChanges()) {
        switch (c.field) {
        case Field::Title:
            lines << tr("Title: now “%1” (was “%2”).").arg(c.afterText, c.beforeText);
            break;
        case Field::DecisionsOwned:
        case Field::DecisionsNotOwned:
        case Field::SuccessAt90Days: {
            const QString list = c.field == Field::DecisionsOwned      ? tr("Decisions the manager owns")
                                 : c.field == Field::DecisionsNotOwned ? tr("Decisions the manager does not own")
                                                                       : tr("Success at 90 days");
            for (const QString &item : c.added)
                lines << tr("%1, added: %2").arg(list, item);
            for (const QString &item : c.removed)
                lines << tr("%1, removed: %2").arg(list, item);
            break;
        }
        case Field::SpanOfControl:
            lines << tr("Span of control: %1 direct reports (was %2).").arg(number(c.after), number(c.before));
            break;
        case Field::Weight:
            if (c.after == 0)
                lines << tr("%1 no longer counts for this role (its weight was %2).").arg(nameOf(c.dimensionId), number(c.before));
            else if (c.before == 0)
                lines << tr("%1 now counts for this role, with weight %2.").arg(nameOf(c.dimensionId), number(c.after));
            else
                lines << tr("Weight of %1: %2 (was %3).").arg(nameOf(c.dimensionId), number(c.after), number(c.before));
            break;
        }
    }
    return lines;
}

QString ProfileViewModel::roleNoteFooter() const
{
    if (!hasRoleNote())
        return {};
    if (measuresCohortRole())
        return tr("Your profile now measures against it. You can still compare against another role.");
    return tr("Your profile measures against the role you chose; pick “%1 (your cohort)” under “Measured "
              "against” to see this one.").arg(m_cohortRole->role()->title);
}

void ProfileViewModel::dismissRoleNote()
{
    if (!m_cohortRole)
        return;
    m_cohortRole->acknowledge(); // on disk first; `changed` then updates the note
}

namespace {

// A signed difference in points out of 100 ("+7", "−3", "0").
QString points(double difference)
{
    const long rounded = std::lround(difference * 100.0);
    if (rounded > 0)
        return QStringLiteral("+%1").arg(rounded);
    if (rounded < 0)
        return QStringLiteral("\u2212%1").arg(-rounded);
    return QStringLiteral("0");
}

} // namespace

QString ProfileViewModel::describeChange(const learner::AssessmentChange &c)
{
    const QString figures = tr("%1 points, likely between %2 and %3")
                                .arg(points(c.difference), points(c.low), points(c.high));
    if (!c.clear())
        return tr("%1. The range includes zero: no clear change yet.").arg(figures);
    return c.difference > 0 ? tr("%1: a clear rise.").arg(figures)
                            : tr("%1: a clear fall.").arg(figures);
}

QString ProfileViewModel::assessmentChangeText() const
{
    return m_change ? describeChange(*m_change) : QString();
}

QVariantList ProfileViewModel::assessmentDimensionChanges() const
{
    QVariantList rows;
    if (!m_change)
        return rows;
    for (const auto &d : m_change->dimensions) {
        const QString figures = tr("%1 points (%2 to %3)")
                                    .arg(points(d.difference), points(d.low), points(d.high));
        rows << QVariantMap{{QStringLiteral("dimensionId"), d.dimensionId},
                            {QStringLiteral("name"), d.name},
                            {QStringLiteral("text"), d.clear() ? figures : tr("%1, no clear change yet").arg(figures)},
                            {QStringLiteral("clear"), d.clear()}};
    }
    return rows;
}

bool ProfileViewModel::assessmentAvailable() const
{
    return m_data.assessments().offer(m_data.state(), m_data.today()).available();
}

QString ProfileViewModel::assessmentOfferText() const
{
    using Reason = learner::AssessmentOffer::Reason;
    const auto offer = m_data.assessments().offer(m_data.state(), m_data.today());
    const QString form = offer.form == pb::ASSESSMENT_FORM_B ? QStringLiteral("B") : QStringLiteral("A");
    const int situations = int(m_data.pack().assessmentDrills(offer.form).size());
    switch (offer.reason) {
    case Reason::Start:
        return tr("The readiness assessment: %n situation(s) you have not seen, taken once, with "
                  "feedback at the end. Take it whenever it suits you.", "", situations);
    case Reason::Continue:
        return tr("Your sitting of form %1 is waiting where you left it.").arg(form);
    case Reason::SixWeeks:
        return tr("Form %1 is open: %n new situation(s) that show how your judgment has grown "
                  "since the start.", "", situations).arg(form);
    case Reason::NotYet:
        return tr("Form %1 opens on %2, six weeks after your first sitting, so that it can "
                  "show growth rather than memory.")
            .arg(form, QLocale().toString(QDate::fromJulianDay(offer.dueDay), QLocale::LongFormat));
    case Reason::None:
        break;
    }
    return {};
}

bool ProfileViewModel::shareAssessment() const
{
    return m_data.shareAssessmentResults();
}

void ProfileViewModel::setShareAssessment(bool share)
{
    // Recorded as an event (it syncs to the learner's other devices); `changed` follows it.
    if (!m_data.setShareAssessmentResults(share))
        emit changed(); // not saved: the box shows the choice still in effect
}

// Earlier versions kept "include the results" on the device: an "on" made there becomes the
// account's choice, once, unless a choice was made since (on any device).
void ProfileViewModel::adoptDeviceSharingChoice()
{
    if (!m_preferences || !m_preferences->shareAssessmentResults())
        return;
    if (m_data.state().assessmentSharingChoices == 0 && !m_data.setShareAssessmentResults(true))
        return; // kept on the device, to carry over at the next start
    m_preferences->setShareAssessmentResults(false);
}

QVariantList ProfileViewModel::weeklySeries() const
{
    if (!m_series)
        m_series = buildSeries();
    return *m_series;
}

QVariantList ProfileViewModel::buildSeries() const
{
    struct Week
    {
        double weighted = 0;
        double weights = 0;
    };
    QMap<qint64, Week> weeks;
    for (const auto &d : m_profile.dimensions) {
        for (const auto &point : d.estimate.weeks) {
            if (point.count <= 0)
                continue;
            Week &w = weeks[point.weekStartDay];
            w.weighted += d.weight * point.mean;
            w.weights += d.weight;
        }
    }
    // Only the last kSeriesWeeks weeks are shown: the rows are made for those alone (years of
    // weeks would each be formatted for nothing).
    const auto &evidenceWeeks = m_data.state().evidenceWeeks;
    QVariantList series;
    const QLocale locale;
    for (auto it = weeks.cend(); it != weeks.cbegin() && series.size() < kSeriesWeeks;) {
        --it;
        if (it->weights <= 0)
            continue;
        const QDate start = QDate::fromJulianDay(it.key());
        series.prepend(QVariantMap{{QStringLiteral("weekStart"), start.toString(Qt::ISODate)},
                                   {QStringLiteral("label"), locale.toString(start, QStringLiteral("d MMM"))},
                                   {QStringLiteral("score"), it->weighted / it->weights},
                                   {QStringLiteral("decisions"), evidenceWeeks.value(it.key())}});
    }
    return series;
}

QString ProfileViewModel::overallText() const
{
    if (m_profile.evidence == 0)
        return tr("No evidence yet. Each drill you play adds to this picture.");
    return tr("About %1 out of 100, likely between %2 and %3")
        .arg(percent(m_profile.overall))
        .arg(percent(m_profile.overallLow))
        .arg(percent(m_profile.overallHigh));
}

QString ProfileViewModel::evidenceText() const
{
    if (m_profile.evidence == 0)
        return tr("no evidence yet");
    return tr("%n decision(s)", "", m_profile.evidence);
}

QString ProfileViewModel::retiredText() const
{
    const int retired = m_data.state().retiredDecisions;
    if (retired == 0)
        return {};
    return tr("%n earlier answers were scored by drill keys that have since been rewritten. "
              "They stay in your history and your export, but no longer count here.", "", retired);
}

QStringList ProfileViewModel::focus() const
{
    QStringList names;
    if (m_profile.evidence == 0)
        return names;
    for (const QString &id : m_profile.focus) {
        const pb::Dimension *dim = m_data.pack().dimension(id);
        names << (dim ? toQString(dim->name()) : id);
    }
    return names;
}

QString ProfileViewModel::focusText() const
{
    const QStringList names = focus();
    if (names.isEmpty())
        return QString();
    if (names.size() == 1)
        return tr("Most worth practising for this role: %1").arg(names.first());
    return tr("Most worth practising for this role: %1 and %2").arg(names.at(0), names.at(1));
}

ProfileViewModel::CalibrationVerdict ProfileViewModel::calibrationVerdict() const
{
    using V = learner::Calibration::Verdict;
    switch (m_profile.calibration.verdict) {
    case V::WellCalibrated:
        return CalibrationVerdict::WellCalibrated;
    case V::OverConfident:
        return CalibrationVerdict::OverConfident;
    case V::UnderConfident:
        return CalibrationVerdict::UnderConfident;
    case V::TooLittleEvidence:
        break;
    }
    return CalibrationVerdict::TooLittleEvidence;
}

QString ProfileViewModel::calibrationText() const
{
    return describeCalibration(m_profile.calibration);
}

QString ProfileViewModel::describeCalibration(const learner::Calibration &c)
{
    using V = learner::Calibration::Verdict;
    if (c.verdict == V::TooLittleEvidence) {
        const int needed = std::max(1, learner::Calibration::kMinRated - c.rated);
        if (c.rated == 0)
            return tr("Too little evidence yet: rate your confidence on %n decision(s) to see "
                      "calibration.", "", needed);
        return tr("Too little evidence yet: rate your confidence on %n more decision(s) to see "
                  "calibration.", "", needed);
    }
    const double gap = std::abs(c.bias);
    QString verdict;
    switch (c.verdict) {
    case V::WellCalibrated:
        verdict = tr("well calibrated");
        break;
    case V::OverConfident:
        verdict = gap < 0.15 ? tr("a little over-confident") : tr("over-confident");
        break;
    case V::UnderConfident:
        verdict = gap < 0.15 ? tr("a little under-confident") : tr("under-confident");
        break;
    case V::TooLittleEvidence:
        break;
    }
    return tr("When you say you are %1% sure, you are right about %2% of the time: %3.")
        .arg(percent(c.meanConfidence))
        .arg(percent(c.accuracy))
        .arg(verdict);
}

QStringList ProfileViewModel::calibrationDetails() const
{
    QStringList lines;
    for (const auto &bin : m_profile.calibration.bins) {
        if (bin.count == 0)
            continue;
        const QString decisions = tr("%n decision(s)", "", bin.count);
        lines << tr("When you say %1% sure you are right %2% of the time (%3)")
                     .arg(bin.confidencePercent)
                     .arg(percent(bin.accuracy))
                     .arg(decisions);
    }
    return lines;
}

} // namespace groundwork::profile
