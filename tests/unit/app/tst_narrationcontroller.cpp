// The narration controller makes its player on the first play (the player plugin, and Qt
// Multimedia with it, is not loaded before), keeps the learner's place until the file is open,
// and explains a missing player instead of failing. Scripted players stand in for the plugin,
// except where the real plugin loader is asked to look in a folder without it.
#include "content/narrationpositions.h"
#include "narrationcontroller.h"
#include "narrationplayerplugin.h"
#include "scriptednarrationplayer.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace groundwork;
using lesson::NarrationController;
using lesson::ScriptedNarrationPlayers;

namespace {

const QUrl kAudio = QUrl::fromLocalFile(QStringLiteral("/lessons/l1.mp3"));
const QUrl kOtherAudio = QUrl::fromLocalFile(QStringLiteral("/lessons/l2.mp3"));

} // namespace

class TestNarrationController : public QObject
{
    Q_OBJECT

private slots:
    void thePlayerIsMadeOnTheFirstPlayOnly()
    {
        core::MemoryNarrationPositions positions;
        ScriptedNarrationPlayers players;
        NarrationController narration(positions, players.factory());
        narration.setRate(1.5);
        narration.load(QStringLiteral("l1"), kAudio, 180000);
        QVERIFY(narration.available());
        QCOMPARE(players.made, 0);
        QCOMPARE(narration.duration(), 180000);

        narration.toggle();
        QCOMPARE(players.made, 1);
        QCOMPARE(players.last->source, kAudio);
        QCOMPARE(players.last->rate, 1.5);
        QVERIFY(narration.playing());
        narration.toggle();
        QVERIFY(!narration.playing());
        narration.play();
        QVERIFY(narration.playing());
        QCOMPARE(players.made, 1);

        // The next lesson plays on the same player.
        narration.load(QStringLiteral("l2"), kOtherAudio, 60000);
        QCOMPARE(players.made, 1);
        QCOMPARE(players.last->source, kOtherAudio);
        QVERIFY(!narration.playing());
    }

    void thePlaceIsKeptUntilTheFileIsOpen()
    {
        core::MemoryNarrationPositions positions;
        positions.save(QStringLiteral("l1"), 42000);
        ScriptedNarrationPlayers players;
        NarrationController narration(positions, players.factory());
        narration.load(QStringLiteral("l1"), kAudio, 180000);
        narration.skip(15000); // before any player
        QCOMPARE(narration.position(), 57000);
        narration.play();
        narration.skip(-5000); // while the file opens
        QCOMPARE(narration.position(), 52000);
        QCOMPARE(players.last->position(), 0);

        players.last->finishLoading(181000);
        QCOMPARE(players.last->position(), 52000);
        QCOMPARE(narration.position(), 52000);
        QCOMPARE(narration.duration(), 181000);
        narration.skip(15000); // once open, the player seeks
        QCOMPARE(players.last->position(), 67000);
        narration.pause();
        QCOMPARE(positions.position(QStringLiteral("l1")), 67000);
    }

    void aMissingPlayerIsExplainedAndNothingPlays()
    {
        core::MemoryNarrationPositions positions;
        ScriptedNarrationPlayers players;
        players.missing = true;
        NarrationController narration(positions, players.factory());
        narration.load(QStringLiteral("l1"), kAudio, 180000);
        QVERIFY(narration.error().isEmpty());
        QSignalSpy errors(&narration, &NarrationController::errorChanged);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no player")));
        narration.toggle();
        QVERIFY(!narration.playing());
        QVERIFY2(narration.error().contains(QStringLiteral("missing its audio player")),
                 qPrintable(narration.error()));
        QCOMPARE(errors.size(), 1);
        narration.skip(15000); // the place still moves, for when the player is back
        QCOMPARE(narration.position(), 15000);
    }

    // The real plugin loader, looking where the plugin is not: no player, and the reason names
    // the plugin and the folder.
    void thePluginLoaderSaysWhereItLooked()
    {
        QTemporaryDir empty;
        struct NoEvents : lesson::NarrationPlayerEvents
        {
            void playbackChanged() override {}
            void positionReported(qint64) override {}
            void durationReported() override {}
            void statusChanged(Status) override {}
            void failed() override {}
        } events;
        const auto made = lesson::narrationPlayerFromPlugin({empty.path()})(events);
        QVERIFY(!made.player);
        QVERIFY2(made.error.contains(lesson::kNarrationPluginName), qPrintable(made.error));
        QVERIFY2(made.error.contains(QDir::toNativeSeparators(empty.path())), qPrintable(made.error));
    }
};

QTEST_MAIN(TestNarrationController)
#include "tst_narrationcontroller.moc"
