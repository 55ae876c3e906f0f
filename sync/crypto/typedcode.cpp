#include "crypto/typedcode.h"

#include <QByteArrayView>

#include <sodium.h>

namespace groundwork::sync::crypto {

QString randomCodeLetters(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(kCodeAlphabet[randombytes_uniform(32)]);
    return out;
}

QString normaliseTypedCode(const QString &typed)
{
    QString out;
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

bool isCodeAlphabet(const QString &normalised)
{
    for (QChar c : normalised)
        if (c.unicode() > 127 || !QByteArrayView(kCodeAlphabet).contains(char(c.unicode())))
            return false;
    return true;
}

} // namespace groundwork::sync::crypto
