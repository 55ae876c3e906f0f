#include "yamlfields.h"

#include "ids.h"
#include "sourcetree.h"

namespace groundwork::contentc {

QString describeNode(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return QStringLiteral("empty");
    if (node.IsSequence())
        return QStringLiteral("a list");
    if (node.IsMap())
        return QStringLiteral("a set of fields");
    return QStringLiteral("the text '%1'").arg(scalarText(node));
}

QString scalarText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

bool checkIdFormat(const QString &id, const FileReporter &report, int line)
{
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
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        const int line = lineOf(key);
        if (!key.IsScalar()) {
            m_report.error(line, QStringLiteral("a field name in %1 must be a plain word, not %2")
                                     .arg(m_what, describeNode(key)));
            continue;
        }
        const QString name = scalarText(key);
        if (!m_allowedFields.contains(name)) {
            m_unknownFields.append({name, line});
            continue;
        }
        if (const auto previous = m_fields.constFind(name); previous != m_fields.cend()) {
            m_report.error(line, QStringLiteral("field '%1' appears twice in %2 (first on line %3); "
                                                "keep one")
                                     .arg(name, m_what)
                                     .arg(lineOf(previous->key)));
            continue;
        }
        m_fields.insert(name, {key, it->second});
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
    return it == m_fields.cend() ? m_line : lineOf(it->key);
}

int FieldReader::valueLine(const char *key) const
{
    const auto it = m_fields.constFind(QLatin1String(key));
    if (it == m_fields.cend())
        return m_line;
    const int line = lineOf(it->value);
    return line > 0 ? line : lineOf(it->key);
}

std::optional<FieldReader::Field> FieldReader::field(const char *key, Need need)
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
    m_report.error(valueLine(key), QStringLiteral("'%1' in %2 should be %3, but it is %4")
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
            m_report.error(keyLine(key), QStringLiteral("'%1' in %2 is empty; write its text")
                                             .arg(QLatin1String(key), m_what));
        return {};
    }
    if (!f->value.IsScalar()) {
        wrongType(key, QStringLiteral("text"));
        return {};
    }
    const QString text = scalarText(f->value).trimmed();
    if (text.isEmpty() && need == Need::Required)
        m_report.error(valueLine(key), QStringLiteral("'%1' in %2 is empty; write its text")
                                           .arg(QLatin1String(key), m_what));
    return text;
}

QString FieldReader::id(const char *key, Need need)
{
    const QString value = text(key, need);
    if (value.isEmpty() || !checkIdFormat(value, m_report, valueLine(key)))
        return {};
    return value;
}

std::optional<bool> FieldReader::boolean(const char *key)
{
    const auto f = field(key, Need::Optional);
    if (!f)
        return std::nullopt;
    const QString value = f->value.IsScalar() ? scalarText(f->value) : QString();
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    wrongType(key, QStringLiteral("true or false"));
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

QStringList FieldReader::textList(const char *key, const QString &itemName, Need need)
{
    QStringList items;
    const YAML::Node node = list(key, need);
    if (!node.IsDefined())
        return items;
    if (node.size() == 0 && need == Need::Required)
        m_report.error(keyLine(key), QStringLiteral("'%1' in %2 is an empty list; add at least "
                                                    "one %3")
                                         .arg(QLatin1String(key), m_what, itemName));
    int position = 0;
    for (const YAML::Node &item : node) {
        ++position;
        const int line = lineOf(item) > 0 ? lineOf(item) : keyLine(key);
        if (!item.IsScalar() && !item.IsNull()) {
            m_report.error(line, QStringLiteral("%1 %2 in '%3' should be text, but it is %4")
                                     .arg(itemName).arg(position)
                                     .arg(QLatin1String(key), describeNode(item)));
            continue;
        }
        const QString text = item.IsNull() ? QString() : scalarText(item).trimmed();
        if (text.isEmpty()) {
            m_report.error(line, QStringLiteral("%1 %2 in '%3' is empty; write its text")
                                     .arg(itemName).arg(position).arg(QLatin1String(key)));
            continue;
        }
        items.append(text);
    }
    return items;
}

QList<QPair<QString, int>> FieldReader::idList(const char *key, Need need)
{
    QList<QPair<QString, int>> ids;
    const YAML::Node node = list(key, need);
    if (!node.IsDefined())
        return ids;
    for (const YAML::Node &item : node) {
        const int line = lineOf(item) > 0 ? lineOf(item) : keyLine(key);
        if (!item.IsScalar()) {
            m_report.error(line, QStringLiteral("each entry of '%1' should be an id, but this "
                                                "one is %2")
                                     .arg(QLatin1String(key), describeNode(item)));
            continue;
        }
        const QString id = scalarText(item).trimmed();
        if (checkIdFormat(id, m_report, line))
            ids.append({id, line});
    }
    return ids;
}

} // namespace groundwork::contentc
