#pragma once

#include "client/outboxsource.h"
#include "learner/event.h"

#include <QObject>

namespace groundwork::core::learner {
class LearnerStore;
}

namespace groundwork::sync {

// The sync engine's view of the learner's own event store: the store's outbox goes up, the
// person's other devices' events come down into the store. Private events never leave: the
// store keeps them out of its outbox, and anything handed back by the engine is only taken
// off the outbox. After events from other devices are stored, remoteEventsApplied() tells the
// app to re-derive what it shows (LearnerSession::refresh()).
class LearnerOutbox final : public QObject, public OutboxSource
{
    Q_OBJECT

public:
    explicit LearnerOutbox(core::learner::LearnerStore &store, QObject *parent = nullptr);

    // A learner event as the sync layer reads it, readable (SealedOutbox seals it).
    static WireEvent toWire(const core::learner::Event &event);

    QList<WireEvent> pending(int max) override;
    int pendingCount() override;
    void acknowledge(const QStringList &ids) override;
    void keepLocal(const QStringList &ids) override;
    quint64 downloadCursor() override;
    void applyRemote(const QList<WireEvent> &events, quint64 nextCursor) override;

    // Where the download cursor is kept (LearnerStore::setSyncValue); forgotten on leaving.
    static QString cursorKey();

signals:
    // `count` events new to this device were stored (0 is not signalled).
    void remoteEventsApplied(int count);
    // The store refused a write; sync retries later. For logs and diagnostics.
    void storeProblem(const QString &error);

private:
    core::learner::LearnerStore &m_store;
};

} // namespace groundwork::sync
