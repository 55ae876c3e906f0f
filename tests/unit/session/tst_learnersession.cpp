#include "learner/clock.h"
#include "learner/derivation.h"
#include "learner/learnerstore.h"
#include "testpack.h"
#include "session/learnerdata.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace groundwork::core;
using namespace groundwork::core::learner;

class TestLearnerSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LearnerStore> m_store;
    // Wednesday 25 November 2026, 09:00 UTC
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch()};

    std::unique_ptr<LearnerSession> makeSession()
    {
        return std::make_unique<LearnerSession>(*m_store, testing::makeTestPack(), m_clock,
                                                QStringLiteral("ready"));
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
        auto session = makeSession();
        QCOMPARE(session->todayLessonId(), QStringLiteral("l1"));
        QVERIFY(!session->todayDrillId().isEmpty());
        QVERIFY(session->openLesson(QStringLiteral("l1")));
        QCOMPARE(session->currentLesson()->lessonId(), QStringLiteral("l1"));
        QCOMPARE(session->currentLesson()->positionInTrack(), 1);
        QVERIFY(session->finishLesson(QStringLiteral("l1")));
        QCOMPARE(session->todayLessonId(), QStringLiteral("l2"));
        QCOMPARE(m_store->eventCount(), 2);
        // Opening a finished lesson again records nothing new.
        QVERIFY(session->openLesson(QStringLiteral("l1")));
        QCOMPARE(m_store->eventCount(), 2);
    }

    void eachRecordIsOnDiskWhenTheCallReturns()
    {
        auto session = makeSession();
        QSignalSpy changed(session.get(), &LearnerSession::changed);
        QVERIFY(session->answerQuickCheck(QStringLiteral("l1"), 1));
        QCOMPARE(changed.count(), 1);
        // A second store on the same file sees the answer: it is committed, not cached.
        auto reopened = LearnerStore::open(m_store->path());
        QVERIFY(reopened.store);
        QCOMPARE(reopened.store->eventCount(), 1);
    }

    // The session keeps the events it records instead of reloading them: what it keeps is
    // exactly what the store holds, in the store's order, even for a record stamped earlier
    // than the ones before it (a clock set back), and the state is the one the store derives.
    void keptEventsMatchTheStore()
    {
        auto session = makeSession();
        QVERIFY(session->openLesson(QStringLiteral("l1")));
        m_clock.advance(60'000);
        QVERIFY(session->answerQuickCheck(QStringLiteral("l1"), 1));
        QVERIFY(session->finishLesson(QStringLiteral("l1")));
        m_clock.advance(-3'600'000);
        QVERIFY(session->setGoal(3, {7}));
        m_clock.advance(7'200'000);
        QVERIFY(session->saveReflection(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("kept")));
        QVERIFY(!session->answerQuickCheck(QStringLiteral("l1"), 9)); // refused: nothing kept

        const QVector<Event> stored = m_store->events();
        QCOMPARE(stored.size(), 5);
        QCOMPARE(session->events().size(), stored.size());
        for (qsizetype i = 0; i < stored.size(); ++i)
            QCOMPARE(session->events().at(i).id, stored.at(i).id);
        QCOMPARE(session->events().at(0).kind, EventKind::GoalChanged); // sorted in, not appended
        QCOMPARE(session->state().fingerprint(), Deriver().derive(stored).fingerprint());
        QCOMPARE(session->sessionsPerWeek(), 3);
        QCOMPARE(session->reflectionText(QStringLiteral("back"), QStringLiteral("b1")), QStringLiteral("kept"));

        // Events stored behind its back (as sync imports them) appear after refresh().
        auto other = LearnerStore::open(m_store->path());
        QVERIFY(other.store);
        Event imported = stored.last();
        imported.id = QStringLiteral("other-device.00000000000000ff");
        imported.deviceId = QStringLiteral("other-device");
        QVERIFY(other.store->importEvents({imported}) >= 0);
        QCOMPARE(session->events().size(), 5);
        session->refresh();
        QCOMPARE(session->events().size(), 6);
    }

    // The quick check shows its options shuffled; an answer is taken by where it was shown and
    // recorded with its place in the file (for correctness) and on screen (for cue analysis).
    void quickCheckIsAnsweredAsShown()
    {
        auto session = makeSession();
        QVERIFY(session->openLesson(QStringLiteral("l1")));
        const LessonContent *lesson = session->currentLesson();
        const QStringList shown = lesson->checkOptions();
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
                 (QSet<QString>{QStringLiteral("wrong"), QStringLiteral("right")}));
        const int rightShown = lesson->checkCorrectIndex();
        QCOMPARE(shown.at(rightShown), QStringLiteral("right"));
        QCOMPARE(lesson->checkOptionIndex(rightShown), 1);
        QCOMPARE(lesson->checkOptionIndex(1 - rightShown), 0);
        QCOMPARE(lesson->checkOptionIndex(2), -1);
        QVERIFY(session->answerQuickCheck(QStringLiteral("l1"), rightShown));
        std::optional<QuickCheckPayload> answer;
        for (const Event &event : m_store->events())
            if (event.kind == EventKind::QuickCheckAnswered)
                answer = decodeQuickCheck(event.payload);
        QVERIFY(answer);
        QVERIFY(answer->correct);
        QCOMPARE(answer->optionIndex, 1);
        QCOMPARE(answer->shownPosition, rightShown);
        QCOMPARE(session->state().quickChecksCorrect, 1);
    }

    // The note on a "try it at work" assignment is private whatever track lists the lesson.
    void tryItNoteIsPrivateAndReadsBack()
    {
        auto session = makeSession();
        QVERIFY(!session->saveTryItNote(QStringLiteral("l2"), QStringLiteral("no assignment")));
        QCOMPARE(m_store->eventCount(), 0);
        QVERIFY(session->saveTryItNote(QStringLiteral("l1"), QStringLiteral("It went well.")));
        QCOMPARE(session->tryItNote(QStringLiteral("l1")), QStringLiteral("It went well."));
        QCOMPARE(session->tryItNote(QStringLiteral("l2")), QString());
        const QVector<Event> events = m_store->events();
        QCOMPARE(events.size(), 1);
        QVERIFY(events.first().isPrivate);
        QCOMPARE(m_store->outbox().size(), 0);
    }

    void refusedRecordsExplainAndChangeNothing()
    {
        auto session = makeSession();
        QVERIFY(!session->answerQuickCheck(QStringLiteral("l1"), 9));
        QVERIFY(!session->lastError().isEmpty());
        QCOMPARE(m_store->eventCount(), 0);
        QVERIFY(session->answerQuickCheck(QStringLiteral("l1"), 0));
        QVERIFY2(session->lastError().isEmpty(), "a later success clears the error");
    }

    void weeklyGoalAndRestDays()
    {
        auto session = makeSession();
        QCOMPARE(session->sessionsPerWeek(), 4);
        QVERIFY(!session->restDay());
        // Wednesday is day 3; duplicates and out-of-range days are dropped.
        QVERIFY(session->setGoal(3, {3, 7, 7, 9}));
        QCOMPARE(session->sessionsPerWeek(), 3);
        QCOMPARE(session->restDays(), (QVariantList{3, 7}));
        QVERIFY(session->restDay());
        m_clock.advance(24 * 3600 * 1000); // Thursday
        session->refresh();
        QVERIFY(!session->restDay());
    }

    void practiceCountsTowardTheWeek()
    {
        auto session = makeSession();
        QCOMPARE(session->sessionsThisWeek(), 0);
        QVERIFY(session->openLesson(QStringLiteral("l1")));
        QVERIFY(session->finishLesson(QStringLiteral("l1")));
        QCOMPARE(session->sessionsThisWeek(), 1);
        QVERIFY(session->practisedToday());
    }

    void reflectionsReadBackAndPrivateOnesStayOffTheOutbox()
    {
        auto session = makeSession();
        QVERIFY(session->saveReflection(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("first")));
        m_clock.advance(1000);
        QVERIFY(session->saveReflection(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("second")));
        QCOMPARE(session->reflectionText(QStringLiteral("back"), QStringLiteral("b1")), QStringLiteral("second"));
        QVERIFY(m_store->outbox().isEmpty());
        QVERIFY(session->saveReflection(QStringLiteral("choice"), QStringLiteral("c1"), QStringLiteral("public")));
        QCOMPARE(m_store->outbox().size(), 1);
    }

    void switchingTrackChangesToday()
    {
        auto session = makeSession();
        QCOMPARE(session->todayLessonId(), QStringLiteral("l1"));
        QSignalSpy trackChanged(session.get(), &LearnerSession::trackChanged);
        session->setTrackId(QStringLiteral("no-such-track"));
        QCOMPARE(trackChanged.count(), 0);
        session->setTrackId(QStringLiteral("back"));
        QCOMPARE(trackChanged.count(), 1);
        QCOMPARE(session->todayLessonId(), QStringLiteral("lp"));
    }
};

QTEST_GUILESS_MAIN(TestLearnerSession)
#include "tst_learnersession.moc"
