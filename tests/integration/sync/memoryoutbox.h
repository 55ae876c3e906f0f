#pragma once

#include "client/outboxsource.h"

#include <QMap>
#include <QSet>

namespace groundwork::sync::testing {

// The learner core's side of sync, in memory: every event the device knows (its own and its
// other devices'), the outbox of its own not yet acknowledged, and the pull cursor.
class MemoryOutbox final : public OutboxSource
{
public:
    void record(const WireEvent &event)
    {
        known.insert(event.id, event);
        outbox.append(event.id);
    }

    QList<WireEvent> pending(int max) override
    {
        QList<WireEvent> out;
        for (const QString &id : std::as_const(outbox)) {
            if (out.size() == max)
                break;
            out.append(known.value(id));
        }
        offered += out.size();
        return out;
    }
    int pendingCount() override { return int(outbox.size()); }
    void acknowledge(const QStringList &ids) override
    {
        const QSet<QString> done(ids.cbegin(), ids.cend());
        outbox.removeIf([&](const QString &id) { return done.contains(id); });
        acknowledged += ids.size();
    }
    void keepLocal(const QStringList &ids) override
    {
        const QSet<QString> local(ids.cbegin(), ids.cend());
        outbox.removeIf([&](const QString &id) { return local.contains(id); });
        keptLocal += ids;
    }
    quint64 downloadCursor() override { return cursor; }
    void applyRemote(const QList<WireEvent> &events, quint64 nextCursor) override
    {
        for (const WireEvent &e : events)
            known.insert(e.id, e);
        cursor = nextCursor;
    }

    QSet<QString> knownIds() const
    {
        QSet<QString> ids;
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            ids.insert(it.key());
        return ids;
    }

    QMap<QString, WireEvent> known;
    QStringList outbox;
    QStringList keptLocal;
    quint64 cursor = 0;
    qsizetype offered = 0;
    qsizetype acknowledged = 0;
};

} // namespace groundwork::sync::testing
