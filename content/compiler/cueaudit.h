#pragma once

// The cue audit: can a learner score by the *form* of an option (its length, its place in the
// file) rather than by judging it? Measured over every drill decision and quick check of a
// compiled pack, on the app's own judgment scale (content/key/drillkey.h).

#include "groundwork/content/v1/pack.pb.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace groundwork::contentc {

// The limits the build enforces, in one place. Why these values:
// - A naive strategy (always the longest, the shortest or the first option) must not score
//   above 0.65 on the 0..1 judgment scale: picking at random scores about 0.4 to 0.5 here and a
//   learner who always finds the keyed best scores 1, so 0.65 leaves form-spotting well short
//   of judgment.
// - The best option may be the longest in at most 40% of decisions: with 3 or 4 options a
//   length-blind key makes it the longest in 25 to 33%; 40% leaves room for chance without
//   letting length become a signal (it was 100% before this audit).
// - At least half of all decisions need a competing second option within 1 key point of the
//   best (good against excellent), or the drills test spotting the one right answer.
// - Below kMinDecisionsToEnforce (a test tree of two drills, an author's first draft) shares
//   are too noisy to judge, so the audit is printed but not enforced.
struct CueLimits
{
    static constexpr double kMaxNaiveScore = 0.65;
    static constexpr double kMaxBestIsLongestShare = 0.40;
    static constexpr double kCompetingGap = 1.0;
    static constexpr double kMinCompetingShare = 0.5;
    static constexpr int kMinDecisionsToEnforce = 12;
    static constexpr int kMinChecksToEnforce = 8;
};

struct DecisionCues
{
    QString drillId;
    QString decisionId;
    int options = 0;
    int bestPosition = 0;     // 1-based place of the first best-keyed option in the file
    double bestLength = 0;    // characters of the best option's text (the first best)
    double othersLength = 0;  // mean characters of the other options
    bool bestIsLongest = false;
    bool bestIsShortest = false;
    double gap = 0;           // mean key of the best minus that of the runner-up
    int sameEverywhere = 0;   // options with one value on every dimension (2 or more measured)
};

struct StrategyScore
{
    QString name;
    double drills = 0;  // mean judgment over the drill decisions the strategy walks into
    double checks = 0;  // share of quick checks it answers right
};

struct DimensionCorrelation
{
    QString first;
    QString second;
    double r = 0;
    int options = 0; // options that key both
};

struct CueFailure
{
    QString folder;  // "drills" or "lessons": where the fix lies
    QString message;
};

struct CueAudit
{
    QList<DecisionCues> decisions;
    QList<StrategyScore> strategies;   // longest, shortest, first in the file, random (expected)
    QList<DimensionCorrelation> correlations;
    int checks = 0;
    int checkCorrectIsLongest = 0;
    int checkCorrectIsShortest = 0;
    QList<int> checkCorrectPositions;  // count per 1-based place
    QList<int> bestPositions;          // count per 1-based place, over drill decisions
    QList<CueFailure> failures;        // limits broken; empty when the audit passes

    int bestIsLongest() const;
    int competing() const;             // decisions with a runner-up within kCompetingGap
    double medianGap() const;
};

CueAudit auditCues(const groundwork::content::v1::ContentPack &pack);

// The audit as groundwork-contentc prints it after the coverage report.
QString formatCueAudit(const CueAudit &audit);

// One form of the readiness assessment audited on its own: a form must not be gameable either,
// even where the rest of the catalogue dilutes it. Its limits are enforced like the whole
// catalogue's, from kMinDecisionsToEnforce decisions.
struct FormCueAudit
{
    QString form; // "A" or "B"
    CueAudit audit;

    bool enforced() const { return audit.decisions.size() >= CueLimits::kMinDecisionsToEnforce; }
};

// Form A then form B; empty when no drill declares an assessment form.
QList<FormCueAudit> auditFormCues(const groundwork::content::v1::ContentPack &pack);

// A short summary per form: the naive strategies, best-is-longest, runner-up share, verdict.
QString formatFormCueAudits(const QList<FormCueAudit> &audits);

} // namespace groundwork::contentc
