#include "diagnostics.h"

#include <QMutexLocker>

#include <algorithm>

namespace groundwork::contentc {

QString Diagnostic::toString() const
{
    QString text = file;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    text += warning ? QStringLiteral(": warning: ") : QStringLiteral(": ");
    return text + message;
}

bool CompileResult::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return !d.warning; });
}

bool CompileResult::hasWarnings() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.warning; });
}

void DiagnosticSink::add(Diagnostic diagnostic)
{
    QMutexLocker lock(&m_mutex);
    m_diagnostics.append(std::move(diagnostic));
}

QList<Diagnostic> DiagnosticSink::sorted() const
{
    QMutexLocker lock(&m_mutex);
    QList<Diagnostic> result = m_diagnostics;
    // Stable, so problems found on the same line keep the order the checks found them in.
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    });
    return result;
}

bool DiagnosticSink::hasErrors() const
{
    QMutexLocker lock(&m_mutex);
    return std::any_of(m_diagnostics.cbegin(), m_diagnostics.cend(),
                       [](const Diagnostic &d) { return !d.warning; });
}

FileReporter FileReporter::pinnedTo(const AliasUse &use) const
{
    FileReporter pinned = *this;
    if (!pinned.m_pin)
        pinned.m_pin = use;
    return pinned;
}

Diagnostic FileReporter::diagnostic(int line, const QString &message, bool warning) const
{
    if (!m_pin)
        return {m_file, line, message, warning};
    // A check naming the alias's own line means the alias as a whole: its value is the anchor's.
    const int written = line > 0 && line != m_pin->line ? line : m_pin->anchorLine;
    return {m_file, m_pin->line,
            message + QStringLiteral(" (through the alias '*%1' on this line; the value is "
                                     "written on line %2)")
                          .arg(m_pin->name)
                          .arg(written),
            warning};
}

void FileReporter::error(int line, const QString &message) const
{
    m_sink->add(diagnostic(line, message, false));
}

void FileReporter::warning(int line, const QString &message) const
{
    m_sink->add(diagnostic(line, message, true));
}

} // namespace groundwork::contentc
