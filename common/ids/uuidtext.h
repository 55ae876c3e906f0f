#pragma once

#include <QByteArray>
#include <QString>

namespace groundwork::ids {

// Shared by the learner core (stored payloads) and the sync protocol (the wire), which must
// not depend on each other: hence this tiny library of its own.
// Event and attempt ids are UUIDs written as canonical lowercase text. Where bytes count (the
// stored payload, the sync wire) such an id travels as its 16 RFC 4122 bytes instead.
// Returns those bytes, or an empty array when `id` is not a canonical UUID text.
QByteArray canonicalUuidBytes(const QString &id);

} // namespace groundwork::ids
