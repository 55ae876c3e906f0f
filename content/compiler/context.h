#pragma once

#include "ids.h"
#include "sourcetree.h"

#include <vector>

namespace groundwork::contentc {

namespace pb = groundwork::content::v1;

struct KnownIds
{
    IdRegistry traps{QStringLiteral("trap"), QStringLiteral("traps")};
    IdRegistry scenarioTypes{QStringLiteral("scenario type"), QStringLiteral("scenario types")};
    IdRegistry dimensions{QStringLiteral("dimension"), QStringLiteral("dimensions")};
    IdRegistry lessons{QStringLiteral("lesson"), QStringLiteral("lessons")};
    IdRegistry drills{QStringLiteral("drill"), QStringLiteral("drills")};
    IdRegistry tracks{QStringLiteral("track"), QStringLiteral("tracks")};
    IdRegistry roles{QStringLiteral("role"), QStringLiteral("roles")};
};

// A drill of the readiness assessment, with the lines its form's rules are reported at.
struct AssessmentSource
{
    QString drillId;
    int drillIndex = 0; // in pack.drills()
    pb::AssessmentForm form = pb::ASSESSMENT_FORM_NONE;
    FileReporter report;
    int formLine = 0;     // of 'assessment_form'
    int scenarioLine = 0; // of 'scenario_type'
    int measuresLine = 0; // of 'measures'
};

// What the readers share. Files are read in dependency order (catalogue, lessons, drills,
// tracks, roles), so every reference can be checked where it is written, with its line.
struct CompileContext
{
    SourceTree &tree;
    DiagnosticSink &sink;
    pb::ContentPack &pack;
    KnownIds known;
    QString authorVersion;
    std::vector<AssessmentSource> assessment; // in file order

    const AssessmentSource *assessmentDrill(const QString &drillId) const
    {
        for (const AssessmentSource &source : assessment)
            if (source.drillId == drillId)
                return &source;
        return nullptr;
    }

    FileReporter reporter(const YamlDocument &document) const
    {
        return FileReporter(sink, document.displayPath, document.aliases);
    }
};

inline std::string toStd(const QString &text)
{
    return text.toStdString();
}

} // namespace groundwork::contentc
