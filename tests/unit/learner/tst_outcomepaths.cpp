// What a track's outcome path changes in the core: the items a learner follows after choosing
// it (Today offers them after the track's own), and the privacy of progress in a lesson that
// only a private track's path lists.
#include "learner/derivation.h"
#include "learner/learnerstore.h"
#include "learner/recorder.h"
#include "learner/today.h"
#include "testpack.h"

#include <QTemporaryDir>
#include <QTest>

using namespace groundwork::core;
using namespace groundwork::core::learner;
using namespace groundwork::core::learner::testing;

namespace {

// The test pack, where the private "back" track's outcome "lead-later" opens a path (lesson
// "lq", listed nowhere else, then a reflection) and leads on to "ready"; "settled" has no path.
std::shared_ptr<const ContentPack> makePackWithPaths()
{
    pb::ContentPack p = makeTestPack()->wholePack();
    pb::Lesson lq = p.lessons(0);
    lq.set_id("lq");
    lq.set_title("After the move");
    *p.add_lessons() = lq;
    for (auto &track : *p.mutable_tracks()) {
        if (track.id() != "back")
            continue;
        auto *settled = track.add_outcomes();
        settled->set_id("settled");
        auto *later = track.add_outcomes();
        later->set_id("lead-later");
        later->add_next()->set_lesson("lq");
        later->add_next()->mutable_reflection()->set_id("what-would-change");
        later->set_continue_track("ready");
    }
    std::string bytes;
    p.SerializeToString(&bytes);
    return ContentPack::fromBytes(QByteArray::fromStdString(bytes)).pack;
}

QStringList idsOf(const QList<const pb::TrackItem *> &items)
{
    QStringList ids;
    for (const pb::TrackItem *item : items)
        ids << QString::fromStdString(item->has_lesson() ? item->lesson()
                                      : item->has_drill() ? item->drill()
                                                          : item->reflection().id());
    return ids;
}

} // namespace

class TestOutcomePaths : public QObject
{
    Q_OBJECT

private slots:
    void followedItemsAddTheChosenPath()
    {
        const auto pack = makePackWithPaths();
        QVERIFY(pack);
        const pb::Track *back = pack->track(QStringLiteral("back"));
        QVERIFY(back);
        const QStringList items{QStringLiteral("lp"), QStringLiteral("l3"), QStringLiteral("b1")};
        QCOMPARE(idsOf(ContentPack::followedItems(*back, QString())), items);
        QCOMPARE(idsOf(ContentPack::followedItems(*back, QStringLiteral("settled"))), items);
        QCOMPARE(idsOf(ContentPack::followedItems(*back, QStringLiteral("no-such-outcome"))), items);
        const QStringList withPath =
            items + QStringList{QStringLiteral("lq"), QStringLiteral("what-would-change")};
        QCOMPARE(idsOf(ContentPack::followedItems(*back, QStringLiteral("lead-later"))), withPath);
        QCOMPARE(idsOf(ContentPack::offeredItems(*back)), withPath);

        const pb::TrackOutcome *later = ContentPack::outcome(*back, QStringLiteral("lead-later"));
        QVERIFY(later);
        QCOMPARE(later->continue_track(), std::string("ready"));
        QVERIFY(!ContentPack::outcome(*back, QString()));
    }

    void todayOffersThePathAfterTheTrack()
    {
        const auto pack = makePackWithPaths();
        const TodayPlanner planner(pack);
        LearnerState state;
        state.finishedLessons = {QStringLiteral("lp"), QStringLiteral("l3")};
        const QDate day(2026, 3, 2);
        // Every lesson of the track is finished and no outcome is chosen: no lesson to offer.
        QCOMPARE(planner.plan(state, QStringLiteral("back"), day).lessonId, QString());
        state.outcomeTexts.insert(QStringLiteral("back"), QStringLiteral("settled"));
        QCOMPARE(planner.plan(state, QStringLiteral("back"), day).lessonId, QString());
        state.outcomeTexts.insert(QStringLiteral("back"), QStringLiteral("lead-later"));
        QCOMPARE(planner.plan(state, QStringLiteral("back"), day).lessonId, QStringLiteral("lq"));
        // The track's own lessons still come first.
        state.finishedLessons.remove(QStringLiteral("l3"));
        QCOMPARE(planner.plan(state, QStringLiteral("back"), day).lessonId, QStringLiteral("l3"));
    }

    void progressInAPrivatePathIsPrivate()
    {
        QTemporaryDir dir;
        auto opened = LearnerStore::open(dir.filePath(QStringLiteral("learner.sqlite")));
        QVERIFY(opened.store);
        ManualClock clock{1'750'000'000'000};
        Recorder rec(*opened.store, makePackWithPaths(), clock);
        // Outside a known track, a lesson listed only by a private track's outcome path would
        // tell the server which way the learner chose: private, like the track's own lessons.
        QVERIFY(rec.lessonStarted(QStringLiteral("gone"), QStringLiteral("lq")).event.isPrivate);
        QVERIFY(rec.lessonFinished(QStringLiteral("back"), QStringLiteral("lq")).event.isPrivate);
        QVERIFY(!rec.lessonStarted(QStringLiteral("gone"), QStringLiteral("l1")).event.isPrivate);
        // Opened while the learner follows a public track that does not list it: judged by the
        // tracks that do (the followed track would otherwise make it public).
        QVERIFY(rec.lessonStarted(QStringLiteral("ready"), QStringLiteral("lq")).event.isPrivate);
        QVERIFY(rec.lessonStarted(QStringLiteral("ready"), QStringLiteral("lp")).event.isPrivate);
        QVERIFY(!rec.lessonStarted(QStringLiteral("ready"), QStringLiteral("l1")).event.isPrivate);
        QVERIFY(!rec.lessonStarted(QStringLiteral("choice"), QStringLiteral("l1")).event.isPrivate);
    }
};

QTEST_GUILESS_MAIN(TestOutcomePaths)
#include "tst_outcomepaths.moc"
