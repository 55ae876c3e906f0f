// Three devices of one person sync 1,000 events each through a proxy that drops, duplicates,
// truncates and resets 30% of exchanges: the server ends with exactly the union, and every
// device with the same event set. Runs on both storage back ends.
#include "client/syncengine.h"
#include "faultproxy.h"
#include "inprocessserver.h"
#include "memoryoutbox.h"
#include "server/credentials.h"
#include "testbackends.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

// Sorted, so QCOMPARE names the first id that differs.
QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

QStringList sorted(const QSet<QString> &ids)
{
    return sorted(QStringList(ids.cbegin(), ids.cend()));
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private slots:
    void initTestCase() { QVERIFY(credentials::initialise()); }

    void threeDevicesThroughFaultyNetwork_data() { addBackendRows(); }
    void threeDevicesThroughFaultyNetwork()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        auto store = db.open();
        QVERIFY(store);
        InProcessServer server(*store, false); // plain HTTP, so the proxy can replay requests
        QVERIFY(server.listening());
        // Faults come in a fixed order by exchange. This seed's include duplicates at exchanges 2
        // and 7, which are uploads (each device sends all ten batches before it downloads, so
        // the first ten exchanges are), and all four kinds by exchange 11: what the end asserts
        // about the faults does not hang on timing.
        FaultProxy proxy(server.port(), 0.30, 20240616);

        const NewCohort cohort = server.provisioning().createCohort(QStringLiteral("C"), QStringLiteral("L"), 3'600'000);
        const IssuedDevice first = server.provisioning().createAccountWithDevice(
            cohort.cohort.id, Role::Learner, QStringLiteral("Ada"), QStringLiteral("phone"));
        const Account person = *store->account(first.accountId);
        QList<IssuedDevice> devices{first, server.provisioning().addDevice(person, QStringLiteral("laptop")),
                                    server.provisioning().addDevice(person, QStringLiteral("tablet"))};

        constexpr int kEventsPerDevice = 1000;
        QNetworkAccessManager network;
        QRandomGenerator jitter(7);
        SyncTuning tuning;
        tuning.uploadBatch = 100;
        tuning.downloadBatch = 250;
        tuning.backoffBaseMs = 5;
        tuning.backoffCapMs = 80;
        tuning.transferTimeoutMs = 3000;

        std::vector<std::unique_ptr<MemoryOutbox>> boxes;
        std::vector<std::unique_ptr<SyncEngine>> engines;
        QSet<QString> everything;
        for (int d = 0; d < devices.size(); ++d) {
            auto box = std::make_unique<MemoryOutbox>();
            for (int i = 0; i < kEventsPerDevice; ++i) {
                const QString id = QStringLiteral("%1-%2").arg(devices[d].deviceId).arg(i);
                box->record(WireEvent{id, 1'700'000'000'000 + i, QStringLiteral("drill.decision"), QStringLiteral("2026.11.0+3f9a2c1d"),
                                      QByteArray::number(i), false, QString(), 0, 0, {}, 0, 0, {}});
                everything.insert(id);
            }
            const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
            engines.push_back(std::make_unique<SyncEngine>(
                *box, network, SyncEndpoint{url, devices[d].token, {}, QStringLiteral("test"), kReadableProtocolVersion}, tuning,
                [&jitter] { return jitter.generateDouble(); }));
            boxes.push_back(std::move(box));
        }

        const auto settled = [&] {
            for (const auto &box : boxes) {
                if (box->pendingCount() != 0 || box->knownIds() != everything)
                    return false;
            }
            return true;
        };
        // Each device syncs again after every finished round until all have converged.
        for (auto &engine : engines) {
            SyncEngine *e = engine.get();
            connect(e, &SyncEngine::roundFinished, e, [e, &settled] {
                if (!settled())
                    QTimer::singleShot(5, e, &SyncEngine::syncNow);
            });
            e->syncNow();
        }
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 90'000);
        for (auto &engine : engines)
            QVERIFY(engine->state() != SyncEngine::State::Failed);

        // Exactly the union, each once: nothing lost, nothing stored twice, nothing made up.
        const QStringList expected = sorted(everything);
        QCOMPARE(sorted(eventIdsHeld(*store, person.id)), expected);
        QCOMPARE(store->eventCount(person.id), quint64(everything.size()));
        for (const auto &box : boxes) {
            QCOMPARE(sorted(box->knownIds()), expected);
            QCOMPARE(box->pendingCount(), 0);
            QVERIFY(box->keptLocal.isEmpty()); // none was private
        }
        qInfo("%d exchanges in %lld ms: %d dropped, %d duplicated (%d uploads and %d downloads answered twice),"
              " %d truncated, %d reset",
              proxy.exchanges(), clock.elapsed(), proxy.count(FaultProxy::Drop), proxy.count(FaultProxy::Duplicate),
              proxy.duplicatesAnswered("/v1/upload"), proxy.duplicatesAnswered("/v1/download"),
              proxy.count(FaultProxy::Truncate), proxy.count(FaultProxy::Reset));
        for (auto f : {FaultProxy::Drop, FaultProxy::Duplicate, FaultProxy::Truncate, FaultProxy::Reset})
            QVERIFY2(proxy.count(f) > 0, "every kind of fault happened");
        // The server really stored some batch a second time, so the union above says uploads
        // are idempotent, not merely that no copy got through.
        QVERIFY(proxy.duplicatesAnswered("/v1/upload") > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
