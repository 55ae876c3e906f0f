#pragma once

#include "narrationplayer.h"

namespace groundwork::lesson {

// A narration player for tests: no sound and no media back end. A file it is given stays
// loading until the test calls finishLoading(); play, pause and seeks take effect at once.
class ScriptedNarrationPlayer final : public NarrationPlayer
{
public:
    explicit ScriptedNarrationPlayer(NarrationPlayerEvents &events) : m_events(events) {}

    void setSource(const QUrl &file) override
    {
        source = file;
        m_playing = false;
        m_position = 0;
        m_duration = 0;
        setStatus(NarrationPlayerEvents::Status::Loading);
    }
    void play() override { setPlaying(true); }
    void pause() override { setPlaying(false); }
    void setPosition(qint64 positionMs) override
    {
        m_position = positionMs;
        m_events.positionReported(positionMs);
    }
    void setRate(double value) override { rate = value; }

    bool playing() const override { return m_playing; }
    qint64 position() const override { return m_position; }
    qint64 duration() const override { return m_duration; }
    NarrationPlayerEvents::Status status() const override { return m_status; }

    // The file is open and this long.
    void finishLoading(qint64 durationMs)
    {
        m_duration = durationMs;
        m_events.durationReported();
        setStatus(NarrationPlayerEvents::Status::Loaded);
    }

    QUrl source;
    double rate = 1.0;

private:
    void setStatus(NarrationPlayerEvents::Status status)
    {
        m_status = status;
        m_events.statusChanged(status);
    }
    void setPlaying(bool playing)
    {
        if (m_playing == playing)
            return;
        m_playing = playing;
        m_events.playbackChanged();
    }

    NarrationPlayerEvents &m_events;
    bool m_playing = false;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    NarrationPlayerEvents::Status m_status = NarrationPlayerEvents::Status::NoMedia;
};

// Makes scripted players, counting them; or none, as if the plugin were missing.
struct ScriptedNarrationPlayers
{
    NarrationPlayerFactory factory()
    {
        return [this](NarrationPlayerEvents &events) -> NarrationPlayerMade {
            if (missing)
                return {nullptr, QStringLiteral("no player (scripted)")};
            auto player = std::make_unique<ScriptedNarrationPlayer>(events);
            last = player.get();
            ++made;
            return {std::move(player), QString()};
        };
    }

    bool missing = false;
    int made = 0;
    ScriptedNarrationPlayer *last = nullptr; // owned by the controller
};

} // namespace groundwork::lesson
