#pragma once

#include <QString>

namespace groundwork::sync::crypto {

// Codes people read and type (link secrets, recovery keys) in Crockford's alphabet: no I, L, O
// or U, so nothing is ambiguous aloud or on paper. Five random bits a letter.
inline constexpr char kCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// `count` letters drawn with randombytes_uniform.
QString randomCodeLetters(int count);
// Upper-cased, dashes and spaces dropped, look-alikes mapped (O→0, I and L→1).
QString normaliseTypedCode(const QString &typed);
// Whether every character of a normalised code is in the alphabet.
bool isCodeAlphabet(const QString &normalised);

} // namespace groundwork::sync::crypto
