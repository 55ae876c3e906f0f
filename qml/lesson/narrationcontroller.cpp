#include "narrationcontroller.h"

#include "settings/preferences.h"

#include <QtMath>

namespace groundwork::lesson {

namespace {
// Saving every few seconds bounds what a killed app forgets without writing constantly.
constexpr qint64 kSaveEveryMs = 5000;
} // namespace

NarrationController::NarrationController(core::NarrationPositions &positions, QObject *parent)
    : QObject(parent), m_positions(positions)
{
}

QMediaPlayer &NarrationController::player()
{
    if (m_player)
        return *m_player;
    m_player = std::make_unique<QMediaPlayer>();
    m_output = std::make_unique<QAudioOutput>();
    m_player->setAudioOutput(m_output.get());
    connect(m_player.get(), &QMediaPlayer::playbackStateChanged, this, [this] {
        if (!playing())
            rememberPosition();
        emit playingChanged();
    });
    connect(m_player.get(), &QMediaPlayer::positionChanged, this, [this](qint64 pos) {
        if (qAbs(pos - m_lastSavedPosition) >= kSaveEveryMs)
            rememberPosition();
        emit positionChanged();
    });
    connect(m_player.get(), &QMediaPlayer::durationChanged, this, &NarrationController::durationChanged);
    connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, this,
            &NarrationController::onStatusChanged);
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &) {
                m_error = tr("The narration could not be played on this device.");
                emit errorChanged();
            });
    return *m_player;
}

NarrationController::~NarrationController()
{
    rememberPosition();
    // The player reports state changes while it is torn down; nobody is listening any more.
    if (m_player)
        m_player->disconnect(this);
}

void NarrationController::load(const QString &lessonId, const QUrl &file, qint64 knownDurationMs)
{
    rememberPosition();
    m_lessonId = lessonId;
    m_file = file;
    m_knownDuration = knownDurationMs;
    m_pendingSeek = m_positions.position(lessonId);
    m_lastSavedPosition = m_pendingSeek;
    m_error.clear();
    player().setSource(file);
    player().setPlaybackRate(m_rate);
    emit sourceChanged();
    emit positionChanged();
    emit durationChanged();
    emit errorChanged();
}

void NarrationController::onStatusChanged(QMediaPlayer::MediaStatus status)
{
    if (status == QMediaPlayer::LoadedMedia && m_pendingSeek > 0) {
        player().setPosition(m_pendingSeek);
        m_pendingSeek = 0;
    } else if (status == QMediaPlayer::EndOfMedia) {
        // Finished: the next listen starts from the beginning.
        m_positions.save(m_lessonId, 0);
        m_lastSavedPosition = 0;
    }
}

bool NarrationController::playing() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

int NarrationController::position() const
{
    return int(m_pendingSeek > 0 || !m_player ? m_pendingSeek : m_player->position());
}

int NarrationController::duration() const
{
    const qint64 reported = m_player ? m_player->duration() : 0;
    return int(reported > 0 ? reported : m_knownDuration);
}

void NarrationController::setRate(double rate)
{
    const double bounded = qBound(core::Preferences::kMinNarrationRate, rate, core::Preferences::kMaxNarrationRate);
    if (qFuzzyCompare(bounded, m_rate))
        return;
    m_rate = bounded;
    if (m_player)
        m_player->setPlaybackRate(m_rate);
    emit rateChanged();
}

QList<double> NarrationController::rates() const
{
    return core::Preferences::narrationRates();
}

QStringList NarrationController::rateLabels() const
{
    QStringList labels;
    for (const double rate : rates())
        labels << QString::number(rate) + QChar(0x00D7); // "0.75×"
    return labels;
}

int NarrationController::rateIndex() const
{
    const QList<double> offered = rates();
    int nearest = 0;
    for (int i = 0; i < offered.size(); ++i)
        if (qAbs(offered[i] - m_rate) < qAbs(offered[nearest] - m_rate))
            nearest = i;
    return nearest;
}

void NarrationController::setRateIndex(int index)
{
    const QList<double> offered = rates();
    if (index >= 0 && index < offered.size())
        setRate(offered[index]);
}

void NarrationController::toggle()
{
    if (!available())
        return;
    if (playing())
        player().pause();
    else
        player().play();
}

void NarrationController::play()
{
    if (available() && !playing())
        player().play();
}

void NarrationController::pause()
{
    if (playing())
        player().pause();
}

void NarrationController::skip(qint64 deltaMs)
{
    const qint64 target = qBound<qint64>(0, position() + deltaMs, qMax<qint64>(0, duration() - 1));
    if (m_pendingSeek > 0 || !m_player || m_player->mediaStatus() == QMediaPlayer::LoadingMedia)
        m_pendingSeek = qMax<qint64>(1, target);
    else
        m_player->setPosition(target);
    emit positionChanged();
}

void NarrationController::rememberPosition()
{
    if (m_lessonId.isEmpty())
        return;
    const qint64 pos = position();
    m_positions.save(m_lessonId, pos);
    m_lastSavedPosition = pos;
}

} // namespace groundwork::lesson
