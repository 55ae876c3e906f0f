#include "cueaudit.h"

#include "key/drillkey.h"
#include "texttable.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace groundwork::contentc {

namespace {

namespace pb = groundwork::content::v1;

// What a learner sees of an option's size: its characters, with runs of white space as one.
double lengthOf(const std::string &text)
{
    return double(QString::fromStdString(text).simplified().size());
}

const pb::Decision *findDecision(const pb::Drill &drill, const std::string &id)
{
    for (const auto &decision : drill.decisions())
        if (decision.id() == id)
            return &decision;
    return nullptr;
}

// Picks an option of a decision by its form only; ties go to the first in the file.
using Strategy = std::function<int(const pb::Decision &)>;

int pickByLength(const pb::Decision &decision, bool longest)
{
    int chosen = 0;
    for (int i = 1; i < decision.options_size(); ++i) {
        const double length = lengthOf(decision.options(i).text());
        const double best = lengthOf(decision.options(chosen).text());
        if (longest ? length > best : length < best)
            chosen = i;
    }
    return chosen;
}

// Walks every drill from its start, choosing with `strategy`; sums the judgment of each
// decision walked into. The walk is bounded by the drill's size, so a broken graph (already
// reported by the compiler) cannot loop.
void walkDrills(const pb::ContentPack &pack, const Strategy &strategy, double *sum, int *count)
{
    for (const auto &drill : pack.drills()) {
        const pb::Decision *at = findDecision(drill, drill.start());
        for (int steps = 0; at && at->options_size() > 0 && steps < drill.decisions_size(); ++steps) {
            const int chosen = strategy(*at);
            if (const auto mean = drillkey::meanJudgment(drillkey::judgment(drill, *at, chosen))) {
                *sum += *mean;
                ++*count;
            }
            at = findDecision(drill, at->options(chosen).next());
        }
    }
}

// The expected judgment sum and decision count of a walk choosing uniformly at random.
std::pair<double, double> expectRandom(const pb::Drill &drill, const pb::Decision &decision, int depth)
{
    if (depth > drill.decisions_size() || decision.options_size() == 0)
        return {0, 0};
    double sum = 0;
    double count = 0;
    for (int i = 0; i < decision.options_size(); ++i) {
        if (const auto mean = drillkey::meanJudgment(drillkey::judgment(drill, decision, i))) {
            sum += *mean;
            count += 1;
        }
        if (const pb::Decision *next = findDecision(drill, decision.options(i).next())) {
            const auto [s, c] = expectRandom(drill, *next, depth + 1);
            sum += s;
            count += c;
        }
    }
    const double n = decision.options_size();
    return {sum / n, count / n};
}

DecisionCues cuesOf(const pb::Drill &drill, const pb::Decision &decision)
{
    DecisionCues cues;
    cues.drillId = QString::fromStdString(drill.id());
    cues.decisionId = QString::fromStdString(decision.id());
    cues.options = decision.options_size();
    const auto dims = drillkey::measuredDimensions(drill, decision);
    std::vector<double> means;
    int best = -1;
    for (int i = 0; i < decision.options_size(); ++i) {
        means.push_back(drillkey::meanKey(decision.options(i), dims).value_or(0));
        if (best < 0 && drillkey::isBest(drill, decision, i))
            best = i;
    }
    if (best < 0)
        return cues;
    cues.bestPosition = best + 1;
    cues.bestLength = lengthOf(decision.options(best).text());
    double others = 0;
    double runnerUp = -1;
    bool longest = true;
    bool shortest = true;
    for (int i = 0; i < decision.options_size(); ++i) {
        if (i == best)
            continue;
        const double length = lengthOf(decision.options(i).text());
        others += length;
        longest &= cues.bestLength >= length;
        shortest &= cues.bestLength <= length;
        runnerUp = std::max(runnerUp, means[size_t(i)]);
    }
    cues.othersLength = decision.options_size() > 1 ? others / (decision.options_size() - 1) : 0;
    cues.bestIsLongest = longest;
    cues.bestIsShortest = shortest;
    cues.gap = runnerUp < 0 ? 0 : means[size_t(best)] - runnerUp;
    if (dims.size() >= 2) {
        for (const auto &option : decision.options()) {
            std::vector<uint32_t> values;
            for (const auto &dim : dims)
                if (const auto it = option.key().find(dim); it != option.key().end())
                    values.push_back(it->second);
            if (values.size() == dims.size()
                && std::all_of(values.begin(), values.end(), [&](uint32_t v) { return v == values[0]; }))
                ++cues.sameEverywhere;
        }
    }
    return cues;
}

double pearson(const std::vector<std::pair<double, double>> &pairs)
{
    const double n = double(pairs.size());
    double mx = 0, my = 0;
    for (const auto &[x, y] : pairs) {
        mx += x / n;
        my += y / n;
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (const auto &[x, y] : pairs) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

QList<DimensionCorrelation> correlationsOf(const pb::ContentPack &pack)
{
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<double, double>>> pairs;
    for (const auto &drill : pack.drills())
        for (const auto &decision : drill.decisions())
            for (const auto &option : decision.options())
                for (const auto &[a, x] : option.key())
                    for (const auto &[b, y] : option.key())
                        if (a < b)
                            pairs[{a, b}].push_back({double(x), double(y)});
    QList<DimensionCorrelation> result;
    for (const auto &[dims, values] : pairs)
        if (values.size() >= 3)
            result.append({QString::fromStdString(dims.first), QString::fromStdString(dims.second),
                           pearson(values), int(values.size())});
    return result;
}

void countAt(QList<int> &counts, int position)
{
    while (counts.size() < position)
        counts.append(0);
    ++counts[position - 1];
}

void auditChecks(const pb::ContentPack &pack, CueAudit &audit, QList<int> &longestRight,
                 QList<int> &shortestRight, int &firstRight)
{
    for (const auto &lesson : pack.lessons()) {
        const auto &options = lesson.check().options();
        int correct = -1;
        for (int i = 0; i < options.size(); ++i)
            if (options.Get(i).correct())
                correct = i;
        if (correct < 0)
            continue;
        ++audit.checks;
        countAt(audit.checkCorrectPositions, correct + 1);
        bool longest = true, shortest = true;
        int longestAt = 0, shortestAt = 0;
        for (int i = 0; i < options.size(); ++i) {
            const double length = lengthOf(options.Get(i).text());
            longest &= i == correct || lengthOf(options.Get(correct).text()) >= length;
            shortest &= i == correct || lengthOf(options.Get(correct).text()) <= length;
            if (length > lengthOf(options.Get(longestAt).text()))
                longestAt = i;
            if (length < lengthOf(options.Get(shortestAt).text()))
                shortestAt = i;
        }
        audit.checkCorrectIsLongest += longest ? 1 : 0;
        audit.checkCorrectIsShortest += shortest ? 1 : 0;
        longestRight.append(longestAt == correct ? 1 : 0);
        shortestRight.append(shortestAt == correct ? 1 : 0);
        firstRight += correct == 0 ? 1 : 0;
    }
}

double share(int part, int whole)
{
    return whole > 0 ? double(part) / whole : 0;
}

void judge(CueAudit &audit)
{
    using L = CueLimits;
    const int decisions = int(audit.decisions.size());
    if (decisions >= L::kMinDecisionsToEnforce) {
        for (const auto &strategy : audit.strategies)
            if (strategy.name != QLatin1String("random (expected)") && strategy.drills > L::kMaxNaiveScore)
                audit.failures.append({QStringLiteral("drills"), QStringLiteral("choosing %1 scores %2 on the drills; the limit "
                                                     "is %3: make option length and order tell "
                                                     "nothing about the key")
                                          .arg(strategy.name).arg(strategy.drills, 0, 'f', 2)
                                          .arg(L::kMaxNaiveScore)});
        if (share(audit.bestIsLongest(), decisions) > L::kMaxBestIsLongestShare)
            audit.failures.append({QStringLiteral("drills"), QStringLiteral("the best option is the longest in %1 of %2 "
                                                 "decisions; the limit is %3%: shorten it or "
                                                 "lengthen the others")
                                      .arg(audit.bestIsLongest()).arg(decisions)
                                      .arg(L::kMaxBestIsLongestShare * 100)});
        if (share(audit.competing(), decisions) < L::kMinCompetingShare)
            audit.failures.append({QStringLiteral("drills"), QStringLiteral("only %1 of %2 decisions have a second option "
                                                 "within %3 key point of the best; at least %4% "
                                                 "need a competing good answer")
                                      .arg(audit.competing()).arg(decisions)
                                      .arg(L::kCompetingGap).arg(L::kMinCompetingShare * 100)});
    }
    if (audit.checks >= L::kMinChecksToEnforce) {
        for (const auto &strategy : audit.strategies)
            if (strategy.name != QLatin1String("random (expected)") && strategy.checks > L::kMaxNaiveScore)
                audit.failures.append({QStringLiteral("lessons"), QStringLiteral("choosing %1 answers %2% of quick checks "
                                                     "right; the limit is %3%")
                                          .arg(strategy.name).arg(strategy.checks * 100, 0, 'f', 0)
                                          .arg(L::kMaxNaiveScore * 100)});
        if (share(audit.checkCorrectIsLongest, audit.checks) > L::kMaxBestIsLongestShare)
            audit.failures.append({QStringLiteral("lessons"), QStringLiteral("the right answer is the longest in %1 of %2 "
                                                 "quick checks; the limit is %3%")
                                      .arg(audit.checkCorrectIsLongest).arg(audit.checks)
                                      .arg(L::kMaxBestIsLongestShare * 100)});
    }
}

} // namespace

int CueAudit::bestIsLongest() const
{
    return int(std::count_if(decisions.begin(), decisions.end(),
                             [](const DecisionCues &d) { return d.bestIsLongest; }));
}

int CueAudit::competing() const
{
    return int(std::count_if(decisions.begin(), decisions.end(), [](const DecisionCues &d) {
        return d.options > 1 && d.gap <= CueLimits::kCompetingGap + 1e-9;
    }));
}

double CueAudit::medianGap() const
{
    std::vector<double> gaps;
    for (const auto &d : decisions)
        gaps.push_back(d.gap);
    if (gaps.empty())
        return 0;
    std::sort(gaps.begin(), gaps.end());
    const size_t mid = gaps.size() / 2;
    return gaps.size() % 2 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
}

CueAudit auditCues(const pb::ContentPack &pack)
{
    CueAudit audit;
    for (const auto &drill : pack.drills())
        for (const auto &decision : drill.decisions()) {
            audit.decisions.append(cuesOf(drill, decision));
            if (audit.decisions.last().bestPosition > 0)
                countAt(audit.bestPositions, audit.decisions.last().bestPosition);
        }

    QList<int> longestRight, shortestRight;
    int firstRight = 0;
    auditChecks(pack, audit, longestRight, shortestRight, firstRight);
    const auto checkShare = [&](const QList<int> &right) {
        return share(int(std::count(right.begin(), right.end(), 1)), audit.checks);
    };

    const std::vector<std::pair<QString, Strategy>> strategies{
        {QStringLiteral("always the longest"), [](const pb::Decision &d) { return pickByLength(d, true); }},
        {QStringLiteral("always the shortest"), [](const pb::Decision &d) { return pickByLength(d, false); }},
        {QStringLiteral("always the first in the file"), [](const pb::Decision &) { return 0; }},
    };
    const std::vector<double> checkScores{checkShare(longestRight), checkShare(shortestRight),
                                          share(firstRight, audit.checks)};
    for (size_t i = 0; i < strategies.size(); ++i) {
        double sum = 0;
        int count = 0;
        walkDrills(pack, strategies[i].second, &sum, &count);
        audit.strategies.append({strategies[i].first, count ? sum / count : 0, checkScores[i]});
    }
    double randomSum = 0, randomCount = 0, randomChecks = 0;
    for (const auto &drill : pack.drills())
        if (const pb::Decision *start = findDecision(drill, drill.start())) {
            const auto [s, c] = expectRandom(drill, *start, 0);
            randomSum += s;
            randomCount += c;
        }
    for (const auto &lesson : pack.lessons())
        if (lesson.check().options_size() > 0)
            randomChecks += 1.0 / lesson.check().options_size();
    audit.strategies.append({QStringLiteral("random (expected)"),
                             randomCount > 0 ? randomSum / randomCount : 0,
                             audit.checks ? randomChecks / audit.checks : 0});
    audit.correlations = correlationsOf(pack);
    judge(audit);
    return audit;
}

QString formatCueAudit(const CueAudit &audit)
{
    using L = CueLimits;
    const auto number = [](double value, int decimals = 2) {
        return QString::number(value, 'f', decimals);
    };
    QString text = QStringLiteral("\nCue audit: each decision (length in characters; gap = mean "
                                  "key of the best minus the runner-up)\n");
    QList<QStringList> rows;
    for (const auto &d : audit.decisions)
        rows.append({d.drillId + QLatin1Char('/') + d.decisionId, QString::number(d.bestPosition),
                     number(d.bestLength, 0), number(d.othersLength, 0),
                     d.bestIsLongest ? QStringLiteral("longest")
                                     : d.bestIsShortest ? QStringLiteral("shortest") : QString(),
                     number(d.gap), d.sameEverywhere ? QString::number(d.sameEverywhere) : QString()});
    text += formatTable({QStringLiteral("decision"), QStringLiteral("best at"),
                         QStringLiteral("best len"), QStringLiteral("others len"),
                         QStringLiteral("best is"), QStringLiteral("gap"),
                         QStringLiteral("same on all dims")},
                        rows);

    text += QStringLiteral("\nCue audit: naive strategies (drills: mean judgment 0..1 over the "
                           "decisions walked; checks: share right)\n");
    rows.clear();
    for (const auto &s : audit.strategies)
        rows.append({s.name, number(s.drills), number(s.checks)});
    text += formatTable({QStringLiteral("strategy"), QStringLiteral("drills"), QStringLiteral("checks")}, rows);

    const int decisions = int(audit.decisions.size());
    const auto positions = [](const QList<int> &counts) {
        QStringList parts;
        for (int i = 0; i < counts.size(); ++i)
            parts.append(QStringLiteral("#%1: %2").arg(i + 1).arg(counts[i]));
        return parts.join(QStringLiteral(", "));
    };
    int gapBins[5] = {0, 0, 0, 0, 0}; // tie, <=0.5, <=1, <=2, >2
    for (const auto &d : audit.decisions)
        ++gapBins[d.gap < 1e-9 ? 0 : d.gap <= 0.5 + 1e-9 ? 1 : d.gap <= 1 + 1e-9 ? 2 : d.gap <= 2 + 1e-9 ? 3 : 4];
    text += QStringLiteral("\nCue audit: %1 decisions. Best is the longest in %2 (%3%, limit %4%), "
                           "the shortest in %5. Runner-up within %6 key point in %7 (%8%, at least "
                           "%9%); median gap %10; gaps: tie %11, <=0.5 %12, <=1 %13, <=2 %14, >2 %15. "
                           "Best option's place in the file: %16.\n")
                .arg(decisions).arg(audit.bestIsLongest())
                .arg(number(100 * share(audit.bestIsLongest(), decisions), 0))
                .arg(L::kMaxBestIsLongestShare * 100)
                .arg(std::count_if(audit.decisions.begin(), audit.decisions.end(),
                                   [](const DecisionCues &d) { return d.bestIsShortest; }))
                .arg(L::kCompetingGap).arg(audit.competing())
                .arg(number(100 * share(audit.competing(), decisions), 0))
                .arg(L::kMinCompetingShare * 100).arg(number(audit.medianGap()))
                .arg(gapBins[0]).arg(gapBins[1]).arg(gapBins[2]).arg(gapBins[3]).arg(gapBins[4])
                .arg(positions(audit.bestPositions));
    int same = 0, options = 0;
    for (const auto &d : audit.decisions) {
        same += d.sameEverywhere;
        options += d.options;
    }
    text += QStringLiteral("Options with the same value on every dimension: %1 of %2.\n").arg(same).arg(options);
    text += QStringLiteral("Quick checks: %1; the right answer is the longest in %2, the shortest "
                           "in %3; its place: %4.\n")
                .arg(audit.checks).arg(audit.checkCorrectIsLongest).arg(audit.checkCorrectIsShortest)
                .arg(positions(audit.checkCorrectPositions));

    text += QStringLiteral("\nCue audit: correlation of dimension keys across options (r, options)\n");
    rows.clear();
    double sumAbs = 0;
    for (const auto &c : audit.correlations) {
        rows.append({c.first + QStringLiteral(" ~ ") + c.second, number(c.r), QString::number(c.options)});
        sumAbs += std::abs(c.r);
    }
    text += formatTable({QStringLiteral("dimensions"), QStringLiteral("r"), QStringLiteral("n")}, rows);
    if (!audit.correlations.isEmpty())
        text += QStringLiteral("Mean |r| over %1 pairs: %2\n").arg(audit.correlations.size())
                    .arg(number(sumAbs / audit.correlations.size()));
    if (decisions < L::kMinDecisionsToEnforce || audit.checks < L::kMinChecksToEnforce)
        text += QStringLiteral("(Limits are enforced from %1 decisions and %2 quick checks.)\n")
                    .arg(L::kMinDecisionsToEnforce).arg(L::kMinChecksToEnforce);
    if (audit.failures.isEmpty())
        text += QStringLiteral("Cue audit passed.\n");
    for (const auto &failure : audit.failures)
        text += QStringLiteral("Cue audit FAILED (%1): %2\n").arg(failure.folder, failure.message);
    return text;
}

QList<FormCueAudit> auditFormCues(const pb::ContentPack &pack)
{
    const std::pair<pb::AssessmentForm, QString> forms[] = {{pb::ASSESSMENT_FORM_A, QStringLiteral("A")},
                                                            {pb::ASSESSMENT_FORM_B, QStringLiteral("B")}};
    QList<FormCueAudit> audits;
    bool any = false;
    for (const auto &[form, name] : forms) {
        // The form's drills alone; no lessons, so no quick checks are judged here.
        pb::ContentPack drills;
        for (const auto &drill : pack.drills())
            if (drill.assessment_form() == form)
                *drills.add_drills() = drill;
        any = any || drills.drills_size() > 0;
        audits.append({name, auditCues(drills)});
    }
    return any ? audits : QList<FormCueAudit>{};
}

QString formatFormCueAudits(const QList<FormCueAudit> &audits)
{
    if (audits.isEmpty())
        return {};
    using L = CueLimits;
    const auto number = [](double value) { return QString::number(value, 'f', 2); };
    const auto percent = [](int part, qsizetype whole) {
        return QStringLiteral("%1 (%2%)").arg(part).arg(whole ? qRound(100.0 * part / whole) : 0);
    };
    QString text = QStringLiteral("\nCue audit: each form of the readiness assessment alone "
                                  "(naive strategies: mean judgment 0..1 over the decisions "
                                  "walked)\n");
    QList<QStringList> rows;
    bool anyUnenforced = false;
    for (const FormCueAudit &form : audits) {
        QStringList row{form.form, QString::number(form.audit.decisions.size())};
        for (const auto &strategy : form.audit.strategies)
            row.append(number(strategy.drills));
        row.append(percent(form.audit.bestIsLongest(), form.audit.decisions.size()));
        row.append(percent(form.audit.competing(), form.audit.decisions.size()));
        row.append(number(form.audit.medianGap()));
        anyUnenforced = anyUnenforced || !form.enforced();
        row.append(!form.enforced()             ? QStringLiteral("not enforced")
                   : form.audit.failures.isEmpty() ? QStringLiteral("passed")
                                                   : QStringLiteral("FAILED"));
        rows.append(row);
    }
    text += formatTable({QStringLiteral("form"), QStringLiteral("decisions"),
                         QStringLiteral("longest"), QStringLiteral("shortest"),
                         QStringLiteral("first"), QStringLiteral("random"),
                         QStringLiteral("best is longest"),
                         QStringLiteral("runner-up within %1").arg(L::kCompetingGap),
                         QStringLiteral("median gap"),
                         QStringLiteral("verdict")},
                        rows);
    if (anyUnenforced)
        text += QStringLiteral("(A form of fewer than %1 decisions is too small to judge alone; "
                               "its drills are judged in the whole catalogue's audit above.)\n")
                    .arg(L::kMinDecisionsToEnforce);
    for (const FormCueAudit &form : audits)
        for (const auto &failure : form.audit.failures)
            text += QStringLiteral("Cue audit FAILED (form %1): %2\n").arg(form.form, failure.message);
    return text;
}

} // namespace groundwork::contentc
