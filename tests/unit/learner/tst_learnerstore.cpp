// The local store: durability settings, events and outbox, privacy, atomic appends and
// reading events back exactly. Opening existing files: tst_storeopening.cpp.
#include "learner/migrations.h"
#include "sqlfixture.h"
#include "storefixture.h"
#include "testpack.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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
    void syncValuesAreKeptAsWritten();
    void recorderRefusesUnknownContent();
    void eventsReadBackExactly();

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
            [&] { return rec.quickCheckAnswered(QStringLiteral("ready"), QStringLiteral("l1"), 1); },
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
    RecordingStore f(path);
    QVERIFY(f.recorder);
    Recorder &rec = *f.recorder;
    const auto privateOne = rec.reflectionSaved(QStringLiteral("back"), QStringLiteral("b1"),
                                                QStringLiteral("I missed building things"));
    const auto unknownTrack = rec.reflectionSaved(QStringLiteral("no-such-track"),
                                                  QStringLiteral("x"), QStringLiteral("secret"));
    const auto publicOne = rec.reflectionSaved(QStringLiteral("choice"), QStringLiteral("c1"),
                                               QStringLiteral("influence"));
    QVERIFY(privateOne.ok && unknownTrack.ok && publicOne.ok);
    // Every reflection is the learner's own writing: private whatever its track.
    QVERIFY(privateOne.event.isPrivate);
    QVERIFY(unknownTrack.event.isPrivate);
    QVERIFY(publicOne.event.isPrivate);

    QVERIFY(f.store().outbox().isEmpty());
    QCOMPARE(f.store().events().size(), 3); // kept locally
    QCOMPARE(queryOne(path, QStringLiteral("SELECT count(*) FROM outbox o JOIN events e ON "
                                           "e.id = o.event_id WHERE e.private = 1")),
             QStringLiteral("0"));

    // Progress in a private track is private too: it would say who follows the track. So is a
    // quick check answered within a private track, even of a lesson a public track lists too
    // ("l3"); without a known track, one whose lesson no public track lists.
    const auto back = QStringLiteral("back"), ready = QStringLiteral("ready");
    QVERIFY(rec.lessonStarted(back, QStringLiteral("lp")).event.isPrivate);
    QVERIFY(rec.lessonFinished(back, QStringLiteral("l3")).event.isPrivate);
    QVERIFY(!rec.lessonFinished(ready, QStringLiteral("l3")).event.isPrivate);
    QVERIFY(rec.lessonStarted(QStringLiteral("gone"), QStringLiteral("lp")).event.isPrivate);
    QVERIFY(!rec.lessonStarted(QStringLiteral("gone"), QStringLiteral("l1")).event.isPrivate);
    const auto checkInBack = rec.quickCheckAnswered(back, QStringLiteral("l3"), 1, 0);
    QVERIFY(checkInBack.ok);
    QVERIFY(checkInBack.event.isPrivate);
    QCOMPARE(decodeQuickCheck(checkInBack.event.payload)->trackId, back); // it carries its track
    const auto checkInReady = rec.quickCheckAnswered(ready, QStringLiteral("l3"), 1);
    QVERIFY(!checkInReady.event.isPrivate);
    QCOMPARE(decodeQuickCheck(checkInReady.event.payload)->trackId, ready);
    QCOMPARE(decodeQuickCheck(checkInReady.event.payload)->shownPosition, -1);
    QVERIFY(rec.quickCheckAnswered(QString(), QStringLiteral("lp"), 1).event.isPrivate);
    QVERIFY(rec.quickCheckAnswered(QStringLiteral("gone"), QStringLiteral("lp"), 1).event.isPrivate);
    QVERIFY(!rec.quickCheckAnswered(QString(), QStringLiteral("l1"), 0).event.isPrivate);
    QCOMPARE(f.store().outbox().size(), 4); // the four public records
    for (const auto &e : f.store().outbox())
        QVERIFY(!e.isPrivate);

    // A drill that only a private track lists is private too; one in a public track is not.
    pb::ContentPack withPrivateDrill = f.pack->wholePack();
    for (auto &track : *withPrivateDrill.mutable_tracks())
        if (track.id() == "back")
            track.add_items()->set_drill("flat");
    std::string bytes;
    withPrivateDrill.SerializeToString(&bytes);
    Recorder privateDrills(f.store(), ContentPack::fromBytes(QByteArray::fromStdString(bytes)).pack, f.clock);
    QVERIFY(privateDrills.drillDecision(QStringLiteral("a1"), QStringLiteral("flat"), QStringLiteral("f1"),
                                        QStringLiteral("y")).event.isPrivate);
    QVERIFY(!privateDrills.drillDecision(QStringLiteral("a2"), QStringLiteral("handover"), QStringLiteral("h1"),
                                         QStringLiteral("pair")).event.isPrivate);
    QCOMPARE(f.store().outbox().size(), 5);
}

void TestLearnerStore::outboxTriggerRefusesPrivateEvents()
{
    const QString path = dbPath("trigger.db");
    RecordingStore f(path);
    QVERIFY(f.recorder);
    const auto r = f.recorder->reflectionSaved(QStringLiteral("back"), QStringLiteral("b1"), QStringLiteral("x"));
    QVERIFY(r.ok);
    const QString result = queryOne(
        path, QStringLiteral("INSERT INTO outbox (event_id) VALUES ('%1')").arg(r.event.id));
    QVERIFY2(result.contains(QLatin1String("private events never enter the outbox")), qPrintable(result));
    QVERIFY(f.store().outbox().isEmpty());
}

// The event and its outbox row are one transaction: when the outbox cannot be written (here
// a trigger refuses it, as a full disk would), the event is not kept either, and the caller
// hears why.
void TestLearnerStore::failedOutboxWriteLeavesNoEvent()
{
    const QString path = dbPath("atomic.db");
    RecordingStore f(path);
    QVERIFY(f.recorder);
    Recorder &rec = *f.recorder;
    QVERIFY(rec.lessonStarted(QStringLiteral("ready"), QStringLiteral("l1")).ok);
    QCOMPARE(queryOne(path, QStringLiteral("CREATE TRIGGER no_room BEFORE INSERT ON outbox "
                                           "BEGIN SELECT RAISE(ABORT, 'no room left'); END")),
             QString());
    const auto refused = rec.lessonFinished(QStringLiteral("ready"), QStringLiteral("l1"));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("no room left")), qPrintable(refused.error));
    QCOMPARE(f.store().eventCount(), 1);
    QCOMPARE(f.store().outbox().size(), 1);
    QCOMPARE(queryOne(path, QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("1"));
    // Once it can be written again, the next answer is kept with its outbox row.
    QCOMPARE(queryOne(path, QStringLiteral("DROP TRIGGER no_room")), QString());
    QVERIFY(rec.lessonFinished(QStringLiteral("ready"), QStringLiteral("l1")).ok);
    QCOMPARE(f.store().eventCount(), 2);
    QCOMPARE(f.store().outbox().size(), 2);
}

void TestLearnerStore::markSentAndImportAreIdempotent()
{
    RecordingStore f(dbPath("sync.db"));
    QVERIFY(f.recorder);
    LearnerStore &store = f.store();
    Recorder &rec = *f.recorder;
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

// The store reads its sync values once and keeps them: what it reports after a write is what
// is on disk, a refused write changes neither, and a store opened later reads the same.
void TestLearnerStore::syncValuesAreKeptAsWritten()
{
    const QString path = dbPath("syncvalues.db");
    {
        auto opened = LearnerStore::open(path);
        QVERIFY(opened.store);
        LearnerStore &store = *opened.store;
        QVERIFY(store.setSyncValue(QStringLiteral("cursor"), "7")); // before the first read
        QCOMPARE(store.syncValue(QStringLiteral("cursor")), QByteArray("7"));
        QVERIFY(store.syncValue(QStringLiteral("token")).isEmpty());
        QVERIFY(store.setSyncValue(QStringLiteral("cursor"), "8")); // after it
        QVERIFY(store.setSyncValue(QStringLiteral("token"), "t1"));
        QCOMPARE(store.syncValue(QStringLiteral("cursor")), QByteArray("8"));
        QCOMPARE(store.syncValue(QStringLiteral("token")), QByteArray("t1"));
        QCOMPARE(queryOne(path, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")),
                 QStringLiteral("8"));
        // A write the database refuses is not reported as kept.
        QCOMPARE(queryOne(path, QStringLiteral("CREATE TRIGGER no_write BEFORE UPDATE ON sync_state "
                                               "BEGIN SELECT RAISE(ABORT, 'read only'); END")),
                 QString());
        QVERIFY(!store.setSyncValue(QStringLiteral("cursor"), "9"));
        QCOMPARE(store.syncValue(QStringLiteral("cursor")), QByteArray("8"));
        QCOMPARE(queryOne(path, QStringLiteral("DROP TRIGGER no_write")), QString());
    }
    auto reopened = LearnerStore::open(path);
    QVERIFY(reopened.store);
    QCOMPARE(reopened.store->syncValue(QStringLiteral("cursor")), QByteArray("8"));
    QCOMPARE(reopened.store->syncValue(QStringLiteral("token")), QByteArray("t1"));
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
    RecordingStore f(dbPath("refuse.db"));
    QVERIFY(f.recorder);
    Recorder &rec = *f.recorder;
    const auto attempt = Recorder::newAttemptId();
    QVERIFY(!rec.drillDecision(attempt, QStringLiteral("handover"), QStringLiteral("h1"),
                               QStringLiteral("nope")).ok);
    QVERIFY(!rec.drillDecision(attempt, QStringLiteral("handover"), QStringLiteral("h1"),
                               QStringLiteral("pair"), 70).ok);
    QVERIFY(!rec.quickCheckAnswered(QStringLiteral("ready"), QStringLiteral("l1"), 5).ok);
    QVERIFY(!rec.goalChanged(0, {}).ok);
    QVERIFY(!rec.goalChanged(3, {1, 2, 3, 4, 5, 6, 7}).ok);
    QCOMPARE(f.store().eventCount(), 0);
}

QTEST_GUILESS_MAIN(TestLearnerStore)
#include "tst_learnerstore.moc"
