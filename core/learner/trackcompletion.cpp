#include "learner/trackcompletion.h"

namespace groundwork::core::learner {

namespace {

bool itemDone(const pb::TrackItem &item, const QString &trackId, const LearnerState &state)
{
    if (item.has_lesson())
        return state.finishedLessons.contains(QString::fromStdString(item.lesson()));
    if (item.has_drill())
        return state.drills.contains(QString::fromStdString(item.drill()));
    if (item.has_reflection())
        return !state.reflectionText(trackId, QString::fromStdString(item.reflection().id())).trimmed().isEmpty();
    return true; // nothing the learner does (a note between items)
}

} // namespace

bool trackFinished(const pb::Track &track, const LearnerState &state)
{
    const QString trackId = QString::fromStdString(track.id());
    const auto items = ContentPack::followedItems(track, QString());
    if (items.isEmpty())
        return false;
    for (const pb::TrackItem *item : items)
        if (!itemDone(*item, trackId, state))
            return false;
    if (track.has_closing_step() && !track.closing_step().reflection().id().empty()) {
        const QString closing = QString::fromStdString(track.closing_step().reflection().id());
        if (state.reflectionText(trackId, closing).trimmed().isEmpty())
            return false;
    }
    return true;
}

QStringList finishedPublicTracks(const ContentPack &pack, const LearnerState &state)
{
    QStringList finished;
    for (const pb::Track &track : pack.data().tracks())
        if (!track.is_private() && trackFinished(track, state))
            finished << QString::fromStdString(track.id());
    return finished;
}

QString trackCompletedEventId(const QString &trackId)
{
    return QStringLiteral("track-completed.") + trackId;
}

} // namespace groundwork::core::learner
