#pragma once

// Drills of the readiness assessment's two parallel forms, generated for a test, and a check
// that a run reports exactly the expected errors. For tst_assessmentforms and
// tst_parallelforms.

#include "contentfixture.h"

namespace groundwork::contentc::testing {

// One decision of a generated drill: the dimensions it measures ("" for the drill's, both
// baseline dimensions) and where it leads (empty: the drill ends).
struct Step
{
    QString id;
    QString measures;
    QString next;
    QString branch = {}; // where the third option leads instead of `next`, when set
};

// Keys of an option on the baseline's dimensions, coaching then trust.
struct Keys
{
    int coaching;
    int trust;
};

inline QString keyText(const QString &measures, Keys keys)
{
    if (measures == QLatin1String("coaching"))
        return QStringLiteral("{coaching: %1}").arg(keys.coaching);
    if (measures == QLatin1String("trust"))
        return QStringLiteral("{trust: %1}").arg(keys.trust);
    return QStringLiteral("{coaching: %1, trust: %2}").arg(keys.coaching).arg(keys.trust);
}

// A drill of the given decisions (a chain, unless a step branches). Its options tell nothing by
// their form: the best is neither first nor longest nor shortest, and a runner-up is 1 key point
// behind. With `gameable`, the best is always the first and the longest instead.
inline QString assessmentDrill(const QString &id, const QString &form, const QString &scenario,
                               const QList<Step> &steps, bool gameable = false)
{
    QString yaml = QStringLiteral("id: %1\ntitle: Assessed %1\nscenario_type: %2\n"
                                  "measures: [coaching, trust]\n")
                       .arg(id, scenario);
    if (!form.isEmpty())
        yaml += QStringLiteral("assessment_form: %1\n").arg(form);
    yaml +=
        QStringLiteral("setting: A new situation.\nstart: %1\ndecisions:\n").arg(steps.first().id);
    struct Option
    {
        const char *id;
        const char *text;
        Keys keys;
    };
    const QList<Option> fair{{"decide", "Decide it yourself.", {1, 2}},
                             {"ask", "Ask them what they need from you.", {5, 4}},
                             {"talk", "Talk it through with both of them today.", {4, 3}}};
    const QList<Option> tells{{"talk", "Talk it through with both of them today.", {5, 5}},
                              {"ask", "Ask them what they need.", {3, 2}},
                              {"decide", "Decide it yourself.", {1, 1}}};
    for (const Step &step : steps) {
        yaml += QStringLiteral("  - id: %1\n    prompt: What now?\n").arg(step.id);
        if (!step.measures.isEmpty())
            yaml += QStringLiteral("    measures: [%1]\n").arg(step.measures);
        yaml += QStringLiteral("    options:\n");
        for (const Option &option : gameable ? tells : fair) {
            yaml += QStringLiteral("      - id: %1\n        text: %2\n        key: %3\n"
                                   "        feedback: Because.\n")
                        .arg(QLatin1String(option.id), QLatin1String(option.text),
                             keyText(step.measures, option.keys));
            const QString next =
                !step.branch.isEmpty() && QLatin1String(option.id) == QLatin1String("decide")
                    ? step.branch
                    : step.next;
            if (!next.isEmpty())
                yaml += QStringLiteral("        next: %1\n").arg(next);
        }
    }
    return yaml;
}

// A chain of n decisions d1 -> d2 -> ..., each measuring `measures` ("" for both).
inline QList<Step> chain(int n, const QString &measures = {})
{
    QList<Step> steps;
    for (int i = 1; i <= n; ++i)
        steps.append({QStringLiteral("d%1").arg(i), measures,
                      i < n ? QStringLiteral("d%1").arg(i + 1) : QString()});
    return steps;
}

inline bool writeDrill(const ContentFixture &content, const QString &id, const QString &form,
                       const QString &scenario, const QList<Step> &steps, bool gameable = false)
{
    return content.write(QStringLiteral("drills/%1.yaml").arg(id),
                         assessmentDrill(id, form, scenario, steps, gameable));
}

inline QString drillFile(const QString &id)
{
    return QStringLiteral("drills/%1.yaml").arg(id);
}

// The line of `marker` in a drill file, as a diagnostic names it.
inline QString at(const ContentFixture &content, const QString &id, const QString &marker)
{
    return location(content, drillFile(id), marker);
}

// Empty when the run's errors are exactly `expected` ("path:line: message", in any order);
// otherwise what was expected and what came.
inline QString unlessOnly(const CompileResult &result, const QStringList &expected)
{
    QStringList errors;
    for (const Diagnostic &diagnostic : result.diagnostics)
        if (!diagnostic.warning)
            errors.append(diagnostic.toString());
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    errors.sort();
    if (errors == sortedExpected)
        return {};
    return QStringLiteral("expected:\n  %1\ngot:\n%2")
        .arg(expected.join(QStringLiteral("\n  ")), allDiagnostics(result));
}

} // namespace groundwork::contentc::testing

#define EXPECT_ONLY_ERRORS(result, ...)                                                            \
    do {                                                                                           \
        const QString problem = groundwork::contentc::testing::unlessOnly(result, __VA_ARGS__);                                   \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                          \
    } while (false)

