#include "client/learneroutbox.h"

#include "learner/learnerstore.h"

namespace groundwork::sync {

using core::learner::Event;
using core::learner::LearnerStore;

WireEvent LearnerOutbox::toWire(const Event &e)
{
    WireEvent w;
    w.id = e.id;
    w.deviceTimeMs = e.timeMs;
    w.kind = core::learner::kindName(e.kind);
    w.contentVersion = e.contentVersion;
    w.payload = e.payload;
    w.isPrivate = e.isPrivate;
    w.originDevice = e.deviceId;
    w.utcOffsetMinutes = e.utcOffsetMinutes;
    return w;
}

namespace {

// Stands in for the recording device when an old server did not keep it: the store needs a
// device id, and events from the same unknown origin still fold in a stable order.
const QString kUnknownOrigin = QStringLiteral("unknown-device");

} // namespace

LearnerOutbox::LearnerOutbox(LearnerStore &store, QObject *parent) : QObject(parent), m_store(store) {}

QString LearnerOutbox::cursorKey()
{
    return QStringLiteral("sync.download_cursor");
}

QList<WireEvent> LearnerOutbox::pending(int max)
{
    const QVector<Event> events = m_store.outbox(max);
    QList<WireEvent> out;
    out.reserve(events.size());
    for (const Event &e : events)
        out.append(toWire(e));
    return out;
}

int LearnerOutbox::pendingCount()
{
    // The store has no count query; the outbox is small (a few days of answers at most).
    return int(m_store.outbox().size());
}

void LearnerOutbox::acknowledge(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    QString error;
    // If this fails the events stay in the outbox and are sent again: the server answers a
    // repeat with the same acknowledgement and stores nothing twice.
    if (!m_store.markSent(ids, &error))
        emit storeProblem(error);
}

void LearnerOutbox::keepLocal(const QStringList &ids)
{
    // Taking an event off the outbox keeps it in the event log: it stays on this device only.
    acknowledge(ids);
}

quint64 LearnerOutbox::downloadCursor()
{
    bool ok = false;
    const quint64 cursor = m_store.syncValue(cursorKey()).toULongLong(&ok);
    return ok ? cursor : 0;
}

void LearnerOutbox::applyRemote(const QList<WireEvent> &events, quint64 nextCursor)
{
    QVector<Event> incoming;
    incoming.reserve(events.size());
    for (const WireEvent &w : events) {
        // A private event comes only sealed, from the learner's own devices (SealedOutbox
        // opened it); a readable one is never accepted, whatever a server sends.
        if ((w.isPrivate || isReflectionKind(w.kind)) && !w.isSealed())
            continue;
        const auto kind = core::learner::kindFromName(w.kind);
        if (!kind)
            continue; // a kind from a newer app version; this version cannot use it
        Event e;
        e.id = w.id;
        e.kind = *kind;
        e.timeMs = w.deviceTimeMs;
        e.utcOffsetMinutes = w.utcOffsetMinutes;
        e.deviceId = w.originDevice.isEmpty() ? kUnknownOrigin : w.originDevice;
        e.contentVersion = w.contentVersion;
        e.payload = w.payload;
        e.isPrivate = w.isPrivate;
        incoming.append(std::move(e));
    }
    // The store cannot write events and the cursor in one transaction, so the events go first
    // and the cursor after. A crash between the two only means the same page is downloaded
    // again: importEvents() skips ids it already holds, so nothing is applied twice.
    QString error;
    const int added = incoming.isEmpty() ? 0 : m_store.importEvents(incoming, &error);
    if (added < 0) {
        emit storeProblem(error);
        return; // cursor unchanged: the page comes again next round
    }
    if (!m_store.setSyncValue(cursorKey(), QByteArray::number(nextCursor)))
        emit storeProblem(QStringLiteral("cannot record the download position"));
    if (added > 0)
        emit remoteEventsApplied(added);
}

} // namespace groundwork::sync
