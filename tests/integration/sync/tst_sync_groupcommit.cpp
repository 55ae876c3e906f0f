// Group commit (issue 19): uploads that arrive together are stored in one transaction, each
// answered only after it commits. A write that fails undoes only itself; a commit that fails
// answers every upload of its group with an error, stores none of them, leaves the next
// request working, and leaves the device's outbox holding what it sent. The failures are
// forced with triggers the test adds: one that refuses a write at once, and a deferred one
// that refuses only at COMMIT (SQLite: a deferred foreign key; PostgreSQL: a deferred
// constraint trigger). On both back ends.
//
// A serving SQLite store flushes its commits on a thread of its own (WalSyncer), and every
// answer waits for the flush that covers what was committed before it: the syncer's rules with a
// flush the test holds, its file flush on a real file, and the store's wiring.
#include "client/syncengine.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "inprocessserver.h"
#include "memoryoutbox.h"
#include "protocol/protocolversion.h"
#include "protocol/wirecodec.h"
#include "server/credentials.h"
#include "server/groupcommit.h"
#include "server/sqlstore.h"
#include "server/walsyncer.h"
#include "testbackends.h"

#include <QFile>
#include <QSemaphore>

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

// Events whose id starts with "broken" are refused as they are written; those whose id starts
// with "poison" are written, and refused when the transaction commits.
QStringList failureTriggers(const QString &backend)
{
    if (backend == u"sqlite")
        return {
            QStringLiteral("CREATE TRIGGER test_fail_write BEFORE INSERT ON events WHEN NEW.event_id LIKE 'broken%'"
                           " BEGIN SELECT RAISE(ABORT, 'write refused by the test'); END"),
            QStringLiteral("CREATE TABLE test_commit_gate (id TEXT PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE test_commit_blocked (event_id TEXT"
                           " REFERENCES test_commit_gate(id) DEFERRABLE INITIALLY DEFERRED)"),
            QStringLiteral("CREATE TRIGGER test_fail_commit AFTER INSERT ON events WHEN NEW.event_id LIKE 'poison%'"
                           " BEGIN INSERT INTO test_commit_blocked VALUES (NEW.event_id); END"),
        };
    return {
        QStringLiteral("CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN RAISE EXCEPTION 'refused by the test'; END $$"),
        QStringLiteral("CREATE TRIGGER test_fail_write BEFORE INSERT ON events FOR EACH ROW"
                       " WHEN (NEW.event_id LIKE 'broken%') EXECUTE FUNCTION test_refuse()"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER test_fail_commit AFTER INSERT ON events"
                       " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                       " WHEN (NEW.event_id LIKE 'poison%') EXECUTE FUNCTION test_refuse()"),
    };
}

QString dropCommitTrigger(const QString &backend)
{
    return backend == u"sqlite" ? QStringLiteral("DROP TRIGGER test_fail_commit")
                                : QStringLiteral("DROP TRIGGER test_fail_commit ON events");
}

void addFailureTriggers(Store &store, const QString &backend)
{
    auto *sql = dynamic_cast<SqlStore *>(&store);
    QVERIFY(sql);
    for (const QString &statement : failureTriggers(backend))
        sql->queryValue(statement);
}

WireEvent wireEvent(const QString &id)
{
    WireEvent e;
    e.id = id;
    e.deviceTimeMs = 1'700'000'000'000;
    e.kind = QStringLiteral("lesson.finished");
    e.contentVersion = QStringLiteral("2026.11.0+3f9a2c1d");
    e.payload = QByteArray("x");
    return e;
}

QByteArray uploadBody(const QStringList &ids)
{
    v1::UploadRequest r;
    r.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
    QList<WireEvent> events;
    for (const QString &id : ids)
        events << wireEvent(id);
    encodeEvents(events, r.mutable_events());
    return serialize(r);
}

// The service with a group commit, and a learner per upload to send.
struct Uploads
{
    explicit Uploads(Store &store) : service(store, clock, limiter), commits(store), provisioning(store, clock)
    {
        service.setGroupCommit(&commits);
        cohort = provisioning.createCohort(QStringLiteral("C"), QStringLiteral("L"), 3'600'000);
    }
    IssuedDevice learner(const QString &name)
    {
        return provisioning.createAccountWithDevice(cohort.cohort.id, Role::Learner, name, QStringLiteral("phone"));
    }
    // Sends every upload before the event loop runs, so they form one group; waits for all.
    QList<Reply> sendTogether(const QList<std::pair<IssuedDevice, QStringList>> &uploads)
    {
        QList<std::optional<Reply>> replies(uploads.size());
        for (qsizetype i = 0; i < uploads.size(); ++i)
            service.handleLater(QStringLiteral("/v1/upload"), uploads[i].first.token, uploadBody(uploads[i].second),
                                QStringLiteral("192.0.2.1"), {}, [&replies, i](Reply r) { replies[i] = std::move(r); });
        for (const auto &r : replies)
            if (r)
                qWarning("an upload was answered before its commit");
        (void)QTest::qWaitFor([&] { return std::all_of(replies.cbegin(), replies.cend(), [](const auto &r) { return r.has_value(); }); });
        QList<Reply> out;
        for (const auto &r : replies)
            out << r.value_or(Reply{0, {}, {}});
        return out;
    }

    FakeClock clock;
    RateLimiter limiter{clock, 100, 60'000};
    SyncService service;
    GroupCommit commits;
    Provisioning provisioning;
    NewCohort cohort;
};

std::optional<WireError> errorOf(const Reply &reply)
{
    if (reply.status == 200)
        return std::nullopt;
    const auto failure = decodeError(reply.body);
    return failure ? failure->code : WireError::Internal;
}

// A flush the test opens: each call waits for one permit, and counts.
struct HeldFlush
{
    QSemaphore started;
    QSemaphore permits;
    std::atomic<int> calls = 0;
    std::atomic<bool> succeed = true;
    WalSyncer::Flush flush()
    {
        return [this](QString *error) {
            ++calls;
            started.release();
            permits.acquire();
            if (!succeed && error)
                *error = QStringLiteral("held flush failed");
            return bool(succeed);
        };
    }
};

// Where a release went: not yet, on disk, or not.
enum class Released { No, OnDisk, Failed };
std::function<void(bool)> recordInto(Released &released)
{
    return [&released](bool onDisk) { released = onDisk ? Released::OnDisk : Released::Failed; };
}

} // namespace

class TestSyncGroupCommit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private slots:
    void initTestCase() { QVERIFY(credentials::initialise()); }

    // Uploads sent together are answered only after they commit, all in one group.
    void uploadsThatArriveTogetherCommitOnce_data() { addBackendRows(); }
    void uploadsThatArriveTogetherCommitOnce()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        Uploads uploads(*store);
        QList<std::pair<IssuedDevice, QStringList>> sent;
        for (int i = 0; i < 20; ++i)
            sent.append({uploads.learner(QStringLiteral("L%1").arg(i)), {QStringLiteral("e%1a").arg(i), QStringLiteral("e%1b").arg(i)}});
        // The same account twice in one group keeps its order and stores each event once.
        sent.append({sent[3].first, {QStringLiteral("e3b"), QStringLiteral("e3c")}});
        const QList<Reply> replies = uploads.sendTogether(sent);
        for (const Reply &r : replies)
            QCOMPARE(r.status, 200);
        QCOMPARE(uploads.commits.groupsCommitted(), quint64(1));
        QCOMPARE(uploads.commits.writesCommitted(), quint64(sent.size()));
        QCOMPARE(eventIdsHeld(*store, sent[0].first.accountId), (QStringList{QStringLiteral("e0a"), QStringLiteral("e0b")}));
        QCOMPARE(eventIdsHeld(*store, sent[3].first.accountId),
                 (QStringList{QStringLiteral("e3a"), QStringLiteral("e3b"), QStringLiteral("e3c")}));
        QCOMPARE(store->eventCount(sent[3].first.accountId), quint64(3));
    }

    // The uploads of a group are signed in together, each against the database as it is then:
    // a device revoked through another connection (another server process) is refused at its
    // next upload, as is an unknown token, and the group's other uploads commit.
    void uploadsSignedInTogetherSeeARevocationAtOnce_data() { addBackendRows(); }
    void uploadsSignedInTogetherSeeARevocationAtOnce()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        auto otherProcess = db.open();
        QVERIFY(otherProcess);
        Uploads uploads(*store);
        const IssuedDevice ada = uploads.learner(QStringLiteral("Ada")), bo = uploads.learner(QStringLiteral("Bo"));
        QList<Reply> replies = uploads.sendTogether({{ada, {QStringLiteral("a1")}}, {bo, {QStringLiteral("b1")}}});
        QCOMPARE(replies[0].status, 200);
        QCOMPARE(replies[1].status, 200);

        QVERIFY(otherProcess->revokeDevice(bo.deviceId, 5));
        IssuedDevice stranger = ada;
        stranger.token = QStringLiteral("not-a-token-of-this-server");
        replies = uploads.sendTogether({{ada, {QStringLiteral("a2")}},
                                        {bo, {QStringLiteral("b2")}},
                                        {stranger, {QStringLiteral("s1")}},
                                        {ada, {QStringLiteral("a3")}}});
        QCOMPARE(replies[0].status, 200);
        QCOMPARE(errorOf(replies[1]), WireError::Unauthorized);
        QCOMPARE(errorOf(replies[2]), WireError::Unauthorized);
        QCOMPARE(replies[3].status, 200);
        QCOMPARE(eventIdsHeld(*store, ada.accountId),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}));
        QCOMPARE(eventIdsHeld(*store, bo.accountId), QStringList{QStringLiteral("b1")});
    }

    // A write refused by the database undoes only itself: the group's other uploads commit,
    // and a quota refusal in the same group is answered as such.
    void aWriteThatFailsFailsAlone_data() { addBackendRows(); }
    void aWriteThatFailsFailsAlone()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        addFailureTriggers(*store, backend);
        Uploads uploads(*store);
        const IssuedDevice ada = uploads.learner(QStringLiteral("Ada")), bo = uploads.learner(QStringLiteral("Bo")),
                           cy = uploads.learner(QStringLiteral("Cy"));
        // Bo's upload writes a first row, then meets the refusal: neither row stays.
        const QList<Reply> replies = uploads.sendTogether(
            {{ada, {QStringLiteral("a1")}}, {bo, {QStringLiteral("b1"), QStringLiteral("broken-b2")}}, {cy, {QStringLiteral("c1")}}});
        QCOMPARE(replies[0].status, 200);
        QCOMPARE(errorOf(replies[1]), WireError::Internal);
        QCOMPARE(replies[2].status, 200);
        QCOMPARE(eventIdsHeld(*store, ada.accountId), QStringList{QStringLiteral("a1")});
        QCOMPARE(eventIdsHeld(*store, bo.accountId), QStringList());
        QCOMPARE(store->eventCount(bo.accountId), quint64(0));
        QCOMPARE(store->storedBytes(bo.accountId), quint64(0));
        QCOMPARE(eventIdsHeld(*store, cy.accountId), QStringList{QStringLiteral("c1")});
    }

    // The commit itself fails: every upload of the group is answered with an error, none of
    // them is stored (not even the rows that were written), and the next group commits.
    void aFailedCommitStoresNothingOfItsGroup_data() { addBackendRows(); }
    void aFailedCommitStoresNothingOfItsGroup()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        addFailureTriggers(*store, backend);
        Uploads uploads(*store);
        const IssuedDevice ada = uploads.learner(QStringLiteral("Ada")), bo = uploads.learner(QStringLiteral("Bo"));
        const QList<Reply> failed = uploads.sendTogether(
            {{ada, {QStringLiteral("a1"), QStringLiteral("a2")}}, {bo, {QStringLiteral("poison-b1")}}});
        QCOMPARE(errorOf(failed[0]), WireError::Internal);
        QCOMPARE(errorOf(failed[1]), WireError::Internal);
        QCOMPARE(uploads.commits.groupsCommitted(), quint64(0));
        QCOMPARE(eventIdsHeld(*store, ada.accountId), QStringList());
        QCOMPARE(eventIdsHeld(*store, bo.accountId), QStringList());
        QCOMPARE(store->eventCount(ada.accountId), quint64(0));

        // The connection is usable, outside any transaction: the retry commits.
        const QList<Reply> retried = uploads.sendTogether({{ada, {QStringLiteral("a1"), QStringLiteral("a2")}}});
        QCOMPARE(retried[0].status, 200);
        QCOMPARE(eventIdsHeld(*store, ada.accountId), (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
        QCOMPARE(store->eventCount(ada.accountId), quint64(2));
    }

    // End to end over HTTP with the app's sync engine: the failed commit reaches the device
    // as a temporary failure, its outbox still holds the event, another device's next upload
    // works, and once the database accepts it again the event arrives exactly once.
    void theOutboxKeepsWhatAFailedCommitLost_data() { addBackendRows(); }
    void theOutboxKeepsWhatAFailedCommitLost()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        InProcessServer server(*store, false);
        QVERIFY(server.listening());
        addFailureTriggers(*store, backend);
        const NewCohort cohort = server.provisioning().createCohort(QStringLiteral("C"), QStringLiteral("L"), 3'600'000);
        const IssuedDevice ada = server.provisioning().createAccountWithDevice(cohort.cohort.id, Role::Learner,
                                                                                QStringLiteral("Ada"), QStringLiteral("phone"));
        const IssuedDevice bo = server.provisioning().createAccountWithDevice(cohort.cohort.id, Role::Learner,
                                                                               QStringLiteral("Bo"), QStringLiteral("phone"));
        QNetworkAccessManager network;
        SyncTuning tuning;
        tuning.backoffBaseMs = 60'000; // the test says when to retry
        tuning.backoffCapMs = 60'000;
        const auto engineFor = [&](MemoryOutbox &box, const IssuedDevice &device) {
            return std::make_unique<SyncEngine>(box, network,
                                                SyncEndpoint{server.url(), device.token, {}, QStringLiteral("test"),
                                                             kReadableProtocolVersion},
                                                tuning, [] { return 0.5; });
        };
        MemoryOutbox adaBox, boBox;
        adaBox.record(wireEvent(QStringLiteral("poison-a1")));
        boBox.record(wireEvent(QStringLiteral("b1")));
        auto adaEngine = engineFor(adaBox, ada), boEngine = engineFor(boBox, bo);

        adaEngine->syncNow();
        QTRY_COMPARE(adaEngine->state(), SyncEngine::State::WaitingToRetry);
        QCOMPARE(adaBox.pendingCount(), 1); // not acknowledged, so still to send
        QCOMPARE(adaBox.acknowledged, 0);
        QCOMPARE(eventIdsHeld(*store, ada.accountId), QStringList());
        QVERIFY2(!adaEngine->errorText().isEmpty(), "the device says why");

        boEngine->syncNow();
        QTRY_COMPARE(boEngine->state(), SyncEngine::State::Idle);
        QCOMPARE(boBox.pendingCount(), 0);
        QCOMPARE(eventIdsHeld(*store, bo.accountId), QStringList{QStringLiteral("b1")});

        dynamic_cast<SqlStore &>(*store).queryValue(dropCommitTrigger(backend));
        adaEngine->syncNow();
        QTRY_COMPARE(adaEngine->state(), SyncEngine::State::Idle);
        QCOMPARE(adaBox.pendingCount(), 0);
        QCOMPARE(eventIdsHeld(*store, ada.accountId), QStringList{QStringLiteral("poison-a1")});
    }

    // Nothing committed since the last flush: released at once, with no flush.
    void durableAnswersNeedNoFlushWhenNothingIsNew()
    {
        HeldFlush held;
        QObject context;
        WalSyncer syncer(held.flush(), &context);
        Released released = Released::No;
        syncer.whenDurable(recordInto(released));
        QCOMPARE(released, Released::OnDisk);
        QCOMPARE(held.calls.load(), 0);
    }

    // An answer waits for a flush that began after the commits made before it; a commit made
    // while that flush runs waits for the next one.
    void answersWaitForTheFlushOfTheirCommits()
    {
        HeldFlush held;
        QObject context;
        Released first = Released::No, second = Released::No;
        {
            WalSyncer syncer(held.flush(), &context);
            syncer.committed();
            syncer.whenDurable(recordInto(first));
            QVERIFY(held.started.tryAcquire(1, 5000)); // the first flush runs, held
            syncer.committed();
            syncer.whenDurable(recordInto(second));
            QTest::qWait(20);
            QCOMPARE(first, Released::No);
            held.permits.release(); // the first flush returns
            QTRY_COMPARE(first, Released::OnDisk);
            QCOMPARE(second, Released::No);
            QVERIFY(held.started.tryAcquire(1, 5000)); // the second flush runs, for the second commit
            held.permits.release();
            QTRY_COMPARE(second, Released::OnDisk);
            QCOMPARE(held.calls.load(), 2);
            held.permits.release(100); // whatever the destructor flushes
        }
    }

    // A flush that fails fails the answers waiting for it and every answer after, at once.
    void aFailedFlushFailsEveryAnswerFromThenOn()
    {
        HeldFlush held;
        held.succeed = false;
        held.permits.release(100);
        QObject context;
        WalSyncer syncer(held.flush(), &context);
        Released waiting = Released::No, later = Released::No;
        syncer.committed();
        syncer.whenDurable(recordInto(waiting));
        QTRY_COMPARE(waiting, Released::Failed);
        syncer.whenDurable(recordInto(later)); // nothing new committed, yet no longer trusted
        QCOMPARE(later, Released::Failed);
    }

    // The file flush: on a real file; again after the file was replaced (SQLite makes a new log
    // after its last connection closed); and a clear error when there is no file.
    void theFileFlushFollowsTheFileAtItsPath()
    {
        const QString path = m_scratch.filePath(QStringLiteral("flushed-wal"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("frames");
        file.close();
        const WalSyncer::Flush flush = WalSyncer::fileFlush(path);
        QString error;
        QVERIFY2(flush(&error), qPrintable(error));
        QVERIFY(QFile::remove(path));
        QVERIFY2(!flush(&error), "a flush of a file no longer there");
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        error.clear();
        QVERIFY2(flush(&error), qPrintable(error));
    }

    // The serving store: commits without a flush of their own (synchronous=NORMAL) while the
    // syncer runs, counts every commit, a write outside any transaction too, and answers wait
    // for the syncer; stopped, each commit flushes itself again (FULL).
    void aServingSqliteStoreFlushesOffTheWritersThread()
    {
        FreshDatabase db(QStringLiteral("sqlite"), m_scratch.path());
        auto store = db.open();
        QVERIFY(store);
        auto &sql = static_cast<SqlStore &>(*store);
        QObject context;
        store->syncInBackground(&context);
        QCOMPARE(sql.queryValue(QStringLiteral("PRAGMA synchronous")).toInt(), 1);
        Released idle = Released::No;
        store->whenDurable(recordInto(idle));
        QCOMPARE(idle, Released::OnDisk);

        Released afterTransaction = Released::No;
        store->transaction([&] {
            store->recordJoin(QStringLiteral("192.0.2.1"), 1);
            return true;
        });
        store->whenDurable(recordInto(afterTransaction));
        QCOMPARE(afterTransaction, Released::No); // a flush is due
        QTRY_COMPARE(afterTransaction, Released::OnDisk);

        Released afterSingleWrite = Released::No;
        store->recordCodeFailure(QStringLiteral("192.0.2.1"), 2); // its own implicit transaction
        store->whenDurable(recordInto(afterSingleWrite));
        QCOMPARE(afterSingleWrite, Released::No);
        QTRY_COMPARE(afterSingleWrite, Released::OnDisk);

        // Through the service: an upload is answered after its flush, and so is a download
        // that follows commits not yet flushed (it answers at once otherwise).
        Uploads uploads(*store);
        const IssuedDevice ada = uploads.learner(QStringLiteral("Ada"));
        const QList<Reply> stored = uploads.sendTogether({{ada, {QStringLiteral("a1")}}});
        QCOMPARE(stored.value(0).status, 200);
        store->recordCodeFailure(QStringLiteral("192.0.2.1"), 4);
        v1::DownloadRequest download;
        download.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
        std::optional<Reply> downloaded;
        uploads.service.handleLater(QStringLiteral("/v1/download"), ada.token, serialize(download),
                                    QStringLiteral("192.0.2.1"), {}, [&downloaded](Reply r) { downloaded = std::move(r); });
        QVERIFY2(!downloaded, "answered before the commit before it was on disk");
        QTRY_VERIFY(downloaded.has_value());
        QCOMPARE(downloaded->status, 200);

        store->syncInBackground(nullptr);
        QCOMPARE(sql.queryValue(QStringLiteral("PRAGMA synchronous")).toInt(), 2);
        store->recordCodeFailure(QStringLiteral("192.0.2.1"), 3);
        Released stopped = Released::No;
        store->whenDurable(recordInto(stopped));
        QCOMPARE(stopped, Released::OnDisk);
    }
};

QTEST_GUILESS_MAIN(TestSyncGroupCommit)
#include "tst_sync_groupcommit.moc"
