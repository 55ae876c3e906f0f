#pragma once

#include "learner/payload.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <cstring>
#include <deque>
#include <string>
#include <string_view>

namespace groundwork::core::learner {

// Byte strings -> small ids: a QHash whose keys view copies kept in a deque (a deque never
// moves its elements, so the views stay valid as it grows).
class ByteIndex
{
public:
    int find(std::string_view raw) const { return m_ids.value(Key{raw}, -1); }
    void insert(std::string_view raw, int id) { m_ids.insert(Key{m_keys.emplace_back(raw)}, id); }

private:
    // Hashed and compared inline: a rebuild looks up some 45,000 short keys. Qt 6.4's
    // qHash(QByteArrayView) made a 5-year rebuild take twice as long on the build machine;
    // this hash keeps it where the hand-written table had it.
    struct Key
    {
        std::string_view bytes;
        friend bool operator==(Key a, Key b) noexcept { return a.bytes == b.bytes; }
        // FNV-1a over 8-byte words, then a 64-bit finaliser (MurmurHash3's) so that the bits
        // QHash uses depend on every byte: ids are short and differ in their last bytes.
        friend size_t qHash(Key key, size_t seed) noexcept
        {
            const std::string_view raw = key.bytes;
            quint64 h = 0xcbf29ce484222325ull ^ seed ^ raw.size();
            size_t i = 0;
            for (; i + 8 <= raw.size(); i += 8) {
                quint64 w;
                std::memcpy(&w, raw.data() + i, 8);
                h = (h ^ w) * 0x100000001b3ull;
            }
            quint64 tail = 0;
            if (i < raw.size())
                std::memcpy(&tail, raw.data() + i, raw.size() - i);
            h = (h ^ tail) * 0x100000001b3ull;
            h ^= h >> 33;
            h *= 0xff51afd7ed558ccdull;
            h ^= h >> 33;
            return size_t(h);
        }
    };

    std::deque<std::string> m_keys;
    QHash<Key, int> m_ids;
};

// The strings a PayloadDecoder has read, each with a small id. Equal texts have one id: a
// text's key is its UTF-8, and an id field holding a canonical UUID is keyed by its 16 bytes
// in whichever form it was written (as 16 bytes, or as 36 characters of text).
class StringPool
{
public:
    using Uuid = char[16];

    int findText(std::string_view utf8) const { return m_texts.find(utf8); }
    // Text first seen now.
    int addText(std::string_view utf8, QString text);

    // The decisions of one attempt come one after another: the last UUID is checked first.
    int findUuid(const Uuid &raw);
    // A UUID first seen now (in either form): an attempt whose decisions were written in
    // different forms stays one attempt.
    int addUuid(const Uuid &raw, QString text);

    // 36-character ids written as text, so that each is parsed as a UUID only once.
    int findUuidText(std::string_view utf8) const { return m_uuidTexts.find(utf8); }
    void addUuidText(std::string_view utf8, int id) { m_uuidTexts.insert(utf8, id); }

    // A decision's scores as (dimension id, score) pairs -> one shared list per distinct
    // content: most decisions repeat an earlier one's scores (same option, same key), and
    // sharing spares an allocation per decision, here and when the state is freed.
    struct Score
    {
        qint64 dimension;
        double score;
    };
    QVector<DimensionScore> scores(const Score *items, qsizetype n);

    const QString &text(int id) const { return m_strings[id]; }
    // The id of "": what a missing or mistyped id field reads as (an empty QString).
    int emptyId();
    int size() const { return int(m_strings.size()); }

private:
    int remember(const Uuid &raw, int id);

    ByteIndex m_texts;
    ByteIndex m_uuids;
    ByteIndex m_uuidTexts;
    ByteIndex m_scoreSets; // Score bytes -> index in m_scoreLists
    QVector<QVector<DimensionScore>> m_scoreLists;
    Uuid m_lastUuid = {};
    int m_lastUuidId = -1;
    QVector<QString> m_strings; // by id
};

} // namespace groundwork::core::learner
