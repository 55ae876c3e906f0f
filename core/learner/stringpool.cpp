#include "learner/stringpool.h"

#include <cstring>

namespace groundwork::core::learner {

int StringPool::addText(std::string_view utf8, QString text)
{
    const int id = int(m_strings.size());
    m_strings.append(std::move(text));
    m_texts.insert(utf8, id);
    return id;
}

int StringPool::findUuid(const Uuid &raw)
{
    if (m_lastUuidId >= 0 && std::memcmp(raw, m_lastUuid, sizeof raw) == 0)
        return m_lastUuidId;
    const int id = m_uuids.find({raw, sizeof raw});
    return id >= 0 ? remember(raw, id) : id;
}

int StringPool::addUuid(const Uuid &raw, QString text)
{
    const int id = int(m_strings.size());
    m_strings.append(std::move(text));
    m_uuids.insert({raw, sizeof raw}, id);
    return remember(raw, id);
}

int StringPool::remember(const Uuid &raw, int id)
{
    std::memcpy(m_lastUuid, raw, sizeof raw);
    m_lastUuidId = id;
    return id;
}

QVector<DimensionScore> StringPool::scores(const Score *items, qsizetype n)
{
    static_assert(sizeof(Score) == 16, "no padding: the key is the items' bytes");
    const std::string_view key(reinterpret_cast<const char *>(items), size_t(n) * sizeof(Score));
    int set = m_scoreSets.find(key);
    if (set < 0) {
        QVector<DimensionScore> list;
        list.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            list.append({text(int(items[i].dimension)), items[i].score});
        set = int(m_scoreLists.size());
        m_scoreLists.append(std::move(list));
        m_scoreSets.insert(key, set);
    }
    return m_scoreLists[set];
}

int StringPool::emptyId()
{
    const int found = findText({});
    return found >= 0 ? found : addText({}, QString());
}

} // namespace groundwork::core::learner
