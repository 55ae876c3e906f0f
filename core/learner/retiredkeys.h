#pragma once

#include "content/contentpack.h"

#include <QHash>
#include <QString>

#include <string>

namespace groundwork::core::learner {

// Drills whose expert key was replaced (`keyed_since` in the content): an answer recorded
// against a content version older than that was scored by the retired key. Such answers stay
// on disk, in the export and in the activity counts, but are no longer judgment evidence: the
// old keys rewarded the form of an option (its length, its place), so their scores would
// mislead the profile, calibration and review. See content/README.md, "Changing a key".
class RetiredKeys
{
public:
    RetiredKeys() = default;
    explicit RetiredKeys(const ContentPack &pack);

    bool retired(const QString &drillId, const QString &contentVersion) const;
    bool isEmpty() const { return m_keyedSince.isEmpty(); }

private:
    QHash<QString, std::string> m_keyedSince; // drill id -> pack version of its current key
};

} // namespace groundwork::core::learner
