#include "catalogue.h"

#include "yamlfields.h"

#include <QFileInfo>

namespace groundwork::contentc {

namespace {

const QString kTrapsFile = QStringLiteral("catalogue/traps.yaml");
const QString kScenarioTypesFile = QStringLiteral("catalogue/scenario-types.yaml");
const QString kDimensionsFile = QStringLiteral("catalogue/dimensions.yaml");

// A catalogue file holds a single list under one top-level field; returns its entries.
QList<ListItem> catalogueEntries(const YamlDocument &document, const char *listField,
                                 const FileReporter &report)
{
    FieldReader file(document.root, QStringLiteral("this file"), {QLatin1String(listField)},
                     report);
    const bool isList = file.value(listField).IsSequence();
    const QList<ListItem> entries = file.items(listField);
    if (isList && entries.isEmpty())
        report.error(file.keyLine(listField),
                     QStringLiteral("'%1' is an empty list; add at least one entry")
                         .arg(QLatin1String(listField)));
    return entries;
}

// Traps and scenario types share their shape: id, name, description.
template<typename Message>
void readNamedEntries(CompileContext &context, const QString &path, const char *listField,
                      const QString &kind, IdRegistry &registry,
                      google::protobuf::RepeatedPtrField<Message> *out)
{
    const auto document = context.tree.loadYaml(path);
    if (!document)
        return;
    const FileReporter report = context.reporter(*document);
    int position = 0;
    for (const ListItem &entry : catalogueEntries(*document, listField, report)) {
        ++position;
        FieldReader fields(entry.node, QStringLiteral("%1 %2").arg(kind).arg(position),
                           {QStringLiteral("id"), QStringLiteral("name"),
                            QStringLiteral("description")},
                           entry.report);
        if (!fields.isMap())
            continue;
        const QString id = fields.id("id");
        if (!id.isEmpty())
            fields.setWhat(QStringLiteral("%1 '%2'").arg(kind, id));
        Message *message = out->Add();
        message->set_id(toStd(id));
        message->set_name(toStd(fields.text("name")));
        message->set_description(toStd(fields.text("description")));
        if (!id.isEmpty())
            registry.add(id, fields.reportFor("id"), fields.valueLine("id"));
    }
}

void readDimensions(CompileContext &context)
{
    const auto document = context.tree.loadYaml(kDimensionsFile);
    if (!document)
        return;
    const FileReporter report = context.reporter(*document);
    int position = 0;
    for (const ListItem &entry : catalogueEntries(*document, "dimensions", report)) {
        ++position;
        FieldReader fields(entry.node, QStringLiteral("dimension %1").arg(position),
                           {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("trap"),
                            QStringLiteral("definition"), QStringLiteral("strong"),
                            QStringLiteral("weak")},
                           entry.report);
        if (!fields.isMap())
            continue;
        const QString id = fields.id("id");
        if (!id.isEmpty())
            fields.setWhat(QStringLiteral("dimension '%1'").arg(id));
        pb::Dimension *dimension = context.pack.add_dimensions();
        dimension->set_id(toStd(id));
        dimension->set_name(toStd(fields.text("name")));
        const QString trap = fields.id("trap");
        if (!trap.isEmpty() && !context.known.traps.contains(trap))
            fields.reportFor("trap").error(fields.valueLine("trap"),
                                           context.known.traps.unknownMessage(trap));
        dimension->set_trap(toStd(trap));
        dimension->set_definition(toStd(fields.markdown("definition")));
        dimension->set_strong(toStd(fields.markdown("strong")));
        dimension->set_weak(toStd(fields.markdown("weak")));
        if (!id.isEmpty())
            context.known.dimensions.add(id, fields.reportFor("id"), fields.valueLine("id"));
    }
}

} // namespace

void readPackFile(CompileContext &context)
{
    const auto document = context.tree.loadYaml(QStringLiteral("pack.yaml"));
    if (!document)
        return;
    FieldReader fields(document->root, QStringLiteral("pack.yaml"),
                       {QStringLiteral("title"), QStringLiteral("version")},
                       context.reporter(*document));
    context.pack.set_title(toStd(fields.text("title")));
    context.authorVersion = fields.text("version");
}

void readCatalogue(CompileContext &context)
{
    context.tree.checkFolderHolds(QStringLiteral("catalogue"),
                                  {QFileInfo(kTrapsFile).fileName(),
                                   QFileInfo(kScenarioTypesFile).fileName(),
                                   QFileInfo(kDimensionsFile).fileName()});
    readNamedEntries(context, kTrapsFile, "traps", QStringLiteral("trap"), context.known.traps,
                     context.pack.mutable_traps());
    readNamedEntries(context, kScenarioTypesFile, "scenario_types", QStringLiteral("scenario type"),
                     context.known.scenarioTypes, context.pack.mutable_scenario_types());
    readDimensions(context);
}

} // namespace groundwork::contentc
