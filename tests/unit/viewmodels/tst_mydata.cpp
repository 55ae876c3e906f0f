#include "viewmodelpack.h"

#include "mydata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace groundwork::core;
using groundwork::settings::MyData;
using groundwork::core::testing::LearnerFixture;

class TestMyData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportsEveryEventReadably()
    {
        LearnerFixture f;
        QVERIFY(f.data->startLesson(QStringLiteral("l1")));
        QVERIFY(f.playBar(QStringLiteral("role-bar"), 80));
        f.clock.advance(1000); // events of one millisecond fold in id order
        QVERIFY(f.data->saveReflection(QStringLiteral("back-to-ic"), QStringLiteral("b1"),
                                          QStringLiteral("Mine alone.")));
        f.clock.advance(1000);
        QVERIFY(f.data->setGoal(3, {6, 7}));

        MyData data(f.store.get());
        QCOMPARE(data.eventCount(), 4);
        QSignalSpy exported(&data, &MyData::exported);
        const QString path = f.dir.filePath(QStringLiteral("out/export.json"));
        const QString result = data.exportTo(path);
        QCOMPARE(exported.count(), 1);
        QVERIFY2(data.lastExportOk(), qPrintable(result));
        QCOMPARE(result, path);
        QCOMPARE(data.lastExportPath(), path);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("groundwork-learner-export"));
        QCOMPARE(root.value(QStringLiteral("deviceId")).toString(), f.store->deviceId());
        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 4);
        const auto stored = f.store->events();
        for (int i = 0; i < events.size(); ++i) {
            const QJsonObject e = events.at(i).toObject();
            QCOMPARE(e.value(QStringLiteral("id")).toString(), stored.at(i).id);
            QCOMPARE(e.value(QStringLiteral("kind")).toString(), learner::kindName(stored.at(i).kind));
            QCOMPARE(QByteArray::fromBase64(e.value(QStringLiteral("payloadCbor")).toString().toLatin1()),
                     stored.at(i).payload);
        }
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("payload")).toObject().value(QStringLiteral("lessonId")).toString(),
                 QStringLiteral("l1"));
        const QJsonObject decision = events.at(1).toObject().value(QStringLiteral("payload")).toObject();
        QCOMPARE(decision.value(QStringLiteral("optionId")).toString(), QStringLiteral("role-bar"));
        QCOMPARE(decision.value(QStringLiteral("confidencePercent")).toInt(), 80);
        QCOMPARE(decision.value(QStringLiteral("scores")).toObject().value(QStringLiteral("standards")).toDouble(), 1.0);
        const QJsonObject reflection = events.at(2).toObject();
        QCOMPARE(reflection.value(QStringLiteral("private")).toBool(), true);
        QCOMPARE(reflection.value(QStringLiteral("payload")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Mine alone."));
        const QJsonObject goal = events.at(3).toObject().value(QStringLiteral("payload")).toObject();
        QCOMPARE(goal.value(QStringLiteral("sessionsPerWeek")).toInt(), 3);
        QCOMPARE(goal.value(QStringLiteral("restDays")).toArray(), (QJsonArray{6, 7}));
    }

    void defaultPathAndUrls()
    {
        LearnerFixture f;
        MyData data(f.store.get());
        QVERIFY(data.defaultExportPath().endsWith(QStringLiteral(".json")));
        QVERIFY(data.defaultExportPath().contains(QStringLiteral("groundwork-export-")));
        const QString path = f.dir.filePath(QStringLiteral("via-url.json"));
        QCOMPARE(data.exportTo(QUrl::fromLocalFile(path).toString()), path);
        QVERIFY(QFile::exists(path));
    }

    void failingExportSaysWhy()
    {
        LearnerFixture f;
        MyData data(f.store.get());
        // A path below a regular file cannot be created.
        const QString blocker = f.dir.filePath(QStringLiteral("file"));
        QFile block(blocker);
        QVERIFY(block.open(QIODevice::WriteOnly));
        block.close();
        const QString result = data.exportTo(blocker + QStringLiteral("/inside/export.json"));
        QVERIFY(!data.lastExportOk());
        QVERIFY(!result.isEmpty());
        QCOMPARE(result, data.lastExportError());
        QCOMPARE(data.lastExportPath(), QString());
    }

    void deleteIsOnlyRequested()
    {
        LearnerFixture f;
        QVERIFY(f.playBar(QStringLiteral("own-bar")));
        MyData data(f.store.get());
        int handled = 0;
        QString refusal;
        data.setDeleteHandler([&](MyData::DeleteScope scope) {
            ++handled;
            return scope == MyData::DeleteScope::ThisDevice ? QString() : refusal;
        });
        QSignalSpy requested(&data, &MyData::deleteRequested);
        QVERIFY(data.requestDelete(MyData::DeleteScope::ThisDevice));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<MyData::DeleteScope>(), MyData::DeleteScope::ThisDevice);
        QCOMPARE(handled, 1);
        QCOMPARE(f.store->eventCount(), 1); // the shell deletes, not MyData

        // Everywhere only while signed in to a cohort server, and not when the shell cannot.
        QVERIFY(!data.canDeleteEverywhere());
        QVERIFY(!data.requestDelete(MyData::DeleteScope::Everywhere));
        QVERIFY(data.deleteError().contains(u"not signed in"));
        QCOMPARE(handled, 1);
        data.setJoinedSource([] { return true; });
        QVERIFY(data.canDeleteEverywhere());
        refusal = QStringLiteral("the queue could not be written");
        QVERIFY(!data.requestDelete(MyData::DeleteScope::Everywhere));
        QCOMPARE(data.deleteError(), refusal);
        QCOMPARE(requested.count(), 1);
        refusal.clear();
        QVERIFY(data.requestDelete(MyData::DeleteScope::Everywhere));
        QCOMPARE(requested.count(), 2);
        QCOMPARE(data.deleteError(), QString());
        QCOMPARE(data.serverState(), MyData::ServerState::Idle); // no queue given

        data.setStore(nullptr);
        QCOMPARE(data.eventCount(), 0);
        QCOMPARE(data.exportDocument().value(QStringLiteral("events")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMyData)
#include "tst_mydata.moc"
