#include "groundwork/platform/mediasession.h"

#include <QCoreApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantMap>

#include <optional>

// The narration over MPRIS (the Media Player Remote Interfacing Specification, version 2.2): the
// player every Linux desktop's media keys, headset buttons and media applets talk to. It has two
// interfaces on /org/mpris/MediaPlayer2: the player's identity (org.mpris.MediaPlayer2) and its
// controls (org.mpris.MediaPlayer2.Player). Times on the bus are microseconds.

namespace groundwork::platform {

namespace {

const QString kServicePrefix = QStringLiteral("org.mpris.MediaPlayer2.groundwork");
const QString kObjectPath = QStringLiteral("/org/mpris/MediaPlayer2");
const QString kPlayerInterface = QStringLiteral("org.mpris.MediaPlayer2.Player");
const QString kNoTrack = QStringLiteral("/org/mpris/MediaPlayer2/TrackList/NoTrack");

constexpr qlonglong kUsPerMs = 1000;

class MprisMediaSession;

// org.mpris.MediaPlayer2: who the player is. The app is not raised or quit from outside.
class RootAdaptor final : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2")
    Q_PROPERTY(bool CanQuit READ canQuit)
    Q_PROPERTY(bool CanRaise READ canRaise)
    Q_PROPERTY(bool HasTrackList READ hasTrackList)
    Q_PROPERTY(QString Identity READ identity)
    Q_PROPERTY(QString DesktopEntry READ desktopEntry)
    Q_PROPERTY(QStringList SupportedUriSchemes READ supportedUriSchemes)
    Q_PROPERTY(QStringList SupportedMimeTypes READ supportedMimeTypes)

public:
    explicit RootAdaptor(QObject *holder) : QDBusAbstractAdaptor(holder) {}
    bool canQuit() const { return false; }
    bool canRaise() const { return false; }
    bool hasTrackList() const { return false; }
    QString identity() const { return QStringLiteral("Groundwork"); }
    QString desktopEntry() const { return QStringLiteral("org.groundwork.Groundwork"); }
    QStringList supportedUriSchemes() const { return {}; }
    QStringList supportedMimeTypes() const { return {}; }

public slots:
    void Raise() {}
    void Quit() {}
};

// org.mpris.MediaPlayer2.Player: the controls and what is playing.
class PlayerAdaptor final : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.Player")
    Q_PROPERTY(QString PlaybackStatus READ playbackStatus)
    Q_PROPERTY(double Rate READ rate)
    Q_PROPERTY(double MinimumRate READ rate)
    Q_PROPERTY(double MaximumRate READ rate)
    Q_PROPERTY(QVariantMap Metadata READ metadata)
    Q_PROPERTY(double Volume READ volume)
    Q_PROPERTY(qlonglong Position READ position)
    Q_PROPERTY(bool CanGoNext READ canControl)
    Q_PROPERTY(bool CanGoPrevious READ canControl)
    Q_PROPERTY(bool CanPlay READ canControl)
    Q_PROPERTY(bool CanPause READ canControl)
    Q_PROPERTY(bool CanSeek READ canControl)
    Q_PROPERTY(bool CanControl READ canControl)

public:
    explicit PlayerAdaptor(QObject *holder, MprisMediaSession &session)
        : QDBusAbstractAdaptor(holder), m_session(session)
    {
    }

    QString playbackStatus() const;
    // The narration speed belongs to the app's own settings; MPRIS sees it as fixed.
    double rate() const { return 1.0; }
    double volume() const { return 1.0; }
    QVariantMap metadata() const;
    qlonglong position() const;
    bool canControl() const;

public slots:
    void Play();
    void Pause();
    void PlayPause();
    void Stop();
    void Next();
    void Previous();
    void Seek(qlonglong offsetUs);
    void SetPosition(const QDBusObjectPath &trackId, qlonglong positionUs);
    void OpenUri(const QString &) {} // no URIs are supported (SupportedUriSchemes is empty)

signals:
    void Seeked(qlonglong positionUs);

private:
    MprisMediaSession &m_session;
};

class MprisMediaSession final : public MediaSession
{
    Q_OBJECT
public:
    explicit MprisMediaSession(QObject *parent) : MediaSession(parent)
    {
        new RootAdaptor(&m_holder);
        m_player = new PlayerAdaptor(&m_holder, *this);
    }

    ~MprisMediaSession() override
    {
        if (m_published) {
            m_bus->unregisterService(m_serviceName);
            m_bus->unregisterObject(kObjectPath);
        }
    }

    void setTrack(const QString &id, const QString &title, qint64 durationMs) override
    {
        m_trackId = id;
        m_title = title;
        m_durationMs = durationMs;
        m_positionMs = 0;
        if (!publish())
            return;
        announce({{QStringLiteral("Metadata"), m_player->metadata()},
                  {QStringLiteral("CanPlay"), true}});
    }

    void setPlayback(Playback playback) override
    {
        if (playback == m_playback)
            return;
        m_playback = playback;
        if (m_published)
            announce({{QStringLiteral("PlaybackStatus"), m_player->playbackStatus()}});
    }

    void setPosition(qint64 positionMs, bool jumped) override
    {
        m_positionMs = positionMs;
        // Position is read on demand; only a jump is announced (the Seeked signal).
        if (jumped && m_published)
            emit m_player->Seeked(positionMs * kUsPerMs);
    }

    bool hasTrack() const { return !m_trackId.isEmpty(); }
    Playback playback() const { return m_playback; }
    qint64 positionMs() const { return m_positionMs; }

    QVariantMap metadata() const
    {
        if (!hasTrack())
            return {
                {QStringLiteral("mpris:trackid"), QVariant::fromValue(QDBusObjectPath(kNoTrack))}};
        return {{QStringLiteral("mpris:trackid"), QVariant::fromValue(trackPath())},
                {QStringLiteral("mpris:length"), qlonglong(m_durationMs * kUsPerMs)},
                {QStringLiteral("xesam:title"), m_title},
                {QStringLiteral("xesam:album"), QStringLiteral("Groundwork")}};
    }

    // A track id is a D-Bus object path, which allows only letters, digits and underscores.
    QDBusObjectPath trackPath() const
    {
        static const QRegularExpression notAllowed(QStringLiteral("[^A-Za-z0-9_]"));
        QString element = m_trackId;
        element.replace(notAllowed, QStringLiteral("_"));
        return QDBusObjectPath(QStringLiteral("/org/groundwork/Groundwork/lesson/") + element);
    }

private:
    // Appears on the bus once there is something to play, so an app that never narrates adds
    // nothing to the desktop's media controls. A second running app takes an instance name, as
    // the specification asks.
    bool publish()
    {
        if (m_published)
            return true;
        if (!m_bus)
            m_bus = QDBusConnection::sessionBus(); // not before: an app that never narrates never
                                                   // connects
        if (!m_bus->isConnected() ||
            !m_bus->registerObject(kObjectPath, &m_holder, QDBusConnection::ExportAdaptors))
            return false;
        m_serviceName = kServicePrefix;
        if (!m_bus->registerService(m_serviceName)) {
            m_serviceName = kServicePrefix + QStringLiteral(".instance") +
                            QString::number(QCoreApplication::applicationPid());
            if (!m_bus->registerService(m_serviceName)) {
                m_bus->unregisterObject(kObjectPath);
                return false;
            }
        }
        m_published = true;
        return true;
    }

    // org.freedesktop.DBus.Properties.PropertiesChanged for the player interface.
    void announce(const QVariantMap &changed)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            kObjectPath, QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("PropertiesChanged"));
        signal << kPlayerInterface << changed << QStringList();
        m_bus->send(signal);
    }

    std::optional<QDBusConnection> m_bus;
    QObject m_holder; // the exported object: the adaptors hang off it
    PlayerAdaptor *m_player = nullptr;
    bool m_published = false;
    QString m_serviceName;
    QString m_trackId;
    QString m_title;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    Playback m_playback = Playback::Stopped;
};

QString PlayerAdaptor::playbackStatus() const
{
    switch (m_session.playback()) {
    case MediaSession::Playback::Playing:
        return QStringLiteral("Playing");
    case MediaSession::Playback::Paused:
        return QStringLiteral("Paused");
    case MediaSession::Playback::Stopped:
        break;
    }
    return QStringLiteral("Stopped");
}

QVariantMap PlayerAdaptor::metadata() const
{
    return m_session.metadata();
}

qlonglong PlayerAdaptor::position() const
{
    return m_session.positionMs() * kUsPerMs;
}

bool PlayerAdaptor::canControl() const
{
    return m_session.hasTrack();
}

void PlayerAdaptor::Play()
{
    emit m_session.playRequested();
}

void PlayerAdaptor::Pause()
{
    emit m_session.pauseRequested();
}

void PlayerAdaptor::PlayPause()
{
    emit m_session.playPauseRequested();
}

// The narration has no "stopped" of its own: stopping keeps the place, like pausing.
void PlayerAdaptor::Stop()
{
    emit m_session.pauseRequested();
}

// One lesson is one track: next and previous skip within it (headsets send these for double and
// triple presses).
void PlayerAdaptor::Next()
{
    emit m_session.skipRequested(MediaSession::kSkipMs);
}

void PlayerAdaptor::Previous()
{
    emit m_session.skipRequested(-MediaSession::kSkipMs);
}

void PlayerAdaptor::Seek(qlonglong offsetUs)
{
    emit m_session.skipRequested(offsetUs / kUsPerMs);
}

// The specification asks to ignore a position for a track that is not the current one.
void PlayerAdaptor::SetPosition(const QDBusObjectPath &trackId, qlonglong positionUs)
{
    if (trackId != m_session.trackPath() || positionUs < 0)
        return;
    emit m_session.skipRequested(positionUs / kUsPerMs - m_session.positionMs());
}

} // namespace

std::unique_ptr<MediaSession> createMediaSession(QObject *parent)
{
    return std::make_unique<MprisMediaSession>(parent);
}

} // namespace groundwork::platform

#include "mediasession_mpris.moc"
