#pragma once

// A private copy of the baseline content tree (tests/data/content/minimal) that a test edits
// and compiles, plus helpers to assert the exact "path:line: message" a change must produce.

#include "compiler/compiler.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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

// Helpers the content error tests share: drills built for a test, locations as diagnostics
// write them, and tables of edits to the baseline tree.
namespace groundwork::contentc::testing {

struct DecisionSpec
{
    QString id;
    QStringList next; // one entry per option; empty: the drill ends after that option
};

// A drill in the baseline's dimensions whose options all carry valid, varied keys, so that only
// the branching under test can be wrong.
inline QString drillYaml(const QString &start, const QList<DecisionSpec> &decisions)
{
    QString yaml = QStringLiteral("id: shaped\ntitle: Shaped\nscenario_type: conflict\n"
                                  "measures:\n  - trust\nsetting: A setting.\nstart: %1\n"
                                  "decisions:\n")
                       .arg(start);
    for (const DecisionSpec &decision : decisions) {
        yaml += QStringLiteral("  - id: %1\n    prompt: What now?\n    options:\n").arg(decision.id);
        for (int i = 0; i < decision.next.size(); ++i) {
            yaml += QStringLiteral("      - id: o%1\n        text: Do %1.\n        key: {trust: %2}\n"
                                   "        feedback: Because.\n")
                        .arg(i + 1)
                        .arg(i + 1);
            if (!decision.next[i].isEmpty())
                yaml += QStringLiteral("        next: %1\n").arg(decision.next[i]);
        }
    }
    return yaml;
}

inline QString location(const ContentFixture &content, const QString &file, const QString &marker,
                        int occurrence = 1)
{
    return content.path(file) + QLatin1Char(':')
           + QString::number(content.lineOf(file, marker, occurrence));
}

inline QString wholeFile(const ContentFixture &content, const QString &file)
{
    return content.path(file) + QLatin1Char(':');
}

inline QByteArray readBytes(const ContentFixture &content, const QString &file)
{
    QFile in(content.path(file));
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

inline bool replaceBytes(const ContentFixture &content, const QString &file, const QByteArray &before,
                         const QByteArray &after)
{
    QByteArray bytes = readBytes(content, file);
    return bytes.count(before) == 1 && content.writeBytes(file, bytes.replace(before, after));
}

// A drill of `count` decisions d0, d1, ... whose options lead as `next` says; valid keys.
inline QString numberedDrill(int count, const std::function<QStringList(int)> &next)
{
    QList<DecisionSpec> decisions;
    for (int i = 0; i < count; ++i)
        decisions.append({QStringLiteral("d%1").arg(i), next(i)});
    return drillYaml(QStringLiteral("d0"), decisions);
}

// The columns of a table of edits (addEdit()) that runEdit() applies to the baseline tree.
inline void addEditColumns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("before"); // empty: write `after` as the whole file
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expectFile");
    QTest::addColumn<QString>("marker"); // text on the line the problem must be reported at
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("fragment"); // %ROOT% stands for the copied tree
}

// One edit: replace `before` by `after` in `file` (or write `after` as the whole file when
// `before` is empty); the run must report `fragment` at the line of `expectFile` that holds
// `marker` (its `occurrence`-th).
inline void addEdit(const char *name, const QString &file, const QString &before, const QString &after,
                    const QString &expectFile, const QString &marker, const QString &fragment,
                    int occurrence = 1)
{
    QTest::newRow(name) << file << before << after << expectFile << marker << occurrence
                        << fragment;
}

// Applies the current row of an edit table and checks its diagnostic.
inline void runEdit()
{
    QFETCH(QString, file);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expectFile);
    QFETCH(QString, marker);
    QFETCH(int, occurrence);
    QFETCH(QString, fragment);
    ContentFixture content;
    QVERIFY(content.isValid());
    if (before.isEmpty())
        QVERIFY(content.write(file, after));
    else
        QVERIFY(content.replace(file, before, after));
    const int line = content.lineOf(expectFile, marker, occurrence);
    QVERIFY2(line > 0, qPrintable(QStringLiteral("marker '%1' not found").arg(marker)));
    const CompileResult result = content.compile();
    QVERIFY(result.hasErrors());
    EXPECT_DIAGNOSTIC(result, content.path(expectFile), line,
                      fragment.replace(QStringLiteral("%ROOT%"), content.root()));
}

} // namespace groundwork::contentc::testing
