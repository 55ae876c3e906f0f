#include "sourcetext.h"

#include <QList>
#include <QStringDecoder>

namespace groundwork::contentc {

namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF");
const QByteArray kReplacementCharacter("\xEF\xBF\xBD"); // U+FFFD as UTF-8

// UTF-16 and UTF-32 files (Windows Notepad's "Unicode") start with their byte order mark.
std::optional<QString> otherUnicodeEncoding(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)) ||
        bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return QStringLiteral("UTF-32");
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16");
    return std::nullopt;
}

// What precedes a bad byte on its line, so the author can find it in an editor that shows it
// as something else.
QString context(const QString &before)
{
    const QString tail = before.right(20).trimmed();
    return tail.isEmpty() ? QStringLiteral("at the start of the line")
                          : QStringLiteral("after '%1'").arg(tail);
}

// Decoding replaces each bad sequence with U+FFFD; the first replacement that the line does not
// itself spell as UTF-8 is the bad byte, at the length of the decoded text before it.
QString badByte(QByteArrayView line, const QString &decoded)
{
    qsizetype from = 0;
    for (qsizetype at; (at = decoded.indexOf(QChar(0xFFFD), from)) >= 0; from = at + 1) {
        const QString before = decoded.left(at);
        const qsizetype offset = before.toUtf8().size();
        if (offset >= line.size())
            break;
        if (line.sliced(offset).startsWith(kReplacementCharacter))
            continue;
        const QString hex = QStringLiteral("%1").arg(quint8(line[offset]), 2, 16, QLatin1Char('0'));
        return QStringLiteral("byte 0x%1 %2").arg(hex.toUpper(), context(before));
    }
    return QStringLiteral("an incomplete character at the end of the line");
}

// YAML's printable set: tab, line breaks, and no other C0 or C1 control character.
bool isForbiddenControl(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r' || c == 0x85)
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

std::optional<QString> forbiddenControl(const QString &decoded)
{
    for (const char32_t c : decoded.toUcs4())
        if (isForbiddenControl(c))
            return QStringLiteral("U+") +
                   QStringLiteral("%1").arg(quint32(c), 4, 16, QLatin1Char('0')).toUpper();
    return std::nullopt;
}

std::optional<TextProblem> checkLine(QByteArrayView line, int number)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder(line);
    if (decoder.hasError())
        return TextProblem{number,
                           QStringLiteral("this line is not valid UTF-8 text (%1); the file was "
                                          "probably saved as Latin-1 or Windows-1252, as some "
                                          "editors and word processors do: save it as UTF-8")
                               .arg(badByte(line, decoded))};
    if (const auto control = forbiddenControl(decoded))
        return TextProblem{number,
                           QStringLiteral("this line holds the control character %1, which YAML "
                                          "does not allow (most editors do not show it); delete "
                                          "it")
                               .arg(*control)};
    return std::nullopt;
}

} // namespace

std::optional<TextProblem> checkSourceText(QByteArrayView bytes)
{
    if (const auto encoding = otherUnicodeEncoding(bytes))
        return TextProblem{
            0, QStringLiteral("this file is saved as %1; save it as UTF-8").arg(*encoding)};
    if (bytes.startsWith(kUtf8Bom))
        bytes = bytes.sliced(kUtf8Bom.size());
    int number = 0;
    while (!bytes.isEmpty() || number == 0) {
        ++number;
        const qsizetype end = bytes.indexOf('\n');
        const QByteArrayView line = end < 0 ? bytes : bytes.first(end);
        if (auto problem = checkLine(line, number))
            return problem;
        bytes = end < 0 ? QByteArrayView() : bytes.sliced(end + 1);
    }
    return std::nullopt;
}

} // namespace groundwork::contentc
