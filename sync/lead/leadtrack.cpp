#include "lead/leadtrack.h"

namespace groundwork::sync::lead {

QString leadTrackId()
{
    return QStringLiteral("ready-to-lead");
}

QString leadTrackTitle()
{
    return QStringLiteral("Ready to lead");
}

const QStringList &publicTrackIds()
{
    static const QStringList ids{leadTrackId()};
    return ids;
}

bool isPublicTrack(const QString &trackId)
{
    return publicTrackIds().contains(trackId);
}

QString leadTrackCompletedDay(const v1::RosterMember &member)
{
    const std::string id = leadTrackId().toStdString();
    for (const v1::TrackCompletion &c : member.completed_tracks())
        if (c.track_id() == id)
            return QString::fromStdString(c.day());
    return {};
}

quint32 leadTrackCompletions(const v1::LeadRosterResponse &roster)
{
    const std::string id = leadTrackId().toStdString();
    for (const v1::TrackCompletionCount &c : roster.track_completions())
        if (c.track_id() == id)
            return c.members();
    return 0;
}

} // namespace groundwork::sync::lead
