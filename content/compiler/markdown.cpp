#include "markdown.h"

#include <md4c.h>

namespace groundwork::contentc {

namespace {

struct HtmlFinder
{
    std::optional<QString> found;
};

int noBlock(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}

int noSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

// Raw HTML arrives as text of type MD_TEXT_HTML, inline or as an HTML block's lines.
int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    if (type != MD_TEXTTYPE::MD_TEXT_HTML)
        return 0;
    auto *finder = static_cast<HtmlFinder *>(userdata);
    finder->found = QString::fromUtf8(text, qsizetype(size)).trimmed();
    return 1; // the first is enough: stop parsing
}

} // namespace

std::optional<QString> firstRawHtml(const QString &markdown)
{
    // Cheap test first: without '<' there is no HTML.
    if (!markdown.contains(QLatin1Char('<')))
        return std::nullopt;
    const QByteArray utf8 = markdown.toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB; // what Qt's Text.MarkdownText reads
    parser.enter_block = noBlock;
    parser.leave_block = noBlock;
    parser.enter_span = noSpan;
    parser.leave_span = noSpan;
    parser.text = onText;
    HtmlFinder finder;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &finder);
    if (finder.found && finder.found->size() > 40)
        *finder.found = finder.found->left(40) + QStringLiteral("…");
    return finder.found;
}

} // namespace groundwork::contentc
