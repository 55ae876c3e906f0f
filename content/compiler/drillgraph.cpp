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

    bool findLoops()
    {
        QList<int> state(m_graph.decisions.size(), 0); // 0 unseen, 1 on the current path, 2 done
        QList<int> stack;
        bool found = false;
        const auto visit = [&](auto &&self, int index) -> void {
            state[index] = 1;
            stack.append(index);
            const auto &decision = m_graph.decisions[index];
            for (const auto &option : decision.options) {
                if (!leadsSomewhere(option))
                    continue;
                const int target = m_index.value(option.next);
                if (state[target] == 1) {
                    found = true;
                    reportLoop(decision, option, stack.mid(stack.indexOf(target)));
                } else if (state[target] == 0) {
                    self(self, target);
                }
            }
            stack.removeLast();
            state[index] = 2;
        };
        // From start first, so a loop is reported at the option that goes back, as read.
        if (m_index.contains(m_graph.start))
            visit(visit, m_index.value(m_graph.start));
        for (int i = 0; i < m_graph.decisions.size(); ++i)
            if (state[i] == 0 && m_index.value(m_graph.decisions[i].id, -1) == i)
                visit(visit, i);
        return found;
    }

    void reportLoop(const DrillGraph::Decision &decision, const DrillGraph::Option &option,
                    const QList<int> &loop)
    {
        QStringList names;
        for (int index : loop)
            names.append(m_graph.decisions[index].id);
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

    // Paths may branch and join; with at most 4 decisions deep and 4 options each, walking every
    // path is cheap, and the walk stops as soon as a path grows too long.
    void walkPaths(int index, QList<int> &path)
    {
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
};

} // namespace

void checkDrillGraph(const DrillGraph &graph, const FileReporter &report)
{
    GraphChecker(graph, report).run();
}

} // namespace groundwork::contentc
