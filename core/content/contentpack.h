#pragma once

#include "content/lazyitems.h"
#include "groundwork/content/v1/pack.pb.h"

#include <google/protobuf/arena.h>

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace groundwork::core {

namespace pb = groundwork::content::v1;

// The pack's text (protobuf strings are UTF-8) as a QString.
inline QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The pack format this build understands; a newer pack is refused with a clear error.
inline constexpr quint32 kContentFormatVersion = 1;

// A loaded, indexed content pack. Lookups by id are O(1); the pack itself is immutable.
// Lessons and drills are read lazily: loading finds each one's bytes and the few fields the
// index needs (packsplit.h), and the item is parsed the first time it is asked for (a
// 1,000-lesson pack holds megabytes of text of which a session shows one lesson). Everything
// else (tracks, dimensions, roles...) is parsed at load. Safe to use from any thread.
class ContentPack
{
public:
    struct LoadResult;

    // Parses a pack from its serialized bytes.
    static LoadResult fromBytes(const QByteArray &bytes);
    // Reads and parses a pack file (a path on disk or a ":/..." Qt resource).
    static LoadResult fromFile(const QString &path);

    // The pack WITHOUT its lessons and drills (data().lessons() and data().drills() are
    // empty): ask lesson(), lessonIds(), drill(), drillIds().
    const pb::ContentPack &data() const { return *m_pack; }
    // A copy of the whole pack, every lesson and drill parsed: for tools and tests that edit or
    // write a pack out again. Costs a full parse; the app never needs it.
    pb::ContentPack wholePack() const;
    QString contentVersion() const;

    // Null for an unknown id, and for a lesson or drill whose bytes are damaged (logged once).
    const pb::Lesson *lesson(const QString &id) const;
    const pb::Drill *drill(const QString &id) const;
    // Every lesson's and drill's id, in pack order.
    QStringList lessonIds() const { return m_lessonItems.ids(); }
    QStringList drillIds() const { return m_drillItems.ids(); }
    // Drill.keyed_since of a drill, read at load without parsing the drill; empty if unknown.
    std::string drillKeyedSince(const QString &drillId) const;
    // Drill.assessment_form's number, read at load: 0 (ASSESSMENT_FORM_NONE) for a practice or
    // unknown drill; a form this build does not know keeps its number.
    int drillAssessmentForm(const QString &drillId) const;
    const pb::Track *track(const QString &id) const;
    const pb::Dimension *dimension(const QString &id) const;
    const pb::RoleTemplate *role(const QString &id) const;
    static const pb::Decision *decision(const pb::Drill &drill, const QString &decisionId);
    // The outcome of a track with this id; null when it has none such.
    static const pb::TrackOutcome *outcome(const pb::Track &track, const QString &outcomeId);
    // What a learner follows in a track: its items, then the path of the outcome they chose
    // (an empty or unknown outcome: the items alone).
    static QList<const pb::TrackItem *> followedItems(const pb::Track &track,
                                                      const QString &chosenOutcome);
    // Every item a track can offer: its items and every outcome's path.
    static QList<const pb::TrackItem *> offeredItems(const pb::Track &track);

    // A drill of the readiness assessment, never served as practice. Any form counts, also one
    // this build does not know (a newer pack's): when in doubt, a drill is not practised.
    static bool isAssessment(const pb::Drill &drill)
    {
        return drill.assessment_form() != pb::ASSESSMENT_FORM_NONE;
    }
    // The drills of one form of the readiness assessment, in pack order; empty for
    // ASSESSMENT_FORM_NONE and for a form the pack does not have.
    QStringList assessmentDrills(pb::AssessmentForm form) const;
    // The drills a learner may practise (every drill not in an assessment form), in pack order.
    QStringList practiceDrills() const;

private:
    struct DrillIndexFields
    {
        std::string keyedSince;
        int form = pb::ASSESSMENT_FORM_NONE; // as written: a newer pack's form keeps its number
    };

    ContentPack(std::unique_ptr<google::protobuf::Arena> arena, pb::ContentPack *pack,
                QByteArray bytes, std::vector<LazyItems<pb::Lesson>::Span> lessons,
                std::vector<LazyItems<pb::Drill>::Span> drills,
                std::vector<DrillIndexFields> drillFields);
    void buildIndex();

    // The pack lives on an arena: parsing thousands of small strings into one arena is several
    // times faster than a heap allocation each, and the pack is freed in one go.
    std::unique_ptr<google::protobuf::Arena> m_arena;
    pb::ContentPack *m_pack = nullptr; // owned by m_arena
    QByteArray m_bytes; // the pack as read; the lessons' and drills' bytes stay here
    LazyItems<pb::Lesson> m_lessonItems;
    LazyItems<pb::Drill> m_drillItems;
    std::vector<DrillIndexFields> m_drillFields; // by the drill's place in m_drillItems
    QHash<QString, int> m_tracks;
    QHash<QString, int> m_dimensions;
    QHash<QString, int> m_roles;
};

struct ContentPack::LoadResult
{
    std::shared_ptr<const ContentPack> pack; // null on error
    QString error;                           // plain-language reason when pack is null
};

} // namespace groundwork::core
