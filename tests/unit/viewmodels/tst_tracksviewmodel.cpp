#include "viewmodelpack.h"

#include "settings/preferences.h"
#include "tracksviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace groundwork::core;
using groundwork::tracks::TrackItemsModel;
using groundwork::tracks::TracksModel;
using groundwork::tracks::TracksViewModel;
namespace TrackItem = groundwork::tracks::TrackItem;
using groundwork::core::testing::LearnerFixture;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QVariant role(const QAbstractItemModel &model, int row, const QByteArray &name)
{
    return model.data(model.index(row, 0), model.roleNames().key(name));
}

int trackRow(const TracksModel &model, const QString &trackId)
{
    for (int i = 0; i < model.rowCount(); ++i)
        if (role(model, i, "trackId").toString() == trackId)
            return i;
    return -1;
}

} // namespace

class TestTracksViewModel : public QObject
{
    Q_OBJECT

private slots:
    void listsTracksAndTheirItems()
    {
        LearnerFixture f;
        TracksViewModel vm(*f.data);
        QAbstractItemModelTester tracksTester(vm.tracks(), kFatal);
        QAbstractItemModelTester itemsTester(vm.items(), kFatal);

        const TracksModel &tracks = *vm.tracks();
        QCOMPARE(tracks.rowCount(), 3);
        const int back = trackRow(tracks, QStringLiteral("back-to-ic"));
        QCOMPARE(role(tracks, back, "isPrivate").toBool(), true);
        QCOMPARE(role(tracks, back, "itemCount").toInt(), 2);
        QCOMPARE(role(tracks, trackRow(tracks, QStringLiteral("ready-to-lead")), "active").toBool(), true);
        // Five items and the closing step's reflection, a step of the track like them.
        QCOMPARE(role(tracks, trackRow(tracks, QStringLiteral("ready-to-lead")), "itemCount").toInt(), 6);

        QCOMPARE(vm.trackId(), QStringLiteral("ready-to-lead"));
        QCOMPARE(vm.trackTitle(), QStringLiteral("Ready to lead"));
        QCOMPARE(vm.trackIsPrivate(), false);
        const TrackItemsModel &items = *vm.items();
        QCOMPARE(items.rowCount(), 5);
        using K = TrackItem::Kind;
        const QList<K> kinds{K::Lesson, K::Drill, K::Lesson, K::Drill, K::Reflection};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(K(role(items, i, "kind").toInt()), kinds.at(i));
            QCOMPARE(role(items, i, "done").toBool(), false);
        }
        QCOMPARE(role(items, 0, "title").toString(), QStringLiteral("Lesson l1"));
        QCOMPARE(role(items, 0, "summary").toString(), QStringLiteral("Summary of l1"));
        QCOMPARE(role(items, 1, "summary").toString(), QStringLiteral("Team conflict"));
        QCOMPARE(role(items, 4, "title").toString(), QStringLiteral("What would you miss?"));
        QVERIFY(vm.outcomes().isEmpty());
        QCOMPARE(vm.chosenOutcome(), QString());
    }

    void doneFollowsTheSession()
    {
        LearnerFixture f;
        TracksViewModel vm(*f.data);
        QAbstractItemModelTester tracksTester(vm.tracks(), kFatal);
        QAbstractItemModelTester itemsTester(vm.items(), kFatal);
        QSignalSpy itemsReset(vm.items(), &QAbstractItemModel::modelReset);

        QVERIFY(f.data->startLesson(QStringLiteral("l1")));
        QVERIFY(f.data->finishLesson(QStringLiteral("l1")));
        QVERIFY(f.playHandover(QStringLiteral("do-it"), QStringLiteral("check-daily")));
        QVERIFY(f.data->saveReflection(QStringLiteral("ready-to-lead"), QStringLiteral("r1"),
                                          QStringLiteral("The quiet hours of building.")));
        QCOMPARE(itemsReset.count(), 0);

        const TrackItemsModel &items = *vm.items();
        QCOMPARE(role(items, 0, "done").toBool(), true);  // finished lesson
        QCOMPARE(role(items, 1, "done").toBool(), true);  // drill with a review
        QCOMPARE(role(items, 2, "done").toBool(), false); // lesson not started
        QCOMPARE(role(items, 3, "done").toBool(), false);
        QCOMPARE(role(items, 4, "done").toBool(), true);  // saved reflection
        const TracksModel &tracks = *vm.tracks();
        QCOMPARE(role(tracks, trackRow(tracks, QStringLiteral("ready-to-lead")), "doneCount").toInt(), 3);

        // Clearing a reflection's text makes it not done again.
        f.clock.advance(1000);
        QVERIFY(f.data->saveReflection(QStringLiteral("ready-to-lead"), QStringLiteral("r1"), QString()));
        QCOMPARE(role(items, 4, "done").toBool(), false);
    }

    void browsingAnotherTrackResetsItems()
    {
        LearnerFixture f;
        TracksViewModel vm(*f.data);
        QAbstractItemModelTester itemsTester(vm.items(), kFatal);
        QSignalSpy trackSpy(&vm, &TracksViewModel::trackChanged);
        vm.setTrackId(QStringLiteral("unknown"));
        QCOMPARE(trackSpy.count(), 0);
        vm.setTrackId(QStringLiteral("back-to-ic"));
        QCOMPARE(trackSpy.count(), 1);
        QCOMPARE(vm.trackIsPrivate(), true);
        QCOMPARE(vm.items()->rowCount(), 2);
        QCOMPARE(role(*vm.items(), 0, "title").toString(), QStringLiteral("Why are you moving back?"));
        QCOMPARE(vm.activeTrackId(), QStringLiteral("ready-to-lead")); // browsing is not following
        QCOMPARE(vm.outcomes().size(), 2);
    }

    void outcomesAreRecordedAndPersist()
    {
        LearnerFixture f;
        {
            TracksViewModel vm(*f.data);
            QAbstractItemModelTester itemsTester(vm.items(), kFatal);
            vm.setTrackId(QStringLiteral("is-it-for-me"));
            const QVariantList outcomes = vm.outcomes();
            QCOMPARE(outcomes.size(), 3);
            QCOMPARE(outcomes.at(2).toMap().value(QStringLiteral("outcomeId")).toString(), QStringLiteral("stay-ic"));
            QCOMPARE(outcomes.at(2).toMap().value(QStringLiteral("label")).toString(), QStringLiteral("I'd rather stay IC"));

            QVERIFY(!vm.chooseOutcome(QStringLiteral("promotion-at-all-costs")));
            QCOMPARE(f.store->eventCount(), 0);

            QSignalSpy changed(&vm, &TracksViewModel::changed);
            QVERIFY(vm.chooseOutcome(QStringLiteral("stay-ic")));
            QVERIFY(changed.count() >= 1);
            QCOMPARE(vm.chosenOutcome(), QStringLiteral("stay-ic"));
            QCOMPARE(vm.chosenOutcomeLabel(), QStringLiteral("I'd rather stay IC"));
            QCOMPARE(vm.chosenOutcomeClosing(), QStringLiteral("**A legitimate choice.**"));
            // The outcome is not one of the track's items and does not count as one.
            QCOMPARE(role(*vm.items(), 0, "done").toBool(), false);
            QCOMPARE(f.data->reflectionText(QStringLiteral("is-it-for-me"), QStringLiteral("outcome")),
                     QStringLiteral("stay-ic"));
        }
        // A new view model (as after a restart) reads the choice back from the store.
        TracksViewModel again(*f.data);
        again.setTrackId(QStringLiteral("is-it-for-me"));
        QCOMPARE(again.chosenOutcome(), QStringLiteral("stay-ic"));
        f.clock.advance(1000);
        QVERIFY(again.chooseOutcome(QStringLiteral("not-yet")));
        QCOMPARE(again.chosenOutcome(), QStringLiteral("not-yet"));
        // Outcomes are per track.
        again.setTrackId(QStringLiteral("back-to-ic"));
        QCOMPARE(again.chosenOutcome(), QString());
    }

    void privateTrackWritingStaysOnTheDevice()
    {
        LearnerFixture f;
        TracksViewModel vm(*f.data);
        vm.setTrackId(QStringLiteral("back-to-ic"));
        QVERIFY(f.data->saveReflection(QStringLiteral("back-to-ic"), QStringLiteral("b1"),
                                          QStringLiteral("For me, not for them.")));
        QVERIFY(vm.chooseOutcome(QStringLiteral("settled")));
        QCOMPARE(role(*vm.items(), 0, "done").toBool(), true);
        QCOMPARE(f.store->eventCount(), 2);
        QCOMPARE(f.store->outbox().size(), 0);
    }

    void followingATrack()
    {
        LearnerFixture f;
        MemoryPreferences prefs;
        TracksViewModel vm(*f.data, &prefs);
        QAbstractItemModelTester tracksTester(vm.tracks(), kFatal);
        QSignalSpy active(&vm, &TracksViewModel::activeTrackChanged);
        QVERIFY(!vm.follow(QStringLiteral("nowhere")));
        QVERIFY(vm.follow(QStringLiteral("is-it-for-me")));
        QCOMPARE(active.count(), 1);
        QCOMPARE(f.data->trackId(), QStringLiteral("is-it-for-me"));
        QCOMPARE(prefs.trackId(), QStringLiteral("is-it-for-me"));
        const TracksModel &tracks = *vm.tracks();
        QCOMPARE(role(tracks, trackRow(tracks, QStringLiteral("is-it-for-me")), "active").toBool(), true);
        QCOMPARE(role(tracks, trackRow(tracks, QStringLiteral("ready-to-lead")), "active").toBool(), false);
    }

    void chosenOutcomeOpensItsPath()
    {
        LearnerFixture f;
        TracksViewModel vm(*f.data);
        QAbstractItemModelTester itemsTester(vm.items(), kFatal);
        QAbstractItemModelTester pathTester(vm.pathItems(), kFatal);
        vm.setTrackId(QStringLiteral("is-it-for-me"));
        QCOMPARE(vm.pathItems()->rowCount(), 0);
        QCOMPARE(vm.nextTrackId(), QString());

        // Staying IC: a lesson and a drill to grow as a senior IC, and no other track.
        QVERIFY(vm.chooseOutcome(QStringLiteral("stay-ic")));
        const TrackItemsModel &path = *vm.pathItems();
        QCOMPARE(path.rowCount(), 2);
        QCOMPARE(TrackItem::Kind(role(path, 0, "kind").toInt()), TrackItem::Kind::Lesson);
        QCOMPARE(role(path, 0, "itemId").toString(), QStringLiteral("l2"));
        QCOMPARE(role(path, 0, "title").toString(), QStringLiteral("Lesson l2"));
        QCOMPARE(TrackItem::Kind(role(path, 1, "kind").toInt()), TrackItem::Kind::Drill);
        QCOMPARE(role(path, 1, "summary").toString(), QStringLiteral("Team conflict"));
        QCOMPARE(role(path, 1, "done").toBool(), false);
        QCOMPARE(vm.nextTrackId(), QString());
        QCOMPARE(vm.items()->rowCount(), 1); // the track's own items are unchanged

        // The path's steps show progress like the track's items.
        QVERIFY(f.playHandover(QStringLiteral("hand"), QStringLiteral("checkpoints")));
        QCOMPARE(role(*vm.pathItems(), 1, "done").toBool(), true);
        QCOMPARE(role(*vm.pathItems(), 0, "done").toBool(), false);

        // Not yet: what to try first, then "Ready to lead" if the learner wants it.
        f.clock.advance(1000);
        QVERIFY(vm.chooseOutcome(QStringLiteral("not-yet")));
        QCOMPARE(vm.pathItems()->rowCount(), 1);
        QCOMPARE(TrackItem::Kind(role(*vm.pathItems(), 0, "kind").toInt()), TrackItem::Kind::Reflection);
        QCOMPARE(role(*vm.pathItems(), 0, "title").toString(),
                 QStringLiteral("Which small piece of the role will you try first?"));
        QCOMPARE(vm.nextTrackId(), QStringLiteral("ready-to-lead"));
        QCOMPARE(vm.nextTrackTitle(), QStringLiteral("Ready to lead"));
        QVERIFY(vm.saveReflection(QStringLiteral("try-first"), QStringLiteral("Mentor Ana.")));
        QCOMPARE(role(*vm.pathItems(), 0, "done").toBool(), true);
        QCOMPARE(f.data->reflectionText(QStringLiteral("is-it-for-me"), QStringLiteral("try-first")),
                 QStringLiteral("Mentor Ana."));

        // Yes: only the link on to "Ready to lead".
        f.clock.advance(1000);
        QVERIFY(vm.chooseOutcome(QStringLiteral("ready-to-try")));
        QCOMPARE(vm.pathItems()->rowCount(), 0);
        QCOMPARE(vm.nextTrackId(), QStringLiteral("ready-to-lead"));

        // Clearing the choice clears the path; another track has its own (none here).
        f.clock.advance(1000);
        QVERIFY(vm.chooseOutcome(QString()));
        QCOMPARE(vm.pathItems()->rowCount(), 0);
        QCOMPARE(vm.nextTrackId(), QString());
        QVERIFY(vm.chooseOutcome(QStringLiteral("stay-ic")));
        vm.setTrackId(QStringLiteral("back-to-ic"));
        QCOMPARE(vm.pathItems()->rowCount(), 0);
    }

    void closingStepShowsTheRole()
    {
        LearnerFixture f;
        MemoryPreferences prefs;
        TracksViewModel vm(*f.data, &prefs);
        QAbstractItemModelTester closingTester(vm.closingItems(), kFatal);
        QAbstractItemModelTester tracksTester(vm.tracks(), kFatal);
        QCOMPARE(vm.trackId(), QStringLiteral("ready-to-lead"));
        QVERIFY(vm.hasClosingStep());
        QCOMPARE(vm.closingStepTitle(), QStringLiteral("Looking back"));
        QCOMPARE(vm.closingStepText(), QStringLiteral("Before you decide, look at **the role**."));
        const TrackItemsModel &closing = *vm.closingItems();
        QCOMPARE(closing.rowCount(), 1);
        QCOMPARE(TrackItem::Kind(role(closing, 0, "kind").toInt()), TrackItem::Kind::Reflection);
        QCOMPARE(role(closing, 0, "itemId").toString(), QStringLiteral("r-closing"));
        QCOMPARE(role(closing, 0, "title").toString(), QStringLiteral("Where are you ready?"));
        QCOMPARE(vm.items()->rowCount(), 5); // the closing reflection is not among the items

        // The role: the Profile's choice, else the pack's first.
        QVERIFY(vm.closingShowsRole());
        QCOMPARE(vm.roleTitle(), QStringLiteral("Engineering manager"));
        QCOMPARE(vm.roleSummary(), QStringLiteral("Leads a team."));
        QSignalSpy changed(&vm, &TracksViewModel::changed);
        prefs.setRoleId(QStringLiteral("ops"));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(vm.roleTitle(), QStringLiteral("Operations lead"));

        // Its reflection is saved like the others: private, and counted as done.
        QVERIFY(vm.saveReflection(QStringLiteral("r-closing"), QStringLiteral("Delegation, not yet.")));
        QCOMPARE(role(*vm.closingItems(), 0, "done").toBool(), true);
        QCOMPARE(f.store->outbox().size(), 0);
        const TracksModel &tracks = *vm.tracks();
        QCOMPARE(role(tracks, trackRow(tracks, QStringLiteral("ready-to-lead")), "doneCount").toInt(), 1);

        // A track without a closing step shows none.
        vm.setTrackId(QStringLiteral("back-to-ic"));
        QVERIFY(!vm.hasClosingStep());
        QVERIFY(!vm.closingShowsRole());
        QCOMPARE(vm.closingStepTitle(), QString());
        QCOMPARE(vm.closingItems()->rowCount(), 0);
    }

    void reflectionTitles_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("title");
        QTest::newRow("bold") << "In your words: **why are you\nmoving back?** And then." << "Why are you moving back?";
        QTest::newRow("sentence") << "What would you *miss*? Think it over." << "What would you miss?";
        QTest::newRow("plain") << "Write it down" << "Write it down";
        QTest::newRow("long") << QString(120, QLatin1Char('a')) << QString(89, QLatin1Char('a')).replace(0, 1, QStringLiteral("A")) + QChar(0x2026);
    }

    void reflectionTitles()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, title);
        QCOMPARE(TracksViewModel::reflectionTitle(prompt), title);
    }
};

QTEST_GUILESS_MAIN(TestTracksViewModel)
#include "tst_tracksviewmodel.moc"
