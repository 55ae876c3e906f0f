#include "yamlfields.h"

#include "ids.h"
#include "markdown.h"
#include "sourcetree.h"

#include <QFileInfo>

#include <cmath>

namespace groundwork::contentc {

namespace {

constexpr int kMaxIdLength = 80;

const std::string kPlainTag = "?"; // yaml-cpp's tag for an untagged, unquoted scalar
const std::string kTextTag = "!";  // ... and for a quoted one
const std::string kStrTag = "tag:yaml.org,2002:str";

// Where an author finds a child of a list or map: through an alias, the alias's line.
struct Placed
{
    int line;
    FileReporter report;
};

Placed place(const YAML::Node &parent, int slot, const YAML::Node &child, const FileReporter &report)
{
    const AliasUse *use = report.aliases() ? report.aliases()->find(parent, slot) : nullptr;
    if (!use)
        return {lineOf(child), report};
    // Inside an alias already, the line only tells the message where the value is written.
    return {report.isPinned() ? lineOf(child) : use->line, report.pinnedTo(*use)};
}

} // namespace

QList<ListItem> listItems(const YAML::Node &list, const FileReporter &report)
{
    QList<ListItem> items;
    if (!list.IsSequence())
        return items;
    int slot = 0;
    for (const YAML::Node &item : list) {
        Placed placed = place(list, slot++, item, report);
        items.append({item, placed.line, std::move(placed.report)});
    }
    return items;
}

QList<MapEntry> mapEntries(const YAML::Node &map, const FileReporter &report)
{
    QList<MapEntry> entries;
    if (!map.IsMap())
        return entries;
    int slot = 0;
    for (auto it = map.begin(); it != map.end(); ++it, slot += 2) {
        const int keyLine = place(map, slot, it->first, report).line;
        Placed value = place(map, slot + 1, it->second, report);
        entries.append({it->first, it->second, keyLine, value.line > 0 ? value.line : keyLine,
                        std::move(value.report)});
    }
    return entries;
}

QString describeNode(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return QStringLiteral("empty");
    if (node.IsSequence())
        return QStringLiteral("a list");
    if (node.IsMap())
        return QStringLiteral("a set of fields");
    if (isQuotedText(node))
        return QStringLiteral("the quoted text \"%1\"").arg(scalarText(node));
    return QStringLiteral("the text '%1'").arg(scalarText(node));
}

QString scalarText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

bool isQuotedText(const YAML::Node &node)
{
    return node.IsScalar() && (node.Tag() == kTextTag || node.Tag() == kStrTag);
}

std::optional<double> finiteNumber(const YAML::Node &node)
{
    if (!node.IsScalar() || node.Tag() != kPlainTag)
        return std::nullopt;
    bool isNumber = false;
    const double value = scalarText(node).toDouble(&isNumber);
    if (!isNumber || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool isNonFiniteNumber(const YAML::Node &node)
{
    if (!node.IsScalar() || node.Tag() != kPlainTag)
        return false;
    static const QStringList spellings{QStringLiteral("inf"), QStringLiteral(".inf"),
                                       QStringLiteral("infinity"), QStringLiteral("nan"),
                                       QStringLiteral(".nan")};
    QString text = scalarText(node).trimmed().toLower();
    if (text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-')))
        text.remove(0, 1);
    if (spellings.contains(text))
        return true;
    return std::isinf(text.toDouble()); // too large for a double: Qt gives inf and says it is no number
}

bool checkIdFormat(const QString &id, const FileReporter &report, int line)
{
    if (id.size() > kMaxIdLength) {
        report.error(line, QStringLiteral("the id '%1…' is %2 characters long; an id may have at "
                                          "most %3")
                               .arg(id.left(30))
                               .arg(id.size())
                               .arg(kMaxIdLength));
        return false;
    }
    if (isValidId(id))
        return true;
    QString message = QStringLiteral("'%1' is not a valid id: use only lowercase letters, digits "
                                     "and single dashes")
                          .arg(id);
    const QString suggestion = suggestedId(id);
    if (!suggestion.isEmpty())
        message += QStringLiteral(", such as '%1'").arg(suggestion);
    report.error(line, message);
    return false;
}

void checkFileNamedAfterId(const QString &relativePath, const QString &kind, const QString &id,
                           const FileReporter &report, int line)
{
    const QFileInfo file(relativePath);
    if (id.isEmpty() || file.completeBaseName() == id)
        return;
    report.error(line, QStringLiteral("%1 '%2' is in the file '%3', which is not named after it; "
                                      "rename the file to '%2.yaml' or change the id (files are "
                                      "found by name: a lesson's recording by its file's name)")
                           .arg(kind, id, file.fileName()));
}

FieldReader::FieldReader(const YAML::Node &node, QString what, QStringList allowedFields,
                         const FileReporter &report)
    : m_allowedFields(std::move(allowedFields)),
      m_what(std::move(what)),
      m_report(report),
      m_line(lineOf(node)),
      m_isMap(node.IsMap())
{
    if (!m_isMap) {
        m_report.error(m_line, QStringLiteral("%1 should be a set of 'field: value' lines (%2), "
                                              "but it is %3")
                                   .arg(m_what, m_allowedFields.join(QStringLiteral(", ")),
                                        describeNode(node)));
        return;
    }
    for (MapEntry &entry : mapEntries(node, report)) {
        if (!entry.key.IsScalar()) {
            m_report.error(entry.keyLine, QStringLiteral("a field name in %1 must be a plain word, "
                                                         "not %2")
                                              .arg(m_what, describeNode(entry.key)));
            continue;
        }
        const QString name = scalarText(entry.key);
        if (!m_allowedFields.contains(name)) {
            m_unknownFields.append({name, entry.keyLine});
            continue;
        }
        if (const auto previous = m_fields.constFind(name); previous != m_fields.cend()) {
            m_report.error(entry.keyLine, QStringLiteral("field '%1' appears twice in %2 (first on "
                                                         "line %3); keep one")
                                              .arg(name, m_what)
                                              .arg(previous->keyLine));
            continue;
        }
        m_fields.insert(name, std::move(entry));
    }
}

FieldReader::~FieldReader()
{
    for (const auto &[name, line] : m_unknownFields) {
        QString message = QStringLiteral("unknown field '%1' in %2").arg(name, m_what);
        const QString guess = closestMatch(name, m_allowedFields);
        if (!guess.isEmpty())
            message += QStringLiteral("; did you mean '%1'?").arg(guess);
        message += QStringLiteral(" (expected fields: %1)")
                       .arg(m_allowedFields.join(QStringLiteral(", ")));
        m_report.error(line, message);
    }
}

const FileReporter &FieldReader::reportFor(const char *key) const
{
    const auto it = m_fields.constFind(QLatin1String(key));
    return it == m_fields.cend() ? m_report : it->report;
}

bool FieldReader::has(const char *key) const
{
    return m_fields.contains(QLatin1String(key));
}

YAML::Node FieldReader::value(const char *key) const
{
    const auto it = m_fields.constFind(QLatin1String(key));
    return it == m_fields.cend() ? YAML::Node(YAML::NodeType::Undefined) : it->value;
}

int FieldReader::keyLine(const char *key) const
{
    const auto it = m_fields.constFind(QLatin1String(key));
    return it == m_fields.cend() ? m_line : it->keyLine;
}

int FieldReader::valueLine(const char *key) const
{
    const auto it = m_fields.constFind(QLatin1String(key));
    return it == m_fields.cend() ? m_line : it->valueLine;
}

std::optional<MapEntry> FieldReader::field(const char *key, Need need)
{
    const auto it = m_fields.constFind(QLatin1String(key));
    if (it == m_fields.cend()) {
        if (m_isMap && need == Need::Required)
            m_report.error(m_line, QStringLiteral("%1 is missing the required field '%2'")
                                       .arg(m_what, QLatin1String(key)));
        return std::nullopt;
    }
    return *it;
}

void FieldReader::wrongType(const char *key, const QString &expected)
{
    reportFor(key).error(valueLine(key), QStringLiteral("'%1' in %2 should be %3, but it is %4")
                                             .arg(QLatin1String(key), m_what, expected,
                                                  describeNode(value(key))));
}

QString FieldReader::text(const char *key, Need need)
{
    const auto f = field(key, need);
    if (!f)
        return {};
    if (f->value.IsNull()) {
        if (need == Need::Required)
            f->report.error(keyLine(key), QStringLiteral("'%1' in %2 is empty; write its text")
                                              .arg(QLatin1String(key), m_what));
        return {};
    }
    if (!f->value.IsScalar()) {
        wrongType(key, QStringLiteral("text"));
        return {};
    }
    const QString text = scalarText(f->value).trimmed();
    if (text.isEmpty() && need == Need::Required)
        f->report.error(valueLine(key), QStringLiteral("'%1' in %2 is empty; write its text")
                                            .arg(QLatin1String(key), m_what));
    return text;
}

namespace {

QString rawHtmlMessage(const QString &where, const QString &html)
{
    return QStringLiteral("%1 holds raw HTML ('%2'), which the app does not show as written; use "
                          "Markdown instead (**bold**, *italic*, '- ' for lists, a blank line "
                          "between paragraphs), or write \\< to show a '<'")
        .arg(where, html);
}

} // namespace

QString FieldReader::markdown(const char *key, Need need)
{
    const QString markdown = text(key, need);
    if (const auto html = firstRawHtml(markdown))
        reportFor(key).error(valueLine(key),
                             rawHtmlMessage(QStringLiteral("'%1' in %2").arg(QLatin1String(key), m_what),
                                            *html));
    return markdown;
}

QString FieldReader::id(const char *key, Need need)
{
    const QString value = text(key, need);
    if (value.isEmpty() || !checkIdFormat(value, reportFor(key), valueLine(key)))
        return {};
    return value;
}

std::optional<bool> FieldReader::boolean(const char *key)
{
    const auto f = field(key, Need::Optional);
    if (!f)
        return std::nullopt;
    const QString value = f->value.IsScalar() && !isQuotedText(f->value) ? scalarText(f->value)
                                                                          : QString();
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    wrongType(key, isQuotedText(f->value) ? QStringLiteral("true or false, without quotes")
                                          : QStringLiteral("true or false"));
    return std::nullopt;
}

YAML::Node FieldReader::list(const char *key, Need need)
{
    const auto f = field(key, need);
    if (!f)
        return YAML::Node(YAML::NodeType::Undefined);
    if (!f->value.IsSequence()) {
        wrongType(key, QStringLiteral("a list (lines starting with '- ')"));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return f->value;
}

YAML::Node FieldReader::map(const char *key, Need need)
{
    const auto f = field(key, need);
    if (!f)
        return YAML::Node(YAML::NodeType::Undefined);
    if (!f->value.IsMap()) {
        wrongType(key, QStringLiteral("a set of 'name: value' lines"));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return f->value;
}

QList<ListItem> FieldReader::items(const char *key, Need need)
{
    return listItems(list(key, need), reportFor(key));
}

QList<MapEntry> FieldReader::entries(const char *key, Need need)
{
    return mapEntries(map(key, need), reportFor(key));
}

QStringList FieldReader::textList(const char *key, const QString &itemName, Need need,
                                  bool isMarkdown)
{
    QStringList texts;
    const YAML::Node node = list(key, need);
    if (!node.IsDefined())
        return texts;
    if (node.size() == 0 && need == Need::Required)
        m_report.error(keyLine(key), QStringLiteral("'%1' in %2 is an empty list; add at least "
                                                    "one %3")
                                         .arg(QLatin1String(key), m_what, itemName));
    int position = 0;
    for (const ListItem &item : listItems(node, reportFor(key))) {
        ++position;
        const int line = item.line > 0 ? item.line : keyLine(key);
        if (!item.node.IsScalar() && !item.node.IsNull()) {
            item.report.error(line, QStringLiteral("%1 %2 in '%3' should be text, but it is %4")
                                        .arg(itemName).arg(position)
                                        .arg(QLatin1String(key), describeNode(item.node)));
            continue;
        }
        const QString text = item.node.IsNull() ? QString() : scalarText(item.node).trimmed();
        if (text.isEmpty()) {
            item.report.error(line, QStringLiteral("%1 %2 in '%3' is empty; write its text")
                                        .arg(itemName).arg(position).arg(QLatin1String(key)));
            continue;
        }
        if (const auto html = isMarkdown ? firstRawHtml(text) : std::nullopt)
            item.report.error(line, rawHtmlMessage(QStringLiteral("%1 %2 in '%3'")
                                                       .arg(itemName).arg(position)
                                                       .arg(QLatin1String(key)),
                                                   *html));
        texts.append(text);
    }
    return texts;
}

QList<QPair<QString, int>> FieldReader::idList(const char *key, Need need)
{
    QList<QPair<QString, int>> ids;
    for (const ListItem &item : items(key, need)) {
        const int line = item.line > 0 ? item.line : keyLine(key);
        if (!item.node.IsScalar()) {
            item.report.error(line, QStringLiteral("each entry of '%1' should be an id, but this "
                                                   "one is %2")
                                        .arg(QLatin1String(key), describeNode(item.node)));
            continue;
        }
        const QString id = scalarText(item.node).trimmed();
        if (checkIdFormat(id, item.report, line))
            ids.append({id, line});
    }
    return ids;
}

} // namespace groundwork::contentc
