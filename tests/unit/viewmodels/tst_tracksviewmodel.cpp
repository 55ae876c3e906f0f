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
        QCOMPARE(role(tracks, trackRow(tracks, QStringLiteral("ready-to-lead")), "itemCount").toInt(), 5);

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
