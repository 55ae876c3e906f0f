#pragma once

#include <google/protobuf/arena.h>

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QStringList>
#include <QtDebug>

#include <vector>

namespace groundwork::core {

// Messages of one kind (lessons, drills) kept as their serialized bytes inside the pack's bytes,
// each parsed onto the pack's arena the first time it is asked for and kept from then on.
// Thread-safe: one mutex guards the parse of any item.
template<typename Message>
class LazyItems
{
public:
    struct Span
    {
        qsizetype offset = 0;
        int size = 0;
        QString id;
    };

    LazyItems(const char *kind, std::vector<Span> spans) : m_kind(kind), m_spans(std::move(spans))
    {
        m_parsed.assign(m_spans.size(), nullptr);
        m_damaged.assign(m_spans.size(), false);
        m_index.reserve(qsizetype(m_spans.size()));
        for (int i = 0; i < int(m_spans.size()); ++i)
            m_index.insert(m_spans[std::size_t(i)].id, i); // a repeated id: the last one wins
    }

    int count() const { return int(m_spans.size()); }
    // -1 for an unknown id.
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    // Every id in pack order; a repeated id once, at its last place.
    QStringList ids() const
    {
        QStringList ids;
        ids.reserve(qsizetype(m_spans.size()));
        for (int i = 0; i < int(m_spans.size()); ++i)
            if (m_index.value(m_spans[std::size_t(i)].id) == i)
                ids.append(m_spans[std::size_t(i)].id);
        return ids;
    }

    // Null when the item's bytes do not parse (said once in the log).
    const Message *at(int index, const QByteArray &bytes, google::protobuf::Arena *arena) const
    {
        const QMutexLocker lock(&m_mutex);
        const auto i = std::size_t(index);
        if (m_parsed[i] || m_damaged[i])
            return m_parsed[i];
        auto *message = google::protobuf::Arena::CreateMessage<Message>(arena);
        const Span &span = m_spans[i];
        if (!message->ParseFromArray(bytes.constData() + span.offset, span.size)) {
            m_damaged[i] = true;
            qWarning("content pack: %s %d ('%s') is damaged and cannot be shown", m_kind, index,
                     qPrintable(span.id));
            return nullptr;
        }
        m_parsed[i] = message;
        return message;
    }

private:
    const char *m_kind;
    std::vector<Span> m_spans;
    QHash<QString, int> m_index;
    mutable QMutex m_mutex;
    mutable std::vector<const Message *> m_parsed; // on the pack's arena; null: not parsed yet
    mutable std::vector<bool> m_damaged;
};

} // namespace groundwork::core
