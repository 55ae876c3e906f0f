// The narration's media session on Android: the system's media controls (headset buttons,
// Bluetooth, the lock screen and the notification shade's player) see the lesson being narrated
// and send play, pause and skip here. The C++ side (platforms/android/mediasession_android.cpp)
// tells it what plays; what the learner asks for goes back through the native methods below.
package org.groundwork.platform;

import android.content.Context;
import android.media.MediaMetadata;
import android.media.session.MediaSession;
import android.media.session.PlaybackState;

public class NarrationMediaSession
{
    // The C++ object this session reports to (a pointer, as Qt's JNI examples pass it).
    private final long m_receiver;
    private final MediaSession m_session;

    private static final long ACTIONS = PlaybackState.ACTION_PLAY | PlaybackState.ACTION_PAUSE
            | PlaybackState.ACTION_PLAY_PAUSE | PlaybackState.ACTION_FAST_FORWARD
            | PlaybackState.ACTION_REWIND | PlaybackState.ACTION_SKIP_TO_NEXT
            | PlaybackState.ACTION_SKIP_TO_PREVIOUS | PlaybackState.ACTION_SEEK_TO;

    private static native void playRequested(long receiver);
    private static native void pauseRequested(long receiver);
    private static native void skipRequested(long receiver, long deltaMs);
    private static native void seekRequested(long receiver, long positionMs);

    public NarrationMediaSession(Context context, long receiver, final long skipMs)
    {
        m_receiver = receiver;
        m_session = new MediaSession(context, "GroundworkNarration");
        m_session.setCallback(new MediaSession.Callback() {
            @Override public void onPlay() { playRequested(m_receiver); }
            @Override public void onPause() { pauseRequested(m_receiver); }
            @Override public void onStop() { pauseRequested(m_receiver); }
            // One lesson is one track: next and previous skip within it.
            @Override public void onSkipToNext() { skipRequested(m_receiver, skipMs); }
            @Override public void onSkipToPrevious() { skipRequested(m_receiver, -skipMs); }
            @Override public void onFastForward() { skipRequested(m_receiver, skipMs); }
            @Override public void onRewind() { skipRequested(m_receiver, -skipMs); }
            @Override public void onSeekTo(long positionMs) { seekRequested(m_receiver, positionMs); }
        });
    }

    public void setTrack(String title, long durationMs)
    {
        m_session.setMetadata(new MediaMetadata.Builder()
                .putString(MediaMetadata.METADATA_KEY_TITLE, title)
                .putString(MediaMetadata.METADATA_KEY_ALBUM, "Groundwork")
                .putLong(MediaMetadata.METADATA_KEY_DURATION, durationMs)
                .build());
        m_session.setActive(true);
    }

    // playing: 0 stopped, 1 paused, 2 playing (MediaSession::Playback on the C++ side)
    public void setState(int playback, long positionMs)
    {
        final int state = playback == 2 ? PlaybackState.STATE_PLAYING
                : playback == 1 ? PlaybackState.STATE_PAUSED : PlaybackState.STATE_STOPPED;
        m_session.setPlaybackState(new PlaybackState.Builder()
                .setActions(ACTIONS)
                .setState(state, positionMs, playback == 2 ? 1.0f : 0.0f)
                .build());
    }

    public void release()
    {
        m_session.setActive(false);
        m_session.release();
    }
}
