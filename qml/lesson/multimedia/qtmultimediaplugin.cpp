// The narration player on Qt Multimedia, built as a plugin: the app loads it (and with it Qt
// Multimedia and the platform's audio stack) the first time the learner listens, not at start.
#include "narrationplayer.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QObject>

namespace groundwork::lesson {

namespace {

using Status = NarrationPlayerEvents::Status;

class QtMultimediaPlayer final : public NarrationPlayer
{
public:
    explicit QtMultimediaPlayer(NarrationPlayerEvents &events)
    {
        m_player.setAudioOutput(&m_output);
        QObject::connect(&m_player, &QMediaPlayer::playbackStateChanged, &m_player,
                         [&events] { events.playbackChanged(); });
        QObject::connect(&m_player, &QMediaPlayer::positionChanged, &m_player,
                         [&events](qint64 ms) { events.positionReported(ms); });
        QObject::connect(&m_player, &QMediaPlayer::durationChanged, &m_player,
                         [&events] { events.durationReported(); });
        QObject::connect(&m_player, &QMediaPlayer::mediaStatusChanged, &m_player,
                         [&events, this] { events.statusChanged(status()); });
        QObject::connect(&m_player, &QMediaPlayer::errorOccurred, &m_player,
                         [&events] { events.failed(); });
    }
    ~QtMultimediaPlayer() override
    {
        // The player reports state changes while it is torn down; nobody is listening any more.
        m_player.disconnect();
    }

    void setSource(const QUrl &file) override { m_player.setSource(file); }
    void play() override { m_player.play(); }
    void pause() override { m_player.pause(); }
    void setPosition(qint64 positionMs) override { m_player.setPosition(positionMs); }
    void setRate(double rate) override { m_player.setPlaybackRate(rate); }

    bool playing() const override
    {
        return m_player.playbackState() == QMediaPlayer::PlayingState;
    }
    qint64 position() const override { return m_player.position(); }
    qint64 duration() const override { return m_player.duration(); }
    Status status() const override
    {
        switch (m_player.mediaStatus()) {
        case QMediaPlayer::NoMedia:
        case QMediaPlayer::InvalidMedia:
            return Status::NoMedia;
        case QMediaPlayer::LoadingMedia:
            return Status::Loading;
        case QMediaPlayer::EndOfMedia:
            return Status::Ended;
        default: // loaded, stalled, buffering, buffered
            return Status::Loaded;
        }
    }

private:
    // The output first: the player refers to it until it is gone.
    QAudioOutput m_output;
    QMediaPlayer m_player;
};

} // namespace

class QtMultimediaNarrationPlugin : public QObject, public NarrationPlayerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GroundworkNarrationPlayerPlugin_iid)
    Q_INTERFACES(groundwork::lesson::NarrationPlayerPlugin)

public:
    std::unique_ptr<NarrationPlayer> createPlayer(NarrationPlayerEvents &events) override
    {
        return std::make_unique<QtMultimediaPlayer>(events);
    }
};

} // namespace groundwork::lesson

#include "qtmultimediaplugin.moc"
