#pragma once

#include <QString>

#include <optional>

namespace groundwork::contentc {

// The first raw HTML (a tag or comment) in an author's Markdown, as Qt's Markdown renderer
// (md4c, GitHub dialect) would read it; nullopt when there is none. The app shows Markdown, and
// HTML in it is either dropped or drawn in ways the author never sees in their editor.
std::optional<QString> firstRawHtml(const QString &markdown);

} // namespace groundwork::contentc
