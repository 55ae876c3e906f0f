#pragma once

#include "rowlistmodel.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace groundwork::core {
class LearnerData;
class Preferences;
}

namespace groundwork::onboarding {

struct TrackChoice
{
    QString trackId;
    QString title;
    QString summary; // the first paragraph of the track's summary (Markdown)
    bool isPrivate = false;

    bool sameItem(const TrackChoice &other) const { return trackId == other.trackId; }
};

// The tracks of the content pack, in the pack's order, as the first run offers them.
//
// Roles: trackId (string), title (string), summary (string, Markdown: the first paragraph of
// the track's summary), isPrivate (bool: writing in this track never leaves the device
// readable).
class TrackChoicesModel : public ui::RowListModel<TrackChoice>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of FirstRunViewModel")

public:
    explicit TrackChoicesModel(QObject *parent = nullptr);
};

// The first start: which track to follow, and the choices made before there is anything to
// record (the cohort invite code, that the first run is done), kept in the preferences. The
// weekly goal is the GoalViewModel's.
class FirstRunViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the app shell")
    Q_PROPERTY(groundwork::onboarding::TrackChoicesModel *tracks READ tracks CONSTANT)
    // The track Today draws from
    Q_PROPERTY(QString trackId READ trackId NOTIFY trackChanged)
    // Kept until the learner joins in the Cohort section; trimmed, upper-cased
    Q_PROPERTY(QString inviteCode READ inviteCode WRITE setInviteCode NOTIFY inviteCodeChanged)

public:
    FirstRunViewModel(core::LearnerData &data, core::Preferences &preferences,
                      QObject *parent = nullptr);

    TrackChoicesModel *tracks() { return &m_tracks; }
    QString trackId() const;
    QString inviteCode() const;
    void setInviteCode(const QString &code);

    // Makes a track of the pack the one Today draws from; false for an unknown id.
    Q_INVOKABLE bool follow(const QString &trackId);
    // Finishing or skipping the last step: the first run is not shown again.
    Q_INVOKABLE void finish();

signals:
    void trackChanged();
    void inviteCodeChanged();

private:
    core::LearnerData &m_data;
    core::Preferences &m_preferences;
    TrackChoicesModel m_tracks;
};

} // namespace groundwork::onboarding
