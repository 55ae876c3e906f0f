#include "narrationcontroller.h"

#include "settings/preferences.h"

#include <QtMath>

namespace groundwork::lesson {

namespace {
// Saving every few seconds bounds what a killed app forgets without writing constantly.
constexpr qint64 kSaveEveryMs = 5000;
} // namespace

NarrationController::NarrationController(core::NarrationPositions &positions,
                                         NarrationPlayerFactory makePlayer, QObject *parent)
    : QObject(parent), m_positions(positions), m_makePlayer(std::move(makePlayer))
{
}

NarrationController::~NarrationController()
{
    rememberPosition();
}

NarrationPlayer *NarrationController::player()
{
    if (m_player)
        return m_player.get();
    NarrationPlayerMade made = m_makePlayer(*this);
    if (!made.player) {
        qWarning("Narration: %s", qPrintable(made.error));
        setError(tr("Listening is not possible: this installation is missing its audio player. "
                    "Reinstalling the app should bring it back."));
        return nullptr;
    }
    m_player = std::move(made.player);
    m_player->setRate(m_rate);
    m_player->setSource(m_file);
    return m_player.get();
}

void NarrationController::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
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
    // A player already made switches files now; otherwise the first play opens the file.
    if (m_player)
        m_player->setSource(file);
    emit sourceChanged();
    emit positionChanged();
    emit durationChanged();
    emit errorChanged();
}

void NarrationController::playbackChanged()
{
    if (!playing())
        rememberPosition();
    emit playingChanged();
}

void NarrationController::positionReported(qint64 positionMs)
{
    if (qAbs(positionMs - m_lastSavedPosition) >= kSaveEveryMs)
        rememberPosition();
    emit positionChanged();
}

void NarrationController::durationReported()
{
    emit durationChanged();
}

void NarrationController::statusChanged(Status status)
{
    if (status == Status::Loaded && m_pendingSeek > 0) {
        m_player->setPosition(m_pendingSeek);
        m_pendingSeek = 0;
    } else if (status == Status::Ended) {
        // Finished: the next listen starts from the beginning.
        m_positions.save(m_lessonId, 0);
        m_lastSavedPosition = 0;
    }
}

void NarrationController::failed()
{
    setError(tr("The narration could not be played on this device."));
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
        m_player->setRate(m_rate);
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
    if (playing())
        pause();
    else
        play();
}

void NarrationController::play()
{
    if (!available() || playing())
        return;
    if (NarrationPlayer *made = player())
        made->play();
}

void NarrationController::pause()
{
    if (playing())
        m_player->pause();
}

void NarrationController::skip(qint64 deltaMs)
{
    const qint64 target = qBound<qint64>(0, position() + deltaMs, qMax<qint64>(0, duration() - 1));
    if (m_pendingSeek > 0 || !m_player || m_player->status() == Status::Loading)
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
