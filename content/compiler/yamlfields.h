#pragma once

#include "diagnostics.h"

#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QStringList>

#include <optional>

namespace groundwork::contentc {

enum class Need { Required, Optional };

// A list item or map entry as the author sees it: through an alias, its lines are the alias's,
// and problems inside it are reported there (FileReporter::pinnedTo).
struct ListItem
{
    YAML::Node node;
    int line = 0;
    FileReporter report;
};
struct MapEntry
{
    YAML::Node key;
    YAML::Node value;
    int keyLine = 0;
    int valueLine = 0;   // the key's line when the value has no position of its own
    FileReporter report; // for the value and what is in it
};
QList<ListItem> listItems(const YAML::Node &list, const FileReporter &report);
QList<MapEntry> mapEntries(const YAML::Node &map, const FileReporter &report);

// Reads one YAML map against the fields the format allows, reporting unknown, repeated, missing,
// empty and wrongly typed fields at their own lines. Every accessor reports and carries on, so
// one pass finds all problems of a map.
class FieldReader
{
public:
    // what: how messages name the map, e.g. "lesson" or "option 'b' of decision 'first'".
    FieldReader(const YAML::Node &node, QString what, QStringList allowedFields,
                const FileReporter &report);
    // Unknown fields are reported last, so the message can name the map by its id.
    ~FieldReader();
    FieldReader(const FieldReader &) = delete;
    FieldReader &operator=(const FieldReader &) = delete;

    bool isMap() const { return m_isMap; }
    int line() const { return m_line; }
    const FileReporter &report() const { return m_report; }
    // The reporter for problems inside a field's value (pinned when the value is an alias).
    const FileReporter &reportFor(const char *key) const;
    // Rename once the id is known, so later messages can say "option 'b'" instead of "option 2".
    void setWhat(const QString &what) { m_what = what; }
    const QString &what() const { return m_what; }

    bool has(const char *key) const;
    YAML::Node value(const char *key) const; // undefined when absent
    int keyLine(const char *key) const;      // the map's own line when absent
    int valueLine(const char *key) const;    // the key's line when the value has no position

    // Text or Markdown, trimmed. Empty when absent, not text, or blank (all reported).
    QString text(const char *key, Need need = Need::Required);
    // Markdown: text that must not hold raw HTML (reported), since the app does not show it.
    QString markdown(const char *key, Need need = Need::Required);
    // Text that must be a well-formed id; empty when it is not (reported).
    QString id(const char *key, Need need = Need::Required);
    std::optional<bool> boolean(const char *key);
    // A list or a map; an undefined node when absent or of another type (reported).
    YAML::Node list(const char *key, Need need = Need::Required);
    YAML::Node map(const char *key, Need need = Need::Required);
    // The items of a list field and the entries of a map field (none when absent or mistyped).
    QList<ListItem> items(const char *key, Need need = Need::Required);
    QList<MapEntry> entries(const char *key, Need need = Need::Required);
    // A list whose every item is non-empty text (Markdown when asked); itemName names an item.
    QStringList textList(const char *key, const QString &itemName, Need need = Need::Required,
                         bool isMarkdown = false);
    QStringList markdownList(const char *key, const QString &itemName, Need need = Need::Required)
    {
        return textList(key, itemName, need, true);
    }
    // A list whose every item is a well-formed id, each with its line.
    QList<QPair<QString, int>> idList(const char *key, Need need = Need::Required);

private:
    std::optional<MapEntry> field(const char *key, Need need);
    void wrongType(const char *key, const QString &expected);

    QHash<QString, MapEntry> m_fields;
    QList<QPair<QString, int>> m_unknownFields; // name, line
    QStringList m_allowedFields;
    QString m_what;
    FileReporter m_report;
    int m_line = 0;
    bool m_isMap = false;
};

// How a node reads to an author: "a list", "a set of fields", "text" or "empty".
QString describeNode(const YAML::Node &node);
QString scalarText(const YAML::Node &node);
// Whether a scalar was written as text ("3", '3', !!str 3) rather than as a plain value: a
// quoted "3" or "true" is text in YAML, so a number or true/false field refuses it.
bool isQuotedText(const YAML::Node &node);
// A plain, finite number; nullopt for text, quoted text and inf/nan (describeNode says which).
std::optional<double> finiteNumber(const YAML::Node &node);
// inf, .inf, nan, .nan (either sign) or a number too large for a double.
bool isNonFiniteNumber(const YAML::Node &node);
// Reports an id that is not lowercase-letters-digits-dashes; true when it is well formed.
bool checkIdFormat(const QString &id, const FileReporter &report, int line);
// Lessons, drills, tracks and roles live in files named after their ids; reports a mismatch.
void checkFileNamedAfterId(const QString &relativePath, const QString &kind, const QString &id,
                           const FileReporter &report, int line);

} // namespace groundwork::contentc
