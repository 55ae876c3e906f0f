#include "tracksmodels.h"

namespace groundwork::tracks {

QVariant TracksModel::data(const QModelIndex &index, int role) const
{
    const TrackRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r->title;
    case TrackIdRole:
        return r->trackId;
    case SummaryRole:
        return r->summary;
    case IsPrivateRole:
        return r->isPrivate;
    case ItemCountRole:
        return r->itemCount;
    case DoneCountRole:
        return r->doneCount;
    case ActiveRole:
        return r->active;
    default:
        return {};
    }
}

QHash<int, QByteArray> TracksModel::roleNames() const
{
    return {{TrackIdRole, "trackId"},     {TitleRole, "title"},         {SummaryRole, "summary"},
            {IsPrivateRole, "isPrivate"}, {ItemCountRole, "itemCount"}, {DoneCountRole, "doneCount"},
            {ActiveRole, "active"}};
}

QVariant TrackItemsModel::data(const QModelIndex &index, int role) const
{
    const TrackItemRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r->title;
    case KindRole:
        return int(r->kind); // QML compares it with TrackItem.Lesson etc.
    case ItemIdRole:
        return r->itemId;
    case SummaryRole:
        return r->summary;
    case PromptRole:
        return r->prompt;
    case HintRole:
        return r->hint;
    case DoneRole:
        return r->done;
    default:
        return {};
    }
}

QHash<int, QByteArray> TrackItemsModel::roleNames() const
{
    return {{KindRole, "kind"},       {ItemIdRole, "itemId"}, {TitleRole, "title"},
            {SummaryRole, "summary"}, {PromptRole, "prompt"}, {HintRole, "hint"},
            {DoneRole, "done"}};
}

} // namespace groundwork::tracks
