#include "eventbuilder.h"

#include "learner/judgmentscorer.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QUuid>

namespace groundwork::core::learner::testing {

EventBuilder::EventBuilder(std::shared_ptr<const ContentPack> pack, QString deviceId, qint64 startMs,
                           int utcOffsetMinutes)
    : m_pack(std::move(pack)), m_device(std::move(deviceId)), m_now(startMs), m_offset(utcOffsetMinutes)
{
}

Event EventBuilder::make(EventKind kind, QByteArray payload, bool isPrivate)
{
    Event e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.kind = kind;
    e.timeMs = m_now;
    e.utcOffsetMinutes = m_offset;
    e.deviceId = m_device;
    e.contentVersion = m_pack->contentVersion();
    e.isPrivate = isPrivate;
    e.payload = std::move(payload);
    m_now += m_step;
    return e;
}

Event EventBuilder::lessonStarted(const QString &track, const QString &lesson)
{
    return make(EventKind::LessonStarted, encodePayload(LessonPayload{track, lesson}));
}

Event EventBuilder::lessonFinished(const QString &track, const QString &lesson)
{
    return make(EventKind::LessonFinished, encodePayload(LessonPayload{track, lesson}));
}

Event EventBuilder::quickCheck(const QString &lesson, int option, bool correct)
{
    return make(EventKind::QuickCheckAnswered, encodePayload(QuickCheckPayload{lesson, option, correct, -1, QString()}));
}

Event EventBuilder::decision(const QString &attempt, const QString &drill, const QString &decision,
                             const QString &option, int confidence)
{
    const auto scored = JudgmentScorer(m_pack).score(drill, decision, option);
    Q_ASSERT(scored);
    DecisionPayload p{attempt, drill, decision, option, confidence, scored->best, scored->scores};
    return make(EventKind::DrillDecision, encodePayload(p));
}

Event EventBuilder::reflection(const QString &track, const QString &prompt, const QString &text,
                               bool isPrivate)
{
    return make(EventKind::ReflectionSaved, encodePayload(ReflectionPayload{track, prompt, text}), isPrivate);
}

Event EventBuilder::goal(int sessions, QVector<int> restDays)
{
    return make(EventKind::GoalChanged, encodePayload(GoalPayload{sessions, restDays}));
}

Event EventBuilder::assessmentSharing(bool include)
{
    return make(EventKind::AssessmentSharingChosen, encodePayload(AssessmentSharingPayload{include}));
}

QVector<Event> EventBuilder::attempt(const QString &drillId, const QStringList &choices, int confidence)
{
    QVector<Event> out;
    const pb::Drill *drill = m_pack->drill(drillId);
    Q_ASSERT(drill);
    const QString attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString at = QString::fromStdString(drill->start());
    for (const QString &choice : choices) {
        const pb::Decision *decision = ContentPack::decision(*drill, at);
        if (!decision)
            break;
        out << this->decision(attemptId, drillId, at, choice, confidence);
        QString next;
        for (const auto &o : decision->options())
            if (QString::fromStdString(o.id()) == choice)
                next = QString::fromStdString(o.next());
        if (next.isEmpty())
            break;
        at = next;
    }
    return out;
}

// The same payload in the first form (maps with every field, attempt ids as text, scores as
// doubles), as stores written by the first release hold it.
QByteArray firstFormPayload(const Event &e)
{
    QCborMap m;
    switch (e.kind) {
    case EventKind::LessonStarted:
    case EventKind::LessonFinished: {
        const auto p = decodeLesson(e.payload);
        m.insert(1, p->trackId);
        m.insert(2, p->lessonId);
        break;
    }
    case EventKind::QuickCheckAnswered: {
        const auto p = decodeQuickCheck(e.payload);
        m.insert(2, p->lessonId);
        m.insert(3, p->optionIndex);
        m.insert(4, p->correct);
        break;
    }
    case EventKind::DrillDecision: {
        const auto p = decodeDecision(e.payload);
        m.insert(5, p->attemptId);
        m.insert(6, p->drillId);
        m.insert(7, p->decisionId);
        m.insert(3, p->optionId);
        m.insert(8, p->confidencePercent);
        m.insert(9, p->best);
        QCborArray scores;
        for (const auto &s : p->scores) {
            scores.append(s.dimensionId);
            scores.append(s.score);
        }
        m.insert(10, scores);
        break;
    }
    case EventKind::ReflectionSaved: {
        const auto p = decodeReflection(e.payload);
        m.insert(1, p->trackId);
        m.insert(11, p->promptId);
        m.insert(12, p->text);
        break;
    }
    case EventKind::GoalChanged: {
        const auto p = decodeGoal(e.payload);
        m.insert(13, p->sessionsPerWeek);
        QCborArray days;
        for (int d : p->restDays)
            days.append(d);
        m.insert(14, days);
        break;
    }
    case EventKind::AssessmentSharingChosen:
        return e.payload; // a later kind: it has only the positional form
    case EventKind::TrackCompleted: // written positionally only, never in the first form
        m.insert(1, decodeTrackCompleted(e.payload)->trackId);
        break;
    }
    return m.toCborValue().toCbor();
}

} // namespace groundwork::core::learner::testing
