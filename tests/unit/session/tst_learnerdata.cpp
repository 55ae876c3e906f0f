#include "learner/clock.h"
#include "learner/derivation.h"
#include "learner/learnerstore.h"
#include "learner/trackcompletion.h"
#include "goalviewmodel.h"
#include "lessonviewmodel.h"
#include "session/learnerdata.h"
#include "testpack.h"
#include "todayviewmodel.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace groundwork::core;
using namespace groundwork::core::learner;

// The learner's data with the view models that show it (Today, the lesson, the goal), over a
// real store.
struct Session
{
    std::unique_ptr<LearnerData> data;
    std::unique_ptr<groundwork::today::TodayViewModel> today;
    std::unique_ptr<groundwork::lesson::LessonViewModel> lesson;
    std::unique_ptr<groundwork::ui::GoalViewModel> goal;
};

class TestLearnerData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LearnerStore> m_store;
    // Wednesday 25 November 2026, 09:00 UTC
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch()};

    Session makeSession()
    {
        Session s;
        s.data = std::make_unique<LearnerData>(*m_store, testing::makeTestPack(), m_clock,
                                               QStringLiteral("ready"));
        s.today = std::make_unique<groundwork::today::TodayViewModel>(*s.data);
        s.lesson = std::make_unique<groundwork::lesson::LessonViewModel>(*s.data);
        s.goal = std::make_unique<groundwork::ui::GoalViewModel>(*s.data);
        return s;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = LearnerStore::open(m_dir.filePath(QStringLiteral("learner-%1.sqlite")
                                                            .arg(QTest::currentTestFunction())));
        QVERIFY2(opened.store, qPrintable(opened.message));
        m_store = std::move(opened.store);
    }

    void cleanup() { m_store.reset(); }

    void todayStartsWithTheTracksFirstLessonAndMovesOn()
    {
        auto s = makeSession();
        QCOMPARE(s.today->lessonId(), QStringLiteral("l1"));
        QVERIFY(!s.today->drillId().isEmpty());
        QVERIFY(s.lesson->open(QStringLiteral("l1")));
        QCOMPARE(s.lesson->content()->lessonId(), QStringLiteral("l1"));
        QCOMPARE(s.lesson->content()->positionInTrack(), 1);
        QVERIFY(s.data->finishLesson(QStringLiteral("l1")));
        QCOMPARE(s.today->lessonId(), QStringLiteral("l2"));
        QCOMPARE(m_store->eventCount(), 2);
        // Opening a finished lesson again records nothing new.
        QVERIFY(s.lesson->open(QStringLiteral("l1")));
        QCOMPARE(m_store->eventCount(), 2);
    }

    void eachRecordIsOnDiskWhenTheCallReturns()
    {
        auto s = makeSession();
        QSignalSpy changed(s.data.get(), &LearnerData::changed);
        QVERIFY(s.data->answerQuickCheck(QStringLiteral("l1"), 1));
        QCOMPARE(changed.count(), 1);
        // A second store on the same file sees the answer: it is committed, not cached.
        auto reopened = LearnerStore::open(m_store->path());
        QVERIFY(reopened.store);
        QCOMPARE(reopened.store->eventCount(), 1);
        // The quick check carries the track it was answered in.
        const auto check = decodeQuickCheck(reopened.store->events().constFirst().payload);
        QVERIFY(check);
        QCOMPARE(check->trackId, QStringLiteral("ready"));
    }

    // LearnerData keeps the events it records instead of reloading them: what it keeps is
    // exactly what the store holds, in the store's order, even for a record stamped earlier
    // than the ones before it (a clock set back), and the state is the one the store derives.
    void keptEventsMatchTheStore()
    {
        auto s = makeSession();
        QVERIFY(s.lesson->open(QStringLiteral("l1")));
        m_clock.advance(60'000);
        QVERIFY(s.lesson->answerQuickCheck(1));
        QVERIFY(s.data->finishLesson(QStringLiteral("l1")));
        m_clock.advance(-3'600'000);
        QVERIFY(s.data->setGoal(3, {7}));
        m_clock.advance(7'200'000);
        QVERIFY(s.data->saveReflection(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("kept")));
        QVERIFY(!s.lesson->answerQuickCheck(9)); // refused: nothing kept

        const QVector<Event> stored = m_store->events();
        QCOMPARE(stored.size(), 5);
        QCOMPARE(s.data->state().eventCount, stored.size());
        QCOMPARE(stored.at(0).kind, EventKind::GoalChanged); // stamped earlier: derived again
        QCOMPARE(s.data->state().fingerprint(), Deriver().derive(stored).fingerprint());
        QCOMPARE(s.goal->sessionsPerWeek(), 3);
        QCOMPARE(s.data->reflectionText(QStringLiteral("back"), QStringLiteral("b1")), QStringLiteral("kept"));

        // Events stored behind its back (as sync imports them) appear after refresh().
        auto other = LearnerStore::open(m_store->path());
        QVERIFY(other.store);
        Event imported = stored.last();
        imported.id = QStringLiteral("other-device.00000000000000ff");
        imported.deviceId = QStringLiteral("other-device");
        QVERIFY(other.store->importEvents({imported}) >= 0);
        QCOMPARE(s.data->state().eventCount, 5);
        s.data->refresh();
        QCOMPARE(s.data->state().eventCount, 6);
    }

    // Start-up reads the snapshot and folds only the events after it; a snapshot that does not
    // match (damaged bytes, another pack, an older event synced in behind it) is not trusted:
    // the state is derived from every event, and the next snapshot is written afresh.
    void startsFromAVerifiedSnapshotOnly()
    {
        const int total = LearnerData::kSnapshotLag + 10;
        QString expected;
        {
            auto s = makeSession();
            for (int i = 0; i < total; ++i) {
                m_clock.advance(60'000);
                QVERIFY(s.data->answerQuickCheck(QStringLiteral("l1"), i % 2));
            }
            QVERIFY(m_store->snapshot()); // written after the kSnapshotLag-th answer
            QCOMPARE(m_store->snapshot()->eventCount, LearnerData::kSnapshotLag);
            expected = s.data->state().fingerprint();
        }
        const auto reopened = [&](const QString &packVersion = QStringLiteral("test-1")) {
            return std::make_unique<LearnerData>(*m_store, testing::makeTestPack(packVersion), m_clock,
                                                 QStringLiteral("ready"));
        };
        {
            auto data = reopened();
            QVERIFY2(data->snapshotProblem().isEmpty(), qPrintable(data->snapshotProblem()));
            QCOMPARE(data->eventsFolded(), 10);
            QCOMPARE(data->state().fingerprint(), expected);
        }
        {
            auto data = reopened(QStringLiteral("test-2")); // the pack was updated
            QVERIFY(data->snapshotProblem().contains(QLatin1String("test-2")));
            QCOMPARE(data->eventsFolded(), total);
        }
        {
            auto other = LearnerStore::open(m_store->path());
            QVERIFY(other.store);
            QSqlQuery damage(QSqlDatabase::database(other.store->connectionName()));
            QVERIFY(damage.exec(QStringLiteral("UPDATE derived_snapshot SET state = zeroblob(40)")));
        }
        {
            auto data = reopened();
            QVERIFY(data->snapshotProblem().contains(QLatin1String("checksum")));
            QCOMPARE(data->eventsFolded(), total);
            QCOMPARE(data->state().fingerprint(), expected);
            data->saveSnapshotIfBehind(); // as the shell does after the first frame
            QCOMPARE(m_store->snapshot()->eventCount, total);
            QCOMPARE(m_store->snapshot()->followingEvents, 0);
        }
        {
            // Nothing after the snapshot: the state is the snapshot's alone.
            auto data = reopened();
            QVERIFY2(data->snapshotProblem().isEmpty(), qPrintable(data->snapshotProblem()));
            QCOMPARE(data->eventsFolded(), 0);
            QCOMPARE(data->state().fingerprint(), expected);
        }
        {
            // An older answer from another device arrives: the snapshot no longer covers a
            // prefix of the events and the store drops it in the same transaction.
            auto other = LearnerStore::open(m_store->path());
            QVERIFY(other.store);
            Event older = m_store->events().at(3);
            older.id = QStringLiteral("other-device.00000000000000aa");
            older.deviceId = QStringLiteral("other-device");
            QCOMPARE(other.store->importEvents({older}), 1);
            QVERIFY(!m_store->snapshot());
        }
        auto data = reopened();
        QCOMPARE(data->eventsFolded(), total + 1);
        QCOMPARE(data->state().fingerprint(), Deriver().derive(m_store->events()).fingerprint());
    }

    // A snapshot an older build wrote in its own format (learner/data/snapshot_format2.bin) is
    // not read: the state is derived from every event, and the snapshot written afresh in this
    // build's format is what the next start resumes from.
    void snapshotOfAnOlderFormatIsRebuilt()
    {
        const int total = LearnerData::kSnapshotLag + 5;
        QString expected;
        {
            auto s = makeSession();
            for (int i = 0; i < total; ++i) {
                m_clock.advance(60'000);
                QVERIFY(s.data->answerQuickCheck(QStringLiteral("l1"), i % 2));
            }
            expected = s.data->state().fingerprint();
        }
        QFile file(QStringLiteral(GROUNDWORK_LEARNER_TEST_DATA "/snapshot_format2.bin"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto older = m_store->snapshot(); // written after the kSnapshotLag-th answer
        QVERIFY(older);
        older->state = file.readAll(); // the same position, an older build's bytes
        QVERIFY(m_store->saveSnapshot(*older));
        const auto reopened = [&] {
            return std::make_unique<LearnerData>(*m_store, testing::makeTestPack(), m_clock, QStringLiteral("ready"));
        };
        {
            auto data = reopened();
            QVERIFY2(data->snapshotProblem().contains(QLatin1String("format 2")), qPrintable(data->snapshotProblem()));
            QCOMPARE(data->eventsFolded(), total);
            QCOMPARE(data->state().fingerprint(), expected);
            data->saveSnapshotIfBehind(); // as the shell does after the first frame
        }
        QCOMPARE(m_store->snapshot()->eventCount, total);
        QVERIFY(m_store->snapshot()->state != older->state);
        auto data = reopened();
        QVERIFY2(data->snapshotProblem().isEmpty(), qPrintable(data->snapshotProblem()));
        QCOMPARE(data->eventsFolded(), 0);
        QCOMPARE(data->state().fingerprint(), expected);
    }

    // The quick check shows its options shuffled; an answer is taken by where it was shown and
    // recorded with its place in the file (for correctness) and on screen (for cue analysis).
    void quickCheckIsAnsweredAsShown()
    {
        auto s = makeSession();
        QVERIFY(s.lesson->open(QStringLiteral("l1")));
        const LessonContent *lesson = s.lesson->content();
        const QStringList shown = lesson->checkOptions();
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
                 (QSet<QString>{QStringLiteral("wrong"), QStringLiteral("right")}));
        const int rightShown = lesson->checkCorrectIndex();
        QCOMPARE(shown.at(rightShown), QStringLiteral("right"));
        QCOMPARE(lesson->checkOptionIndex(rightShown), 1);
        QCOMPARE(lesson->checkOptionIndex(1 - rightShown), 0);
        QCOMPARE(lesson->checkOptionIndex(2), -1);
        QVERIFY(s.lesson->answerQuickCheck(rightShown));
        std::optional<QuickCheckPayload> answer;
        for (const Event &event : m_store->events())
            if (event.kind == EventKind::QuickCheckAnswered)
                answer = decodeQuickCheck(event.payload);
        QVERIFY(answer);
        QVERIFY(answer->correct);
        QCOMPARE(answer->optionIndex, 1);
        QCOMPARE(answer->shownPosition, rightShown);
        QCOMPARE(s.data->state().quickChecksCorrect, 1);
    }

    // The note on a "try it at work" assignment is private whatever track lists the lesson.
    void tryItNoteIsPrivateAndReadsBack()
    {
        auto s = makeSession();
        QVERIFY(!s.data->saveTryItNote(QStringLiteral("l2"), QStringLiteral("no assignment")));
        QCOMPARE(m_store->eventCount(), 0);
        QVERIFY(s.data->saveTryItNote(QStringLiteral("l1"), QStringLiteral("It went well.")));
        QCOMPARE(s.data->tryItNote(QStringLiteral("l1")), QStringLiteral("It went well."));
        QCOMPARE(s.data->tryItNote(QStringLiteral("l2")), QString());
        const QVector<Event> events = m_store->events();
        QCOMPARE(events.size(), 1);
        QVERIFY(events.first().isPrivate);
        QCOMPARE(m_store->outbox().size(), 0);
    }

    void refusedRecordsExplainAndChangeNothing()
    {
        auto s = makeSession();
        QVERIFY(!s.data->answerQuickCheck(QStringLiteral("l1"), 9));
        QVERIFY(!s.data->lastError().isEmpty());
        QCOMPARE(m_store->eventCount(), 0);
        QVERIFY(s.data->answerQuickCheck(QStringLiteral("l1"), 0));
        QVERIFY2(s.data->lastError().isEmpty(), "a later success clears the error");
    }

    void weeklyGoalAndRestDays()
    {
        auto s = makeSession();
        QCOMPARE(s.goal->sessionsPerWeek(), 4);
        QVERIFY(!s.today->restDay());
        // Wednesday is day 3; duplicates and out-of-range days are dropped.
        QVERIFY(s.data->setGoal(3, {3, 7, 7, 9}));
        QCOMPARE(s.goal->sessionsPerWeek(), 3);
        QCOMPARE(s.goal->restDays(), (QList<int>{3, 7}));
        QVERIFY(s.today->restDay());
        m_clock.advance(24 * 3600 * 1000); // Thursday
        s.data->refresh();
        QVERIFY(!s.today->restDay());
    }

    void practiceCountsTowardTheWeek()
    {
        auto s = makeSession();
        QCOMPARE(s.today->sessionsThisWeek(), 0);
        QVERIFY(s.lesson->open(QStringLiteral("l1")));
        QVERIFY(s.data->finishLesson(QStringLiteral("l1")));
        QCOMPARE(s.today->sessionsThisWeek(), 1);
        QVERIFY(s.today->practisedToday());
    }

    // Every reflection stays off the outbox, in a private track or a public one.
    void reflectionsReadBackAndStayOffTheOutbox()
    {
        auto s = makeSession();
        QVERIFY(s.data->saveReflection(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("first")));
        m_clock.advance(1000);
        QVERIFY(s.data->saveReflection(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("second")));
        QCOMPARE(s.data->reflectionText(QStringLiteral("back"), QStringLiteral("b1")), QStringLiteral("second"));
        QVERIFY(m_store->outbox().isEmpty());
        QVERIFY(s.data->saveReflection(QStringLiteral("choice"), QStringLiteral("c1"), QStringLiteral("public track")));
        QCOMPARE(s.data->reflectionText(QStringLiteral("choice"), QStringLiteral("c1")), QStringLiteral("public track"));
        // "choice" (public) is finished with its one reflection: only its milestone goes up.
        QCOMPARE(m_store->outbox().size(), 1);
        QCOMPARE(m_store->outbox().at(0).kind, EventKind::TrackCompleted);
        QVERIFY(s.data->finishLesson(QStringLiteral("l1"))); // while other records do go up
        QCOMPARE(m_store->outbox().size(), 2);
    }

    // Finishing a public track records its milestone once, under the track's fixed id, also
    // across restarts and devices; finishing a private track records none.
    void finishingAPublicTrackRecordsItsMilestoneOnce()
    {
        auto s = makeSession();
        const QString milestoneId = trackCompletedEventId(QStringLiteral("choice"));
        const auto milestones = [](LearnerStore &store) {
            QVector<Event> found;
            for (const Event &e : store.events())
                if (e.kind == EventKind::TrackCompleted)
                    found << e;
            return found;
        };
        QVERIFY(s.data->saveReflection(QStringLiteral("choice"), QStringLiteral("c1"), QStringLiteral("yes")));
        QVector<Event> held = milestones(*m_store);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held[0].id, milestoneId);
        QVERIFY(!held[0].isPrivate);
        QCOMPARE(decodeTrackCompleted(held[0].payload)->trackId, QStringLiteral("choice"));
        m_clock.advance(1000);
        QVERIFY(s.data->saveReflection(QStringLiteral("choice"), QStringLiteral("c1"), QStringLiteral("still yes")));
        s = makeSession(); // the app started again
        QCOMPARE(milestones(*m_store).size(), 1);

        // The private track "back": all of it done, and no milestone.
        s.data->setTrackId(QStringLiteral("back"));
        QVERIFY(s.data->finishLesson(QStringLiteral("lp")));
        QVERIFY(s.data->finishLesson(QStringLiteral("l3")));
        QVERIFY(s.data->saveReflection(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("done")));
        QVERIFY(trackFinished(*s.data->pack().track(QStringLiteral("back")), s.data->state()));
        QCOMPARE(milestones(*m_store).size(), 1);
        QVERIFY(!s.data->recorder().trackCompleted(QStringLiteral("back")).ok);
        QCOMPARE(finishedPublicTracks(s.data->pack(), s.data->state()), QStringList{QStringLiteral("choice")});

        // A second device finishes it too: the same id, so importing the first device's
        // milestone adds nothing, and the server (one id per account) keeps one.
        auto other = LearnerStore::open(m_dir.filePath(QStringLiteral("other-device.sqlite")));
        QVERIFY(other.store);
        {
            LearnerData second(*other.store, testing::makeTestPack(), m_clock, QStringLiteral("ready"));
            QVERIFY(second.saveReflection(QStringLiteral("choice"), QStringLiteral("c1"), QStringLiteral("here too")));
        }
        QCOMPARE(milestones(*other.store).size(), 1);
        QCOMPARE(milestones(*other.store)[0].id, milestoneId);
        QCOMPARE(other.store->importEvents(held), 0);
        QCOMPARE(milestones(*other.store).size(), 1);
    }

    // A track with a closing step is finished only once its closing reflection is written.
    void aClosingStepIsPartOfTheTrack()
    {
        pb::Track track;
        track.set_id("closing");
        track.add_items()->set_lesson("l1");
        track.mutable_closing_step()->mutable_reflection()->set_id("last");
        LearnerState state;
        QVERIFY(!trackFinished(track, state));
        state.finishedLessons.insert(QStringLiteral("l1"));
        QVERIFY(!trackFinished(track, state));
        state.reflectionTexts.insert({QStringLiteral("closing"), QStringLiteral("last")}, QStringLiteral("  "));
        QVERIFY(!trackFinished(track, state)); // blank is not written
        state.reflectionTexts.insert({QStringLiteral("closing"), QStringLiteral("last")}, QStringLiteral("written"));
        QVERIFY(trackFinished(track, state));
    }

    void switchingTrackChangesToday()
    {
        auto s = makeSession();
        QCOMPARE(s.today->lessonId(), QStringLiteral("l1"));
        QSignalSpy trackChanged(s.data.get(), &LearnerData::trackChanged);
        s.data->setTrackId(QStringLiteral("no-such-track"));
        QCOMPARE(trackChanged.count(), 0);
        s.data->setTrackId(QStringLiteral("back"));
        QCOMPARE(trackChanged.count(), 1);
        QCOMPARE(s.today->lessonId(), QStringLiteral("lp"));
    }
};

QTEST_GUILESS_MAIN(TestLearnerData)
#include "tst_learnerdata.moc"
