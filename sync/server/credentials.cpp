#include "server/credentials.h"

#include <sodium.h>

namespace groundwork::sync::credentials {

namespace {
// Crockford's base32: no I, L, O or U, so codes read aloud or typed are unambiguous.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
} // namespace

bool initialise()
{
    return sodium_init() >= 0;
}

QString newDeviceToken()
{
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QByteArray encoded = QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                   .toBase64(QByteArray::Base64UrlEncoding
                                             | QByteArray::OmitTrailingEquals);
    sodium_memzero(raw, sizeof raw);
    return QStringLiteral("gw1.") + QString::fromLatin1(encoded);
}

QString newCode(int characters)
{
    QString code;
    for (int i = 0; i < characters; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[randombytes_uniform(32)]);
    }
    return code;
}

QString normaliseCode(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        c = c.toUpper();
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        out += c;
    }
    return out;
}

QString newId(const char *prefix)
{
    unsigned char raw[12];
    randombytes_buf(raw, sizeof raw);
    return QString::fromLatin1(prefix)
           + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toHex());
}

QByteArray hashSecret(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(utf8.constData()),
                       std::size_t(utf8.size()), nullptr, 0);
    return out;
}

QByteArray recoveryVerifierHash(const QByteArray &verifier)
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(verifier.constData()), std::size_t(verifier.size()),
                       nullptr, 0);
    return out;
}

bool sameHash(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

} // namespace groundwork::sync::credentials
