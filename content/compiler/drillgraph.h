#pragma once

#include "diagnostics.h"

namespace groundwork::contentc {

// A drill's branching as written, with the lines needed to report on it.
struct DrillGraph
{
    struct Option
    {
        QString id;
        QString next; // empty: the drill ends after this option
        int line = 0;
        int nextLine = 0;
    };
    struct Decision
    {
        QString id;
        int line = 0;
        QList<Option> options;
    };
    QString start;
    int startLine = 0;
    QList<Decision> decisions;
};

inline constexpr int kMinDecisionsOnPath = 2;
inline constexpr int kMaxDecisionsOnPath = 4;

// Checks that start and every next name a decision, that there are no loops, that every decision
// can be reached, and that every path from start to an end has 2 to 4 decisions.
void checkDrillGraph(const DrillGraph &graph, const FileReporter &report);

} // namespace groundwork::contentc
