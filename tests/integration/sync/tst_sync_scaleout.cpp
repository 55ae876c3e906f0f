// Two groundwork-server processes on different ports over one PostgreSQL database, with
// clients spread across both: nothing is lost, duplicated or used twice, and the wrong-code
// limit is one limit. And one process answering over several database connections at once.
#include "client/syncengine.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "memoryoutbox.h"
#include "protocol/protocolversion.h"
#include "protocol/wirecodec.h"
#include "serverprocess.h"
#include "testbackends.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

template<class M>
QByteArray body(M message)
{
    message.mutable_hello()->set_protocol_version(kReadableProtocolVersion);
    return serialize(message);
}

// Both requests in flight at once, one to each instance; their statuses.
QList<int> postBoth(QNetworkAccessManager &network, const QList<QUrl> &bases, const QString &path, const QByteArray &payload)
{
    QList<QNetworkReply *> replies;
    for (QUrl url : bases) {
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(InProcessServer::devCertificate());
        request.setSslConfiguration(tls);
        replies << network.post(request, payload);
    }
    QList<int> statuses;
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(15'000);
        statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
    }
    return statuses;
}

v1::DeviceCredential credentialFrom(const HttpResult &r)
{
    v1::DeviceCredential credential;
    credential.ParseFromArray(r.body.constData(), int(r.body.size()));
    return credential;
}

// A device's credential: a learner joining (`i` makes the nonce), or another device linked to it.
v1::DeviceCredential joinLearner(QNetworkAccessManager &network, const QUrl &base, const std::string &invite, int i)
{
    v1::JoinRequest join;
    join.set_invite_code(invite);
    join.set_display_name("Learner " + std::to_string(i));
    join.set_request_nonce("nonce-" + std::to_string(i) + std::string(10, 'n'));
    return credentialFrom(post(network, base, QStringLiteral("/v1/join"), body(join)));
}

v1::DeviceCredential linkDevice(QNetworkAccessManager &network, const QUrl &base, const v1::DeviceCredential &first)
{
    const HttpResult started = post(network, base, QStringLiteral("/v1/link/start"), body(v1::LinkStartRequest()),
                                    QString::fromStdString(first.device_token()));
    v1::LinkStartResponse code;
    code.ParseFromArray(started.body.constData(), int(started.body.size()));
    v1::LinkFinishRequest finish;
    finish.set_link_code(code.link_code());
    return credentialFrom(post(network, base, QStringLiteral("/v1/link/finish"), body(finish)));
}

} // namespace

class TestSyncScaleOut : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private slots:
    void twoInstancesOverOnePostgres()
    {
        FreshDatabase db(QStringLiteral("postgresql"), m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        const Run created = createCohortWithCli(db.spec(), QStringLiteral("C"), QStringLiteral("L"));
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const std::string invite = field(created.out, QStringLiteral("invite_code")).toStdString();
        ServerProcess a, b;
        QVERIFY2(a.start(db.spec()), qPrintable(a.problem));
        QVERIFY2(b.start(db.spec()), qPrintable(b.problem));
        QVERIFY(a.base.port() != b.base.port());
        const QList<QUrl> instances{a.base, b.base};
        QNetworkAccessManager network;

        // Learners join through alternate instances; a join replayed on the other is refused.
        constexpr int kLearners = 4;
        constexpr int kEvents = 300;
        QList<v1::DeviceCredential> first, second;
        for (int i = 0; i < kLearners; ++i) {
            v1::JoinRequest join;
            join.set_invite_code(invite);
            join.set_display_name("Learner " + std::to_string(i));
            join.set_request_nonce(std::string(16, char('a' + i)));
            const HttpResult joined = post(network, instances[i % 2], QStringLiteral("/v1/join"), body(join));
            QCOMPARE(joined.status, 200);
            first << credentialFrom(joined);
            const HttpResult replayed = post(network, instances[(i + 1) % 2], QStringLiteral("/v1/join"), body(join));
            QCOMPARE(decodeError(replayed.body)->code, WireError::Replayed);

            // A link code asked on one instance, redeemed on both at once: exactly one device.
            const HttpResult started = post(network, instances[i % 2], QStringLiteral("/v1/link/start"),
                                            body(v1::LinkStartRequest()), QString::fromStdString(first[i].device_token()));
            QCOMPARE(started.status, 200);
            v1::LinkStartResponse code;
            QVERIFY(code.ParseFromArray(started.body.constData(), int(started.body.size())));
            v1::LinkFinishRequest finish;
            finish.set_link_code(code.link_code());
            QList<int> statuses = postBoth(network, instances, QStringLiteral("/v1/link/finish"), body(finish));
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{200, 404}));
            const HttpResult again = post(network, instances[i % 2], QStringLiteral("/v1/link/finish"), body(finish));
            QCOMPARE(again.status, 404);
            // The winner's credential, fetched by linking once more through the other instance.
            const HttpResult restart = post(network, instances[(i + 1) % 2], QStringLiteral("/v1/link/start"),
                                            body(v1::LinkStartRequest()), QString::fromStdString(first[i].device_token()));
            QVERIFY(code.ParseFromArray(restart.body.constData(), int(restart.body.size())));
            finish.set_link_code(code.link_code());
            const HttpResult linked = post(network, instances[(i + 1) % 2], QStringLiteral("/v1/link/finish"), body(finish));
            QCOMPARE(linked.status, 200);
            second << credentialFrom(linked);
        }

        // Each learner's first device uploads through one instance (every batch twice, once
        // through each, as a retry after a lost answer would); the second downloads through
        // the other.
        for (int i = 0; i < kLearners; ++i) {
            MemoryOutbox box;
            for (int e = 0; e < kEvents; ++e)
                box.record(WireEvent{QStringLiteral("l%1-e%2").arg(i).arg(e), 1'700'000'000'000 + e,
                                     QStringLiteral("lesson.finished"), QStringLiteral("2026.11.0"), QByteArray("x"), false,
                                     QString(), 0, 0, {}, 0, 0, {}});
            for (const QUrl &via : {instances[i % 2], instances[(i + 1) % 2]}) {
                MemoryOutbox copy = box;
                SyncEngine engine(copy, network,
                                  SyncEndpoint{via, QString::fromStdString(first[i].device_token()),
                                               InProcessServer::devCertificate(), QStringLiteral("test"), kReadableProtocolVersion},
                                  SyncTuning(), [] { return 0.5; });
                QSignalSpy finished(&engine, &SyncEngine::roundFinished);
                engine.syncNow();
                QVERIFY2(finished.wait(30'000), qPrintable(engine.errorText()));
                QCOMPARE(copy.pendingCount(), 0);
            }
            MemoryOutbox other;
            SyncEngine reader(other, network,
                              SyncEndpoint{instances[(i + 1) % 2], QString::fromStdString(second[i].device_token()),
                                           InProcessServer::devCertificate(), QStringLiteral("test"), kReadableProtocolVersion},
                              SyncTuning(), [] { return 0.5; });
            QSignalSpy read(&reader, &SyncEngine::roundFinished);
            reader.syncNow();
            QVERIFY2(read.wait(30'000), qPrintable(reader.errorText()));
            QCOMPARE(other.knownIds().size(), kEvents);
        }

        // The wrong-code limit (10 a minute) is one limit across both: 8 wrong link codes above
        // (4 losers, 4 retries), so 2 more wrong invite codes, whichever instance, then 429.
        int wrong = 8;
        for (int i = 0; i < 20; ++i) {
            v1::JoinRequest guess;
            guess.set_invite_code("AAAA-AAAA-AAAA");
            guess.set_display_name("G");
            guess.set_request_nonce(std::string(16, char('A' + i)));
            const HttpResult r = post(network, instances[i % 2], QStringLiteral("/v1/join"), body(guess));
            if (r.status == 429)
                break;
            QCOMPARE(r.status, 404);
            ++wrong;
        }
        QCOMPARE(wrong, 10);

        auto store = db.open();
        QVERIFY(store);
        for (int i = 0; i < kLearners; ++i) {
            const QStringList held = eventIdsHeld(*store, QString::fromStdString(first[i].account_id()));
            QCOMPARE(held.size(), kEvents);
            QCOMPARE(QSet<QString>(held.cbegin(), held.cend()).size(), kEvents);
        }
        QVERIFY(a.stop());
        QVERIFY(b.stop());
    }

    // One process, four connections: every device's uploads go through one of them (by token),
    // so a learner's two devices upload over different connections at the same time. Every
    // event is stored once, and the process stores what it acknowledged before it stops.
    void oneInstanceOverSeveralConnections()
    {
        FreshDatabase db(QStringLiteral("postgresql"), m_scratch.path());
        GW_REQUIRE_BACKEND(db);
        const Run created = createCohortWithCli(db.spec(), QStringLiteral("C"), QStringLiteral("L"));
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const std::string invite = field(created.out, QStringLiteral("invite_code")).toStdString();
        ServerProcess server;
        QVERIFY2(server.start(db.spec(), {QStringLiteral("--store-connections"), QStringLiteral("4")}),
                 qPrintable(server.problem));
        QNetworkAccessManager network;

        constexpr int kLearners = 6;
        constexpr int kEvents = 120;
        QList<v1::DeviceCredential> devices; // learner i: devices 2i and 2i+1
        for (int i = 0; i < kLearners; ++i) {
            devices << joinLearner(network, server.base, invite, i);
            QVERIFY(!devices.constLast().device_token().empty());
            devices << linkDevice(network, server.base, devices.constLast());
            QVERIFY(!devices.constLast().device_token().empty());
        }
        // Every device's engine at once, each with its own events, several rounds of batches.
        std::vector<std::unique_ptr<MemoryOutbox>> boxes;
        std::vector<std::unique_ptr<SyncEngine>> engines;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        SyncTuning tuning;
        tuning.uploadBatch = 25; // several requests per device
        for (int d = 0; d < devices.size(); ++d) {
            auto box = std::make_unique<MemoryOutbox>();
            for (int e = 0; e < kEvents; ++e)
                box->record(WireEvent{QStringLiteral("d%1-e%2").arg(d).arg(e), 1'700'000'000'000 + e,
                                      QStringLiteral("lesson.finished"), QStringLiteral("2026.11.0"), QByteArray("x"), false,
                                      QString(), 0, 0, {}, 0, 0, {}});
            engines.push_back(std::make_unique<SyncEngine>(
                *box, network,
                SyncEndpoint{server.base, QString::fromStdString(devices[d].device_token()), InProcessServer::devCertificate(),
                             QStringLiteral("test"), kReadableProtocolVersion},
                tuning, [] { return 0.5; }));
            spies.push_back(std::make_unique<QSignalSpy>(engines.back().get(), &SyncEngine::roundFinished));
            boxes.push_back(std::move(box));
        }
        for (auto &engine : engines)
            engine->syncNow();
        for (size_t d = 0; d < engines.size(); ++d) {
            QVERIFY2(!spies[d]->isEmpty() || spies[d]->wait(30'000), qPrintable(engines[d]->errorText()));
            QCOMPARE(boxes[d]->pendingCount(), 0);
        }
        QVERIFY(server.stop());
        const QString stopped = QString::fromUtf8(server.process.readAllStandardError());
        QVERIFY2(stopped.contains(QStringLiteral("over 4 database connections")), qPrintable(stopped));

        auto store = db.open();
        QVERIFY(store);
        for (int i = 0; i < kLearners; ++i) {
            const QStringList held = eventIdsHeld(*store, QString::fromStdString(devices[2 * i].account_id()));
            QCOMPARE(held.size(), 2 * kEvents);
            QCOMPARE(QSet<QString>(held.cbegin(), held.cend()).size(), 2 * kEvents);
        }
    }
};

QTEST_MAIN(TestSyncScaleOut)
#include "tst_sync_scaleout.moc"
