#include "ids/uuidtext.h"

#include <QUuid>

namespace groundwork::ids {

QByteArray canonicalUuidBytes(const QString &id)
{
    if (id.size() != 36)
        return {};
    const QUuid uuid(id);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != id)
        return {};
    return uuid.toRfc4122();
}

} // namespace groundwork::ids
