#include "learner/clock.h"
#include "learner/learnerstore.h"
#include "testpack.h"
#include "viewmodels/drillsession.h"
#include "viewmodels/learnersession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace groundwork::core;
using namespace groundwork::core::learner;

class TestDrillSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock{1'790'000'000'000};

    struct App
    {
        std::unique_ptr<LearnerStore> store;
        std::unique_ptr<LearnerSession> session;
        std::unique_ptr<DrillSession> drill;
    };

    // Opens the store as the app does at start; a second call models a restart.
    App start()
    {
        App app;
        auto opened = LearnerStore::open(m_path);
        app.store = std::move(opened.store);
        app.session = std::make_unique<LearnerSession>(*app.store, testing::makeTestPack(),
                                                       m_clock, QStringLiteral("ready"));
        app.drill = std::make_unique<DrillSession>(*app.session);
        return app;
    }

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
        QCOMPARE(app.drill->phaseName(), QStringLiteral("deciding"));
        QCOMPARE(app.drill->step(), 1);
        QCOMPARE(app.drill->options().size(), 3);
        QVERIFY(!app.drill->resumed());

        QVERIFY(!app.drill->submit(QStringLiteral("not-an-option"), 80));
        QVERIFY(!app.drill->submit(QStringLiteral("do-it"), 70)); // not an offered level
        QCOMPARE(app.store->eventCount(), 0);

        QSignalSpy steps(app.drill.get(), &DrillSession::stepChanged);
        QVERIFY(app.drill->submit(QStringLiteral("do-it"), 80));
        QCOMPARE(app.store->eventCount(), 1);
        QCOMPARE(app.drill->phaseName(), QStringLiteral("feedback"));
        QCOMPARE(steps.count(), 1);
        QVERIFY(!app.drill->chosenWasBest());
        QVERIFY2(!app.drill->lastDecision(), "do-it leads on to h2");
        QVERIFY2(!app.drill->submit(QStringLiteral("pair"), 80), "one answer per decision");

        app.drill->proceed();
        QCOMPARE(app.drill->phaseName(), QStringLiteral("deciding"));
        QCOMPARE(app.drill->step(), 2);
        QCOMPARE(app.drill->options().size(), 2);
        QVERIFY(app.drill->submit(QStringLiteral("agree-checkpoints"), 95));
        QVERIFY(app.drill->chosenWasBest());
        QVERIFY(app.drill->lastDecision());
        app.drill->proceed();
        QCOMPARE(app.drill->phaseName(), QStringLiteral("summary"));

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
        QCOMPARE(app.drill->phaseName(), QStringLiteral("deciding"));
        QCOMPARE(app.drill->step(), 2);
        QCOMPARE(app.drill->options().size(), 2);
        QVERIFY(app.drill->submit(QStringLiteral("check-daily"), 50));
        app.drill->proceed();
        // Both decisions of the one attempt are in the summary.
        QCOMPARE(app.drill->summary().at(0).toMap().value(QStringLiteral("decisions")).toInt(), 2);
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
