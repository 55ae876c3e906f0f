#include "narrationcontroller.h"

#include <QtMath>

namespace groundwork::lesson {

namespace {
// Saving every few seconds bounds what a killed app forgets without writing constantly.
constexpr qint64 kSaveEveryMs = 5000;
} // namespace

NarrationController::NarrationController(core::NarrationPositions &positions, QObject *parent)
    : QObject(parent), m_positions(positions)
{
    m_player.setAudioOutput(&m_output);
    connect(&m_player, &QMediaPlayer::playbackStateChanged, this, [this] {
        if (!playing())
            rememberPosition();
        emit playingChanged();
    });
    connect(&m_player, &QMediaPlayer::positionChanged, this, [this](qint64 pos) {
        if (qAbs(pos - m_lastSavedPosition) >= kSaveEveryMs)
            rememberPosition();
        emit positionChanged();
    });
    connect(&m_player, &QMediaPlayer::durationChanged, this, &NarrationController::durationChanged);
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this,
            &NarrationController::onStatusChanged);
    connect(&m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &) {
        m_error = tr("The narration could not be played on this device.");
        emit errorChanged();
    });
}

NarrationController::~NarrationController()
{
    rememberPosition();
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
    m_player.setSource(file);
    m_player.setPlaybackRate(m_rate);
    emit sourceChanged();
    emit positionChanged();
    emit durationChanged();
    emit errorChanged();
}

void NarrationController::onStatusChanged(QMediaPlayer::MediaStatus status)
{
    if (status == QMediaPlayer::LoadedMedia && m_pendingSeek > 0) {
        m_player.setPosition(m_pendingSeek);
        m_pendingSeek = 0;
    } else if (status == QMediaPlayer::EndOfMedia) {
        // Finished: the next listen starts from the beginning.
        m_positions.save(m_lessonId, 0);
        m_lastSavedPosition = 0;
    }
}

bool NarrationController::playing() const
{
    return m_player.playbackState() == QMediaPlayer::PlayingState;
}

qint64 NarrationController::position() const
{
    return m_pendingSeek > 0 ? m_pendingSeek : m_player.position();
}

qint64 NarrationController::duration() const
{
    const qint64 reported = m_player.duration();
    return reported > 0 ? reported : m_knownDuration;
}

void NarrationController::setRate(double rate)
{
    const double bounded = qBound(kMinRate, rate, kMaxRate);
    if (qFuzzyCompare(bounded, m_rate))
        return;
    m_rate = bounded;
    m_player.setPlaybackRate(m_rate);
    emit rateChanged();
}

void NarrationController::toggle()
{
    if (!available())
        return;
    if (playing())
        m_player.pause();
    else
        m_player.play();
}

void NarrationController::skip(qint64 deltaMs)
{
    const qint64 target = qBound<qint64>(0, position() + deltaMs, qMax<qint64>(0, duration() - 1));
    if (m_pendingSeek > 0 || m_player.mediaStatus() == QMediaPlayer::LoadingMedia)
        m_pendingSeek = qMax<qint64>(1, target);
    else
        m_player.setPosition(target);
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
