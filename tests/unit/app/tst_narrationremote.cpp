// What the app tells the platform's media session about the narration, and what it does with
// the session's requests, against the recording session platforms/ provides for tests. The
// narration file does not exist: the controller still loads it, keeps the place and seeks, which
// is all this needs (playing sound is tst_mprismediasession's business); the player is scripted.
#include "content/narrationpositions.h"
#include "groundwork/platform/mediasession.h"
#include "narrationcontroller.h"
#include "narrationremote.h"
#include "scriptednarrationplayer.h"

#include <QtTest>

using namespace groundwork;
using platform::MediaSession;
using platform::RecordingMediaSession;

namespace {

const QUrl kMissingAudio =
    QUrl::fromLocalFile(QStringLiteral("/nonexistent/groundwork-narration.mp3"));

} // namespace

class TestNarrationRemote : public QObject
{
    Q_OBJECT

private slots:
    void nothingIsShownBeforeALessonWithNarration()
    {
        core::MemoryNarrationPositions positions;
        lesson::ScriptedNarrationPlayers players;
        lesson::NarrationController narration(positions, players.factory());
        auto owned = std::make_unique<RecordingMediaSession>();
        RecordingMediaSession &session = *owned;
        app::NarrationRemote remote(narration, std::move(owned));
        remote.lessonLoaded(QStringLiteral("l1"), QStringLiteral("A lesson without audio"));
        QVERIFY(session.trackId.isEmpty());
        QVERIFY(session.playbacks.isEmpty());
    }

    void theLessonIsShownWithItsTitleLengthAndPlace()
    {
        core::MemoryNarrationPositions positions;
        positions.save(QStringLiteral("l1"), 20000);
        lesson::ScriptedNarrationPlayers players;
        lesson::NarrationController narration(positions, players.factory());
        auto owned = std::make_unique<RecordingMediaSession>();
        RecordingMediaSession &session = *owned;
        app::NarrationRemote remote(narration, std::move(owned));
        narration.load(QStringLiteral("l1"), kMissingAudio, 180000);
        remote.lessonLoaded(QStringLiteral("l1"), QStringLiteral("Management is a different job"));

        QCOMPARE(session.trackId, QStringLiteral("l1"));
        QCOMPARE(session.trackTitle, QStringLiteral("Management is a different job"));
        QCOMPARE(session.trackDurationMs, 180000);
        QCOMPARE(session.positionNowMs, 20000);
        QCOMPARE(session.playbacks.constLast(), MediaSession::Playback::Paused);
    }

    void skipRequestsMoveTheNarrationAndAreReportedAsSeeks()
    {
        core::MemoryNarrationPositions positions;
        positions.save(QStringLiteral("l1"), 20000);
        lesson::ScriptedNarrationPlayers players;
        lesson::NarrationController narration(positions, players.factory());
        auto owned = std::make_unique<RecordingMediaSession>();
        RecordingMediaSession &session = *owned;
        app::NarrationRemote remote(narration, std::move(owned));
        narration.load(QStringLiteral("l1"), kMissingAudio, 180000);
        remote.lessonLoaded(QStringLiteral("l1"), QStringLiteral("A lesson"));
        session.seeks.clear();

        emit session.skipRequested(MediaSession::kSkipMs);
        QCOMPARE(narration.position(), 35000);
        emit session.skipRequested(-MediaSession::kSkipMs);
        emit session.skipRequested(-MediaSession::kSkipMs);
        QCOMPARE(narration.position(), 5000);
        QCOMPARE(session.seeks, (QList<qint64>{35000, 20000, 5000}));
    }
};

QTEST_MAIN(TestNarrationRemote)
#include "tst_narrationremote.moc"
