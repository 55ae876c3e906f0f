#include "groundwork/platform/mediasession.h"

namespace groundwork::platform {

namespace {

// Where no media session is written yet (macOS, Windows), the narration is controlled from the
// app alone.
class NoMediaSession final : public MediaSession
{
public:
    using MediaSession::MediaSession;
    void setTrack(const QString &, const QString &, qint64) override {}
    void setPlayback(Playback) override {}
    void setPosition(qint64, bool) override {}
};

} // namespace

std::unique_ptr<MediaSession> createMediaSession(QObject *parent)
{
    return std::make_unique<NoMediaSession>(parent);
}

} // namespace groundwork::platform
