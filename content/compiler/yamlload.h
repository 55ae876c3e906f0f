#pragma once

// Parsing one content file's YAML: exactly one document, nesting and aliases within bounds, and
// where every alias was used, so that problems inside an alias's value are reported there.

#include "diagnostics.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QHash>

#include <memory>
#include <variant>

namespace groundwork::contentc {

// Every alias of one document, by where it was used: the list or map holding it (a node the
// file writes once, so its position names it) and its slot there (a list item's index; for the
// n-th entry of a map, 2n for its key and 2n+1 for its value).
class AliasUses
{
public:
    void add(qint64 parentPosition, bool parentIsMap, int slot, AliasUse use);
    const AliasUse *find(const YAML::Node &parent, int slot) const;

private:
    static quint64 key(qint64 parentPosition, bool parentIsMap, int slot);

    QHash<quint64, AliasUse> m_uses;
};

// Aliases copy whole lists and maps, and an alias of a list of aliases multiplies: a small file
// could otherwise ask the readers to walk billions of values. Past this many values brought in
// through aliases, the file is refused.
inline constexpr qint64 kMaxValuesThroughAliases = 10000;

struct ParsedYaml
{
    YAML::Node root;
    std::shared_ptr<const AliasUses> aliases;
};

struct YamlProblem
{
    int line = 0; // 0: the whole file
    QString message;
};

std::variant<ParsedYaml, YamlProblem> parseYaml(const QByteArray &bytes);

} // namespace groundwork::contentc
