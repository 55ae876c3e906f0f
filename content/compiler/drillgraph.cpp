#include "drillgraph.h"

#include "ids.h"

#include <QHash>
#include <QSet>

namespace groundwork::contentc {

namespace {

const QString kArrow = QStringLiteral(" → ");

class GraphChecker
{
public:
    GraphChecker(const DrillGraph &graph, const FileReporter &report)
        : m_graph(graph), m_report(report)
    {
        for (int i = 0; i < graph.decisions.size(); ++i)
            if (!graph.decisions[i].id.isEmpty() && !m_index.contains(graph.decisions[i].id))
                m_index.insert(graph.decisions[i].id, i);
    }

    void run()
    {
        // Beyond what paths can reach, the drill is known to be wrong: say so once, instead of
        // searching a graph as large as the file.
        if (m_graph.decisions.size() > kMaxDecisionsInDrill) {
            reportTooManyDecisions();
            return;
        }
        const bool startKnown = checkStart();
        checkNextTargets();
        const bool hasLoop = findLoops();
        if (!startKnown)
            return;
        checkReachable();
        if (!hasLoop) {
            QList<int> path;
            walkPaths(m_index.value(m_graph.start), path);
        }
    }

private:
    // From start, each option leads one decision deeper: 1 + 4 + 16 + 64 with 4 decisions on a
    // path and 4 options to a decision.
    static constexpr int kMaxDecisionsInDrill = 1 + 4 + 4 * 4 + 4 * 4 * 4;

    void reportTooManyDecisions()
    {
        const auto &first = m_graph.decisions[kMaxDecisionsInDrill];
        m_report.error(first.line, QStringLiteral("this drill has %1 decisions, more than can ever be "
                                                  "reached: with at most 4 options to a decision "
                                                  "and 4 decisions on a path, a drill reaches at "
                                                  "most %2; this is decision %3")
                                       .arg(m_graph.decisions.size())
                                       .arg(kMaxDecisionsInDrill)
                                       .arg(kMaxDecisionsInDrill + 1));
    }

    QStringList decisionIds() const
    {
        QStringList ids;
        for (const auto &decision : m_graph.decisions)
            if (!decision.id.isEmpty())
                ids.append(decision.id);
        return ids;
    }

    QString missingDecision(const QString &id) const
    {
        QString message = QStringLiteral("this drill has no decision '%1'").arg(id);
        const QString guess = closestMatch(id, decisionIds());
        if (!guess.isEmpty())
            message += QStringLiteral("; did you mean '%1'?").arg(guess);
        return message + QStringLiteral(" (decisions: %1)").arg(listForMessage(decisionIds()));
    }

    bool checkStart()
    {
        if (m_graph.start.isEmpty())
            return false;
        if (m_index.contains(m_graph.start))
            return true;
        m_report.error(m_graph.startLine, QStringLiteral("'start' names decision '%1', but %2")
                                              .arg(m_graph.start, missingDecision(m_graph.start)));
        return false;
    }

    // A next that names no decision is reported once here and otherwise treated as absent.
    bool leadsSomewhere(const DrillGraph::Option &option) const
    {
        return !option.next.isEmpty() && m_index.contains(option.next);
    }

    void checkNextTargets()
    {
        for (const auto &decision : m_graph.decisions)
            for (const auto &option : decision.options)
                if (!option.next.isEmpty() && !m_index.contains(option.next))
                    m_report.error(option.nextLine,
                                   QStringLiteral("option '%1' of decision '%2' leads to decision "
                                                  "'%3', but %4")
                                       .arg(option.id, decision.id, option.next,
                                            missingDecision(option.next)));
    }

    // Depth-first from each decision, with its own stack rather than recursion: a generated file
    // can chain thousands of decisions, more than the call stack holds.
    bool findLoops()
    {
        QList<int> state(m_graph.decisions.size(), 0); // 0 unseen, 1 on the current path, 2 done
        QList<int> path;
        QList<qsizetype> nextOption; // for each decision on the path, the option to follow next
        bool found = false;
        const auto enter = [&](int index) {
            state[index] = 1;
            path.append(index);
            nextOption.append(0);
        };
        const auto search = [&](int from) {
            enter(from);
            while (!path.isEmpty()) {
                const auto &decision = m_graph.decisions[path.last()];
                if (nextOption.last() == decision.options.size()) {
                    state[path.takeLast()] = 2;
                    nextOption.removeLast();
                    continue;
                }
                const auto &option = decision.options[nextOption.last()++];
                if (!leadsSomewhere(option))
                    continue;
                const int target = m_index.value(option.next);
                if (state[target] == 1) {
                    found = true;
                    reportLoop(decision, option, path.mid(path.indexOf(target)));
                } else if (state[target] == 0) {
                    enter(target);
                }
            }
        };
        // From start first, so a loop is reported at the option that goes back, as read.
        if (m_index.contains(m_graph.start))
            search(m_index.value(m_graph.start));
        for (int i = 0; i < m_graph.decisions.size(); ++i)
            if (state[i] == 0 && m_index.value(m_graph.decisions[i].id, -1) == i)
                search(i);
        return found;
    }

    void reportLoop(const DrillGraph::Decision &decision, const DrillGraph::Option &option,
                    const QList<int> &loop)
    {
        // A loop through a long chain is named by its ends, so the message stays readable.
        constexpr int kShownAtEachEnd = 3;
        QStringList names;
        for (int i = 0; i < loop.size(); ++i) {
            if (i == kShownAtEachEnd && loop.size() > 2 * kShownAtEachEnd + 1) {
                names.append(QStringLiteral("… (%1 more)").arg(loop.size() - 2 * kShownAtEachEnd));
                i = int(loop.size()) - kShownAtEachEnd - 1;
                continue;
            }
            names.append(m_graph.decisions[loop[i]].id);
        }
        names.append(option.next);
        m_report.error(option.nextLine,
                       QStringLiteral("option '%1' of decision '%2' leads back to decision '%3', "
                                      "which makes a loop: %4; a drill must always move forward")
                           .arg(option.id, decision.id, option.next, names.join(kArrow)));
    }

    void checkReachable()
    {
        QSet<int> reached{m_index.value(m_graph.start)};
        QList<int> queue{m_index.value(m_graph.start)};
        while (!queue.isEmpty()) {
            const int index = queue.takeFirst();
            for (const auto &option : m_graph.decisions[index].options) {
                if (!leadsSomewhere(option))
                    continue;
                const int target = m_index.value(option.next);
                if (!reached.contains(target)) {
                    reached.insert(target);
                    queue.append(target);
                }
            }
        }
        for (int i = 0; i < m_graph.decisions.size(); ++i) {
            const auto &decision = m_graph.decisions[i];
            if (!decision.id.isEmpty() && m_index.value(decision.id) == i && !reached.contains(i))
                m_report.error(decision.line,
                               QStringLiteral("decision '%1' cannot be reached from the start "
                                              "decision '%2': no option's 'next' leads to it")
                                   .arg(decision.id, m_graph.start));
        }
    }

    QString describePath(const QList<int> &path, bool ends) const
    {
        QStringList names{QStringLiteral("start")};
        for (int index : path)
            names.append(m_graph.decisions[index].id);
        names.append(ends ? QStringLiteral("end") : QStringLiteral("…"));
        return names.join(kArrow);
    }

    void reportPath(const QString &path, int line, const QString &problem)
    {
        if (m_reportedPaths.contains(path))
            return;
        m_reportedPaths.insert(path);
        m_report.error(line, QStringLiteral("path %1 %2; every path from start to an end needs %3 "
                                            "to %4 decisions")
                                 .arg(path, problem)
                                 .arg(kMinDecisionsOnPath)
                                 .arg(kMaxDecisionsOnPath));
    }

    // Paths may branch and join. The walk stops as soon as a path grows too long, so it never goes
    // deeper than 5; and a decision reached again at the same depth (by another way of joining)
    // has nothing new to report, so each is walked once per depth, however many options there
    // are (4 decisions of 300 options would otherwise be 300^4 paths).
    void walkPaths(int index, QList<int> &path)
    {
        const qint64 state = qint64(index) * (kMaxDecisionsOnPath + 2) + path.size();
        if (m_walked.contains(state))
            return;
        m_walked.insert(state);
        path.append(index);
        for (const auto &option : m_graph.decisions[index].options) {
            if (option.next.isEmpty()) {
                if (path.size() < kMinDecisionsOnPath)
                    reportPath(describePath(path, true), option.line,
                               QStringLiteral("has %1 decision%2")
                                   .arg(path.size())
                                   .arg(path.size() == 1 ? "" : "s"));
                continue;
            }
            if (!leadsSomewhere(option))
                continue;
            if (path.size() == kMaxDecisionsOnPath) {
                path.append(m_index.value(option.next));
                reportPath(describePath(path, false), option.nextLine,
                           QStringLiteral("has more than %1 decisions").arg(kMaxDecisionsOnPath));
                path.removeLast();
                continue;
            }
            walkPaths(m_index.value(option.next), path);
        }
        path.removeLast();
    }

    const DrillGraph &m_graph;
    const FileReporter &m_report;
    QHash<QString, int> m_index;
    QSet<QString> m_reportedPaths;
    QSet<qint64> m_walked; // (decision, depth) pairs already walked
};

} // namespace

void checkDrillGraph(const DrillGraph &graph, const FileReporter &report)
{
    GraphChecker(graph, report).run();
}

} // namespace groundwork::contentc
