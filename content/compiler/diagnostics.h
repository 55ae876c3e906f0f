#pragma once

#include "compiler.h"

#include <QMutex>

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

// Reports problems of one source file, so validators only name the line.
class FileReporter
{
public:
    FileReporter(DiagnosticSink &sink, QString displayPath)
        : m_sink(sink), m_file(std::move(displayPath))
    {
    }

    void error(int line, const QString &message) const;
    void warning(int line, const QString &message) const;
    const QString &file() const { return m_file; }
    QString location(int line) const { return m_file + QLatin1Char(':') + QString::number(line); }

private:
    DiagnosticSink &m_sink;
    QString m_file;
};

} // namespace groundwork::contentc
