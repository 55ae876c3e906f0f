// The real groundwork-server executable: admin command line, HTTPS by default, the upgrade
// error for an old client, size limits, and staying up after bad input. Both back ends.
#include "client/syncengine.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "inprocessserver.h"
#include "memoryoutbox.h"
#include "protocol/bodyencoding.h"
#include "protocol/protocolversion.h"
#include "testbackends.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

const QString kServer = QStringLiteral(GROUNDWORK_SERVER_EXE);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(kServer, args);
    p.waitForFinished(30'000);
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString field(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s+(\\S+)").arg(name), QRegularExpression::MultilineOption);
    return re.match(text).captured(1);
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

HttpResult post(QNetworkAccessManager &network, const QUrl &base, const QString &path, const QByteArray &body,
                const QString &token = {}, const QByteArray &contentEncoding = {})
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!contentEncoding.isEmpty())
        request.setRawHeader("Content-Encoding", contentEncoding);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(InProcessServer::devCertificate());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15'000);
    HttpResult r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

template<class M>
QByteArray body(M message, quint32 version = kProtocolVersion)
{
    message.mutable_hello()->set_protocol_version(version);
    return serialize(message);
}

} // namespace

class TestSyncServerProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private slots:
    void tlsIsOnByDefault()
    {
        const Run r = runCli({QStringLiteral("serve"), QStringLiteral("--database"),
                              QDir(m_scratch.path()).filePath(QStringLiteral("x.db")), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--cert"));
    }

    void endToEnd_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : backendNames())
            QTest::newRow(qPrintable(b)) << b;
    }
    void endToEnd()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);

        // An organisation's first steps: create a cohort, then serve.
        const Run created = runCli({QStringLiteral("create-cohort"), QStringLiteral("--database"), db.spec(),
                                    QStringLiteral("--name"), QStringLiteral("Platform leads 2025"),
                                    QStringLiteral("--lead"), QStringLiteral("Dana")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString invite = field(created.out, QStringLiteral("invite_code"));
        const QString leadToken = field(created.out, QStringLiteral("device_token"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")).match(invite).hasMatch());
        QVERIFY(leadToken.startsWith(u"gw1."));

        QProcess server;
        server.setProcessChannelMode(QProcess::SeparateChannels);
        server.start(kServer, {QStringLiteral("serve"), QStringLiteral("--database"), db.spec(),
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--cert"),
                               QDir(InProcessServer::devCertDir()).filePath(QStringLiteral("server.crt")),
                               QStringLiteral("--key"),
                               QDir(InProcessServer::devCertDir()).filePath(QStringLiteral("server.key"))});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() != QProcess::Running, 15'000);
        const QString banner = QString::fromUtf8(server.readLine());
        const auto port = QRegularExpression(QStringLiteral("https://127\\.0\\.0\\.1:(\\d+)")).match(banner).captured(1);
        QVERIFY2(!port.isEmpty(), qPrintable(banner + QString::fromUtf8(server.readAllStandardError())));
        const QUrl base(QStringLiteral("https://127.0.0.1:%1").arg(port));
        QNetworkAccessManager network;

        // A learner joins with the invite code over HTTPS.
        v1::JoinRequest join;
        join.set_invite_code(invite.toStdString());
        join.set_display_name("Ada");
        join.set_request_nonce(std::string(16, 'j'));
        HttpResult r = post(network, base, QStringLiteral("/v1/join"), body(join));
        QCOMPARE(r.status, 200);
        v1::DeviceCredential credential;
        QVERIFY(credential.ParseFromArray(r.body.constData(), int(r.body.size())));
        QCOMPARE(credential.role(), std::string("learner"));

        // Their device syncs with the engine.
        MemoryOutbox box;
        for (int i = 0; i < 5; ++i)
            box.record(WireEvent{QStringLiteral("e%1").arg(i), 1'700'000'000'000 + i, QStringLiteral("lesson.finished"),
                                 QStringLiteral("2026.11.0"), QByteArray("x"), false});
        SyncEngine engine(box, network,
                          SyncEndpoint{base, QString::fromStdString(credential.device_token()),
                                       InProcessServer::devCertificate(), QStringLiteral("test")},
                          SyncTuning(), [] { return 0.5; });
        QSignalSpy finished(&engine, &SyncEngine::roundFinished);
        engine.syncNow();
        QVERIFY2(finished.wait(15'000), qPrintable(engine.errorText()));
        QCOMPARE(box.pendingCount(), 0);

        // An old app gets the typed upgrade error, over the real server.
        v1::UploadRequest old;
        r = post(network, base, QStringLiteral("/v1/upload"), body(old, kOldestAcceptedProtocolVersion - 1),
                 QString::fromStdString(credential.device_token()));
        QCOMPARE(r.status, 426);
        QCOMPARE(decodeError(r.body)->code, WireError::UpdateRequired);

        // Oversized, garbage and unknown requests are refused; the server stays up.
        r = post(network, base, QStringLiteral("/v1/upload"), QByteArray(2 * 1024 * 1024, 'x'), leadToken);
        QCOMPARE(r.status, 413);
        QCOMPARE(decodeError(r.body)->code, WireError::TooLarge);
        r = post(network, base, QStringLiteral("/v1/upload"), QByteArray("\x0a\xff\xff"), leadToken);
        QCOMPARE(decodeError(r.body)->code, WireError::Malformed);
        r = post(network, base, QStringLiteral("/v2/anything"), body(old), leadToken);
        QCOMPARE(r.status, 404);
        // Compressed bodies: deflate is understood, other encodings and bombs are refused.
        r = post(network, base, QStringLiteral("/v1/cohort/progress"), deflateBody(body(v1::CohortProgressRequest())),
                 leadToken, "gzip");
        QCOMPARE(r.status, 400);
        QCOMPARE(decodeError(r.body)->code, WireError::Malformed);
        r = post(network, base, QStringLiteral("/v1/upload"), deflateBody(QByteArray(4 * 1024 * 1024, '\0')),
                 leadToken, kDeflateEncoding);
        QCOMPARE(r.status, 413);

        // The lead sees the learner's progress (asked with a deflated body).
        r = post(network, base, QStringLiteral("/v1/cohort/progress"), deflateBody(body(v1::CohortProgressRequest())),
                 leadToken, kDeflateEncoding);
        QCOMPARE(r.status, 200);
        v1::CohortProgressResponse progress;
        QVERIFY(progress.ParseFromArray(r.body.constData(), int(r.body.size())));
        QCOMPARE(progress.members_size(), 1);
        QCOMPARE(progress.members(0).event_count(), quint64(5));
        QCOMPARE(progress.cohort_name(), std::string("Platform leads 2025"));

        QCOMPARE(server.state(), QProcess::Running);
        server.terminate();
        QVERIFY(server.waitForFinished(10'000));
    }
};

QTEST_GUILESS_MAIN(TestSyncServerProcess)
#include "tst_sync_server_process.moc"
