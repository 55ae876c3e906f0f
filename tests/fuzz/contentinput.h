#pragma once
// The byte format of a content_compiler_fuzzer input: a whole content tree as a small text
// archive, read by the harness and written by the seed generator, so both agree on it here.
// An input is a sequence of entries, each a header line and the file's bytes:
//   @@ <path>\n<bytes up to the next "\n@@ " or the end>      a regular file
//   @@ <path> -> <target>\n                                   a link (target: a path in the tree,
//                                                             "^outside" or "^missing")
//   @@ <path> |pipe\n                                         a named pipe
// Text before the first header is ignored. Paths are relative, made of [A-Za-z0-9._-] names
// separated by '/', at most 3 deep, never "." or ".."; an entry with any other path is skipped,
// so an input can never write outside the tree.
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>

namespace groundwork::contentc::fuzz {

enum class EntryKind
{
    File,
    Link,
    Pipe
};

struct Entry
{
    EntryKind kind = EntryKind::File;
    QByteArray path;
    QByteArray bytes;  // a file's content
    QByteArray target; // a link's
};

inline constexpr char kOutsideTarget[] = "^outside"; // a file beside the tree, not in it
inline constexpr char kMissingTarget[] = "^missing"; // nothing

inline bool isSafePath(const QByteArray &path)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]+$"));
    const QList<QByteArray> parts = path.split('/');
    if (parts.isEmpty() || parts.size() > 3)
        return false;
    for (const QByteArray &part : parts)
        if (part == "." || part == ".." || !name.match(QString::fromLatin1(part)).hasMatch())
            return false;
    return true;
}

inline Entry parseHeader(QByteArrayView header)
{
    Entry entry;
    const QByteArray line = header.toByteArray().trimmed();
    if (const qsizetype arrow = line.indexOf(" -> "); arrow >= 0) {
        entry.kind = EntryKind::Link;
        entry.path = line.left(arrow);
        entry.target = line.mid(arrow + 4);
    } else if (line.endsWith(" |pipe")) {
        entry.kind = EntryKind::Pipe;
        entry.path = line.chopped(6);
    } else {
        entry.path = line;
    }
    return entry;
}

inline QList<Entry> readEntries(QByteArrayView input)
{
    QList<Entry> entries;
    // The first header: at the very start, or after a newline.
    qsizetype at = 0;
    if (!input.startsWith("@@ ")) {
        at = input.indexOf("\n@@ ");
        if (at >= 0)
            ++at; // past the '\n'
    }
    while (at >= 0 && at < input.size()) {
        const qsizetype headerEnd = input.indexOf('\n', at);
        const QByteArrayView header =
            input.sliced(at + 3, (headerEnd < 0 ? input.size() : headerEnd) - at - 3);
        Entry entry = parseHeader(header);
        const qsizetype bodyStart = headerEnd < 0 ? input.size() : headerEnd + 1;
        const qsizetype next = input.indexOf("\n@@ ", bodyStart - 1 < 0 ? 0 : bodyStart - 1);
        const qsizetype bodyEnd = next < 0 ? input.size() : next + 1;
        entry.bytes =
            input.sliced(bodyStart, std::max<qsizetype>(0, bodyEnd - bodyStart)).toByteArray();
        if (isSafePath(entry.path) && (entry.kind != EntryKind::Link ||
                                       entry.target.startsWith('^') || isSafePath(entry.target)))
            entries.append(entry);
        at = next < 0 ? -1 : next + 1;
    }
    return entries;
}

class InputWriter
{
public:
    InputWriter &file(const QByteArray &path, const QByteArray &bytes)
    {
        m_bytes += "@@ " + path + '\n' + bytes;
        if (!m_bytes.endsWith('\n'))
            m_bytes += '\n';
        return *this;
    }
    InputWriter &link(const QByteArray &path, const QByteArray &target)
    {
        m_bytes += "@@ " + path + " -> " + target + '\n';
        return *this;
    }
    InputWriter &pipe(const QByteArray &path)
    {
        m_bytes += "@@ " + path + " |pipe\n";
        return *this;
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace groundwork::contentc::fuzz
