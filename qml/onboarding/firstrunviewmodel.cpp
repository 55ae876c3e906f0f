#include "firstrunviewmodel.h"

#include "session/learnerdata.h"
#include "settings/preferences.h"

namespace groundwork::onboarding {

TrackChoicesModel::TrackChoicesModel(QObject *parent)
    : RowListModel({{"trackId", [](const TrackChoice &r) -> QVariant { return r.trackId; }},
                    {"title", [](const TrackChoice &r) -> QVariant { return r.title; }},
                    {"summary", [](const TrackChoice &r) -> QVariant { return r.summary; }},
                    {"isPrivate", [](const TrackChoice &r) -> QVariant { return r.isPrivate; }}},
                   "title", parent)
{
}

FirstRunViewModel::FirstRunViewModel(core::LearnerData &data, core::Preferences &preferences,
                                     QObject *parent)
    : QObject(parent), m_data(data), m_preferences(preferences)
{
    QVector<TrackChoice> rows;
    for (const auto &track : data.pack().data().tracks())
        rows << TrackChoice{core::toQString(track.id()), core::toQString(track.title()),
                            core::toQString(track.summary()).trimmed().section(QStringLiteral("\n\n"), 0, 0),
                            track.is_private()};
    m_tracks.setRows(std::move(rows));
    connect(&data, &core::LearnerData::trackChanged, this, &FirstRunViewModel::trackChanged);
    connect(&preferences, &core::Preferences::cohortInviteCodeChanged, this,
            &FirstRunViewModel::inviteCodeChanged);
}

QString FirstRunViewModel::trackId() const
{
    return m_data.trackId();
}

QString FirstRunViewModel::inviteCode() const
{
    return m_preferences.cohortInviteCode();
}

void FirstRunViewModel::setInviteCode(const QString &code)
{
    m_preferences.setCohortInviteCode(code);
}

bool FirstRunViewModel::follow(const QString &trackId)
{
    if (!m_data.pack().track(trackId))
        return false;
    m_data.setTrackId(trackId);
    m_preferences.setTrackId(trackId);
    return true;
}

void FirstRunViewModel::finish()
{
    m_preferences.setFirstRunDone(true);
}

} // namespace groundwork::onboarding
