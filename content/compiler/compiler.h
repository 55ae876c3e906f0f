#pragma once

// The content compiler's public API: turns the authored content folder into a ContentPack,
// reporting every problem as "file:line: message" so an author can fix them all in one pass.

#include "cueaudit.h"
#include "groundwork/content/v1/pack.pb.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace groundwork::contentc {

struct Diagnostic
{
    QString file; // the source directory as given, joined with the file's relative path
    int line = 0; // 1-based; 0 when the problem concerns the whole file
    QString message;
    bool warning = false;

    // "file:line: message" or "file:line: warning: message"
    QString toString() const;
};

struct CompileOptions
{
    QString sourceDir;
    bool narrate = false;
    QString outDir;            // empty: check only, write nothing
    QString narrationCacheDir; // empty: a throw-away cache for this run
    bool warningsAreErrors = false; // --werror: a warning also stops the output being written
};

// One form of the readiness assessment as the coverage report and the parallel-forms rules count
// it. A decision measures a dimension when its options' keys for it differ (the dimensions it
// gives evidence on); the alternative decisions of a branch each count.
struct AssessmentFormSummary
{
    QString name;       // "A" or "B"
    QStringList drills; // ids, in file order
    int decisions = 0;  // decisions that measure at least one dimension
    QMap<QString, int> decisionsByDimension; // dimension id -> decisions measuring it
    QMap<QString, int> drillsByScenario;     // scenario type id -> drills
};

// Which drills exercise which scenario types, dimensions and traps, for the coverage report.
// The practice tables leave out the drills of the readiness assessment, which are never
// practised; those are counted per form in assessmentForms.
struct Coverage
{
    struct Entry
    {
        QString id;
        QString name;
    };
    QList<Entry> scenarioTypes;
    QList<Entry> dimensions;
    QList<Entry> traps;
    QStringList drills;
    // scenario type id -> dimension id -> number of drills
    QMap<QString, QMap<QString, int>> drillsByScenarioAndDimension;
    // drill id -> trap ids it guards against (through its measured dimensions)
    QMap<QString, QStringList> trapsByDrill;
    // Form A then form B; empty when the pack has no assessment drills.
    QList<AssessmentFormSummary> assessmentForms;
};

struct CompileResult
{
    QList<Diagnostic> diagnostics; // sorted by file, then line
    groundwork::content::v1::ContentPack pack;
    Coverage coverage;
    CueAudit cueAudit;
    // The audit of each form of the readiness assessment on its own (empty without one).
    QList<FormCueAudit> formCueAudits;

    bool hasErrors() const;
    bool hasWarnings() const;
};

CompileResult compileContent(const CompileOptions &options);

// The coverage report as printed by groundwork-contentc: two tables and a list of gaps, then
// the table of the two assessment forms when there are any.
QString formatCoverageReport(const Coverage &coverage);

// The cue audits as groundwork-contentc prints them after the coverage report: the whole
// catalogue's, then each assessment form's.
QString formatCueAudits(const CompileResult &result);

} // namespace groundwork::contentc
