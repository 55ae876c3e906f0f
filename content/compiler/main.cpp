// groundwork-contentc: checks the authored content and compiles it into the content pack.
// Exit codes: 0 success, 1 content errors (or warnings with --werror), 2 wrong usage.

#include "compiler/compiler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace groundwork::contentc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("groundwork-contentc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROUNDWORK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks Groundwork content files and compiles them into a content pack."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("The content folder (holding pack.yaml)."),
                                    QStringLiteral("dir"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Where to write pack.bin, audio/ and content.qrc."),
                                 QStringLiteral("dir"));
    const QCommandLineOption cache(QStringLiteral("narration-cache"),
                                   QStringLiteral("Keeps synthesised narration between builds."),
                                   QStringLiteral("dir"));
    const QCommandLineOption noNarration(QStringLiteral("no-narration"),
                                         QStringLiteral("Do not produce narration audio."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Only check the content: write nothing and "
                                                  "produce no audio."));
    const QCommandLineOption werror(QStringLiteral("werror"),
                                    QStringLiteral("Treat warnings as errors."));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   QStringLiteral("Do not print the coverage report."));
    parser.addOptions({source, out, cache, noNarration, check, werror, quiet});
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(source) || (parser.isSet(check) && parser.isSet(out))) {
        err << "groundwork-contentc: give --source <dir>, and either --out <dir> or --check\n";
        return 2;
    }
    CompileOptions options;
    options.sourceDir = parser.value(source);
    options.outDir = parser.isSet(check) ? QString() : parser.value(out);
    options.narrate = !parser.isSet(noNarration) && !parser.isSet(check);
    options.narrationCacheDir = parser.value(cache);
    options.warningsAreErrors = parser.isSet(werror);

    const CompileResult result = compileContent(options);
    for (const Diagnostic &diagnostic : result.diagnostics)
        err << diagnostic.toString() << '\n';
    err.flush();
    if (!parser.isSet(quiet)) {
        QTextStream outStream(stdout);
        outStream << formatCoverageReport(result.coverage);
        // Audited only once the content has no other errors (compileContent); an audit that
        // ran is printed even when it, a form's audit or the parallel-forms rules failed.
        if (!result.cueAudit.strategies.isEmpty())
            outStream << formatCueAudits(result);
    }
    const bool failed = result.hasErrors() || (parser.isSet(werror) && result.hasWarnings());
    if (failed)
        err << "groundwork-contentc: the content has problems; nothing was written\n";
    return failed ? 1 : 0;
}
