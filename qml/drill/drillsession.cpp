#include "drillsession.h"

#include "content/shownorder.h"
#include "learner/judgmentscorer.h"
#include "learner/recorder.h"
#include "session/learnerdata.h"

#include <QMap>

namespace groundwork::drill {

using core::ContentPack;
using core::toQString;
namespace pb = core::pb;

DrillSession::DrillSession(core::LearnerData &data, QObject *parent)
    : QObject(parent), m_data(data)
{
}

bool DrillSession::open(const QString &drillId)
{
    const pb::Drill *drill = m_data.pack().drill(drillId);
    if (!drill)
        return false;
    m_drill = drill;
    resumeOrStart();
    emit drillChanged();
    emit stepChanged();
    return true;
}

// The newest attempt of this drill is unfinished when walking its answers from the start stops
// at a decision still to answer: continue it there. Walking the drill (rather than trusting the
// order of events, which ties can scramble) makes the bookmark exact.
void DrillSession::resumeOrStart()
{
    QMap<QString, QHash<QString, QString>> answers; // attempt -> decision -> option
    QString newest;
    qint64 newestTime = -1;
    for (const auto &scored : m_data.state().decisions) {
        if (scored.decision.drillId != drillId() || scored.retired)
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
    for (const auto &scored : m_data.state().decisions) {
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
