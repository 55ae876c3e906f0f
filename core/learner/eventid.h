#pragma once

#include <QString>

namespace groundwork::core::learner {

// A new globally unique event id: the recording device's id, a dot, and 64 random bits as 16
// lowercase hex digits, e.g. "3f2504e0-4f89-41d3-9a0c-0305e82c3301.9a8a39aba1ef490e".
// Unique across devices because device ids are random UUIDs; unique on one device because 64
// random bits do not repeat in any learner's lifetime of events (and even a copied device id,
// say from a restored backup, leaves the 64 random bits). The sync wire sends such an id as
// 8 bytes under its device (sync.proto, id_local) instead of a UUID's 16.
QString newEventId(const QString &deviceId);

} // namespace groundwork::core::learner
