#include "eventbuilder.h"

#include "learner/judgmentscorer.h"

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
    return make(EventKind::QuickCheckAnswered, encodePayload(QuickCheckPayload{lesson, option, correct}));
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

} // namespace groundwork::core::learner::testing
