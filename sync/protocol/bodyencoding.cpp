#include "protocol/bodyencoding.h"

#include <zlib.h>

#include <memory>

namespace groundwork::sync {

namespace {

Failure malformed(const QString &why)
{
    return Failure{WireError::Malformed, why};
}

std::variant<QByteArray, Failure> inflateBounded(QByteArrayView body, qsizetype maxBytes)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return Failure{WireError::Internal, QStringLiteral("cannot start decompressing")};
    const std::unique_ptr<z_stream, int (*)(z_stream *)> guard(&stream, inflateEnd);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.data()));
    stream.avail_in = uInt(body.size());
    // One byte more than allowed tells "exactly at the limit" from "over it".
    QByteArray out(std::min<qsizetype>(maxBytes + 1, std::max<qsizetype>(4 * body.size(), 1024)),
                   Qt::Uninitialized);
    for (;;) {
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + stream.total_out);
        stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
        const int status = inflate(&stream, Z_NO_FLUSH);
        if (status == Z_STREAM_END)
            break;
        if (status != Z_OK && status != Z_BUF_ERROR)
            return malformed(QStringLiteral("the deflate-encoded body is corrupt"));
        if (qsizetype(stream.total_out) > maxBytes)
            return Failure{WireError::TooLarge,
                           QStringLiteral("request body is larger than %1 bytes once decompressed").arg(maxBytes)};
        if (stream.avail_out == 0)
            out.resize(std::min<qsizetype>(maxBytes + 1, out.size() * 2));
        else if (stream.avail_in == 0)
            return malformed(QStringLiteral("the deflate-encoded body is truncated"));
    }
    if (qsizetype(stream.total_out) > maxBytes)
        return Failure{WireError::TooLarge,
                       QStringLiteral("request body is larger than %1 bytes once decompressed").arg(maxBytes)};
    if (stream.avail_in != 0)
        return malformed(QStringLiteral("the deflate-encoded body has bytes after its end"));
    out.truncate(qsizetype(stream.total_out));
    return out;
}

} // namespace

QByteArray deflateBody(QByteArrayView body)
{
    uLongf size = compressBound(uLong(body.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(body.data()),
                  uLong(body.size()), Z_BEST_COMPRESSION)
        != Z_OK)
        return {}; // only on memory exhaustion
    out.truncate(qsizetype(size));
    return out;
}

std::variant<QByteArray, Failure> decodeContentEncoding(QByteArrayView encoding, QByteArrayView body,
                                                         qsizetype maxBytes)
{
    const QByteArray name = encoding.trimmed().toByteArray().toLower();
    if (name.isEmpty() || name == "identity") {
        if (body.size() > maxBytes)
            return Failure{WireError::TooLarge, QStringLiteral("request body is larger than %1 bytes").arg(maxBytes)};
        return body.toByteArray();
    }
    if (name != kDeflateEncoding)
        return malformed(QStringLiteral("unsupported Content-Encoding '%1'; use deflate or none")
                             .arg(QString::fromLatin1(name.left(32))));
    if (body.size() > maxBytes)
        return Failure{WireError::TooLarge, QStringLiteral("request body is larger than %1 bytes").arg(maxBytes)};
    return inflateBounded(body, maxBytes);
}

} // namespace groundwork::sync
