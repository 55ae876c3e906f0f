#include "drillsession.h"

#include "content/shownorder.h"
#include "learner/cohortrole.h"
#include "learner/judgmentscorer.h"
#include "learner/readiness.h"
#include "learner/recorder.h"
#include "session/cohortrolebook.h"
#include "session/learnerdata.h"
#include "settings/preferences.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace groundwork::drill {

using core::ContentPack;
using core::toQString;
namespace pb = core::pb;

namespace {

int percent(double v)
{
    return int(std::lround(std::clamp(v, 0.0, 1.0) * 100.0));
}

} // namespace

DrillSession::DrillSession(core::LearnerData &data, core::Preferences *preferences,
                           core::CohortRoleBook *cohortRole, QObject *parent)
    : QObject(parent), m_data(data), m_preferences(preferences), m_cohortRole(cohortRole)
{
}

bool DrillSession::open(const QString &drillId)
{
    const pb::Drill *drill = m_data.pack().drill(drillId);
    if (!drill || ContentPack::isAssessment(*drill))
        return false;
    m_mode = Mode::Practice;
    m_form = pb::ASSESSMENT_FORM_NONE;
    m_formDrills.clear();
    m_result.reset();
    m_drill = drill;
    resumeOrStart();
    emit drillChanged();
    emit stepChanged();
    return true;
}

bool DrillSession::startAssessment()
{
    const auto offer = m_data.assessments().offer(m_data.state(), m_data.today());
    if (!offer.available())
        return false;
    m_mode = Mode::Assessment;
    m_form = offer.form;
    m_formDrills = m_data.pack().assessmentDrills(offer.form);
    m_result.reset();
    m_resumed = offer.reason == core::learner::AssessmentOffer::Reason::Continue;
    advanceAssessment();
    emit drillChanged();
    emit stepChanged();
    return true;
}

bool DrillSession::showResults(const QString &form)
{
    const pb::AssessmentForm which = form == QLatin1String("A")   ? pb::ASSESSMENT_FORM_A
                                     : form == QLatin1String("B") ? pb::ASSESSMENT_FORM_B
                                                                  : pb::ASSESSMENT_FORM_NONE;
    const auto sitting = m_data.assessments().sitting(m_data.state(), which);
    if (which == pb::ASSESSMENT_FORM_NONE
        || sitting.status != core::learner::AssessmentSitting::Status::Complete)
        return false;
    m_mode = Mode::Assessment;
    m_form = which;
    m_formDrills = sitting.drills;
    m_resumed = false;
    advanceAssessment(); // every drill is finished: straight to the results
    emit drillChanged();
    emit stepChanged();
    return true;
}

// The first drill of the form whose one attempt is not finished, at the decision to answer
// next; the sitting's answers so far are the bookmark, as a practice drill's are.
void DrillSession::advanceAssessment()
{
    const auto sitting = m_data.assessments().sitting(m_data.state(), m_form);
    for (int i = 0; i < m_formDrills.size(); ++i) {
        const pb::Drill *drill = m_data.pack().drill(m_formDrills.at(i));
        if (!drill)
            continue;
        const QString attempt = sitting.attempts.value(m_formDrills.at(i));
        QHash<QString, QString> answers;
        for (const auto &scored : m_data.state().assessmentAnswers)
            if (!attempt.isEmpty() && scored.decision.attemptId == attempt
                && scored.decision.drillId == m_formDrills.at(i)
                && !answers.contains(scored.decision.decisionId))
                answers.insert(scored.decision.decisionId, scored.decision.optionId);
        const QString next = core::learner::Assessments::nextDecision(*drill, answers);
        if (next.isEmpty())
            continue;
        m_drill = drill;
        m_formIndex = i;
        m_attemptId = attempt.isEmpty() ? core::learner::Recorder::newAttemptId() : attempt;
        m_decisionId = next;
        m_answered.clear();
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            m_answered.append({it.key(), it.value()});
        m_phase = Phase::Deciding;
        return;
    }
    m_formIndex = std::max(0, int(m_formDrills.size()) - 1);
    m_answered.clear();
    m_result = assessmentResult();
    m_phase = Phase::Results;
}

// The same choice the Profile makes (learner::effectiveRoleId), so both show one result.
QString DrillSession::roleId() const
{
    const auto &roles = m_data.pack().data().roles();
    const QString first = roles.empty() ? QString() : toQString(roles.Get(0).id());
    const bool hasCohortRole = m_cohortRole && m_cohortRole->role();
    return core::learner::effectiveRoleId(m_preferences ? m_preferences->roleId() : QString(), hasCohortRole, first,
                                          [this](const QString &id) { return m_data.pack().role(id) != nullptr; });
}

std::optional<core::learner::AssessmentResult> DrillSession::assessmentResult() const
{
    const QString role = roleId();
    if (role == core::learner::kCohortRoleId)
        return m_data.assessments().result(m_data.state(), m_form,
                                           core::learner::ReadinessProfiler::cohortRole(*m_cohortRole->role()));
    return m_data.assessments().result(m_data.state(), m_form, role);
}

// The newest attempt of this drill is unfinished when walking its answers from the start stops
// at a decision still to answer: continue it there. Walking the drill (rather than trusting the
// order of events, which ties can scramble) makes the bookmark exact.
void DrillSession::resumeOrStart()
{
    QMap<QString, QHash<QString, QString>> answers; // attempt -> decision -> option
    QString newest;
    qint64 newestTime = -1;
    // The drill's recent attempts: the newest, the one resumed, is always among them.
    for (const auto &scored : m_data.state().recentAttempts.value(drillId())) {
        if (scored.retired)
            continue; // an attempt under a retired key is not resumed: its options changed
        answers[scored.decision.attemptId].insert(scored.decision.decisionId,
                                                  scored.decision.optionId);
        if (scored.timeMs > newestTime ||
            (scored.timeMs == newestTime && scored.decision.attemptId > newest)) {
            newestTime = scored.timeMs;
            newest = scored.decision.attemptId;
        }
    }

    m_answered.clear();
    m_resumed = false;
    m_phase = Phase::Deciding;
    m_decisionId = toQString(m_drill->start());
    m_attemptId = core::learner::Recorder::newAttemptId();
    if (newest.isEmpty())
        return;

    const QHash<QString, QString> &chosen = answers[newest];
    // The state keeps a drill's last few attempts whole; one whose first answer is not among
    // them (its decisions far apart, others in between) is not resumed but started afresh.
    if (!chosen.contains(toQString(m_drill->start())))
        return;
    QVector<Answer> walked;
    QString at = toQString(m_drill->start());
    while (chosen.contains(at) && walked.size() <= m_drill->decisions_size()) {
        walked.append({at, chosen.value(at)});
        const pb::Decision *decision = ContentPack::decision(*m_drill, at);
        const pb::Option *option = nullptr;
        for (const auto &candidate : decision ? decision->options() : decltype(decision->options()){})
            if (toQString(candidate.id()) == chosen.value(at))
                option = &candidate;
        if (!option || option->next().empty())
            return; // finished (or keyed by content that changed since): start afresh
        at = toQString(option->next());
    }
    m_attemptId = newest;
    m_answered = walked;
    m_decisionId = at;
    m_resumed = true;
}

const pb::Decision *DrillSession::currentDecision() const
{
    return m_drill ? ContentPack::decision(*m_drill, m_decisionId) : nullptr;
}

const pb::Option *DrillSession::option(const QString &optionId) const
{
    const pb::Decision *decision = currentDecision();
    if (!decision)
        return nullptr;
    for (const auto &candidate : decision->options())
        if (toQString(candidate.id()) == optionId)
            return &candidate;
    return nullptr;
}

const pb::Option *DrillSession::bestOption() const
{
    const pb::Decision *decision = currentDecision();
    if (!decision)
        return nullptr;
    for (int i = 0; i < decision->options_size(); ++i)
        if (core::learner::JudgmentScorer::scoreOption(*m_drill, *decision, i).best)
            return &decision->options(i);
    return nullptr;
}

// The current decision's options as shown: shuffled per attempt and decision, so the same
// attempt resumed (here or on another device) shows the same order.
QList<int> DrillSession::shownOrder() const
{
    const pb::Decision *decision = currentDecision();
    return decision ? core::shownOrder(decision->options_size(),
                                       QString(m_attemptId + QLatin1Char('/') + m_decisionId))
                    : QList<int>();
}

bool DrillSession::submit(const QString &optionId, int confidencePercent)
{
    const pb::Decision *decision = currentDecision();
    if (m_phase != Phase::Deciding || !decision || !option(optionId))
        return false;
    const QList<int> order = shownOrder();
    int shown = -1;
    for (int position = 0; position < order.size(); ++position)
        if (toQString(decision->options(order[position]).id()) == optionId)
            shown = position;
    const auto result = m_data.recordDecision(m_attemptId, drillId(), m_decisionId, optionId,
                                                 confidencePercent, shown);
    if (!result.ok)
        return false;
    if (m_mode == Mode::Assessment) {
        // Saved; no key, reasoning or score until the end of the form.
        const QString before = drillId();
        advanceAssessment();
        if (drillId() != before || m_phase == Phase::Results)
            emit drillChanged();
        emit stepChanged();
        return true;
    }
    m_chosenWasBest = core::learner::JudgmentScorer::scoreOption(*m_drill, *decision, order[shown]).best;
    m_answered.append({m_decisionId, optionId});
    m_phase = Phase::Feedback;
    emit stepChanged();
    return true;
}

void DrillSession::proceed()
{
    if (m_phase != Phase::Feedback)
        return;
    const pb::Option *chosen = option(m_answered.constLast().optionId);
    if (chosen && !chosen->next().empty()) {
        m_decisionId = toQString(chosen->next());
        m_phase = Phase::Deciding;
    } else {
        m_phase = Phase::Summary;
    }
    emit stepChanged();
}

QString DrillSession::drillId() const { return m_drill ? toQString(m_drill->id()) : QString(); }
QString DrillSession::title() const { return m_drill ? toQString(m_drill->title()) : QString(); }
QString DrillSession::setting() const { return m_drill ? toQString(m_drill->setting()) : QString(); }

QString DrillSession::scenarioName() const
{
    if (!m_drill)
        return {};
    for (const auto &type : m_data.pack().data().scenario_types())
        if (type.id() == m_drill->scenario_type())
            return toQString(type.name());
    return {};
}

QString DrillSession::prompt() const
{
    const pb::Decision *decision = currentDecision();
    return decision ? toQString(decision->prompt()) : QString();
}

QVariantList DrillSession::options() const
{
    QVariantList list;
    if (const pb::Decision *decision = currentDecision())
        for (const int index : shownOrder())
            list << QVariantMap{{QStringLiteral("optionId"), toQString(decision->options(index).id())},
                                {QStringLiteral("text"), toQString(decision->options(index).text())}};
    return list;
}

QVariantList DrillSession::confidenceLevels() const
{
    QVariantList levels;
    for (int level : core::learner::kConfidenceLevels)
        levels << level;
    return levels;
}

QString DrillSession::chosenText() const
{
    const pb::Option *chosen = m_answered.isEmpty() ? nullptr : option(m_answered.constLast().optionId);
    return chosen && m_phase == Phase::Feedback ? toQString(chosen->text()) : QString();
}

QString DrillSession::chosenFeedback() const
{
    const pb::Option *chosen = m_answered.isEmpty() ? nullptr : option(m_answered.constLast().optionId);
    return chosen && m_phase == Phase::Feedback ? toQString(chosen->feedback()) : QString();
}

QString DrillSession::bestText() const
{
    const pb::Option *best = m_phase == Phase::Feedback ? bestOption() : nullptr;
    return best ? toQString(best->text()) : QString();
}

QString DrillSession::bestFeedback() const
{
    const pb::Option *best = m_phase == Phase::Feedback ? bestOption() : nullptr;
    return best ? toQString(best->feedback()) : QString();
}

bool DrillSession::lastDecision() const
{
    if (m_phase != Phase::Feedback || m_answered.isEmpty())
        return false;
    const pb::Option *chosen = option(m_answered.constLast().optionId);
    return chosen && chosen->next().empty();
}

// Mean judgment score per measured dimension over this attempt's decisions.
QVariantList DrillSession::summary() const
{
    if (m_phase != Phase::Summary || !m_drill)
        return {};
    QMap<QString, QPair<double, int>> totals;
    for (const auto &scored : m_data.state().recentAttempts.value(drillId())) {
        if (scored.decision.attemptId != m_attemptId)
            continue;
        for (const auto &score : scored.decision.scores) {
            totals[score.dimensionId].first += score.score;
            totals[score.dimensionId].second += 1;
        }
    }
    QVariantList rows;
    for (const auto &measured : m_drill->measures()) {
        const QString id = toQString(measured);
        const pb::Dimension *dimension = m_data.pack().dimension(id);
        const auto total = totals.value(id);
        rows << QVariantMap{{QStringLiteral("dimensionId"), id},
                            {QStringLiteral("name"), dimension ? toQString(dimension->name()) : id},
                            {QStringLiteral("score"), total.second ? total.first / total.second : -1.0},
                            {QStringLiteral("decisions"), total.second}};
    }
    return rows;
}

} // namespace groundwork::drill

namespace groundwork::drill {

QString DrillSession::formName() const
{
    switch (m_form) {
    case pb::ASSESSMENT_FORM_A:
        return QStringLiteral("A");
    case pb::ASSESSMENT_FORM_B:
        return QStringLiteral("B");
    default:
        return {};
    }
}

QString DrillSession::resultRole() const
{
    return m_phase == Phase::Results && m_result ? m_result->profile.roleTitle : QString();
}

QString DrillSession::resultText() const
{
    if (m_phase != Phase::Results || !m_result)
        return {};
    return tr("About %1 out of 100, likely between %2 and %3")
        .arg(percent(m_result->profile.overall))
        .arg(percent(m_result->profile.overallLow))
        .arg(percent(m_result->profile.overallHigh));
}

double DrillSession::resultOverall() const
{
    return m_phase == Phase::Results && m_result ? m_result->profile.overall : 0.0;
}

double DrillSession::resultLow() const
{
    return m_phase == Phase::Results && m_result ? m_result->profile.overallLow : 0.0;
}

double DrillSession::resultHigh() const
{
    return m_phase == Phase::Results && m_result ? m_result->profile.overallHigh : 0.0;
}

QVariantList DrillSession::resultDimensions() const
{
    QVariantList rows;
    if (m_phase != Phase::Results || !m_result)
        return rows;
    for (const auto &d : m_result->profile.dimensions)
        rows << QVariantMap{{QStringLiteral("dimensionId"), d.dimensionId},
                            {QStringLiteral("name"), d.name},
                            {QStringLiteral("mean"), d.estimate.mean},
                            {QStringLiteral("low"), d.estimate.low},
                            {QStringLiteral("high"), d.estimate.high},
                            {QStringLiteral("weight"), d.weight}};
    return rows;
}

// Every answer of the sitting with the reasoning held back until now, drill by drill along
// the path the learner took.
QVariantList DrillSession::answerReview() const
{
    QVariantList rows;
    if (m_phase != Phase::Results)
        return rows;
    const auto sitting = m_data.assessments().sitting(m_data.state(), m_form);
    for (const QString &id : m_formDrills) {
        const pb::Drill *drill = m_data.pack().drill(id);
        const QString attempt = sitting.attempts.value(id);
        if (!drill || attempt.isEmpty())
            continue;
        QHash<QString, QString> answers;
        for (const auto &scored : m_data.state().assessmentAnswers)
            if (scored.decision.attemptId == attempt && scored.decision.drillId == id
                && !answers.contains(scored.decision.decisionId))
                answers.insert(scored.decision.decisionId, scored.decision.optionId);
        QString at = toQString(drill->start());
        for (int steps = 0; steps < drill->decisions_size() && answers.contains(at); ++steps) {
            const pb::Decision *decision = ContentPack::decision(*drill, at);
            if (!decision)
                break;
            const pb::Option *chosen = nullptr;
            const pb::Option *best = nullptr;
            bool chosenBest = false;
            for (int i = 0; i < decision->options_size(); ++i) {
                const bool isBest = core::learner::JudgmentScorer::scoreOption(*drill, *decision, i).best;
                if (toQString(decision->options(i).id()) == answers.value(at)) {
                    chosen = &decision->options(i);
                    chosenBest = isBest;
                }
                if (isBest && !best)
                    best = &decision->options(i);
            }
            if (!chosen)
                break;
            rows << QVariantMap{{QStringLiteral("drillTitle"), toQString(drill->title())},
                                {QStringLiteral("prompt"), toQString(decision->prompt())},
                                {QStringLiteral("chosenText"), toQString(chosen->text())},
                                {QStringLiteral("chosenFeedback"), toQString(chosen->feedback())},
                                {QStringLiteral("chosenWasBest"), chosenBest},
                                {QStringLiteral("bestText"), best ? toQString(best->text()) : QString()},
                                {QStringLiteral("bestFeedback"), best ? toQString(best->feedback()) : QString()}};
            if (chosen->next().empty())
                break;
            at = toQString(chosen->next());
        }
    }
    return rows;
}

} // namespace groundwork::drill
