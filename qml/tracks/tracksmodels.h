#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace groundwork::tracks {

struct TrackRow
{
    QString trackId;
    QString title;
    QString summary; // the first paragraph; the browsed track shows the whole one
    bool isPrivate = false;
    int itemCount = 0;
    int doneCount = 0;
    bool active = false;

    bool sameItem(const TrackRow &other) const { return trackId == other.trackId; }
};

// The tracks of the pack, one row each.
//
// Roles: trackId (string), title (string), summary (Markdown: the first paragraph of the
// track's summary; TracksViewModel.trackSummary has all of it), isPrivate (bool: writing in
// this track never leaves the device readable), itemCount (int), doneCount (int), active
// (bool: the track Today draws from).
class TracksModel : public ui::RowListModel<TrackRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of TracksViewModel")

public:
    explicit TracksModel(QObject *parent = nullptr);
};

// The kinds of item a track holds; QML names them TrackItem.Lesson, .Drill, .Reflection.
namespace TrackItem {
Q_NAMESPACE
QML_ELEMENT
enum class Kind { Lesson, Drill, Reflection };
Q_ENUM_NS(Kind)
} // namespace TrackItem

struct TrackItemRow
{
    TrackItem::Kind kind = TrackItem::Kind::Lesson;
    QString itemId;
    QString title;
    QString summary;
    QString prompt;
    QString hint;
    bool done = false;

    bool sameItem(const TrackItemRow &other) const
    {
        return kind == other.kind && itemId == other.itemId;
    }
};

// Lessons, drills and reflections in order: a track's items, its closing reflection, or the
// path of its chosen outcome (TracksViewModel has one model of each).
//
// Roles: kind (int, a TrackItem.Kind), itemId (Lesson.id, Drill.id or the reflection prompt's
// id), title, summary (a lesson's summary or a drill's scenario type; empty for a reflection),
// prompt (a reflection's full prompt in Markdown; empty otherwise), hint (a reflection's hint),
// done (bool: a finished lesson, a drill with at least one review, a reflection with saved
// text).
class TrackItemsModel : public ui::RowListModel<TrackItemRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of TracksViewModel")

public:
    explicit TrackItemsModel(QObject *parent = nullptr);
};

} // namespace groundwork::tracks
