// The local store: durability settings, events and outbox, privacy, migrations from every
// earlier schema, and refusing corrupt or newer files without touching them.
#include "learner/clock.h"
#include "learner/learnerstore.h"
#include "learner/migrations.h"
#include "learner/recorder.h"
#include "sqlfixture.h"
#include "testpack.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace groundwork::core;
using namespace groundwork::core::learner;
using namespace groundwork::core::learner::testing;

class TestLearnerStore : public QObject
{
    Q_OBJECT

private slots:
    void freshStoreUsesWalAndLatestSchema();
    void appendedEventsSurviveReopen();
    void privateEventsNeverEnterOutbox();
    void outboxTriggerRefusesPrivateEvents();
    void failedOutboxWriteLeavesNoEvent();
    void markSentAndImportAreIdempotent();
    void recorderRefusesUnknownContent();
    void eventsReadBackExactly();
    void upgradesFromEveryEarlierSchema_data();
    void upgradesFromEveryEarlierSchema();
    void failedMigrationRollsBack();
    void corruptFileIsRefusedAndKept_data();
    void corruptFileIsRefusedAndKept();
    void newerSchemaIsRefusedAndKept();
    void foreignDatabaseIsRefusedAndKept();

private:
    QString dbPath(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestLearnerStore::freshStoreUsesWalAndLatestSchema()
{
    const QString path = dbPath("fresh.db");
    auto opened = LearnerStore::open(path);
    QVERIFY2(opened.store, qPrintable(opened.message));
    QVERIFY(!opened.store->deviceId().isEmpty());
    const QString deviceId = opened.store->deviceId();
    QCOMPARE(queryOne(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(queryOne(path, QStringLiteral("PRAGMA user_version")).toInt(),
             Migrator::learnerSchema().latestVersion());
    {
        // Durability is a setting of the store's own connection: 2 is FULL (a commit syncs the WAL).
        QSqlQuery q(QSqlDatabase::database(opened.store->connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    opened.store.reset();
    auto again = LearnerStore::open(path);
    QVERIFY(again.store);
    QCOMPARE(again.store->deviceId(), deviceId);
}

void TestLearnerStore::appendedEventsSurviveReopen()
{
    const QString path = dbPath("append.db");
    auto pack = makeTestPack();
    ManualClock clock(1'750'000'000'000, 120);
    QStringList ids;
    {
        auto opened = LearnerStore::open(path);
        QVERIFY(opened.store);
        Recorder rec(*opened.store, pack, clock);
        int recordedCount = 0;
        connect(&rec, &Recorder::recorded, this, [&recordedCount] { ++recordedCount; });
        const auto attempt = Recorder::newAttemptId();
        const std::function<Recorder::Result()> actions[] = {
            [&] { return rec.lessonStarted(QStringLiteral("ready"), QStringLiteral("l1")); },
            [&] { return rec.quickCheckAnswered(QStringLiteral("l1"), 1); },
            [&] { return rec.lessonFinished(QStringLiteral("ready"), QStringLiteral("l1")); },
            [&] {
                return rec.drillDecision(attempt, QStringLiteral("handover"), QStringLiteral("h1"),
                                         QStringLiteral("pair"), 80);
            },
            [&] { return rec.goalChanged(3, {7, 6}); },
        };
        for (const auto &action : actions) {
            const auto r = action();
            QVERIFY2(r.ok, qPrintable(r.error));
            ids << r.event.id;
            clock.advance(1000);
        }
        QCOMPARE(recordedCount, 5);
    }
    auto opened = LearnerStore::open(path);
    QVERIFY(opened.store);
    const auto events = opened.store->events();
    QCOMPARE(events.size(), 5);
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].id, ids[i]);
        QCOMPARE(events[i].contentVersion, QStringLiteral("test-1"));
        QCOMPARE(events[i].utcOffsetMinutes, 120);
        QVERIFY(!events[i].isPrivate);
    }
    const auto decision = decodeDecision(events[3].payload);
    QVERIFY(decision);
    QCOMPARE(decision->optionId, QStringLiteral("pair"));
    QCOMPARE(decision->confidencePercent, 80);
    QVERIFY(decision->best); // pair: mean key 4.0, hand 4.0, do-it 1.5 -> tie for best
    QCOMPARE(decision->scores.size(), 2);
    QCOMPARE(decision->scores[0].dimensionId, QStringLiteral("delegation"));
    QCOMPARE(decision->scores[0].score, 0.75); // (4-1)/(5-1)
    QCOMPARE(decision->scores[1].score, 1.0);  // (4-2)/(4-2)
    const auto goal = decodeGoal(events[4].payload);
    QVERIFY(goal);
    QCOMPARE(goal->restDays, (QVector<int>{6, 7}));
    QCOMPARE(opened.store->outbox().size(), 5);
}

void TestLearnerStore::privateEventsNeverEnterOutbox()
{
    const QString path = dbPath("private.db");
    auto opened = LearnerStore::open(path);
    QVERIFY(opened.store);
    auto pack = makeTestPack();
    ManualClock clock(1'750'000'000'000);
    Recorder rec(*opened.store, pack, clock);
    const auto privateOne = rec.reflectionSaved(QStringLiteral("back"), QStringLiteral("b1"),
                                                QStringLiteral("I missed building things"));
    const auto unknownTrack = rec.reflectionSaved(QStringLiteral("no-such-track"),
                                                  QStringLiteral("x"), QStringLiteral("secret"));
    const auto publicOne = rec.reflectionSaved(QStringLiteral("choice"), QStringLiteral("c1"),
                                               QStringLiteral("influence"));
    QVERIFY(privateOne.ok && unknownTrack.ok && publicOne.ok);
    QVERIFY(privateOne.event.isPrivate);
    QVERIFY(unknownTrack.event.isPrivate);
    QVERIFY(!publicOne.event.isPrivate);

    const auto outbox = opened.store->outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox[0].id, publicOne.event.id);
    for (const auto &e : outbox)
        QVERIFY(!e.isPrivate);
    QCOMPARE(opened.store->events().size(), 3); // kept locally
    QCOMPARE(queryOne(path, QStringLiteral("SELECT count(*) FROM outbox o JOIN events e ON "
                                           "e.id = o.event_id WHERE e.private = 1")),
             QStringLiteral("0"));

    // Progress in a private track is private too: it would say who follows the track. A
    // quick check is private only when no public track lists its lesson.
    const auto back = QStringLiteral("back"), ready = QStringLiteral("ready");
    QVERIFY(rec.lessonStarted(back, QStringLiteral("lp")).event.isPrivate);
    QVERIFY(rec.lessonFinished(back, QStringLiteral("l3")).event.isPrivate);
    QVERIFY(!rec.lessonFinished(ready, QStringLiteral("l3")).event.isPrivate);
    QVERIFY(rec.lessonStarted(QStringLiteral("gone"), QStringLiteral("lp")).event.isPrivate);
    QVERIFY(!rec.lessonStarted(QStringLiteral("gone"), QStringLiteral("l1")).event.isPrivate);
    QVERIFY(rec.quickCheckAnswered(QStringLiteral("lp"), 1).event.isPrivate);
    QVERIFY(!rec.quickCheckAnswered(QStringLiteral("l3"), 1).event.isPrivate);
    QVERIFY(!rec.quickCheckAnswered(QStringLiteral("l1"), 0).event.isPrivate);
    QCOMPARE(opened.store->outbox().size(), 5); // the public reflection and the four public records

    // A drill that only a private track lists is private too; one in a public track is not.
    pb::ContentPack withPrivateDrill = pack->data();
    for (auto &track : *withPrivateDrill.mutable_tracks())
        if (track.id() == "back")
            track.add_items()->set_drill("flat");
    std::string bytes;
    withPrivateDrill.SerializeToString(&bytes);
    Recorder privateDrills(*opened.store, ContentPack::fromBytes(QByteArray::fromStdString(bytes)).pack, clock);
    QVERIFY(privateDrills.drillDecision(QStringLiteral("a1"), QStringLiteral("flat"), QStringLiteral("f1"),
                                        QStringLiteral("y")).event.isPrivate);
    QVERIFY(!privateDrills.drillDecision(QStringLiteral("a2"), QStringLiteral("handover"), QStringLiteral("h1"),
                                         QStringLiteral("pair")).event.isPrivate);
    QCOMPARE(opened.store->outbox().size(), 6);
}

void TestLearnerStore::outboxTriggerRefusesPrivateEvents()
{
    const QString path = dbPath("trigger.db");
    auto opened = LearnerStore::open(path);
    QVERIFY(opened.store);
    auto pack = makeTestPack();
    ManualClock clock(1'750'000'000'000);
    Recorder rec(*opened.store, pack, clock);
    const auto r = rec.reflectionSaved(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("x"));
    QVERIFY(r.ok);
    const QString result = queryOne(
        path, QStringLiteral("INSERT INTO outbox (event_id) VALUES ('%1')").arg(r.event.id));
    QVERIFY2(result.contains(QLatin1String("private events never enter the outbox")), qPrintable(result));
    QVERIFY(opened.store->outbox().isEmpty());
}

// The event and its outbox row are one transaction: when the outbox cannot be written (here
// a trigger refuses it, as a full disk would), the event is not kept either, and the caller
// hears why.
void TestLearnerStore::failedOutboxWriteLeavesNoEvent()
{
    const QString path = dbPath("atomic.db");
    auto opened = LearnerStore::open(path);
    QVERIFY(opened.store);
    auto pack = makeTestPack();
    ManualClock clock(1'750'000'000'000);
    Recorder rec(*opened.store, pack, clock);
    QVERIFY(rec.lessonStarted(QStringLiteral("ready"), QStringLiteral("l1")).ok);
    QCOMPARE(queryOne(path, QStringLiteral("CREATE TRIGGER no_room BEFORE INSERT ON outbox "
                                           "BEGIN SELECT RAISE(ABORT, 'no room left'); END")),
             QString());
    const auto refused = rec.lessonFinished(QStringLiteral("ready"), QStringLiteral("l1"));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("no room left")), qPrintable(refused.error));
    QCOMPARE(opened.store->eventCount(), 1);
    QCOMPARE(opened.store->outbox().size(), 1);
    QCOMPARE(queryOne(path, QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("1"));
    // Once it can be written again, the next answer is kept with its outbox row.
    QCOMPARE(queryOne(path, QStringLiteral("DROP TRIGGER no_room")), QString());
    QVERIFY(rec.lessonFinished(QStringLiteral("ready"), QStringLiteral("l1")).ok);
    QCOMPARE(opened.store->eventCount(), 2);
    QCOMPARE(opened.store->outbox().size(), 2);
}

void TestLearnerStore::markSentAndImportAreIdempotent()
{
    auto opened = LearnerStore::open(dbPath("sync.db"));
    QVERIFY(opened.store);
    auto &store = *opened.store;
    auto pack = makeTestPack();
    ManualClock clock(1'750'000'000'000);
    Recorder rec(store, pack, clock);
    const auto a = rec.lessonStarted(QStringLiteral("ready"), QStringLiteral("l1"));
    const auto b = rec.lessonFinished(QStringLiteral("ready"), QStringLiteral("l1"));
    QVERIFY(store.markSent({a.event.id}));
    QCOMPARE(store.outbox().size(), 1);
    QCOMPARE(store.outbox()[0].id, b.event.id);

    Event remote = a.event;
    remote.id = QStringLiteral("remote-1");
    remote.deviceId = QStringLiteral("phone");
    QCOMPARE(store.importEvents({remote, a.event}), 1); // a is already known
    QCOMPARE(store.importEvents({remote}), 0);
    QCOMPARE(store.events().size(), 3);
    QCOMPARE(store.outbox().size(), 1); // imported events are not re-sent

    QVERIFY(store.setSyncValue(QStringLiteral("cursor"), "42"));
    QCOMPARE(store.syncValue(QStringLiteral("cursor")), QByteArray("42"));
}

void TestLearnerStore::eventsReadBackExactly()
{
    // Text columns are read as their UTF-8 bytes: non-ASCII text, negative offsets and
    // repeated device ids must come back exactly, in fold order; a kind this app does not
    // know (from a newer app) is left out.
    const QString path = dbPath("readback.db");
    auto opened = LearnerStore::open(path);
    QVERIFY(opened.store);
    QVector<Event> in;
    for (int i = 0; i < 4; ++i) {
        Event e;
        e.id = QStringLiteral("ev-%1-é").arg(i);
        e.kind = i % 2 ? EventKind::LessonFinished : EventKind::DrillDecision;
        e.timeMs = 1'750'000'000'000 + (3 - i) * 1000; // stored newest first
        e.utcOffsetMinutes = -330 * i;
        e.deviceId = i < 2 ? QStringLiteral("tablet-ü") : QStringLiteral("phone");
        e.contentVersion = QStringLiteral("2026.11.0+ä%1").arg(i % 2);
        e.payload = QByteArray::fromHex("80");
        in << e;
    }
    QCOMPARE(opened.store->importEvents(in), 4);
    QCOMPARE(queryOne(path, QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("4"));
    const auto out = opened.store->events();
    QCOMPARE(out.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const Event &want = in[3 - i];
        QCOMPARE(out[i].id, want.id);
        QCOMPARE(out[i].kind, want.kind);
        QCOMPARE(out[i].timeMs, want.timeMs);
        QCOMPARE(out[i].utcOffsetMinutes, want.utcOffsetMinutes);
        QCOMPARE(out[i].deviceId, want.deviceId);
        QCOMPARE(out[i].contentVersion, want.contentVersion);
        QCOMPARE(out[i].payload, want.payload);
    }
    opened.store.reset();
    queryOne(path, QStringLiteral("UPDATE events SET kind = 'drill.someday' WHERE id = 'ev-0-é'"));
    QCOMPARE(queryOne(path, QStringLiteral("SELECT kind FROM events WHERE id = 'ev-0-é'")), QStringLiteral("drill.someday"));
    auto again = LearnerStore::open(path);
    QVERIFY(again.store);
    const auto known = again.store->events();
    QCOMPARE(known.size(), 3);
    for (const auto &e : known)
        QVERIFY(e.id != QStringLiteral("ev-0-é"));
}

void TestLearnerStore::recorderRefusesUnknownContent()
{
    auto opened = LearnerStore::open(dbPath("refuse.db"));
    QVERIFY(opened.store);
    ManualClock clock(1'750'000'000'000);
    Recorder rec(*opened.store, makeTestPack(), clock);
    const auto attempt = Recorder::newAttemptId();
    QVERIFY(!rec.drillDecision(attempt, QStringLiteral("handover"), QStringLiteral("h1"),
                               QStringLiteral("nope")).ok);
    QVERIFY(!rec.drillDecision(attempt, QStringLiteral("handover"), QStringLiteral("h1"),
                               QStringLiteral("pair"), 70).ok);
    QVERIFY(!rec.quickCheckAnswered(QStringLiteral("l1"), 5).ok);
    QVERIFY(!rec.goalChanged(0, {}).ok);
    QVERIFY(!rec.goalChanged(3, {1, 2, 3, 4, 5, 6, 7}).ok);
    QCOMPARE(opened.store->eventCount(), 0);
}

void TestLearnerStore::upgradesFromEveryEarlierSchema_data()
{
    QTest::addColumn<int>("version");
    const int latest = Migrator::learnerSchema().latestVersion();
    for (int v = 0; v < latest; ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestLearnerStore::upgradesFromEveryEarlierSchema()
{
    QFETCH(int, version);
    const QString path = dbPath(qPrintable(QStringLiteral("upgrade-%1.db").arg(version)));
    if (version == 0) {
        QFile empty(path); // an empty file is a valid, empty SQLite database
        QVERIFY(empty.open(QIODevice::WriteOnly));
    } else {
        QString error;
        const QString sql = QStringLiteral(GROUNDWORK_LEARNER_TEST_DATA "/schema_v%1.sql").arg(version);
        QVERIFY2(createDatabaseFromSql(path, sql, &error), qPrintable(error));
        QCOMPARE(queryOne(path, QStringLiteral("PRAGMA user_version")).toInt(), version);
    }

    auto opened = LearnerStore::open(path);
    QVERIFY2(opened.store, qPrintable(opened.message));
    QCOMPARE(queryOne(path, QStringLiteral("PRAGMA user_version")).toInt(),
             Migrator::learnerSchema().latestVersion());
    const auto events = opened.store->events();
    const auto outbox = opened.store->outbox();
    for (const auto &e : outbox)
        QVERIFY(!e.isPrivate);
    if (version == 0) {
        QVERIFY(events.isEmpty());
        return;
    }
    QCOMPARE(events.size(), version == 1 ? 2 : 3);
    QCOMPARE(events[0].kind, EventKind::LessonFinished);
    QCOMPARE(decodeLesson(events[0].payload)->lessonId, QStringLiteral("l1"));
    QCOMPARE(events[0].utcOffsetMinutes, version == 1 ? 0 : 60);
    QCOMPARE(events[1].kind, EventKind::ReflectionSaved);
    QVERIFY(events[1].isPrivate); // v1 reflections become private on upgrade
    QCOMPARE(decodeReflection(events[1].payload)->text, QStringLiteral("hi"));
    QCOMPARE(outbox.size(), version == 1 ? 1 : 2);

    // The upgraded store keeps working: new events append and the outbox guard is in place.
    ManualClock clock(1'750'000'000'000);
    Recorder rec(*opened.store, makeTestPack(), clock);
    QVERIFY(rec.lessonStarted(QStringLiteral("ready"), QStringLiteral("l2")).ok);
    QVERIFY(rec.reflectionSaved(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("x")).ok);
    QCOMPARE(opened.store->outbox().size(), outbox.size() + 1);
}

void TestLearnerStore::failedMigrationRollsBack()
{
    const QString path = dbPath("rollback.db");
    const Migrator broken({
        {1, QStringLiteral("ok"), {QStringLiteral("CREATE TABLE a (x INTEGER)")}},
        {2,
         QStringLiteral("breaks halfway"),
         {QStringLiteral("CREATE TABLE b (x INTEGER)"), QStringLiteral("INSERT INTO a VALUES (1)"),
          QStringLiteral("THIS IS NOT SQL")}},
    });
    auto opened = LearnerStore::open(path, broken);
    QVERIFY(!opened.store);
    QCOMPARE(opened.error, LearnerStore::OpenError::MigrationFailed);
    QVERIFY(opened.message.contains(QLatin1String("migration 2")));
    QCOMPARE(queryOne(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
    QCOMPARE(queryOne(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'b'")),
             QStringLiteral("0"));
    QCOMPARE(queryOne(path, QStringLiteral("SELECT count(*) FROM a")), QStringLiteral("0"));
}

void TestLearnerStore::corruptFileIsRefusedAndKept_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("damaged pages") << QStringLiteral("pages");
    QTest::newRow("truncated") << QStringLiteral("truncated");
}

void TestLearnerStore::corruptFileIsRefusedAndKept()
{
    QFETCH(QString, kind);
    const QString path = dbPath(qPrintable(QStringLiteral("corrupt-%1.db").arg(kind)));
    QByteArray bytes;
    if (kind == QLatin1String("random")) {
        bytes.resize(8192);
        QRandomGenerator gen(7);
        for (auto &b : bytes)
            b = char(gen.bounded(256));
    } else {
        // A real store with data, checkpointed into the main file, then damaged.
        const QString source = dbPath(qPrintable(QStringLiteral("source-%1.db").arg(kind)));
        {
            auto opened = LearnerStore::open(source);
            QVERIFY(opened.store);
            ManualClock clock(1'750'000'000'000);
            Recorder rec(*opened.store, makeTestPack(), clock);
            for (int i = 0; i < 120; ++i)
                QVERIFY(rec.reflectionSaved(QStringLiteral("choice"), QStringLiteral("c1"),
                                            QString(600, QLatin1Char('a' + i % 26))).ok);
        }
        queryOne(source, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        bytes = fileBytes(source);
        QVERIFY(bytes.size() > 8 * 4096);
        if (kind == QLatin1String("pages")) {
            for (qsizetype i = 4096 + 100; i < bytes.size() - 4096; i += 4096)
                for (int j = 0; j < 64; ++j)
                    bytes[i + j] = char(0xA5);
        } else {
            bytes.truncate(bytes.size() / 2 + 1000);
        }
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    auto opened = LearnerStore::open(path);
    QVERIFY(!opened.store);
    QCOMPARE(opened.error, LearnerStore::OpenError::Corrupt);
    QVERIFY2(opened.message.contains(QLatin1String("damaged")), qPrintable(opened.message));
    QVERIFY(opened.message.contains(QLatin1String("untouched")));
    QCOMPARE(fileBytes(path), bytes);
    QVERIFY(QFile::exists(path));
}

void TestLearnerStore::newerSchemaIsRefusedAndKept()
{
    const QString path = dbPath("newer.db");
    {
        auto opened = LearnerStore::open(path);
        QVERIFY(opened.store);
    }
    queryOne(path, QStringLiteral("PRAGMA user_version = 99"));
    queryOne(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray before = fileBytes(path);

    auto opened = LearnerStore::open(path);
    QVERIFY(!opened.store);
    QCOMPARE(opened.error, LearnerStore::OpenError::NewerSchema);
    QVERIFY2(opened.message.contains(QLatin1String("newer version")), qPrintable(opened.message));
    QVERIFY(opened.message.contains(QLatin1String("99")));
    QCOMPARE(fileBytes(path), before);
}

void TestLearnerStore::foreignDatabaseIsRefusedAndKept()
{
    const QString path = dbPath("foreign.db");
    queryOne(path, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
    const QByteArray before = fileBytes(path);
    auto opened = LearnerStore::open(path);
    QVERIFY(!opened.store);
    QCOMPARE(opened.error, LearnerStore::OpenError::CannotOpen);
    QCOMPARE(fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TestLearnerStore)
#include "tst_learnerstore.moc"
