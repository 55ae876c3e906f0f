#pragma once

// A private copy of the baseline content tree (tests/data/content/minimal) that a test edits
// and compiles, plus helpers to assert the exact "path:line: message" a change must produce.

#include "compiler/compiler.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace groundwork::contentc::testing {

inline QString baselineDir()
{
    return QStringLiteral(GROUNDWORK_TEST_DATA "/content/minimal");
}

inline QString contentcExecutable()
{
    return QStringLiteral(GROUNDWORK_BINARY_DIR "/bin/groundwork-contentc");
}

inline QString allDiagnostics(const CompileResult &result)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : result.diagnostics)
        lines.append(QStringLiteral("  ") + diagnostic.toString());
    return lines.isEmpty() ? QStringLiteral("  (no diagnostics)") : lines.join(QLatin1Char('\n'));
}

class ContentFixture
{
public:
    ContentFixture()
    {
        QDirIterator it(baselineDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString relative = QDir(baselineDir()).relativeFilePath(source);
            QDir(m_dir.path()).mkpath(QFileInfo(relative).path());
            m_copied &= QFile::copy(source, m_dir.filePath(relative));
        }
    }

    bool isValid() const { return m_dir.isValid() && m_copied; }
    QString root() const { return m_dir.path(); }
    // The path diagnostics use for a file of this tree.
    QString path(const QString &relative) const
    {
        return QDir::cleanPath(root() + QLatin1Char('/') + relative);
    }

    QString read(const QString &relative) const
    {
        QFile file(path(relative));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    bool write(const QString &relative, const QString &text) const
    {
        QDir(root()).mkpath(QFileInfo(relative).path());
        QFile file(path(relative));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
               && file.write(text.toUtf8()) >= 0;
    }

    bool writeBytes(const QString &relative, const QByteArray &bytes) const
    {
        QDir(root()).mkpath(QFileInfo(relative).path());
        QFile file(path(relative));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
               && file.write(bytes) == bytes.size();
    }

    // Replaces the one occurrence of `before`; false (so the test fails) if it is not unique.
    bool replace(const QString &relative, const QString &before, const QString &after) const
    {
        QString text = read(relative);
        if (text.count(before) != 1) {
            qWarning("'%s' occurs %lld times in %s", qPrintable(before),
                     qlonglong(text.count(before)), qPrintable(relative));
            return false;
        }
        return write(relative, text.replace(before, after));
    }

    // 1-based line of the n-th line containing `text`, as it reads now; 0 when absent.
    int lineOf(const QString &relative, const QString &text, int occurrence = 1) const
    {
        const QStringList lines = read(relative).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].contains(text) && --occurrence == 0)
                return i + 1;
        return 0;
    }

    CompileResult compile(const QString &outDir = {}) const
    {
        CompileOptions options;
        options.sourceDir = root();
        options.outDir = outDir;
        return compileContent(options);
    }

private:
    QTemporaryDir m_dir;
    bool m_copied = true;
};

inline bool hasDiagnostic(const CompileResult &result, const QString &file, int line,
                          const QString &fragment)
{
    for (const Diagnostic &diagnostic : result.diagnostics)
        if (diagnostic.file == file && diagnostic.line == line
            && diagnostic.message.contains(fragment))
            return true;
    return false;
}

inline bool hasExactDiagnostic(const CompileResult &result, const QString &text)
{
    for (const Diagnostic &diagnostic : result.diagnostics)
        if (diagnostic.toString() == text)
            return true;
    return false;
}

} // namespace groundwork::contentc::testing

// Fails with every diagnostic of the run listed, so a wrong line or wording is easy to see.
#define EXPECT_DIAGNOSTIC(result, file, line, fragment)                                           \
    QVERIFY2(groundwork::contentc::testing::hasDiagnostic(result, file, line, fragment),          \
             qPrintable(QStringLiteral("expected %1:%2: ...%3...\ngot:\n%4")                       \
                            .arg(file)                                                             \
                            .arg(line)                                                             \
                            .arg(fragment, groundwork::contentc::testing::allDiagnostics(result))))

#define EXPECT_EXACT_DIAGNOSTIC(result, text)                                                     \
    QVERIFY2(groundwork::contentc::testing::hasExactDiagnostic(result, text),                     \
             qPrintable(QStringLiteral("expected %1\ngot:\n%2")                                    \
                            .arg(text, groundwork::contentc::testing::allDiagnostics(result))))
