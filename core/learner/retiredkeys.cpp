#include "learner/retiredkeys.h"

#include "key/drillkey.h"

namespace groundwork::core::learner {

RetiredKeys::RetiredKeys(const ContentPack &pack)
{
    for (const QString &id : pack.drillIds())
        if (std::string since = pack.drillKeyedSince(id); !since.empty())
            m_keyedSince.insert(id, std::move(since));
}

bool RetiredKeys::retired(const QString &drillId, const QString &contentVersion) const
{
    const auto it = m_keyedSince.constFind(drillId);
    if (it == m_keyedSince.constEnd())
        return false;
    return !drillkey::keyHolds(*it, contentVersion.toStdString());
}

} // namespace groundwork::core::learner
