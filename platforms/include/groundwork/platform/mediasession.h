#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace groundwork::platform {

// The lesson narration as the system's media controls see it: media keys, headsets, the lock
// screen and the desktop's media applet. Linux publishes it over MPRIS (D-Bus); Android through
// a MediaSession, iOS through the remote command centre. The app tells it what plays and how far
// it got; it reports what the learner asked for from outside the app.
class MediaSession : public QObject
{
    Q_OBJECT
public:
    enum class Playback
    {
        Stopped,
        Paused,
        Playing
    };
    Q_ENUM(Playback)

    // How far "skip forward/back" goes (headset double and triple presses, Next and Previous).
    static constexpr qint64 kSkipMs = 15000;

    using QObject::QObject;

    // What is loaded: a lesson's narration (its id, its title for the system's display and its
    // length). Until the first call the session shows nothing to the system.
    virtual void setTrack(const QString &id, const QString &title, qint64 durationMs) = 0;
    virtual void setPlayback(Playback playback) = 0;
    // Where playback is now; `jumped` says it moved by a seek rather than by playing along.
    virtual void setPosition(qint64 positionMs, bool jumped) = 0;

signals:
    void playRequested();
    void pauseRequested();
    void playPauseRequested();
    // Forward (positive) or back (negative) by this much.
    void skipRequested(qint64 deltaMs);
};

// The platform's media session; one that shows nothing where the platform has none written.
std::unique_ptr<MediaSession> createMediaSession(QObject *parent = nullptr);

// A media session for tests: keeps what it was told; the request signals play the system.
class RecordingMediaSession final : public MediaSession
{
    Q_OBJECT
public:
    using MediaSession::MediaSession;
    void setTrack(const QString &id, const QString &title, qint64 durationMs) override
    {
        trackId = id;
        trackTitle = title;
        trackDurationMs = durationMs;
    }
    void setPlayback(Playback state) override { playbacks.append(state); }
    void setPosition(qint64 positionMs, bool jumped) override
    {
        positionNowMs = positionMs;
        if (jumped)
            seeks.append(positionMs);
    }

    QString trackId;
    QString trackTitle;
    qint64 trackDurationMs = 0;
    QList<Playback> playbacks;
    qint64 positionNowMs = 0;
    QList<qint64> seeks;
};

} // namespace groundwork::platform
