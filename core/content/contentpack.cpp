#include "content/contentpack.h"

#include <QFile>

namespace groundwork::core {

namespace {

template<typename Repeated>
void indexById(const Repeated &items, QHash<QString, int> &index)
{
    index.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        index.insert(toQString(items.Get(i).id()), i);
}

template<typename Repeated>
const typename Repeated::value_type *lookup(const Repeated &items, const QHash<QString, int> &index,
                                            const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &items.Get(*it);
}

} // namespace

ContentPack::ContentPack(std::unique_ptr<google::protobuf::Arena> arena, pb::ContentPack *pack)
    : m_arena(std::move(arena)), m_pack(pack)
{
    buildIndex();
}

void ContentPack::buildIndex()
{
    indexById(m_pack->lessons(), m_lessons);
    indexById(m_pack->drills(), m_drills);
    indexById(m_pack->tracks(), m_tracks);
    indexById(m_pack->dimensions(), m_dimensions);
    indexById(m_pack->roles(), m_roles);
}

ContentPack::LoadResult ContentPack::fromBytes(const QByteArray &bytes)
{
    auto arena = std::make_unique<google::protobuf::Arena>();
    auto *pack = google::protobuf::Arena::CreateMessage<pb::ContentPack>(arena.get());
    if (!pack->ParseFromArray(bytes.constData(), int(bytes.size())))
        return {nullptr, QStringLiteral("the content pack is damaged and cannot be read")};
    if (pack->format_version() == 0)
        return {nullptr, QStringLiteral("the file is not a Groundwork content pack")};
    if (pack->format_version() > kContentFormatVersion)
        return {nullptr, QStringLiteral("the content pack uses format %1, newer than this app "
                                        "understands (%2); please update the app")
                             .arg(pack->format_version())
                             .arg(kContentFormatVersion)};
    return {std::shared_ptr<const ContentPack>(new ContentPack(std::move(arena), pack)), {}};
}

ContentPack::LoadResult ContentPack::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {nullptr, QStringLiteral("cannot open the content pack %1: %2")
                             .arg(path, file.errorString())};
    return fromBytes(file.readAll());
}

QString ContentPack::contentVersion() const
{
    return toQString(m_pack->content_version());
}

const pb::Lesson *ContentPack::lesson(const QString &id) const
{
    return lookup(m_pack->lessons(), m_lessons, id);
}

const pb::Drill *ContentPack::drill(const QString &id) const
{
    return lookup(m_pack->drills(), m_drills, id);
}

const pb::Track *ContentPack::track(const QString &id) const
{
    return lookup(m_pack->tracks(), m_tracks, id);
}

const pb::Dimension *ContentPack::dimension(const QString &id) const
{
    return lookup(m_pack->dimensions(), m_dimensions, id);
}

const pb::RoleTemplate *ContentPack::role(const QString &id) const
{
    return lookup(m_pack->roles(), m_roles, id);
}

const pb::Decision *ContentPack::decision(const pb::Drill &drill, const QString &decisionId)
{
    for (const auto &d : drill.decisions())
        if (toQString(d.id()) == decisionId)
            return &d;
    return nullptr;
}

QStringList ContentPack::assessmentDrills(pb::AssessmentForm form) const
{
    QStringList ids;
    if (form == pb::ASSESSMENT_FORM_NONE)
        return ids;
    for (const auto &drill : m_pack->drills())
        if (drill.assessment_form() == form)
            ids.append(toQString(drill.id()));
    return ids;
}

QStringList ContentPack::practiceDrills() const
{
    QStringList ids;
    for (const auto &drill : m_pack->drills())
        if (!isAssessment(drill))
            ids.append(toQString(drill.id()));
    return ids;
}

} // namespace groundwork::core
