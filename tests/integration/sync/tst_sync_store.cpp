// The storage contract, run on both back ends (SQLite and PostgreSQL).
#include "server/credentials.h"
#include "server/migrations.h"
#include "server/sqlstore.h"
#include "server/storefactory.h"
#include "testbackends.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace groundwork::sync {
char *toString(const ProfileChoice &c) // for QCOMPARE's failure messages
{
    return QTest::toString(QStringLiteral("{shared %1, chosen at %2}").arg(c.shared).arg(c.chosenAtMs));
}
} // namespace groundwork::sync

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

// 6: sealed events, device keys, link keyrings (protocol 3); 7: group figures; 8: cohort roles;
// 9: account usage counters and join sources; 10: recovery keys; 11: a public track's id beside
// its completion milestone; 12: usage counters kept by the SQLite event writer, not triggers,
// seq without AUTOINCREMENT (SQLite), and the credential generation; 13 (PostgreSQL only): no
// foreign key from events to accounts.
int latestVersion(const QString &backend)
{
    return backend == u"sqlite" ? 12 : 13;
}

// A store of `backend` at `spec` migrated only up to `version` (the schema an older server
// left behind). Null, with a warning, when it cannot be opened.
std::unique_ptr<SqlStore> openAtVersion(const QString &backend, const QString &spec, int version,
                                        const QString &connection, const QList<Migration> &later = {})
{
    QSqlDatabase db;
    if (backend == u"sqlite") {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(spec);
        if (!db.open())
            return nullptr;
    } else {
        const QUrl url(spec);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        const QString schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("SET client_min_messages TO warning"))
            || !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema))
            || !q.exec(QStringLiteral("SET search_path TO %1").arg(schema))) {
            qWarning("cannot open %s: %s", qPrintable(spec), qPrintable(db.lastError().text()));
            return nullptr;
        }
    }
    QList<Migration> upTo;
    for (const Migration &m : backend == u"sqlite" ? sqliteMigrations() : postgresMigrations())
        if (m.version <= version)
            upTo.append(m);
    return std::make_unique<SqlStore>(db, backend, upTo + later);
}

WireEvent ev(const QString &id, qint64 t = 1)
{
    return WireEvent{id, t, QStringLiteral("lesson.finished"), QStringLiteral("2026.11.0+3f9a2c1d"), QByteArray("payload-") + id.toUtf8(), false,
                     QStringLiteral("device-a"), 120, 0, {}, 0, 0, {}};
}

QStringList ids(const EventPage &page)
{
    QStringList out;
    for (const auto &s : page.events)
        out << s.event.id;
    return out;
}

} // namespace

class TestSyncStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

    // A cohort with one learner holding two devices.
    struct World
    {
        Cohort cohort{QStringLiteral("c_1"), QStringLiteral("Cohort one"), 2'000'000'000'000};
        Account learner{QStringLiteral("a_1"), QStringLiteral("c_1"), Role::Learner, QStringLiteral("Ada")};
    };

    void seed(Store &store, const World &w)
    {
        store.createCohort(w.cohort, credentials::hashSecret(QStringLiteral("INVITE")));
        store.createAccount(w.learner, 1);
        store.createDevice(QStringLiteral("d_phone"), w.learner.id, QStringLiteral("phone"),
                           credentials::hashSecret(QStringLiteral("tok-phone")), 1);
        store.createDevice(QStringLiteral("d_laptop"), w.learner.id, QStringLiteral("laptop"),
                           credentials::hashSecret(QStringLiteral("tok-laptop")), 1);
    }

    // One commit of 20 events of 400 bytes for the learner (the log tests' unit of writing).
    static bool commitRound(Store &store, const World &w, int round)
    {
        QList<WireEvent> batch;
        for (int i = 0; i < 20; ++i) {
            WireEvent e = ev(QStringLiteral("round-%1-%2").arg(round).arg(i));
            e.payload = QByteArray(400, 'x');
            batch.append(e);
        }
        return store.transaction([&] {
            store.storeEvents(w.learner.id, QStringLiteral("d_phone"), batch, 10);
            return true;
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(credentials::initialise());
        QVERIFY(m_scratch.isValid());
    }

    void migrations_data() { backends(); }
    void migrations()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        {
            auto store = db.open();
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), latestVersion(backend));
            QCOMPARE(store->backendName(), backend);
            store->createCohort(World().cohort, QByteArray("h"));
        }
        // Reopening applies nothing twice and keeps the data.
        auto again = db.open();
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), latestVersion(backend));
        QVERIFY(again->cohort(QStringLiteral("c_1")).has_value());
    }

    // A version-2 SQLite file (integer content versions) keeps its events through migration 3.
    void migrationThreeKeepsEvents()
    {
        const QString path = m_scratch.filePath(QStringLiteral("v2.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            SqlStore v2(db, QStringLiteral("sqlite"), sqliteMigrations().mid(0, 2));
            QCOMPARE(v2.schemaVersion(), 2);
            World w;
            seed(v2, w);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO events (account_id, event_id, device_id, device_time_ms, kind,"
                " content_version, payload, received_ms)"
                " VALUES ('a_1', 'old', 'd_phone', 5, 'lesson.finished', 7, x'01', 6)")));
        }
        QString error;
        auto store = openStore(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), latestVersion(QStringLiteral("sqlite")));
        const auto page = store->eventsForOtherDevices(QStringLiteral("a_1"), QStringLiteral("d_laptop"), 0, 10);
        QCOMPARE(page.events.size(), 1);
        QCOMPARE(page.events.first().event.contentVersion, QStringLiteral("7"));
        QCOMPARE(page.events.first().event.originDevice, QString());
        // New events continue the sequence after the old ones.
        store->storeEvents(QStringLiteral("a_1"), QStringLiteral("d_phone"), {ev("new")}, 7);
        const auto after = store->eventsForOtherDevices(QStringLiteral("a_1"), QStringLiteral("d_laptop"),
                                                        page.events.first().seq, 10);
        QCOMPARE(after.events.size(), 1);
        QCOMPARE(after.events.first().event, ev("new"));
    }

    // Every earlier schema (an empty database included) migrates to the latest one on both
    // back ends; a profile shared before choice times were kept stays shared, with no time, so
    // any choice made since wins over it.
    void migrationFromEveryEarlierSchema_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("from");
        for (const QString &b : backendNames()) {
            QTest::addRow("%s from 0", qPrintable(b)) << b << 0;
            // Every version a database can be at (the numbers may have gaps).
            for (const Migration &m : b == u"sqlite" ? sqliteMigrations() : postgresMigrations())
                if (m.version < latestVersion(b))
                    QTest::addRow("%s from %d", qPrintable(b), m.version) << b << m.version;
        }
    }
    void migrationFromEveryEarlierSchema()
    {
        QFETCH(QString, backend);
        QFETCH(int, from);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        World w;
        {
            auto old = openAtVersion(backend, db.spec(), from,
                                     QStringLiteral("old-%1-%2").arg(backend).arg(from));
            QVERIFY(old);
            QCOMPARE(old->schemaVersion(), from);
            if (from >= 1) {
                seed(*old, w);
                old->setSharedProfile(w.learner.id, QByteArray("old copy"));
            }
            if (from >= 6) { // the events table as the store wrote it from schema 6 to 10
                const WireEvent e = ev("before");
                QSqlQuery q(QSqlDatabase::database(QStringLiteral("old-%1-%2").arg(backend).arg(from)));
                q.prepare(QStringLiteral("INSERT INTO events (account_id, event_id, device_id, device_time_ms, kind,"
                                         " content_version, payload, received_ms, origin_device, utc_offset_min,"
                                         " epoch, sealed, coarse_kind, utc_day)"
                                         " VALUES (?, ?, 'd_phone', ?, ?, ?, ?, 5, ?, ?, 0, NULL, 0, 0)"));
                for (const QVariant &v : QVariantList{w.learner.id, e.id, e.deviceTimeMs, e.kind, e.contentVersion,
                                                      e.payload, e.originDevice, e.utcOffsetMinutes})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        auto store = db.open();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), latestVersion(backend));
        if (from == 0)
            seed(*store, w);
        if (from >= 1) {
            QCOMPARE(store->profileChoice(w.learner.id), (ProfileChoice{true, 0}));
            QCOMPARE(store->cohortMembers(w.cohort.id).value(0).sharedProfile.value_or(QByteArray()),
                     QByteArray("old copy"));
        } else {
            QCOMPARE(store->profileChoice(w.learner.id), (ProfileChoice{false, 0}));
        }
        // The choice column works after the upgrade: a choice with a time applies.
        QCOMPARE(store->chooseProfileSharing(w.learner.id, std::nullopt, 1'000), (ProfileChoice{false, 1'000}));
        QVERIFY(!store->cohortMembers(w.cohort.id).value(0).sharedProfile);
        // The usage counters (9) start from what the account held before the upgrade.
        const quint64 before = from >= 6 ? 1 : 0;
        QCOMPARE(quint64(eventIdsHeld(*store, w.learner.id).size()), before);
        QCOMPARE(store->eventCount(w.learner.id), before);
        QCOMPARE(store->storedBytes(w.learner.id), before * quint64(ev("before").payload.size()));
        // Events are stored and read back in the latest schema.
        store->storeEvents(w.learner.id, QStringLiteral("d_phone"), {ev("after")}, 7);
        QCOMPARE(store->eventCount(w.learner.id), before + 1);
        const QStringList expected = from >= 6 ? QStringList{QStringLiteral("before"), QStringLiteral("after")}
                                               : QStringList{QStringLiteral("after")};
        QCOMPARE(ids(store->eventsForOtherDevices(w.learner.id, QStringLiteral("d_laptop"), 0, 10)), expected);
        // A public track's milestone (migration 11): its track id kept in clear beside it,
        // read back by download and counted for the lead; none before.
        QVERIFY(store->cohortTrackCompletions(w.cohort.id).isEmpty());
        WireEvent milestone{QStringLiteral("track-completed.ready-to-lead"), 0, {}, {}, {}, false, {}, 0,
                            1, QByteArray("sealed"), 6, 20'400, QStringLiteral("ready-to-lead")};
        store->storeEvents(w.learner.id, QStringLiteral("d_phone"), {milestone}, 8);
        const auto completions = store->cohortTrackCompletions(w.cohort.id);
        QCOMPARE(completions.size(), 1);
        QCOMPARE(completions[0].accountId, w.learner.id);
        QCOMPARE(completions[0].trackId, QStringLiteral("ready-to-lead"));
        QCOMPARE(completions[0].day, qint64(20'400));
        const EventPage page = store->eventsForOtherDevices(w.learner.id, QStringLiteral("d_laptop"), 0, 10);
        QCOMPARE(page.events.constLast().event.publicTrackId, QStringLiteral("ready-to-lead"));
        // The cohort's role (migration 8): none at first, each save a new version.
        QVERIFY(!store->cohortRole(w.cohort.id));
        QCOMPARE(store->saveCohortRole(w.cohort.id, QByteArray("first"), 10).version, 1u);
        QCOMPARE(store->saveCohortRole(w.cohort.id, QByteArray("second"), 20).version, 2u);
        const auto role = store->cohortRole(w.cohort.id);
        QCOMPARE(role->version, 2u);
        QCOMPARE(role->changedMs, qint64(20));
        QCOMPARE(role->role, QByteArray("second"));
    }

    // One sharing choice per account, whichever device made it: the last one made wins; an
    // older one arriving late changes nothing; the same choice again replaces the copy.
    void profileChoiceLastMadeWins_data() { backends(); }
    void profileChoiceLastMadeWins()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        const auto copy = [&] { return store->cohortMembers(w.cohort.id).value(0).sharedProfile; };
        QCOMPARE(store->profileChoice(w.learner.id), (ProfileChoice{false, 0}));
        QVERIFY(!copy());

        QCOMPARE(store->chooseProfileSharing(w.learner.id, QByteArray("p1"), 100), (ProfileChoice{true, 100}));
        QCOMPARE(copy().value_or(QByteArray()), QByteArray("p1"));
        // A fresh copy of the same choice replaces the old copy.
        QCOMPARE(store->chooseProfileSharing(w.learner.id, QByteArray("p2"), 100), (ProfileChoice{true, 100}));
        QCOMPARE(copy().value_or(QByteArray()), QByteArray("p2"));
        // A withdrawal made before that share, arriving late: not applied.
        QCOMPARE(store->chooseProfileSharing(w.learner.id, std::nullopt, 99), (ProfileChoice{true, 100}));
        QCOMPARE(copy().value_or(QByteArray()), QByteArray("p2"));
        // A later withdrawal deletes the copy; an older share arriving after it does not return.
        QCOMPARE(store->chooseProfileSharing(w.learner.id, std::nullopt, 200), (ProfileChoice{false, 200}));
        QVERIFY(!copy());
        QCOMPARE(store->chooseProfileSharing(w.learner.id, QByteArray("p0"), 150), (ProfileChoice{false, 200}));
        QVERIFY(!copy());
        QCOMPARE(store->profileChoice(w.learner.id), (ProfileChoice{false, 200}));
        // Empty bytes are still a copy (shared), not a withdrawal.
        QCOMPARE(store->chooseProfileSharing(w.learner.id, QByteArray(""), 300), (ProfileChoice{true, 300}));
        QCOMPARE(store->profileChoice(QStringLiteral("nobody")), ProfileChoice{});
    }

    void identity_data() { backends(); }
    void identity()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);

        QCOMPARE(store->cohortByInvite(credentials::hashSecret(QStringLiteral("INVITE")))->id, w.cohort.id);
        QVERIFY(!store->cohortByInvite(credentials::hashSecret(QStringLiteral("WRONG"))));

        auto phone = store->deviceByToken(credentials::hashSecret(QStringLiteral("tok-phone")));
        QVERIFY(phone);
        QCOMPARE(phone->deviceId, QStringLiteral("d_phone"));
        QCOMPARE(phone->account.id, w.learner.id);
        QCOMPARE(phone->account.role, Role::Learner);
        QCOMPARE(phone->account.cohortId, w.cohort.id);
        QCOMPARE(store->deviceAccount(QStringLiteral("d_laptop")).value_or(QString()), w.learner.id);

        QVERIFY(store->revokeDevice(QStringLiteral("d_phone"), 5));
        QVERIFY(!store->revokeDevice(QStringLiteral("d_phone"), 6)); // already revoked
        QVERIFY(!store->deviceByToken(credentials::hashSecret(QStringLiteral("tok-phone"))));
        QVERIFY(store->deviceByToken(credentials::hashSecret(QStringLiteral("tok-laptop"))));

        QVERIFY(store->rememberNonce(QByteArray(16, 'n'), 1));
        QVERIFY(!store->rememberNonce(QByteArray(16, 'n'), 2));

        store->createLinkCode(QByteArray("link"), w.learner.id, 99);
        auto grant = store->takeLinkCode(QByteArray("link"));
        QVERIFY(grant);
        QCOMPARE(grant->accountId, w.learner.id);
        QCOMPARE(grant->expiresMs, qint64(99));
        QVERIFY(!store->takeLinkCode(QByteArray("link"))); // single use
    }

    void transactionRollsBack_data() { backends(); }
    void transactionRollsBack()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        QVERIFY(!store->transaction([&] {
            store->createCohort(World().cohort, QByteArray("h"));
            return false;
        }));
        QVERIFY(!store->cohort(QStringLiteral("c_1")));
        QVERIFY_THROWS_EXCEPTION(StoreError, store->transaction([&] {
            store->createCohort(World().cohort, QByteArray("h"));
            store->createCohort(World().cohort, QByteArray("h")); // duplicate key
            return true;
        }));
        QVERIFY(!store->cohort(QStringLiteral("c_1")));
    }

    // Expired link codes and old join nonces go; a code still valid and a recent nonce stay.
    void purgeDeletesOnlyWhatExpired_data() { backends(); }
    void purgeDeletesOnlyWhatExpired()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        store->createLinkCode(QByteArray("old"), w.learner.id, 100);
        store->createLinkCode(QByteArray("new"), w.learner.id, 10'000);
        QVERIFY(store->rememberNonce(QByteArray(16, 'a'), 50));
        QVERIFY(store->rememberNonce(QByteArray(16, 'b'), 5'000));
        QCOMPARE(store->purgeExpired(1'000, 1'000), 2);
        QVERIFY(!store->takeLinkCode(QByteArray("old")));
        QVERIFY(store->takeLinkCode(QByteArray("new")));
        QVERIFY(store->rememberNonce(QByteArray(16, 'a'), 6'000)); // forgotten: may be seen again
        QVERIFY(!store->rememberNonce(QByteArray(16, 'b'), 6'000)); // still remembered
        QCOMPARE(store->purgeExpired(1'000, 1'000), 0);
    }

    // A database a newer release migrated is refused with words an administrator can act on,
    // instead of being misread by this one.
    void newerSchemaIsRefused_data() { backends(); }
    void newerSchemaIsRefused()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        QVERIFY(openAtVersion(backend, db.spec(), latestVersion(backend), QStringLiteral("future-") + backend, {Migration{999, {}}}));
        QString error;
        QVERIFY(!openStore(db.spec(), &error));
        QVERIFY2(error.contains(u"version 999, newer than this groundwork-server"), qPrintable(error));
    }

    // The SQLite file is the server's alone, and every commit reaches the disk before the
    // answer (synchronous=FULL, 2; a serving process flushes on a thread of its own instead,
    // tst_sync_groupcommit). A new file has 16 KiB pages.
    void sqliteIsPrivateAndDurable()
    {
        FreshDatabase db(QStringLiteral("sqlite"), m_scratch.path());
        auto store = db.open();
        QVERIFY(store);
        QCOMPARE(QFileInfo(db.spec()).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        auto &sql = static_cast<SqlStore &>(*store);
        QCOMPARE(sql.queryValue(QStringLiteral("PRAGMA synchronous")).toInt(), 2);
        QCOMPARE(sql.queryValue(QStringLiteral("PRAGMA page_size")).toInt(), 16384);
    }

    // A file made with SQLite's default 4 KiB pages keeps them (a WAL database cannot change
    // its page size) and opens as before.
    void anOlderSqliteFileKeepsItsPageSize()
    {
        const QString path = m_scratch.filePath(QStringLiteral("pages-4k.db"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages-4k"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size=4096")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE made_before (x INTEGER)")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages-4k"));
        QString error;
        auto store = openStore(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(static_cast<SqlStore &>(*store).queryValue(QStringLiteral("PRAGMA page_size")).toInt(), 4096);
        QVERIFY(store->schemaVersion() > 0);
    }

    // The server's connection is cut (as by a database restart): the request that meets the
    // broken connection fails, ping() reconnects, and the next one works with its statements
    // prepared again.
    void reconnectsAfterTheConnectionIsCut()
    {
        FreshDatabase db(QStringLiteral("postgresql"), m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        QVERIFY(store->deviceByToken(credentials::hashSecret(QStringLiteral("tok-phone")))); // prepared
        auto &sql = static_cast<SqlStore &>(*store);
        const int pid = sql.queryValue(QStringLiteral("SELECT pg_backend_pid()")).toInt();
        QVERIFY(pid > 0);
        const QString error = execOnTestDatabase(postgresBaseUrl(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY_THROWS_EXCEPTION(StoreError, store->deviceByToken(credentials::hashSecret(QStringLiteral("tok-phone"))));
        QVERIFY(store->ping());
        QVERIFY(store->deviceByToken(credentials::hashSecret(QStringLiteral("tok-phone"))));
        QCOMPARE(store->schemaVersion(), postgresMigrations().constLast().version); // search_path set again
    }

    void eventsAreIdempotent_data() { backends(); }
    void eventsAreIdempotent()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        const QString acc = w.learner.id;

        QCOMPARE(store->storeEvents(acc, QStringLiteral("d_phone"), {ev("e1"), ev("e2"), ev("e3")}, 10),
                 (QStringList{"e1", "e2", "e3"}));
        // Repeated and overlapping batches: every id acknowledged, nothing stored twice.
        QCOMPARE(store->storeEvents(acc, QStringLiteral("d_phone"), {ev("e1"), ev("e2"), ev("e3")}, 11),
                 (QStringList{"e1", "e2", "e3"}));
        QCOMPARE(store->storeEvents(acc, QStringLiteral("d_laptop"), {ev("e3"), ev("e4")}, 12),
                 (QStringList{"e3", "e4"}));
        QCOMPARE(store->eventCount(acc), quint64(4));

        // The laptop sees the phone's events only, in order; e3 stays the phone's.
        EventPage page = store->eventsForOtherDevices(acc, QStringLiteral("d_laptop"), 0, 2);
        QCOMPARE(ids(page), (QStringList{"e1", "e2"}));
        QVERIFY(page.more);
        QCOMPARE(page.events.first().event, ev("e1"));
        page = store->eventsForOtherDevices(acc, QStringLiteral("d_laptop"), page.events.last().seq, 2);
        QCOMPARE(ids(page), (QStringList{"e3"}));
        QVERIFY(!page.more);
        page = store->eventsForOtherDevices(acc, QStringLiteral("d_phone"), 0, 10);
        QCOMPARE(ids(page), (QStringList{"e4"}));
    }

    // Events of an account that does not exist (deleted after its device's token was checked)
    // are refused and nothing is stored, alone or in a group commit's transaction. On
    // PostgreSQL no foreign key checks this since schema 13: the store's lock on the account does.
    void eventsOfAMissingAccountAreRefused_data() { backends(); }
    void eventsOfAMissingAccountAreRefused()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        const QString ghost = QStringLiteral("a_gone");
        QVERIFY_THROWS_EXCEPTION(StoreError, store->storeEvents(ghost, QStringLiteral("d_phone"), {ev("g1")}, 10));
        bool threw = false;
        try {
            store->transaction([&] {
                store->beginWrites({w.learner.id, ghost});
                store->storeEvents(w.learner.id, QStringLiteral("d_phone"), {ev("e1")}, 11);
                store->storeEvents(ghost, QStringLiteral("d_phone"), {ev("g2")}, 11);
                store->settleWrites();
                return true;
            });
        } catch (const StoreError &) {
            threw = true;
        }
        QVERIFY(threw);
        QCOMPARE(store->eventCount(ghost), quint64(0));
        QCOMPARE(store->eventCount(w.learner.id), quint64(0)); // the whole transaction was undone
        QVERIFY(ids(store->eventsForOtherDevices(w.learner.id, QStringLiteral("d_laptop"), 0, 10)).isEmpty());
        // The same upload for the account that exists goes in.
        QCOMPARE(store->storeEvents(w.learner.id, QStringLiteral("d_phone"), {ev("e1")}, 12), QStringList{"e1"});
        QCOMPARE(store->eventCount(w.learner.id), quint64(1));
        QCOMPARE(ids(store->eventsForOtherDevices(w.learner.id, QStringLiteral("d_laptop"), 0, 10)), QStringList{"e1"});
        // Deleting the account leaves none of its events behind (no key cascades or refuses it).
        QVERIFY(store->deleteAccount(w.learner.id).found);
        QVERIFY(ids(store->eventsForOtherDevices(w.learner.id, QStringLiteral("d_laptop"), 0, 10)).isEmpty());
    }

    // SQLite: a batch re-sent (a retry after a lost answer) only reads. It used to take a new row
    // id per event before meeting the conflict, which rewrote sqlite_sequence: every retry was
    // a commit to disk and used up sequence numbers (since schema 12 `seq` has no AUTOINCREMENT,
    // so a conflict takes none). Another connection sees no commit (its data_version stays),
    // and the next new event follows the last one directly.
    void reUploadWritesNothing()
    {
        FreshDatabase db(QStringLiteral("sqlite"), m_scratch.path());
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        const QString acc = w.learner.id;
        store->storeEvents(acc, QStringLiteral("d_phone"), {ev("e1"), ev("e2"), ev("e3")}, 10);
        const quint64 lastSeq = store->eventsForOtherDevices(acc, QStringLiteral("d_laptop"), 0, 10).events.last().seq;

        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("observer"));
        other.setDatabaseName(db.spec());
        QVERIFY(other.open());
        const auto dataVersion = [&other] {
            QSqlQuery q(other);
            return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 before = dataVersion();
        QVERIFY(before >= 0);
        for (int retry = 0; retry < 3; ++retry) {
            store->transaction([&] {
                store->storeEvents(acc, QStringLiteral("d_phone"), {ev("e1"), ev("e2"), ev("e3")}, 11 + retry);
                return true;
            });
        }
        QCOMPARE(dataVersion(), before);

        store->storeEvents(acc, QStringLiteral("d_phone"), {ev("e4")}, 20);
        QCOMPARE(dataVersion(), before + 1); // the observer does see a real write
        const auto page = store->eventsForOtherDevices(acc, QStringLiteral("d_laptop"), lastSeq, 10);
        QCOMPARE(ids(page), (QStringList{"e4"}));
        QCOMPARE(page.events.first().seq, lastSeq + 1);
        QCOMPARE(store->eventCount(acc), quint64(4));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("observer"));
    }

    // On both back ends a re-sent batch takes no sequence number (PostgreSQL's identity takes one
    // for every row offered to an INSERT, conflicting or not, unless the row is filtered out
    // first), and one sealed copy of a readable event still replaces it in place.
    void reUploadTakesNoSequenceNumber_data() { backends(); }
    void reUploadTakesNoSequenceNumber()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        const QString acc = w.learner.id;
        store->storeEvents(acc, QStringLiteral("d_phone"), {ev("e1"), ev("e2"), ev("e3")}, 10);
        const quint64 lastSeq = store->eventsForOtherDevices(acc, QStringLiteral("d_laptop"), 0, 10).events.last().seq;
        for (int retry = 0; retry < 3; ++retry)
            QCOMPARE(store->storeEvents(acc, QStringLiteral("d_phone"), {ev("e3"), ev("e2"), ev("e1")}, 11 + retry),
                     (QStringList{"e3", "e2", "e1"}));
        store->storeEvents(acc, QStringLiteral("d_laptop"), {ev("e4"), ev("e1")}, 20);
        const auto laptops = store->eventsForOtherDevices(acc, QStringLiteral("d_phone"), 0, 10);
        QCOMPARE(ids(laptops), (QStringList{"e4"}));
        QCOMPARE(laptops.events.first().seq, lastSeq + 1);

        WireEvent sealed = ev("e2");
        sealed.epoch = 1;
        sealed.sealed = "cipher";
        sealed.payload.clear();
        store->storeEvents(acc, QStringLiteral("d_laptop"), {sealed}, 30);
        const auto page = store->eventsForOtherDevices(acc, QStringLiteral("d_laptop"), 0, 10);
        QCOMPARE(ids(page), (QStringList{"e1", "e2", "e3"})); // e2 kept its place and device
        QCOMPARE(page.events.at(1).event.sealed, QByteArray("cipher"));
        QCOMPARE(store->eventCount(acc), quint64(4));
        QCOMPARE(store->storedBytes(acc), quint64(3 * ev("e1").payload.size() + 6));
    }

    // Serving SQLite, the write-ahead log reaches the database file from a thread of its own, not
    // in the commit that fills the log: the writer's own threshold is moved far out of the
    // way, and what was committed lands in the main file within a few intervals.
    void walIsCheckpointedInTheBackground()
    {
        FreshDatabase db(QStringLiteral("sqlite"), m_scratch.path());
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        auto &sql = static_cast<SqlStore &>(*store);
        QCOMPARE(sql.queryValue(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt(), 0); // not busy
        const qint64 before = QFileInfo(db.spec()).size();
        store->checkpointInBackground(20);
        // SQLite's own automatic checkpoint (at 1,000 pages) is replaced by the store's commit
        // hook, whose safety net is at 64 MiB of log.
        QCOMPARE(sql.queryValue(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 0);
        QList<WireEvent> many;
        for (int i = 0; i < 300; ++i) {
            WireEvent e = ev(QStringLiteral("bulk-%1").arg(i));
            e.payload = QByteArray(200, 'x');
            many.append(e);
        }
        store->storeEvents(w.learner.id, QStringLiteral("d_phone"), many, 10);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(db.spec()).size() > before + 60'000, 5000);
        QCOMPARE(store->eventCount(w.learner.id), quint64(300));
    }

    // The log stays the size of a commit or two:
    // - "paused": each commit wakes the checkpointer, so the log is copied while the writer reads
    //   its next requests and the next commit starts it again from its beginning. Checkpoints at
    //   the interval alone (a minute here) let it hold every commit, and under load it grew to
    //   the writer's own threshold, where the writer checkpointed on the request path.
    // - "back to back": under load the writer begins its next group at once, while the
    //   checkpointer still copies the last one, and the log no longer started again. Past
    //   restartLogAt() (here after every commit) the next transaction waits for the copy.
    void logStaysShort_data()
    {
        QTest::addColumn<int>("pauseMs");
        QTest::addColumn<qint64>("restartBytes"); // 0: the default
        QTest::addColumn<int>("rounds");
        QTest::newRow("paused") << 30 << qint64(0) << 30;
        QTest::newRow("back to back") << 0 << qint64(1) << 60;
    }
    void logStaysShort()
    {
        QFETCH(int, pauseMs);
        QFETCH(qint64, restartBytes);
        QFETCH(int, rounds);
        FreshDatabase db(QStringLiteral("sqlite"), m_scratch.path());
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        auto &sql = static_cast<SqlStore &>(*store);
        QCOMPARE(sql.queryValue(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt(), 0); // not busy
        store->checkpointInBackground(60'000);
        if (restartBytes > 0)
            sql.restartLogAt(restartBytes);
        const QString wal = db.spec() + QStringLiteral("-wal");
        qint64 twoCommits = 0;
        for (int round = 0; round < rounds; ++round) {
            QVERIFY(commitRound(*store, w, round));
            if (pauseMs > 0)
                QTest::qWait(pauseMs); // the writer reading its next requests
            if (round == 1)
                twoCommits = QFileInfo(wal).size();
        }
        QVERIFY(twoCommits > 0);
        const qint64 after = QFileInfo(wal).size();
        qInfo("log after 2 commits: %lld bytes, after %d: %lld bytes", twoCommits, rounds, after);
        QVERIFY2(after <= twoCommits * 2, qPrintable(QStringLiteral("the log grew from %1 to %2 bytes").arg(twoCommits).arg(after)));
        QCOMPARE(store->eventCount(w.learner.id), quint64(20 * rounds));
    }

    // The usage counters the quotas read equal what the rows hold, after new uploads, re-sent
    // ones, a sealed copy replacing a readable one, an upload rolled back and the deletion of
    // another account. SQLite's event writer keeps them since schema 12, PostgreSQL's
    // statement trigger since 9.
    void usageCountersMatchTheRows_data() { backends(); }
    void usageCountersMatchTheRows()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        const QString ada = w.learner.id;
        const QString bo = QStringLiteral("a_2");
        store->createAccount({bo, w.cohort.id, Role::Learner, QStringLiteral("Bo")}, 1);
        store->createDevice(QStringLiteral("d_bo"), bo, QStringLiteral("phone"), credentials::hashSecret(QStringLiteral("tok-bo")), 1);
        auto &sql = static_cast<SqlStore &>(*store);
        const QString length = backend == u"sqlite" ? QStringLiteral("length") : QStringLiteral("octet_length");
        // "" when the counters match the rows, else what differs.
        const auto mismatch = [&](const QString &account, quint64 expectedEvents) {
            const quint64 rows = quint64(
                sql.queryValue(QStringLiteral("SELECT COUNT(*) FROM events WHERE account_id = '%1'").arg(account)).toLongLong());
            const quint64 bytes = quint64(sql.queryValue(QStringLiteral("SELECT COALESCE(SUM(%2(payload) + COALESCE(%2(sealed), 0)), 0)"
                                                                        " FROM events WHERE account_id = '%1'")
                                                             .arg(account, length))
                                              .toLongLong());
            const Store::AccountUsage usage = store->accountUsage(account);
            if (usage.events == rows && usage.bytes == bytes && rows == expectedEvents)
                return QString();
            return QStringLiteral("%1: counted %2 events, %3 bytes; rows %4 events, %5 bytes; expected %6 events")
                .arg(account).arg(usage.events).arg(usage.bytes).arg(rows).arg(bytes).arg(expectedEvents);
        };
        const auto sized = [](const QString &id, int bytes) {
            WireEvent e = ev(id);
            e.payload = QByteArray(bytes, 'p');
            return e;
        };
        const auto sealedCopy = [](const QString &id, int bytes) {
            return WireEvent{id, 5, {}, {}, {}, false, {}, 0, 1, QByteArray(bytes, 's'), 2, 20'400, {}};
        };
        const auto upload = [&](const QString &account, const QString &device, const QList<WireEvent> &events) {
            store->transaction([&] {
                store->storeEvents(account, device, events, 10);
                return true;
            });
        };
        upload(ada, QStringLiteral("d_phone"), {sized("a", 10), sized("b", 200), sized("c", 0), sealedCopy("d", 48)});
        QVERIFY2(mismatch(ada, 4).isEmpty(), qPrintable(mismatch(ada, 4)));
        QCOMPARE(store->accountUsage(ada).bytes, quint64(258));
        // Re-sent, overlapping, and an id twice in one batch: only "e" is new.
        upload(ada, QStringLiteral("d_laptop"), {sized("b", 200), sized("e", 7), sized("e", 7), sealedCopy("d", 48)});
        QVERIFY2(mismatch(ada, 5).isEmpty(), qPrintable(mismatch(ada, 5)));
        // A sealed copy replaces a readable one in place (100 ciphertext bytes for 200 payload
        // bytes); a readable copy of a sealed event, or a sealed one again, changes nothing.
        upload(ada, QStringLiteral("d_phone"), {sealedCopy("b", 100)});
        QCOMPARE(store->accountUsage(ada).bytes, quint64(258 + 7 - 200 + 100));
        upload(ada, QStringLiteral("d_phone"), {sized("b", 300), sealedCopy("b", 70), sealedCopy("a", 30)});
        QVERIFY2(mismatch(ada, 5).isEmpty(), qPrintable(mismatch(ada, 5)));
        QCOMPARE(store->accountUsage(ada).bytes, quint64(258 + 7 - 200 + 100 - 10 + 30));
        // Rolled back with its transaction: neither rows nor counters change.
        store->transaction([&] {
            store->storeEvents(ada, QStringLiteral("d_phone"), {sized("f", 1'000), sealedCopy("c", 5)}, 11);
            return false;
        });
        QVERIFY2(mismatch(ada, 5).isEmpty(), qPrintable(mismatch(ada, 5)));
        // Outside a transaction too (the store makes its own).
        store->storeEvents(ada, QStringLiteral("d_phone"), {sized("g", 3)}, 12);
        QVERIFY2(mismatch(ada, 6).isEmpty(), qPrintable(mismatch(ada, 6)));

        upload(bo, QStringLiteral("d_bo"), {sized("a", 11), sized("h", 12)});
        QVERIFY2(mismatch(bo, 2).isEmpty(), qPrintable(mismatch(bo, 2)));
        const Store::AccountUsage adaBefore = store->accountUsage(ada);
        QVERIFY(store->deleteAccount(bo).found);
        QVERIFY2(mismatch(bo, 0).isEmpty(), qPrintable(mismatch(bo, 0)));
        QVERIFY2(mismatch(ada, 6).isEmpty(), qPrintable(mismatch(ada, 6)));
        QCOMPARE(store->accountUsage(ada).bytes, adaBefore.bytes);
    }

    // A download cursor is the seq of the last event a device took. When the highest events of
    // the table go with a deleted account, SQLite (no AUTOINCREMENT since schema 12) may give
    // their numbers again, but only above everything the table still holds: every later event
    // of a remaining account still lies beyond its devices' cursors, and no seq repeats among
    // what is held. PostgreSQL's identity never repeats one.
    void seqAfterDeletionsStaysAheadOfCursors_data() { backends(); }
    void seqAfterDeletionsStaysAheadOfCursors()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        const QString ada = w.learner.id;
        const QString laptop = QStringLiteral("d_laptop");
        const auto addBo = [&](int round) {
            const QString bo = QStringLiteral("a_bo%1").arg(round);
            store->createAccount({bo, w.cohort.id, Role::Learner, QStringLiteral("Bo")}, 1);
            store->createDevice(QStringLiteral("d_bo%1").arg(round), bo, QStringLiteral("phone"),
                                credentials::hashSecret(QStringLiteral("tok-bo%1").arg(round)), 1);
            return bo;
        };
        quint64 cursor = 0;
        QSet<quint64> seen;
        for (int round = 0; round < 3; ++round) {
            const QString id = QStringLiteral("ada-%1").arg(round);
            store->storeEvents(ada, QStringLiteral("d_phone"), {ev(id)}, 10);
            // Another account's events become the highest in the table, then leave with it.
            const QString bo = addBo(round);
            store->storeEvents(bo, QStringLiteral("d_bo%1").arg(round), {ev("b1"), ev("b2")}, 11);
            const EventPage page = store->eventsForOtherDevices(ada, laptop, cursor, 10);
            QCOMPARE(ids(page), QStringList{id});
            const quint64 adaSeq = page.events.first().seq;
            QVERIFY(adaSeq > cursor);
            QVERIFY(!seen.contains(adaSeq));
            seen.insert(adaSeq);
            cursor = adaSeq;
            QVERIFY(store->deleteAccount(bo).found);
        }
        // After the last deletion the next event of Ada's still comes after the laptop's cursor.
        store->storeEvents(ada, QStringLiteral("d_phone"), {ev("ada-last")}, 12);
        const EventPage last = store->eventsForOtherDevices(ada, laptop, cursor, 10);
        QCOMPARE(ids(last), QStringList{QStringLiteral("ada-last")});
        QVERIFY(last.events.first().seq > cursor);
        QCOMPARE(ids(store->eventsForOtherDevices(ada, laptop, 0, 10)),
                 (QStringList{"ada-0", "ada-1", "ada-2", "ada-last"}));
    }

    // Each store caches devices by token hash (schema 12), yet a credential revoked, or an
    // account deleted, through another connection (as by another server process or the admin
    // command) is refused at the very next lookup, as is one revoked through the same store.
    void revokedCredentialIsRefusedAtOnce_data() { backends(); }
    void revokedCredentialIsRefusedAtOnce()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto serving = db.open();
        auto other = db.open();
        QVERIFY(serving && other);
        World w;
        seed(*serving, w);
        serving->createAccount({QStringLiteral("a_2"), w.cohort.id, Role::Learner, QStringLiteral("Bo")}, 1);
        serving->createDevice(QStringLiteral("d_bo"), QStringLiteral("a_2"), QStringLiteral("phone"),
                              credentials::hashSecret(QStringLiteral("tok-bo")), 1);
        const QByteArray phone = credentials::hashSecret(QStringLiteral("tok-phone"));
        const QByteArray laptop = credentials::hashSecret(QStringLiteral("tok-laptop"));
        const QByteArray bo = credentials::hashSecret(QStringLiteral("tok-bo"));
        for (int again = 0; again < 2; ++again) { // the second time from the cache
            QCOMPARE(serving->deviceByToken(phone).value_or(AuthenticatedDevice{}).deviceId, QStringLiteral("d_phone"));
            QCOMPARE(serving->deviceByToken(laptop).value_or(AuthenticatedDevice{}).deviceId, QStringLiteral("d_laptop"));
            QCOMPARE(serving->deviceByToken(bo).value_or(AuthenticatedDevice{}).account.displayName, QStringLiteral("Bo"));
        }
        QVERIFY(!serving->deviceByToken(credentials::hashSecret(QStringLiteral("tok-unknown"))));

        // Uploads that arrived together are signed in by one lookup, which reads the
        // generation once, before any of them: cached or not, a revoked device is left out.
        QCOMPARE(serving->devicesByToken({phone, laptop, bo}).size(), 3);
        QVERIFY(other->revokeDevice(QStringLiteral("d_phone"), 5));
        const auto together = serving->devicesByToken({phone, laptop, bo});
        QCOMPARE(together.size(), 2);
        QVERIFY(!together.contains(phone));
        QCOMPARE(together.value(laptop).deviceId, QStringLiteral("d_laptop"));
        QVERIFY(!serving->deviceByToken(phone));
        QVERIFY(serving->deviceByToken(laptop)); // the others still pass
        QVERIFY(serving->deviceByToken(bo));

        QVERIFY(other->deleteAccount(QStringLiteral("a_2")).found);
        QVERIFY(!serving->deviceByToken(bo));
        QVERIFY(serving->deviceByToken(laptop));

        QVERIFY(serving->revokeDevice(QStringLiteral("d_laptop"), 6)); // through the caching store itself
        QVERIFY(!serving->deviceByToken(laptop));
        QVERIFY(!other->deviceByToken(laptop));
    }

    void emptyPayloadRoundTrips_data() { backends(); }
    void emptyPayloadRoundTrips()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        WireEvent e = ev("empty");
        e.payload = QByteArray();
        store->storeEvents(w.learner.id, QStringLiteral("d_phone"), {e}, 1);
        const auto page = store->eventsForOtherDevices(w.learner.id, QStringLiteral("d_laptop"), 0, 10);
        QCOMPARE(page.events.size(), 1);
        QVERIFY(page.events.first().event.payload.isEmpty());
    }

    void cohortMembers_data() { backends(); }
    void cohortMembers()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        World w;
        seed(*store, w);
        store->createAccount({QStringLiteral("a_lead"), w.cohort.id, Role::Lead, QStringLiteral("Lee")}, 1);
        store->createAccount({QStringLiteral("a_2"), w.cohort.id, Role::Learner, QStringLiteral("Bo")}, 1);
        store->storeEvents(w.learner.id, QStringLiteral("d_phone"), {ev("x", 100), ev("y", 300)}, 1);
        store->setSharedProfile(w.learner.id, QByteArray("profile"));

        const auto members = store->cohortMembers(w.cohort.id);
        QCOMPARE(members.size(), 2); // learners only, not the lead
        QCOMPARE(members[0].displayName, QStringLiteral("Ada"));
        QCOMPARE(members[0].eventCount, quint64(2));
        QCOMPARE(members[0].lastActivityMs, qint64(300));
        QCOMPARE(members[0].sharedProfile.value_or(QByteArray()), QByteArray("profile"));
        QCOMPARE(members[1].displayName, QStringLiteral("Bo"));
        QCOMPARE(members[1].eventCount, quint64(0));
        QVERIFY(!members[1].sharedProfile);

        store->setSharedProfile(w.learner.id, std::nullopt);
        QVERIFY(!store->cohortMembers(w.cohort.id)[0].sharedProfile);
    }

private:
    static void backends() { addBackendRows(); }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_sync_store.moc"
