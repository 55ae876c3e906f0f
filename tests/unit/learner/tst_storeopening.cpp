// Opening an existing store: the upgrade from every earlier schema, a failed migration rolled
// back, and corrupt, newer or foreign files refused and left exactly as they were.
#include "learner/migrations.h"
#include "sqlfixture.h"
#include "storefixture.h"
#include "testpack.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#define XXH_INLINE_ALL // header-only, as core/learner/learnerstore.cpp uses it
#include <xxhash.h>

using namespace groundwork::core;
using namespace groundwork::core::learner;
using namespace groundwork::core::learner::testing;

namespace {

// Opens `path` expecting a refusal: no store, the given error, and the file left byte for byte
// as it was. Returns the message, or a null string when any of that is not so.
QString refusal(const QString &path, LearnerStore::OpenError expected)
{
    const QByteArray before = fileBytes(path);
    const auto opened = LearnerStore::open(path);
    if (opened.store || opened.error != expected || !QFile::exists(path) || fileBytes(path) != before)
        return {};
    return opened.message.isNull() ? QStringLiteral("") : opened.message;
}

} // namespace

class TestStoreOpening : public QObject
{
    Q_OBJECT

private slots:
    void upgradesFromEveryEarlierSchema_data();
    void upgradesFromEveryEarlierSchema();
    void failedMigrationRollsBack();
    void corruptFileIsRefusedAndKept_data();
    void corruptFileIsRefusedAndKept();
    void newerSchemaIsRefusedAndKept();
    void foreignDatabaseIsRefusedAndKept();
    void snapshotChecksumIsXxh3();

private:
    QString dbPath(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestStoreOpening::upgradesFromEveryEarlierSchema_data()
{
    QTest::addColumn<int>("version");
    const int latest = Migrator::learnerSchema().latestVersion();
    for (int v = 0; v < latest; ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestStoreOpening::upgradesFromEveryEarlierSchema()
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

    // Migration 4: a snapshot of the derived state is kept with the position it covers, and
    // dropped in the same transaction as an event that sorts before that position.
    const LearnerStore::Snapshot kept{events.last().timeMs, events.last().deviceId, events.last().id,
                                      int(events.size()), QByteArray("derived")};
    QVERIFY(opened.store->saveSnapshot(kept));
    QString why;
    const auto read = opened.store->snapshot(&why);
    QVERIFY2(read, qPrintable(why));
    QCOMPARE(read->state, kept.state);
    QCOMPARE(read->eventCount, kept.eventCount);
    QCOMPARE(opened.store->eventsAfter(*read)->size(), 2); // the two recorded above
    QCOMPARE(read->followingEvents, 2);
    Event older = events.first();
    older.id = QStringLiteral("7f1c2a3e-0000-4000-8000-0000000000ff");
    older.deviceId = QStringLiteral("another-device");
    QCOMPARE(opened.store->importEvents({older}), 1);
    QVERIFY(!opened.store->snapshot());

    // The events a snapshot covers are counted (all of them less those after its position):
    // one that claims more or fewer than the store holds up to its position is refused.
    LearnerStore::Snapshot recounted = kept;
    recounted.eventCount = int(events.size()) + 1; // with the older event imported above
    QVERIFY(opened.store->saveSnapshot(recounted));
    QVERIFY2(opened.store->snapshot(&why), qPrintable(why));
    for (const int wrong : {recounted.eventCount - 1, recounted.eventCount + 1}) {
        recounted.eventCount = wrong;
        QVERIFY(opened.store->saveSnapshot(recounted));
        QVERIFY(!opened.store->snapshot(&why));
        QVERIFY(why.contains(QLatin1String("cover")));
    }
}

void TestStoreOpening::failedMigrationRollsBack()
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

void TestStoreOpening::corruptFileIsRefusedAndKept_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("damaged pages") << QStringLiteral("pages");
    QTest::newRow("truncated") << QStringLiteral("truncated");
}

void TestStoreOpening::corruptFileIsRefusedAndKept()
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
            RecordingStore f(source);
            QVERIFY(f.recorder);
            for (int i = 0; i < 120; ++i)
                QVERIFY(f.recorder->reflectionSaved(QStringLiteral("choice"), QStringLiteral("c1"),
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

    QCOMPARE(fileBytes(path), bytes);
    const QString message = refusal(path, LearnerStore::OpenError::Corrupt);
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("untouched")));

    // The app leaves the page-by-page check until after its first frame: opening then writes
    // nothing, and the check it runs before writing finds the same damage.
    {
        auto opened = LearnerStore::open(path, LearnerStore::IntegrityCheck::BeforeFirstWrite);
        if (opened.store) {
            const QString late = opened.store->integrityProblem();
            QVERIFY2(late.contains(QLatin1String("damaged")), qPrintable(late));
            QVERIFY(late.contains(QLatin1String("untouched")));
        } else {
            QCOMPARE(opened.error, LearnerStore::OpenError::Corrupt);
        }
    }
    QCOMPARE(fileBytes(path), bytes);
}

void TestStoreOpening::newerSchemaIsRefusedAndKept()
{
    const QString path = dbPath("newer.db");
    {
        auto opened = LearnerStore::open(path);
        QVERIFY(opened.store);
    }
    queryOne(path, QStringLiteral("PRAGMA user_version = 99"));
    queryOne(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString message = refusal(path, LearnerStore::OpenError::NewerSchema);
    QVERIFY2(message.contains(QLatin1String("newer version")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("99")));
}

void TestStoreOpening::foreignDatabaseIsRefusedAndKept()
{
    const QString path = dbPath("foreign.db");
    queryOne(path, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
    const QString message = refusal(path, LearnerStore::OpenError::CannotOpen);
    QVERIFY2(message.contains(QLatin1String("some other program")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestStoreOpening)
// The snapshot's checksum is XXH3-64 of its bytes (xxHash), big-endian, and a snapshot whose
// bytes no longer match it is refused, so the state is derived from the events again; so is
// one with an earlier build's 32-byte BLAKE2b checksum.
void TestStoreOpening::snapshotChecksumIsXxh3()
{
    // The library is the XXH3 the checksum is documented as: its published hash of no bytes.
    QCOMPARE(quint64(XXH3_64bits("", 0)), Q_UINT64_C(0x2D06800538D394C2));
    const QString path = dbPath("checksum.db");
    auto opened = LearnerStore::open(path);
    QVERIFY2(opened.store, qPrintable(opened.message));
    ManualClock clock(1'750'000'000'000);
    Recorder rec(*opened.store, makeTestPack(), clock);
    QVERIFY(rec.lessonStarted(QStringLiteral("ready"), QStringLiteral("l1")).ok);
    const Event last = opened.store->events().last();
    const auto checksum = [&] {
        return testing::queryOne(path, QStringLiteral("SELECT hex(checksum) FROM derived_snapshot WHERE id = 1"));
    };

    QByteArray state(64 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < state.size(); ++i)
        state[i] = char(QRandomGenerator::global()->bounded(256));
    QVERIFY(opened.store->saveSnapshot({last.timeMs, last.deviceId, last.id, 1, state}));
    QVERIFY(opened.store->snapshot());
    QCOMPARE(checksum(), QStringLiteral("%1").arg(quint64(XXH3_64bits(state.constData(), size_t(state.size()))), 16,
                                                  16, QLatin1Char('0')).toUpper());

    QByteArray damaged = state;
    damaged[40000] = char(damaged.at(40000) ^ 0x10); // one flipped bit
    testing::queryOne(path, QStringLiteral("UPDATE derived_snapshot SET state = x'%1' WHERE id = 1")
                                .arg(QString::fromLatin1(damaged.toHex())));
    QString why;
    QVERIFY(!opened.store->snapshot(&why));
    QVERIFY2(why.contains(QLatin1String("checksum")), qPrintable(why));

    QVERIFY(opened.store->saveSnapshot({last.timeMs, last.deviceId, last.id, 1, state}));
    QVERIFY(opened.store->snapshot());
    testing::queryOne(path, QStringLiteral("UPDATE derived_snapshot SET checksum = x'%1' WHERE id = 1")
                                .arg(QString::fromLatin1(
                                    QCryptographicHash::hash(state, QCryptographicHash::Blake2b_256).toHex())));
    why.clear();
    QVERIFY(!opened.store->snapshot(&why));
    QVERIFY2(why.contains(QLatin1String("checksum")), qPrintable(why));
}

#include "tst_storeopening.moc"
