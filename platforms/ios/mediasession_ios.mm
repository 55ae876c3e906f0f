#include "groundwork/platform/mediasession.h"

#import <AVFoundation/AVFoundation.h>
#import <MediaPlayer/MediaPlayer.h>

// The narration's media controls on iOS: the remote command centre (headset buttons, CarPlay,
// the lock screen and Control Centre) and the now-playing information they show. Info.plist
// declares the "audio" background mode, so narration goes on with the screen locked.
// Not built on Linux.

namespace groundwork::platform {

namespace {

class IosMediaSession final : public MediaSession
{
public:
    explicit IosMediaSession(QObject *parent) : MediaSession(parent)
    {
        // Spoken word: plays with the silent switch on, and pauses other audio rather than
        // mixing with it.
        [[AVAudioSession sharedInstance] setCategory:AVAudioSessionCategoryPlayback
                                                mode:AVAudioSessionModeSpokenAudio
                                             options:0
                                               error:nil];
        MPRemoteCommandCenter *center = [MPRemoteCommandCenter sharedCommandCenter];
        m_targets = @[
            [center.playCommand
                addTargetWithHandler:^MPRemoteCommandHandlerStatus(MPRemoteCommandEvent *) {
                  emit playRequested();
                  return MPRemoteCommandHandlerStatusSuccess;
                }],
            [center.pauseCommand
                addTargetWithHandler:^MPRemoteCommandHandlerStatus(MPRemoteCommandEvent *) {
                  emit pauseRequested();
                  return MPRemoteCommandHandlerStatusSuccess;
                }],
            [center.togglePlayPauseCommand
                addTargetWithHandler:^MPRemoteCommandHandlerStatus(MPRemoteCommandEvent *) {
                  emit playPauseRequested();
                  return MPRemoteCommandHandlerStatusSuccess;
                }],
            [center.skipForwardCommand
                addTargetWithHandler:^MPRemoteCommandHandlerStatus(MPRemoteCommandEvent *) {
                  emit skipRequested(kSkipMs);
                  return MPRemoteCommandHandlerStatusSuccess;
                }],
            [center.skipBackwardCommand
                addTargetWithHandler:^MPRemoteCommandHandlerStatus(MPRemoteCommandEvent *) {
                  emit skipRequested(-kSkipMs);
                  return MPRemoteCommandHandlerStatusSuccess;
                }],
            [center.changePlaybackPositionCommand
                addTargetWithHandler:^MPRemoteCommandHandlerStatus(MPRemoteCommandEvent *event) {
                  auto *seek = (MPChangePlaybackPositionCommandEvent *)event;
                  emit skipRequested(qint64(seek.positionTime * 1000) - m_positionMs);
                  return MPRemoteCommandHandlerStatusSuccess;
                }],
        ];
        [m_targets retain];
        center.skipForwardCommand.preferredIntervals = @[ @(kSkipMs / 1000) ];
        center.skipBackwardCommand.preferredIntervals = @[ @(kSkipMs / 1000) ];
    }

    ~IosMediaSession() override
    {
        MPRemoteCommandCenter *center = [MPRemoteCommandCenter sharedCommandCenter];
        for (MPRemoteCommand *command in @[
                 center.playCommand, center.pauseCommand, center.togglePlayPauseCommand,
                 center.skipForwardCommand, center.skipBackwardCommand,
                 center.changePlaybackPositionCommand
             ])
            [command removeTarget:nil];
        [m_targets release];
        [MPNowPlayingInfoCenter defaultCenter].nowPlayingInfo = nil;
    }

    void setTrack(const QString &, const QString &title, qint64 durationMs) override
    {
        m_title = title;
        m_durationMs = durationMs;
        publish();
    }

    void setPlayback(Playback playback) override
    {
        m_playback = playback;
        if (playback == Playback::Playing)
            [[AVAudioSession sharedInstance] setActive:YES error:nil];
        publish();
    }

    void setPosition(qint64 positionMs, bool jumped) override
    {
        m_positionMs = positionMs;
        if (jumped) // while playing the system advances the position from the rate itself
            publish();
    }

private:
    void publish()
    {
        if (m_title.isEmpty())
            return;
        const bool playing = m_playback == Playback::Playing;
        [MPNowPlayingInfoCenter defaultCenter].nowPlayingInfo = @{
            MPMediaItemPropertyTitle : m_title.toNSString(),
            MPMediaItemPropertyAlbumTitle : @"Groundwork",
            MPMediaItemPropertyPlaybackDuration : @(double(m_durationMs) / 1000.0),
            MPNowPlayingInfoPropertyElapsedPlaybackTime : @(double(m_positionMs) / 1000.0),
            MPNowPlayingInfoPropertyPlaybackRate : @(playing ? 1.0 : 0.0),
        };
    }

    NSArray *m_targets = nil;
    QString m_title;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    Playback m_playback = Playback::Stopped;
};

} // namespace

std::unique_ptr<MediaSession> createMediaSession(QObject *parent)
{
    return std::make_unique<IosMediaSession>(parent);
}

} // namespace groundwork::platform
