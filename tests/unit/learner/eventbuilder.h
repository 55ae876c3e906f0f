#pragma once

#include "content/contentpack.h"
#include "learner/event.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace groundwork::core::learner::testing {

// Makes events in memory (no store) as a device would record them, for derivation tests and
// benchmarks. Each call stamps the current time, then moves it on by `step` ms.
class EventBuilder
{
public:
    EventBuilder(std::shared_ptr<const ContentPack> pack, QString deviceId, qint64 startMs,
                 int utcOffsetMinutes = 0);

    void setTime(qint64 ms) { m_now = ms; }
    qint64 time() const { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void setStep(qint64 ms) { m_step = ms; }

    Event lessonStarted(const QString &track, const QString &lesson);
    Event lessonFinished(const QString &track, const QString &lesson);
    Event quickCheck(const QString &lesson, int option, bool correct);
    Event decision(const QString &attempt, const QString &drill, const QString &decision,
                   const QString &option, int confidence = 0);
    Event reflection(const QString &track, const QString &prompt, const QString &text, bool isPrivate);
    Event goal(int sessions, QVector<int> restDays = {});
    Event assessmentSharing(bool include);
    // One run through a drill from its start, choosing the given option ids in turn (following
    // each option's `next`); stops when the drill ends or the choices run out.
    QVector<Event> attempt(const QString &drill, const QStringList &choices, int confidence = 0);

private:
    Event make(EventKind kind, QByteArray payload, bool isPrivate = false);

    std::shared_ptr<const ContentPack> m_pack;
    QString m_device;
    qint64 m_now;
    qint64 m_step = 1000;
    int m_offset;
};

// The event's payload re-encoded in the first form (maps with every field, attempt ids as
// text, scores as doubles), as stores written by the first release hold it.
QByteArray firstFormPayload(const Event &e);

} // namespace groundwork::core::learner::testing
