#pragma once

#include "protocol/wirecodec.h"

#include <QByteArray>
#include <QByteArrayView>

#include <variant>

namespace groundwork::sync {

// Request bodies may travel compressed, as HTTP says: "Content-Encoding: deflate", which is
// the zlib format (RFC 9110 section 8.4.1.2, RFC 1950). A day of learning repeats its lesson,
// drill and dimension ids across events, so deflate roughly halves it.
inline constexpr char kDeflateEncoding[] = "deflate";

// `body` compressed for Content-Encoding: deflate.
QByteArray deflateBody(QByteArrayView body);

// The body as sent before its Content-Encoding (empty or "identity": unchanged), refused
// without decompressing past `maxBytes`, so a small compressed body cannot expand into a
// huge one. A Failure says in plain words what was wrong (Malformed or TooLarge).
std::variant<QByteArray, Failure> decodeContentEncoding(QByteArrayView encoding, QByteArrayView body,
                                                         qsizetype maxBytes);

} // namespace groundwork::sync
