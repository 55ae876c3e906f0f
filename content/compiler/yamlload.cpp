#include "yamlload.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <QList>

#include <algorithm>
#include <optional>
#include <sstream>

namespace groundwork::contentc {

quint64 AliasUses::key(qint64 parentPosition, bool parentIsMap, int slot)
{
    // A block map starts where its first key does, so the kind of the parent tells them apart.
    return (quint64(parentPosition) << 32) | (quint64(quint32(slot)) << 1) | quint64(parentIsMap);
}

void AliasUses::add(qint64 parentPosition, bool parentIsMap, int slot, AliasUse use)
{
    m_uses.insert(key(parentPosition, parentIsMap, slot), std::move(use));
}

const AliasUse *AliasUses::find(const YAML::Node &parent, int slot) const
{
    if (m_uses.isEmpty() || !parent.IsDefined() || parent.Mark().is_null())
        return nullptr;
    const auto it = m_uses.constFind(key(parent.Mark().pos, parent.IsMap(), slot));
    return it == m_uses.cend() ? nullptr : &*it;
}

namespace {

// One pass over the parser's events, before the node tree is built: yaml-cpp's tree shares an
// alias's node with its anchor, so only the events say where each alias was written.
class ShapeReader final : public YAML::EventHandler
{
public:
    int documents = 0;
    int secondDocumentLine = 0;
    std::optional<YamlProblem> problem; // the first alias problem met
    std::shared_ptr<AliasUses> aliases = std::make_shared<AliasUses>();

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++documents == 2)
            secondDocumentLine = mark.line + 1;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &) override
    {
        leaf(mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, false);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, true);
    }
    void OnMapEnd() override { close(); }
    void OnAnchor(const YAML::Mark &, const std::string &name) override
    {
        m_pendingName = QString::fromStdString(name);
    }

private:
    struct Open
    {
        qint64 position;
        bool isMap;
        YAML::anchor_t anchor;
        int children = 0;
        qint64 values = 1; // this node and everything in it, aliases expanded
    };
    struct Anchor
    {
        QString name;
        int line = 0;
        qint64 values = 1;
        bool complete = false; // false while its own list or map is still being read
    };

    static qint64 saturated(qint64 values)
    {
        return std::min(values, kMaxValuesThroughAliases + 1);
    }

    // The slot the next node takes in the list or map being read (-1 at the top).
    int nextSlot() { return m_open.isEmpty() ? -1 : m_open.last().children++; }
    void count(qint64 values)
    {
        if (!m_open.isEmpty())
            m_open.last().values = saturated(m_open.last().values + values);
    }
    void remember(YAML::anchor_t anchor, const YAML::Mark &mark, qint64 values, bool complete)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors.insert(anchor, {m_pendingName, mark.line + 1, values, complete});
        m_pendingName.clear();
    }
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        nextSlot();
        remember(anchor, mark, 1, true);
        count(1);
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor, bool isMap)
    {
        nextSlot();
        remember(anchor, mark, 1, false);
        m_open.append({mark.pos, isMap, anchor});
    }
    void close()
    {
        const Open done = m_open.takeLast();
        if (done.anchor != YAML::NullAnchor) {
            Anchor &anchor = m_anchors[done.anchor];
            anchor.values = done.values;
            anchor.complete = true;
        }
        count(done.values);
    }
    void fail(int line, const QString &message)
    {
        if (!problem)
            problem = YamlProblem{line, message};
    }

    QList<Open> m_open;
    QHash<YAML::anchor_t, Anchor> m_anchors;
    QString m_pendingName;
    qint64 m_valuesThroughAliases = 0;
};

void ShapeReader::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    const Anchor target = m_anchors.value(anchor);
    const int line = mark.line + 1;
    if (!m_open.isEmpty()) {
        const Open &parent = m_open.last();
        aliases->add(parent.position, parent.isMap, parent.children,
                     {line, target.name, target.line});
    }
    nextSlot();
    count(target.values);
    if (!target.complete)
        fail(line, QStringLiteral("the alias '*%1' is used inside its own anchor '&%1' (line %2), "
                                  "which would make the value contain itself")
                       .arg(target.name)
                       .arg(target.line));
    m_valuesThroughAliases = saturated(m_valuesThroughAliases + target.values);
    if (m_valuesThroughAliases > kMaxValuesThroughAliases)
        fail(line, QStringLiteral("with the alias '*%1' here, aliases repeat more than %2 values "
                                  "in this file; an alias copies the whole value of its anchor, "
                                  "so repeat less through aliases")
                       .arg(target.name)
                       .arg(kMaxValuesThroughAliases));
}

QString invalidYaml(const std::string &reason)
{
    return QStringLiteral("this is not valid YAML (%1); check the indentation (two spaces, no "
                          "tabs) and put quotes around text that contains ': ' or starts with a "
                          "special character")
        .arg(QString::fromStdString(reason));
}

// The events of the first document, and whether a second one follows.
std::variant<ShapeReader, YamlProblem> readShape(const std::string &text)
{
    std::istringstream stream(text);
    ShapeReader shape;
    try {
        YAML::Parser parser(stream);
        // A second document is only noticed, never read: the file is refused either way.
        while (shape.documents < 2 && parser.HandleNextDocument(shape)) {
        }
    } catch (const YAML::DeepRecursion &e) {
        return YamlProblem{e.mark.is_null() ? 0 : e.mark.line + 1,
                           QStringLiteral("lists and fields are nested more than %1 levels deep "
                                          "here, deeper than the compiler reads; content files "
                                          "never need more than a few levels")
                               .arg(e.depth() - 1)};
    } catch (const YAML::ParserException &e) {
        return YamlProblem{e.mark.is_null() ? 0 : e.mark.line + 1, invalidYaml(e.msg)};
    }
    return shape;
}

} // namespace

std::variant<ParsedYaml, YamlProblem> parseYaml(const QByteArray &bytes)
{
    const std::string text = bytes.toStdString();
    auto shape = readShape(text);
    if (auto *problem = std::get_if<YamlProblem>(&shape))
        return *problem;
    const ShapeReader &read = std::get<ShapeReader>(shape);
    if (read.documents == 0)
        return YamlProblem{0, QStringLiteral("the file is empty")};
    if (read.documents > 1)
        return YamlProblem{read.secondDocumentLine,
                           QStringLiteral("a second YAML document starts here ('---'), and it "
                                          "would be ignored: a content file holds exactly one; "
                                          "remove this line, or move what follows into a file of "
                                          "its own")};
    if (read.problem)
        return *read.problem;
    try {
        return ParsedYaml{YAML::Load(text), read.aliases};
    } catch (const YAML::Exception &e) {
        return YamlProblem{e.mark.is_null() ? 0 : e.mark.line + 1, invalidYaml(e.msg)};
    }
}

} // namespace groundwork::contentc
