#pragma once

#include "diagnostics.h"

#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QStringList>

#include <optional>

namespace groundwork::contentc {

enum class Need { Required, Optional };

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
    // Rename once the id is known, so later messages can say "option 'b'" instead of "option 2".
    void setWhat(const QString &what) { m_what = what; }
    const QString &what() const { return m_what; }

    bool has(const char *key) const;
    YAML::Node value(const char *key) const; // undefined when absent
    int keyLine(const char *key) const;      // the map's own line when absent
    int valueLine(const char *key) const;    // the key's line when the value has no position

    // Text or Markdown, trimmed. Empty when absent, not text, or blank (all reported).
    QString text(const char *key, Need need = Need::Required);
    // Text that must be a well-formed id; empty when it is not (reported).
    QString id(const char *key, Need need = Need::Required);
    std::optional<bool> boolean(const char *key);
    // A list or a map; an undefined node when absent or of another type (reported).
    YAML::Node list(const char *key, Need need = Need::Required);
    YAML::Node map(const char *key, Need need = Need::Required);
    // A list whose every item is non-empty text; itemName names an item in messages.
    QStringList textList(const char *key, const QString &itemName, Need need = Need::Required);
    // A list whose every item is a well-formed id, each with its line.
    QList<QPair<QString, int>> idList(const char *key, Need need = Need::Required);

private:
    struct Field
    {
        YAML::Node key;
        YAML::Node value;
    };
    std::optional<Field> field(const char *key, Need need);
    void wrongType(const char *key, const QString &expected);

    QHash<QString, Field> m_fields;
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
// Reports an id that is not lowercase-letters-digits-dashes; true when it is well formed.
bool checkIdFormat(const QString &id, const FileReporter &report, int line);

} // namespace groundwork::contentc
