#pragma once

#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <functional>
#include <memory>

namespace groundwork::lesson {

// What a narration player reports back, called on the thread that drives the player.
class NarrationPlayerEvents
{
public:
    enum class Status
    {
        NoMedia,
        Loading,
        Loaded, // the file is open: seeking lands where asked
        Ended
    };

    virtual void playbackChanged() = 0;
    virtual void positionReported(qint64 positionMs) = 0;
    virtual void durationReported() = 0;
    virtual void statusChanged(Status status) = 0;
    virtual void failed() = 0;

protected:
    ~NarrationPlayerEvents() = default;
};

// Plays one audio file. The narration's only contact with a media back end, so that the back end
// (Qt Multimedia and its audio stack) can live in a plugin the app loads when the learner first
// listens, and tests can drive the narration with a scripted player. Plain C++ without a meta
// object on purpose: a plugin implements it without linking anything of the app.
class NarrationPlayer
{
public:
    virtual ~NarrationPlayer() = default;

    virtual void setSource(const QUrl &file) = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void setPosition(qint64 positionMs) = 0;
    virtual void setRate(double rate) = 0;

    virtual bool playing() const = 0;
    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0; // 0 until the file is open
    virtual NarrationPlayerEvents::Status status() const = 0;
};

// A player, or why there is none (the plugin is missing or does not load).
struct NarrationPlayerMade
{
    std::unique_ptr<NarrationPlayer> player;
    QString error;
};
using NarrationPlayerFactory = std::function<NarrationPlayerMade(NarrationPlayerEvents &)>;

// The root object of a narration player plugin implements this (QPluginLoader::instance()).
class NarrationPlayerPlugin
{
public:
    virtual ~NarrationPlayerPlugin() = default;
    virtual std::unique_ptr<NarrationPlayer> createPlayer(NarrationPlayerEvents &events) = 0;
};

} // namespace groundwork::lesson

#define GroundworkNarrationPlayerPlugin_iid "org.groundwork.NarrationPlayerPlugin/1.0"
Q_DECLARE_INTERFACE(groundwork::lesson::NarrationPlayerPlugin, GroundworkNarrationPlayerPlugin_iid)
