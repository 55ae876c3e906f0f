#include "content/contentpack.h"

#include "content/packsplit.h"

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

template<typename Message>
std::vector<typename LazyItems<Message>::Span> spansOf(const std::vector<PackItemBytes> &items)
{
    std::vector<typename LazyItems<Message>::Span> spans;
    spans.reserve(items.size());
    for (const PackItemBytes &item : items)
        spans.push_back({item.offset, item.size, item.id});
    return spans;
}

} // namespace

ContentPack::ContentPack(std::unique_ptr<google::protobuf::Arena> arena, pb::ContentPack *pack,
                         QByteArray bytes, std::vector<LazyItems<pb::Lesson>::Span> lessons,
                         std::vector<LazyItems<pb::Drill>::Span> drills,
                         std::vector<DrillIndexFields> drillFields)
    : m_arena(std::move(arena))
    , m_pack(pack)
    , m_bytes(std::move(bytes))
    , m_lessonItems("lesson", std::move(lessons))
    , m_drillItems("drill", std::move(drills))
    , m_drillFields(std::move(drillFields))
{
    buildIndex();
}

void ContentPack::buildIndex()
{
    indexById(m_pack->tracks(), m_tracks);
    indexById(m_pack->dimensions(), m_dimensions);
    indexById(m_pack->roles(), m_roles);
}

ContentPack::LoadResult ContentPack::fromBytes(const QByteArray &bytes)
{
    const QString damaged = QStringLiteral("the content pack is damaged and cannot be read");
    const PackSplit split = splitPack(bytes);
    if (!split.ok)
        return {nullptr, damaged};
    auto arena = std::make_unique<google::protobuf::Arena>();
    auto *pack = google::protobuf::Arena::CreateMessage<pb::ContentPack>(arena.get());
    if (!pack->ParseFromString(split.everythingElse))
        return {nullptr, damaged};
    if (pack->format_version() == 0)
        return {nullptr, QStringLiteral("the file is not a Groundwork content pack")};
    if (pack->format_version() > kContentFormatVersion)
        return {nullptr, QStringLiteral("the content pack uses format %1, newer than this app "
                                        "understands (%2); please update the app")
                             .arg(pack->format_version())
                             .arg(kContentFormatVersion)};
    std::vector<DrillIndexFields> drillFields;
    drillFields.reserve(split.drills.size());
    for (const PackItemBytes &drill : split.drills)
        drillFields.push_back({drill.keyedSince, drill.assessmentForm});
    return {std::shared_ptr<const ContentPack>(new ContentPack(
                std::move(arena), pack, bytes, spansOf<pb::Lesson>(split.lessons),
                spansOf<pb::Drill>(split.drills), std::move(drillFields))),
            {}};
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

pb::ContentPack ContentPack::wholePack() const
{
    pb::ContentPack whole = *m_pack;
    for (int i = 0; i < m_lessonItems.count(); ++i)
        if (const pb::Lesson *lesson = m_lessonItems.at(i, m_bytes, m_arena.get()))
            *whole.add_lessons() = *lesson;
    for (int i = 0; i < m_drillItems.count(); ++i)
        if (const pb::Drill *drill = m_drillItems.at(i, m_bytes, m_arena.get()))
            *whole.add_drills() = *drill;
    return whole;
}

const pb::Lesson *ContentPack::lesson(const QString &id) const
{
    const int index = m_lessonItems.indexOf(id);
    return index < 0 ? nullptr : m_lessonItems.at(index, m_bytes, m_arena.get());
}

const pb::Drill *ContentPack::drill(const QString &id) const
{
    const int index = m_drillItems.indexOf(id);
    return index < 0 ? nullptr : m_drillItems.at(index, m_bytes, m_arena.get());
}

std::string ContentPack::drillKeyedSince(const QString &drillId) const
{
    const int index = m_drillItems.indexOf(drillId);
    return index < 0 ? std::string() : m_drillFields[std::size_t(index)].keyedSince;
}

int ContentPack::drillAssessmentForm(const QString &drillId) const
{
    const int index = m_drillItems.indexOf(drillId);
    return index < 0 ? int(pb::ASSESSMENT_FORM_NONE) : m_drillFields[std::size_t(index)].form;
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

const pb::TrackOutcome *ContentPack::outcome(const pb::Track &track, const QString &outcomeId)
{
    if (outcomeId.isEmpty())
        return nullptr;
    for (const auto &o : track.outcomes())
        if (toQString(o.id()) == outcomeId)
            return &o;
    return nullptr;
}

QList<const pb::TrackItem *> ContentPack::followedItems(const pb::Track &track,
                                                        const QString &chosenOutcome)
{
    QList<const pb::TrackItem *> items;
    for (const auto &item : track.items())
        items << &item;
    if (const pb::TrackOutcome *chosen = outcome(track, chosenOutcome))
        for (const auto &item : chosen->next())
            items << &item;
    return items;
}

QList<const pb::TrackItem *> ContentPack::offeredItems(const pb::Track &track)
{
    QList<const pb::TrackItem *> items;
    for (const auto &item : track.items())
        items << &item;
    for (const auto &o : track.outcomes())
        for (const auto &item : o.next())
            items << &item;
    return items;
}

QStringList ContentPack::assessmentDrills(pb::AssessmentForm form) const
{
    QStringList ids;
    if (form == pb::ASSESSMENT_FORM_NONE)
        return ids;
    for (const QString &id : drillIds())
        if (drillAssessmentForm(id) == form)
            ids.append(id);
    return ids;
}

QStringList ContentPack::practiceDrills() const
{
    QStringList ids;
    for (const QString &id : drillIds())
        if (drillAssessmentForm(id) == pb::ASSESSMENT_FORM_NONE)
            ids.append(id);
    return ids;
}

} // namespace groundwork::core
