#include "tracksmodels.h"

namespace groundwork::tracks {

TracksModel::TracksModel(QObject *parent)
    : RowListModel({{"trackId", [](const TrackRow &r) -> QVariant { return r.trackId; }},
                    {"title", [](const TrackRow &r) -> QVariant { return r.title; }},
                    {"summary", [](const TrackRow &r) -> QVariant { return r.summary; }},
                    {"isPrivate", [](const TrackRow &r) -> QVariant { return r.isPrivate; }},
                    {"itemCount", [](const TrackRow &r) -> QVariant { return r.itemCount; }},
                    {"doneCount", [](const TrackRow &r) -> QVariant { return r.doneCount; }},
                    {"active", [](const TrackRow &r) -> QVariant { return r.active; }}},
                   "title", parent)
{
}

TrackItemsModel::TrackItemsModel(QObject *parent)
    // kind as an int: QML compares it with TrackItem.Lesson etc.
    : RowListModel({{"kind", [](const TrackItemRow &r) -> QVariant { return int(r.kind); }},
                    {"itemId", [](const TrackItemRow &r) -> QVariant { return r.itemId; }},
                    {"title", [](const TrackItemRow &r) -> QVariant { return r.title; }},
                    {"summary", [](const TrackItemRow &r) -> QVariant { return r.summary; }},
                    {"prompt", [](const TrackItemRow &r) -> QVariant { return r.prompt; }},
                    {"hint", [](const TrackItemRow &r) -> QVariant { return r.hint; }},
                    {"done", [](const TrackItemRow &r) -> QVariant { return r.done; }}},
                   "title", parent)
{
}

} // namespace groundwork::tracks
