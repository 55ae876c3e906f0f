#pragma once

#include "content/narrationpositions.h"
#include "narrationplayer.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace groundwork::lesson {

// Plays one lesson's narration: play/pause, skip back and forward, speed, and a position that
// is remembered so listening resumes where the learner stopped, even after a restart. The player
// is made on the first play: the media back end costs start-up time and most app starts never
// play anything. Until then (and while a file opens) the controller keeps the place itself.
class NarrationController : public QObject, private NarrationPlayerEvents
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the app shell")
    Q_PROPERTY(bool available READ available NOTIFY sourceChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY playingChanged)
    // Milliseconds (int: a narration is minutes long, and QML knows no 64-bit integer type)
    Q_PROPERTY(int position READ position NOTIFY positionChanged)
    Q_PROPERTY(int duration READ duration NOTIFY durationChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)
    // The speeds offered (the same as in the settings), slowest first, and how they read
    Q_PROPERTY(QList<double> rates READ rates CONSTANT)
    Q_PROPERTY(QStringList rateLabels READ rateLabels CONSTANT)
    // The index in rates of the speed now (the nearest one)
    Q_PROPERTY(int rateIndex READ rateIndex WRITE setRateIndex NOTIFY rateChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    NarrationController(core::NarrationPositions &positions, NarrationPlayerFactory makePlayer,
                        QObject *parent = nullptr);
    ~NarrationController() override;

    // Switches to a lesson's audio and seeks to where the learner last stopped.
    void load(const QString &lessonId, const QUrl &file, qint64 knownDurationMs);

    bool available() const { return !m_file.isEmpty(); }
    bool playing() const { return m_player && m_player->playing(); }
    int position() const;
    int duration() const;
    double rate() const { return m_rate; }
    void setRate(double rate);
    QList<double> rates() const;
    QStringList rateLabels() const;
    int rateIndex() const;
    void setRateIndex(int index);
    QString error() const { return m_error; }

    Q_INVOKABLE void toggle();
    // For the system's media controls, which ask for play and pause as well as a toggle.
    void play();
    void pause();
    Q_INVOKABLE void skip(qint64 deltaMs);

signals:
    void sourceChanged();
    void playingChanged();
    void positionChanged();
    void durationChanged();
    void rateChanged();
    void errorChanged();

private:
    void rememberPosition();
    // The player, made now if it is not yet; null (and the error set) when none can be made.
    NarrationPlayer *player();
    void setError(const QString &error);

    // NarrationPlayerEvents
    void playbackChanged() override;
    void positionReported(qint64 positionMs) override;
    void durationReported() override;
    void statusChanged(Status status) override;
    void failed() override;

    core::NarrationPositions &m_positions;
    NarrationPlayerFactory m_makePlayer;
    std::unique_ptr<NarrationPlayer> m_player;
    QString m_lessonId;
    QUrl m_file;
    qint64 m_knownDuration = 0;
    qint64 m_pendingSeek = 0;
    qint64 m_lastSavedPosition = 0;
    double m_rate = 1.0;
    QString m_error;
};

} // namespace groundwork::lesson
