#include "groundwork/platform/mediasession.h"

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>
#include <QMetaObject>
#include <QSet>
#include <QtCore/qcoreapplication_platform.h>

#include <functional>
#include <iterator>

// The narration's media session on Android, through org.groundwork.platform.NarrationMediaSession
// (package/src), which wraps android.media.session.MediaSession. Not built on Linux.

namespace groundwork::platform {

namespace {

const char kJavaClass[] = "org/groundwork/platform/NarrationMediaSession";

class AndroidMediaSession final : public MediaSession
{
public:
    explicit AndroidMediaSession(QObject *parent) : MediaSession(parent)
    {
        registerNatives();
        live().insert(this);
        // MediaSession delivers its callbacks on the thread that made it, which must have a
        // looper: Android's main thread, not Qt's.
        const QJniObject context(QNativeInterface::QAndroidApplication::context());
        const jlong receiver = reinterpret_cast<jlong>(this);
        QNativeInterface::QAndroidApplication::runOnAndroidMainThread([this, context, receiver] {
            m_java = QJniObject(kJavaClass, "(Landroid/content/Context;JJ)V", context.object(),
                                receiver, jlong(kSkipMs));
        }).waitForFinished();
    }

    ~AndroidMediaSession() override
    {
        live().remove(this);
        if (m_java.isValid())
            m_java.callMethod<void>("release");
    }

    void setTrack(const QString &, const QString &title, qint64 durationMs) override
    {
        m_java.callMethod<void>("setTrack", "(Ljava/lang/String;J)V",
                                QJniObject::fromString(title).object<jstring>(), jlong(durationMs));
    }

    void setPlayback(Playback playback) override
    {
        m_playback = playback;
        publishState();
    }

    void setPosition(qint64 positionMs, bool jumped) override
    {
        m_positionMs = positionMs;
        if (jumped) // the system extrapolates from the last state while playing
            publishState();
    }

    // Requests arrive on Android's main thread; they are handled on Qt's, where sessions are
    // made and deleted, so the look-up in live() cannot race a deletion.
    static void post(jlong receiver, std::function<void(AndroidMediaSession &)> request)
    {
        auto *session = reinterpret_cast<AndroidMediaSession *>(receiver);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [session, request] {
                if (live().contains(session))
                    request(*session);
            },
            Qt::QueuedConnection);
    }

    qint64 positionMs() const { return m_positionMs; }

private:
    void publishState()
    {
        m_java.callMethod<void>("setState", "(IJ)V", jint(m_playback), jlong(m_positionMs));
    }

    static QSet<AndroidMediaSession *> &live()
    {
        static QSet<AndroidMediaSession *> sessions;
        return sessions;
    }

    static void registerNatives()
    {
        static bool registered = false;
        if (registered)
            return;
        const JNINativeMethod methods[] = {
            {"playRequested", "(J)V", reinterpret_cast<void *>(onPlay)},
            {"pauseRequested", "(J)V", reinterpret_cast<void *>(onPause)},
            {"skipRequested", "(JJ)V", reinterpret_cast<void *>(onSkip)},
            {"seekRequested", "(JJ)V", reinterpret_cast<void *>(onSeek)},
        };
        QJniEnvironment env;
        registered = env.registerNativeMethods(kJavaClass, methods, std::size(methods));
    }

    static void JNICALL onPlay(JNIEnv *, jclass, jlong receiver)
    {
        post(receiver, [](AndroidMediaSession &s) { emit s.playRequested(); });
    }
    static void JNICALL onPause(JNIEnv *, jclass, jlong receiver)
    {
        post(receiver, [](AndroidMediaSession &s) { emit s.pauseRequested(); });
    }
    static void JNICALL onSkip(JNIEnv *, jclass, jlong receiver, jlong deltaMs)
    {
        post(receiver, [deltaMs](AndroidMediaSession &s) { emit s.skipRequested(deltaMs); });
    }
    static void JNICALL onSeek(JNIEnv *, jclass, jlong receiver, jlong positionMs)
    {
        post(receiver, [positionMs](AndroidMediaSession &s) {
            emit s.skipRequested(positionMs - s.positionMs());
        });
    }

    QJniObject m_java;
    Playback m_playback = Playback::Stopped;
    qint64 m_positionMs = 0;
};

} // namespace

std::unique_ptr<MediaSession> createMediaSession(QObject *parent)
{
    return std::make_unique<AndroidMediaSession>(parent);
}

} // namespace groundwork::platform
