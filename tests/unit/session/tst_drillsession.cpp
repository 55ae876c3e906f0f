#include "learner/clock.h"
#include "learner/learnerstore.h"
#include "testpack.h"
#include "drillsession.h"
#include "session/learnerdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace groundwork::core;
using namespace groundwork::core::learner;
using groundwork::drill::DrillSession;

class TestDrillSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock{1'790'000'000'000};

    struct App
    {
        std::unique_ptr<LearnerStore> store;
        std::unique_ptr<LearnerData> data;
        std::unique_ptr<DrillSession> drill;
    };

    // Opens the store as the app does at start; a second call models a restart.
    App start()
    {
        App app;
        auto opened = LearnerStore::open(m_path);
        app.store = std::move(opened.store);
        app.data = std::make_unique<LearnerData>(*app.store, testing::makeTestPack(), m_clock,
                                                 QStringLiteral("ready"));
        app.drill = std::make_unique<DrillSession>(*app.data);
        return app;
    }

    // The decision recorded last (the clock stands still, so by its id, not by time).
    std::optional<DecisionPayload> newestDecision(const LearnerStore &store)
    {
        std::optional<DecisionPayload> newest;
        for (const Event &event : store.events())
            if (!m_seen.contains(event.id)) {
                m_seen.insert(event.id);
                newest = decodeDecision(event.payload);
            }
        return newest;
    }
    QSet<QString> m_seen;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    }

    void walksDecisionsWithFeedbackAfterTheSave()
    {
        App app = start();
        QVERIFY(!app.drill->open(QStringLiteral("missing")));
        QVERIFY(app.drill->open(QStringLiteral("handover")));
        QCOMPARE(app.drill->phase(), DrillSession::Phase::Deciding);
        QCOMPARE(app.drill->step(), 1);
        QCOMPARE(app.drill->options().size(), 3);
        QVERIFY(!app.drill->resumed());

        QVERIFY(!app.drill->submit(QStringLiteral("not-an-option"), 80));
        QVERIFY(!app.drill->submit(QStringLiteral("do-it"), 70)); // not an offered level
        QCOMPARE(app.store->eventCount(), 0);

        QSignalSpy steps(app.drill.get(), &DrillSession::stepChanged);
        QVERIFY(app.drill->submit(QStringLiteral("do-it"), 80));
        QCOMPARE(app.store->eventCount(), 1);
        QCOMPARE(app.drill->phase(), DrillSession::Phase::Feedback);
        QCOMPARE(steps.count(), 1);
        QVERIFY(!app.drill->chosenWasBest());
        QVERIFY2(!app.drill->lastDecision(), "do-it leads on to h2");
        QVERIFY2(!app.drill->submit(QStringLiteral("pair"), 80), "one answer per decision");

        app.drill->proceed();
        QCOMPARE(app.drill->phase(), DrillSession::Phase::Deciding);
        QCOMPARE(app.drill->step(), 2);
        QCOMPARE(app.drill->options().size(), 2);
        QVERIFY(app.drill->submit(QStringLiteral("agree-checkpoints"), 95));
        QVERIFY(app.drill->chosenWasBest());
        QVERIFY(app.drill->lastDecision());
        app.drill->proceed();
        QCOMPARE(app.drill->phase(), DrillSession::Phase::Summary);

        const QVariantList summary = app.drill->summary();
        QCOMPARE(summary.size(), 2);
        const QVariantMap delegation = summary.at(0).toMap();
        QCOMPARE(delegation.value(QStringLiteral("dimensionId")).toString(), QStringLiteral("delegation"));
        QCOMPARE(delegation.value(QStringLiteral("decisions")).toInt(), 2);
        // do-it is the worst delegation option of h1 (0), agree-checkpoints the best of h2 (1).
        QCOMPARE(delegation.value(QStringLiteral("score")).toDouble(), 0.5);
    }

    void resumesAnUnfinishedDrillAfterARestart()
    {
        {
            App app = start();
            QVERIFY(app.drill->open(QStringLiteral("handover")));
            QVERIFY(app.drill->submit(QStringLiteral("pair"), 65));
        } // the app is closed midway
        App app = start();
        QVERIFY(app.drill->open(QStringLiteral("handover")));
        QVERIFY(app.drill->resumed());
        QCOMPARE(app.drill->phase(), DrillSession::Phase::Deciding);
        QCOMPARE(app.drill->step(), 2);
        QCOMPARE(app.drill->options().size(), 2);
        QVERIFY(app.drill->submit(QStringLiteral("check-daily"), 50));
        app.drill->proceed();
        // Both decisions of the one attempt are in the summary.
        QCOMPARE(app.drill->summary().at(0).toMap().value(QStringLiteral("decisions")).toInt(), 2);
    }

    // The shown order is drawn per attempt: the same attempt resumed after a restart shows the
    // same order, a new attempt usually another, and every answer records where it was shown.
    void optionsAreShuffledPerAttemptAndPositionsRecorded()
    {
        const auto idsOf = [](const QVariantList &options) {
            QStringList ids;
            for (const QVariant &option : options)
                ids << option.toMap().value(QStringLiteral("optionId")).toString();
            return ids;
        };
        QList<QStringList> orders;
        QSet<QString> firstShown;
        App app = start();
        for (int attempt = 0; attempt < 40; ++attempt) {
            QVERIFY(app.drill->open(QStringLiteral("handover")));
            QVERIFY(!app.drill->resumed());
            const QStringList shown = idsOf(app.drill->options());
            QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
                     (QSet<QString>{QStringLiteral("do-it"), QStringLiteral("hand"), QStringLiteral("pair")}));
            orders << shown;
            firstShown.insert(shown.first());
            // Choose whatever is shown second, as pressing "2" does.
            QVERIFY(app.drill->submit(shown.at(1), 80));
            const auto payload = newestDecision(*app.store);
            QVERIFY(payload);
            QCOMPARE(payload->optionId, shown.at(1));
            QCOMPARE(payload->decisionId, QStringLiteral("h1"));
            QCOMPARE(payload->shownPosition, 1);
            // Finish the attempt so the next one starts afresh.
            app.drill->proceed();
            QVERIFY(app.drill->submit(idsOf(app.drill->options()).first(), 80));
            QCOMPARE(newestDecision(*app.store)->shownPosition, 0);
        }
        // Forty attempts (random attempt ids) of three options: every option has come first at
        // some point; the chance that one never does is 3 * (2/3)^40, below one in ten million.
        QCOMPARE(firstShown.size(), 3);
        QVERIFY(QSet<QStringList>(orders.begin(), orders.end()).size() >= 3);
    }

    void resumedAttemptShowsTheSameOrder()
    {
        QStringList before;
        {
            App app = start();
            QVERIFY(app.drill->open(QStringLiteral("handover")));
            QVERIFY(app.drill->submit(QStringLiteral("pair"), 65));
            app.drill->proceed();
            for (const QVariant &option : app.drill->options())
                before << option.toMap().value(QStringLiteral("optionId")).toString();
        }
        App app = start();
        QVERIFY(app.drill->open(QStringLiteral("handover")));
        QVERIFY(app.drill->resumed());
        QStringList after;
        for (const QVariant &option : app.drill->options())
            after << option.toMap().value(QStringLiteral("optionId")).toString();
        QCOMPARE(after, before);
    }

    void aFinishedDrillStartsAfresh()
    {
        App app = start();
        QVERIFY(app.drill->open(QStringLiteral("bar")));
        QVERIFY(app.drill->submit(QStringLiteral("role-bar"), 80));
        QVERIFY(app.drill->lastDecision());
        QVERIFY(app.drill->open(QStringLiteral("bar")));
        QVERIFY(!app.drill->resumed());
        QCOMPARE(app.drill->step(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDrillSession)
#include "tst_drillsession.moc"
