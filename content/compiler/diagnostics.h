#pragma once

#include "compiler.h"

#include <QMutex>

#include <memory>
#include <optional>

namespace groundwork::contentc {

// Collects every problem of a run; thread-safe because narration reports from worker threads.
class DiagnosticSink
{
public:
    void add(Diagnostic diagnostic);
    QList<Diagnostic> sorted() const;
    bool hasErrors() const;

private:
    mutable QMutex m_mutex;
    QList<Diagnostic> m_diagnostics;
};

// Where a value reached through a YAML alias ('*name') was used. The alias shares its node, and
// so its position, with the anchor ('&name'), so without this an error inside the value would
// name the anchor's line, not the line the author is looking at.
struct AliasUse
{
    int line = 0;       // of the alias
    QString name;       // without the '*'
    int anchorLine = 0; // of the anchor
};

class AliasUses; // sourcetree.h: every alias of one YAML document, by where it was used

// Reports problems of one source file, so validators only name the line. A reporter for what sits
// inside an alias is pinned to the alias's line: whatever line its checks name, the problem is
// reported where the alias was used, and the message says where the value itself is written.
class FileReporter
{
public:
    FileReporter(DiagnosticSink &sink, QString displayPath,
                 std::shared_ptr<const AliasUses> aliases = {})
        : m_sink(&sink), m_file(std::move(displayPath)), m_aliases(std::move(aliases))
    {
    }

    void error(int line, const QString &message) const;
    void warning(int line, const QString &message) const;
    const QString &file() const { return m_file; }
    QString location(int line) const
    {
        return m_file + QLatin1Char(':') + QString::number(m_pin ? m_pin->line : line);
    }

    const AliasUses *aliases() const { return m_aliases.get(); }
    bool isPinned() const { return m_pin.has_value(); }
    // Problems inside the value an alias brings in are reported at the alias (already pinned:
    // at the outermost alias, the one the reader of this part of the file sees).
    FileReporter pinnedTo(const AliasUse &use) const;

private:
    Diagnostic diagnostic(int line, const QString &message, bool warning) const;

    DiagnosticSink *m_sink;
    QString m_file;
    std::shared_ptr<const AliasUses> m_aliases;
    std::optional<AliasUse> m_pin;
};

} // namespace groundwork::contentc
