#pragma once

#include "ids.h"
#include "sourcetree.h"

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

// What the readers share. Files are read in dependency order (catalogue, lessons, drills,
// tracks, roles), so every reference can be checked where it is written, with its line.
struct CompileContext
{
    SourceTree &tree;
    DiagnosticSink &sink;
    pb::ContentPack &pack;
    KnownIds known;
    QString authorVersion;

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
