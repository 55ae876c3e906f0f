#pragma once

// The bytes of a content file as text, checked before YAML reads them: yaml-cpp turns bytes that
// are not UTF-8 into U+FFFD without a word, so a Latin-1 'é' or Word's curly quotes would reach
// the learner as '�'.

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace groundwork::contentc {

struct TextProblem
{
    int line = 0; // 0: the whole file
    QString message;
};

// UTF-8, with or without a byte order mark, lines ending in LF or CRLF, and none of the control
// characters YAML does not allow; the first problem, if any.
std::optional<TextProblem> checkSourceText(QByteArrayView bytes);

} // namespace groundwork::contentc
