#include "narrationremote.h"

namespace groundwork::app {

using platform::MediaSession;

NarrationRemote::NarrationRemote(lesson::NarrationController &narration,
                                 std::unique_ptr<MediaSession> session, QObject *parent)
    : QObject(parent), m_narration(narration), m_session(std::move(session))
{
    connect(m_session.get(), &MediaSession::playRequested, &m_narration,
            &lesson::NarrationController::play);
    connect(m_session.get(), &MediaSession::pauseRequested, &m_narration,
            &lesson::NarrationController::pause);
    connect(m_session.get(), &MediaSession::playPauseRequested, &m_narration,
            &lesson::NarrationController::toggle);
    connect(m_session.get(), &MediaSession::skipRequested, this, &NarrationRemote::skip);

    connect(&m_narration, &lesson::NarrationController::playingChanged, this,
            &NarrationRemote::showPlayback);
    connect(&m_narration, &lesson::NarrationController::positionChanged, this,
            [this] { m_session->setPosition(m_narration.position(), false); });
    // The player learns the exact length once it has opened the file.
    connect(&m_narration, &lesson::NarrationController::durationChanged, this, [this] {
        if (!m_lessonId.isEmpty())
            m_session->setTrack(m_lessonId, m_title, m_narration.duration());
    });
}

void NarrationRemote::lessonLoaded(const QString &lessonId, const QString &title)
{
    if (!m_narration.available())
        return; // a lesson without narration has nothing for the media controls
    m_lessonId = lessonId;
    m_title = title;
    m_session->setTrack(lessonId, title, m_narration.duration());
    m_session->setPosition(m_narration.position(), true);
    showPlayback();
}

void NarrationRemote::showPlayback()
{
    m_session->setPlayback(m_narration.playing()     ? MediaSession::Playback::Playing
                           : m_narration.available() ? MediaSession::Playback::Paused
                                                     : MediaSession::Playback::Stopped);
}

void NarrationRemote::skip(qint64 deltaMs)
{
    if (!m_narration.available())
        return;
    m_narration.skip(deltaMs);
    m_session->setPosition(m_narration.position(), true);
}

} // namespace groundwork::app
