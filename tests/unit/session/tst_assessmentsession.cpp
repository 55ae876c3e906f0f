// The readiness assessment in the app's view models over a real store: a form played with no
// feedback until its results, one attempt, Today's offer and skip, last week's try-it recall,
// and the Profile's results and before/after change.
#include "assessmentmodel.h"
#include "drillsession.h"
#include "learner/clock.h"
#include "learner/learnerstore.h"
#include "profileviewmodel.h"
#include "session/cohortrolebook.h"
#include "session/learnerdata.h"
#include "settings/preferences.h"
#include "testpack.h"
#include "todayviewmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace groundwork::core;
using namespace groundwork::core::learner;
using groundwork::drill::DrillSession;
using groundwork::profile::ProfileViewModel;
using groundwork::today::TodayViewModel;

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
// Monday 2 March 2026, 09:00 UTC
const qint64 kStartMs = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
} // namespace

class TestAssessmentSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock{kStartMs};
    MemoryPreferences m_preferences;

    struct App
    {
        std::unique_ptr<LearnerStore> store;
        std::unique_ptr<LearnerData> data;
        std::unique_ptr<DrillSession> drill;
        std::unique_ptr<TodayViewModel> today;
        std::unique_ptr<ProfileViewModel> profile;
    };

    // Opens the store as the app does at start; a second call models a restart.
    App start()
    {
        App app;
        app.store = LearnerStore::open(m_path).store;
        app.data = std::make_unique<LearnerData>(*app.store, testing::makeAssessmentTestPack(),
                                                 m_clock, QStringLiteral("ready"));
        app.drill = std::make_unique<DrillSession>(*app.data, &m_preferences);
        app.today = std::make_unique<TodayViewModel>(*app.data, &m_preferences);
        app.profile = std::make_unique<ProfileViewModel>(*app.data, &m_preferences);
        return app;
    }

    // Plays the whole form on offer with the given choices (x1, x2, y1), a minute apart.
    static bool sitForm(App &app, const QStringList &choices)
    {
        if (!app.drill->startAssessment())
            return false;
        for (const QString &choice : choices)
            if (!app.drill->submit(choice, 80))
                return false;
        return app.drill->phase() == DrillSession::Phase::Results;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        m_clock.set(kStartMs);
        m_preferences.setSkippedAssessmentOffer(QString());
        m_preferences.setRoleId(QStringLiteral("em"));
    }

    // With a cohort role and no role of their own chosen, the results weigh by the cohort's
    // role, as the Profile does; a role the learner chose wins over it.
    void resultsWeighByTheCohortsRole()
    {
        m_preferences.setRoleId(QString());
        App app = start();
        CohortRoleBook book(*app.store);
        CohortRole role;
        role.templateId = QStringLiteral("em");
        role.title = QStringLiteral("Platform team lead");
        role.weights = {{QStringLiteral("standards"), 5}, {QStringLiteral("focus"), 1}};
        role.version = 1;
        QVERIFY(book.receive(role));
        DrillSession drill(*app.data, &m_preferences, &book);
        QVERIFY(drill.startAssessment());
        for (const QString &choice : {QStringLiteral("q"), QStringLiteral("s"), QStringLiteral("v")})
            QVERIFY(drill.submit(choice, 80));
        QCOMPARE(drill.phase(), DrillSession::Phase::Results);
        QCOMPARE(drill.resultRole(), QStringLiteral("Platform team lead"));
        QMap<QString, double> weights;
        for (const QVariant &d : drill.resultDimensions())
            weights.insert(d.toMap().value(QStringLiteral("dimensionId")).toString(),
                           d.toMap().value(QStringLiteral("weight")).toDouble());
        QVERIFY(weights.value(QStringLiteral("standards")) > weights.value(QStringLiteral("focus")));
        QCOMPARE(weights.value(QStringLiteral("delegation")), 0.0);
        const QString shown = drill.resultText();
        QVERIFY(drill.showResults(QStringLiteral("A")));
        QCOMPARE(drill.resultText(), shown);

        m_preferences.setRoleId(QStringLiteral("em")); // the learner's own choice wins
        QVERIFY(drill.showResults(QStringLiteral("A")));
        QCOMPARE(drill.resultRole(), QStringLiteral("Engineering manager"));
    }

    void submittingSavesAndMovesOnWithoutFeedback()
    {
        App app = start();
        QVERIFY(app.drill->startAssessment());
        QCOMPARE(app.drill->mode(), DrillSession::Mode::Assessment);
        QCOMPARE(app.drill->formName(), QStringLiteral("A"));
        QCOMPARE(app.drill->drillId(), QStringLiteral("assess-a-one"));
        QCOMPARE(app.drill->situation(), 1);
        QCOMPARE(app.drill->situations(), 2);
        QVERIFY(!app.drill->resumed());

        QVERIFY(app.drill->submit(QStringLiteral("p"), 80));
        QCOMPARE(app.store->eventCount(), 1);
        // Straight on to the next decision: no key, no reasoning, no score.
        QCOMPARE(app.drill->phase(), DrillSession::Phase::Deciding);
        QCOMPARE(app.drill->step(), 2);
        QVERIFY(app.drill->chosenText().isEmpty());
        QVERIFY(app.drill->chosenFeedback().isEmpty());
        QVERIFY(app.drill->bestText().isEmpty());
        QVERIFY(app.drill->summary().isEmpty());
        QVERIFY(app.drill->resultText().isEmpty());

        QSignalSpy drills(app.drill.get(), &DrillSession::drillChanged);
        QVERIFY(app.drill->submit(QStringLiteral("s"), 65));
        QCOMPARE(drills.count(), 1);
        QCOMPARE(app.drill->drillId(), QStringLiteral("assess-a-two"));
        QCOMPARE(app.drill->situation(), 2);
        QCOMPARE(app.drill->phase(), DrillSession::Phase::Deciding);
        QVERIFY(app.drill->submit(QStringLiteral("u"), 95));

        // The end of the form: the results, then the reasoning held back.
        QCOMPARE(app.drill->phase(), DrillSession::Phase::Results);
        QVERIFY(app.drill->resultText().startsWith(QLatin1String("About ")));
        QCOMPARE(app.drill->resultRole(), QStringLiteral("Engineering manager"));
        const QVariantList dims = app.drill->resultDimensions();
        QCOMPARE(dims.size(), 4);
        QCOMPARE(dims.first().toMap().value(QStringLiteral("dimensionId")).toString(), QStringLiteral("delegation"));
        QVERIFY(app.drill->resultLow() < app.drill->resultOverall());
        QVERIFY(app.drill->resultOverall() < app.drill->resultHigh());
        const QVariantList review = app.drill->answerReview();
        QCOMPARE(review.size(), 3);
        QCOMPARE(review.at(0).toMap().value(QStringLiteral("chosenText")).toString(), QStringLiteral("option p"));
        QVERIFY(!review.at(0).toMap().value(QStringLiteral("chosenWasBest")).toBool());
        QCOMPARE(review.at(0).toMap().value(QStringLiteral("bestText")).toString(), QStringLiteral("option q"));
        QVERIFY(review.at(1).toMap().value(QStringLiteral("chosenWasBest")).toBool());
        QCOMPARE(app.store->eventCount(), 3);
    }

    void aSittingLeftMidwayContinuesAfterARestart()
    {
        QString attempt;
        {
            App app = start();
            QVERIFY(app.drill->startAssessment());
            QVERIFY(app.drill->submit(QStringLiteral("q"), 80));
            attempt = app.data->state().assessmentAnswers.last().decision.attemptId;
        }
        App app = start();
        QCOMPARE(app.today->assessmentOffer(), TodayViewModel::AssessmentOffer::Continue);
        QVERIFY(app.drill->startAssessment());
        QVERIFY(app.drill->resumed());
        QCOMPARE(app.drill->drillId(), QStringLiteral("assess-a-one"));
        QCOMPARE(app.drill->step(), 2);
        QVERIFY(app.drill->submit(QStringLiteral("s"), 80));
        QCOMPARE(app.data->state().assessmentAnswers.last().decision.attemptId, attempt);
    }

    void aFormTakenIsNeverOfferedOrPlayedAgain()
    {
        App app = start();
        QVERIFY(sitForm(app, {QStringLiteral("q"), QStringLiteral("s"), QStringLiteral("u")}));
        const int events = app.store->eventCount();
        // Not offered again, and the other form not before six weeks.
        QVERIFY(!app.drill->startAssessment());
        QCOMPARE(app.today->assessmentOffer(), TodayViewModel::AssessmentOffer::None);
        // Its drills are never practice.
        QVERIFY(!app.drill->open(QStringLiteral("assess-a-one")));
        QVERIFY(!app.drill->open(QStringLiteral("assess-b-one")));
        // The core refuses a retake whatever asks for it, and writes nothing.
        const auto retake = app.data->recordDecision(QStringLiteral("another"), QStringLiteral("assess-a-one"),
                                                     QStringLiteral("x1"), QStringLiteral("q"), 80);
        QVERIFY(!retake.ok);
        QVERIFY(app.data->lastError().contains(QLatin1String("taken once")));
        QCOMPARE(app.store->eventCount(), events);
        // Its results and reasoning can be seen again.
        QVERIFY(!app.drill->showResults(QStringLiteral("B")));
        QVERIFY(app.drill->showResults(QStringLiteral("A")));
        QCOMPARE(app.drill->phase(), DrillSession::Phase::Results);
        QCOMPARE(app.drill->answerReview().size(), 3);

        m_clock.advance(42 * kDayMs);
        QCOMPARE(app.today->assessmentOffer(), TodayViewModel::AssessmentOffer::SixWeeks);
        QCOMPARE(app.today->assessmentForm(), QStringLiteral("B"));
        QVERIFY(app.drill->startAssessment());
        QCOMPARE(app.drill->formName(), QStringLiteral("B"));
        QCOMPARE(app.drill->drillId(), QStringLiteral("assess-b-one"));
    }

    void skippingHidesTheOfferUntilSixWeeksOn()
    {
        App app = start();
        QVERIFY(app.data->finishLesson(QStringLiteral("l1"))); // first use: six weeks count from here
        QCOMPARE(app.today->assessmentOffer(), TodayViewModel::AssessmentOffer::Start);
        QCOMPARE(app.today->assessmentSituations(), 2);
        QSignalSpy changed(app.today.get(), &TodayViewModel::changed);
        app.today->skipAssessment();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(app.today->assessmentOffer(), TodayViewModel::AssessmentOffer::None);
        // Still open, quietly, on the profile.
        QVERIFY(app.profile->assessmentAvailable());
        QVERIFY(!app.profile->assessmentOfferText().isEmpty());
        m_clock.advance(20 * kDayMs);
        QCOMPARE(app.today->assessmentOffer(), TodayViewModel::AssessmentOffer::None);
        m_clock.advance(22 * kDayMs);
        QCOMPARE(app.today->assessmentOffer(), TodayViewModel::AssessmentOffer::SixWeeks);
    }

    void profileShowsEachResultAndTheChange()
    {
        App app = start();
        QAbstractItemModelTester tester(app.profile->assessments(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(app.profile->assessments()->count(), 0);
        QVERIFY(!app.profile->hasAssessmentChange());
        QVERIFY(sitForm(app, {QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("v")}));
        QCOMPARE(app.profile->assessments()->count(), 1);
        QVERIFY(!app.profile->hasAssessmentChange());
        // The practice profile has no evidence from it.
        QCOMPARE(app.profile->evidence(), 0);
        QVERIFY(app.profile->assessmentOfferText().contains(QLatin1String("opens on")));

        m_clock.advance(43 * kDayMs);
        // Better on delegation and trust (about 32 -> 50 overall for the role).
        QVERIFY(sitForm(app, {QStringLiteral("q"), QStringLiteral("r"), QStringLiteral("v")}));
        QCOMPARE(app.profile->assessments()->count(), 2);
        const QModelIndex first = app.profile->assessments()->index(0);
        const QHash<int, QByteArray> roles = app.profile->assessments()->roleNames();
        QCOMPARE(first.data(roles.key("form")).toString(), QStringLiteral("A"));
        QCOMPARE(app.profile->assessments()->index(1).data(roles.key("form")).toString(), QStringLiteral("B"));
        QVERIFY(app.profile->hasAssessmentChange());
        QVERIFY(app.profile->assessmentChange() > 0);
        QVERIFY(app.profile->assessmentChangeLow() < app.profile->assessmentChange());
        QVERIFY(app.profile->assessmentChange() < app.profile->assessmentChangeHigh());
        // Three answers a sitting is thin evidence: the interval includes zero.
        QVERIFY(!app.profile->assessmentChangeClear());
        QVERIFY(app.profile->assessmentChangeText().contains(QLatin1String("no clear change yet")));
        QCOMPARE(app.profile->assessmentDimensionChanges().size(), 4);
        QVERIFY(app.profile->assessmentOfferText().isEmpty());
        QVERIFY(!app.profile->assessmentAvailable());

        // Shared only when the learner includes them.
        QVERIFY(!app.profile->shareAssessment());
        app.profile->setShareAssessment(true);
        QVERIFY(app.profile->shareAssessment());
        // A learner event (it follows the account to their other devices), not a device setting.
        QVERIFY(app.data->state().shareAssessmentResults);
        QVERIFY(!m_preferences.shareAssessmentResults());
        app.profile->setShareAssessment(false);
        QVERIFY(!app.profile->shareAssessment());
        QCOMPARE(app.data->state().assessmentSharingChoices, 2);
    }

    // "Include the results" that an earlier version kept on this device becomes the account's
    // choice at the next start, once; a choice made since (on any device) is not overridden.
    void aDeviceChoiceCarriesOverOnce()
    {
        m_preferences.setShareAssessmentResults(true);
        {
            App app = start();
            QVERIFY(app.profile->shareAssessment());
            QCOMPARE(app.data->state().assessmentSharingChoices, 1);
            QVERIFY(!m_preferences.shareAssessmentResults()); // moved, not kept twice
            app.profile->setShareAssessment(false);
        }
        m_preferences.setShareAssessmentResults(true); // e.g. restored from an old backup
        App again = start();
        QVERIFY(!again.profile->shareAssessment()); // the learner's later choice stands
        QCOMPARE(again.data->state().assessmentSharingChoices, 2);
        QVERIFY(!m_preferences.shareAssessmentResults());
    }

    void changeInPlainWords()
    {
        AssessmentChange unclear;
        unclear.difference = 0.07;
        unclear.low = -0.03;
        unclear.high = 0.17;
        QCOMPARE(ProfileViewModel::describeChange(unclear),
                 QStringLiteral("+7 points, likely between \u22123 and +17. The range includes zero: no clear change yet."));
        AssessmentChange rise{0.12, 0.04, 0.2, {}};
        QCOMPARE(ProfileViewModel::describeChange(rise), QStringLiteral("+12 points, likely between +4 and +20: a clear rise."));
    }

    void lastWeeksTryItIsRecalledOnceThenGone()
    {
        App app = start();
        m_preferences.forgetDismissedTryIts();
        QVERIFY(app.data->finishLesson(QStringLiteral("l1"))); // l1 has a try-it assignment
        QVERIFY(app.today->tryItLessonId().isEmpty()); // this week's: not recalled yet
        // Never carried on as a debt: the week after next it is not last week's any more.
        m_clock.advance(14 * kDayMs);
        QVERIFY(app.today->tryItLessonId().isEmpty());
        m_clock.advance(-7 * kDayMs);
        QCOMPARE(app.today->tryItLessonId(), QStringLiteral("l1"));
        QCOMPARE(app.today->tryItText(), QStringLiteral("Ask one question before any status update."));
        app.today->dismissTryIt();
        QVERIFY(app.today->tryItLessonId().isEmpty());
        m_preferences.forgetDismissedTryIts();

        // A note ends it too, and is saved privately.
        QCOMPARE(app.today->tryItLessonId(), QStringLiteral("l1"));
        QVERIFY(!app.today->saveTryItNote(QStringLiteral("   ")));
        QVERIFY(app.today->saveTryItNote(QStringLiteral("It went well")));
        QVERIFY(app.today->tryItLessonId().isEmpty());
        QCOMPARE(app.data->tryItNote(QStringLiteral("l1")), QStringLiteral("It went well"));
        QVERIFY(app.store->events().last().isPrivate);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentSession)
#include "tst_assessmentsession.moc"
