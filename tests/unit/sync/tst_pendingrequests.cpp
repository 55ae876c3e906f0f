// The durable queue of requests for the cohort server (PendingRequests) against a fake server
// in this process that fails a set number of times before it confirms, with the queue made
// anew over the same file in between (as an app restart does); and where the device credential
// is kept (CohortCredentials over an in-memory keychain: moved out of the store, read back,
// erased, and left in the store where no keychain service runs).
#include "client/cohortcredentials.h"
#include "client/pendingrequests.h"
#include "client/secretstore.h"
#include "learner/learnerstore.h"
#include "protocol/wirecodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace groundwork::sync;
using namespace groundwork::core::learner;
using Kind = PendingRequest::Kind;

namespace {

// Plain HTTP on loopback: answers the first `failures` requests with `failure` (a 503, or a
// cut connection), then every later one with 200 and `body`. Remembers each request's path
// and bearer token.
class FlakyServer : public QTcpServer
{
public:
    enum class Failure { ServiceUnavailable, CutConnection, Unauthorized };

    explicit FlakyServer(int failures, Failure failure = Failure::ServiceUnavailable)
        : m_failuresLeft(failures), m_failure(failure)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    QStringList paths;
    QStringList tokens;
    QByteArray body;

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            const QList<QByteArray> lines = head.split('\n');
            paths << QString::fromLatin1(lines.first().split(' ').value(1));
            for (const QByteArray &line : lines)
                if (line.toLower().startsWith("authorization: bearer "))
                    tokens << QString::fromLatin1(line.mid(22).trimmed());
            buffer->clear();
            answer(socket);
        });
    }

    void answer(QTcpSocket *socket)
    {
        QByteArray response;
        if (m_failuresLeft > 0) {
            --m_failuresLeft;
            if (m_failure == Failure::CutConnection) {
                socket->abort();
                return;
            }
            if (m_failure == Failure::Unauthorized) {
                ++m_failuresLeft; // refuses for good
                const QByteArray error = encodeError({WireError::Unauthorized, QStringLiteral("unknown credential")});
                response = "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/x-protobuf\r\nContent-Length: "
                           + QByteArray::number(error.size()) + "\r\nConnection: close\r\n\r\n" + error;
            } else {
                response = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            }
        } else {
            response = "HTTP/1.1 200 OK\r\nContent-Type: application/x-protobuf\r\nContent-Length: "
                       + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        }
        socket->write(response);
        socket->disconnectFromHost();
    }

    int m_failuresLeft;
    Failure m_failure;
};

QJsonObject readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

CohortCall callTo(const FlakyServer &server, const QString &token = QStringLiteral("gw1.device-secret"))
{
    return {server.url(), token, {}};
}

std::unique_ptr<PendingRequests> queueOver(const QString &path, SecretStore *keychain = nullptr)
{
    auto queue = std::make_unique<PendingRequests>(path, nullptr, keychain);
    queue->setBackoff(20, 60); // milliseconds, so a test waits out a few failures quickly
    return queue;
}

const CohortCredential kCredential{QStringLiteral("https://cohort.example.org:8443"), QStringLiteral("gw1.secret"),
                                   QStringLiteral("account-1"),   QStringLiteral("device-1"),
                                   QStringLiteral("cohort-1"),    QStringLiteral("Platform leads"),
                                   QStringLiteral("Ada")};
const QString kStoreTokenKey = QStringLiteral("cohort.device_token");

} // namespace

class TestPendingRequests : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath(const QString &name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Down twice, restarted in between, then up: the request goes out until the server
    // confirms, then the file and the credential in it are gone.
    void retriesAcrossARestartUntilConfirmed()
    {
        FlakyServer server(4);
        const QString path = freshPath(QStringLiteral("pending.json"));
        {
            auto queue = queueOver(path);
            QSignalSpy failed(queue.get(), &PendingRequests::attemptFailed);
            QCOMPARE(queue->enqueue(Kind::DeleteAccount, callTo(server), QStringLiteral("/v1/account/delete"), "x"),
                     QString());
            QVERIFY(QFile::exists(path)); // written before anything was sent
            QTRY_VERIFY(failed.count() >= 2);
            QVERIFY(failed.last().at(3).toBool()); // will retry
            QVERIFY(queue->waiting());
            const QJsonObject kept = readFile(path);
            const QJsonObject request = kept.value("requests").toArray().first().toObject();
            QCOMPARE(request.value("kind").toString(), QStringLiteral("delete-account"));
            QCOMPARE(request.value("token").toString(), QStringLiteral("gw1.device-secret"));
            QVERIFY(request.value("attempts").toInt() >= 2);
            QVERIFY(request.value("lastError").toString().contains(u"503"));
            QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        }
        const int triedBeforeRestart = int(server.paths.size());
        QVERIFY(triedBeforeRestart >= 2 && triedBeforeRestart <= 4);

        auto queue = queueOver(path); // the app again, over the same file
        QCOMPARE(queue->requests().size(), 1);
        QSignalSpy confirmed(queue.get(), &PendingRequests::confirmed);
        QTRY_COMPARE(confirmed.count(), 1);
        QCOMPARE(confirmed.first().at(1).value<Kind>(), Kind::DeleteAccount);
        QCOMPARE(server.paths.size(), 5); // four failures, one success
        QVERIFY(server.tokens.size() == 5 && server.tokens.count(server.tokens.first()) == 5);
        QVERIFY(!queue->waiting());
        QVERIFY(queue->accountDeletedAtMs() > 0);
        // Only the note that the account is deleted is left; the credential is not.
        QVERIFY(!readFile(path).contains("requests") || readFile(path).value("requests").toArray().isEmpty());
        QVERIFY(!QString::fromUtf8(QJsonDocument(readFile(path)).toJson()).contains(u"gw1.device-secret"));
        queue->forgetAccountDeleted();
        QVERIFY(!QFile::exists(path));

        auto again = queueOver(path);
        QVERIFY(again->requests().isEmpty());
        QCOMPARE(again->accountDeletedAtMs(), 0);
    }

    // A connection cut without an answer is retried like a server error.
    void aCutConnectionIsRetried()
    {
        FlakyServer server(2, FlakyServer::Failure::CutConnection);
        auto queue = queueOver(freshPath(QStringLiteral("pending.json")));
        QSignalSpy confirmed(queue.get(), &PendingRequests::confirmed);
        queue->enqueue(Kind::RevokeDevice, callTo(server), QStringLiteral("/v1/devices/revoke"), "r");
        QTRY_COMPARE(confirmed.count(), 1);
        QCOMPARE(server.paths.size(), 3);
    }

    // The withdrawal goes before the sign-out, each once confirmed, in the order queued.
    void keepsTheOrderQueued()
    {
        FlakyServer server(1);
        auto queue = queueOver(freshPath(QStringLiteral("pending.json")));
        QSignalSpy confirmed(queue.get(), &PendingRequests::confirmed);
        queue->enqueue(Kind::WithdrawProfile, callTo(server), QStringLiteral("/v1/profile/share"), "w");
        queue->enqueue(Kind::RevokeDevice, callTo(server), QStringLiteral("/v1/devices/revoke"), "r");
        QTRY_COMPARE(confirmed.count(), 2);
        QCOMPARE(server.paths, (QStringList{QStringLiteral("/v1/profile/share"), QStringLiteral("/v1/profile/share"),
                                            QStringLiteral("/v1/devices/revoke")}));
    }

    // A server that no longer knows the credential: a sign-out is done (that was its aim), a
    // deletion is refused for good, kept and said, never dropped until the learner dismisses it.
    void anUnknownCredentialIsNeverDroppedSilently()
    {
        FlakyServer server(1, FlakyServer::Failure::Unauthorized);
        const QString path = freshPath(QStringLiteral("pending.json"));
        auto queue = queueOver(path);
        QSignalSpy failed(queue.get(), &PendingRequests::attemptFailed);
        QString id;
        queue->enqueue(Kind::DeleteAccount, callTo(server), QStringLiteral("/v1/account/delete"), "x", &id);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.first().at(3).toBool()); // not retried
        QVERIFY(!queue->waiting());
        QCOMPARE(queue->requests().size(), 1);
        QVERIFY(queue->requests().first().refused);
        QVERIFY(queue->requests().first().lastError.contains(u"no longer accepts"));
        QTest::qWait(200);
        QCOMPARE(server.paths.size(), 1); // no retry storm

        auto restarted = queueOver(path);
        QCOMPARE(restarted->requests().size(), 1); // still there after a restart, still said
        QVERIFY(restarted->requests().first().refused);
        restarted->dismiss(id);
        QVERIFY(restarted->requests().isEmpty());
        QVERIFY(!QFile::exists(path));

        FlakyServer signedOut(1, FlakyServer::Failure::Unauthorized);
        auto revoke = queueOver(freshPath(QStringLiteral("pending.json")));
        QSignalSpy confirmed(revoke.get(), &PendingRequests::confirmed);
        revoke->enqueue(Kind::RevokeDevice, callTo(signedOut), QStringLiteral("/v1/devices/revoke"), "r");
        QTRY_COMPARE(confirmed.count(), 1);
    }

    // With a keychain the credential leaves the file once the keychain holds it, is read back
    // after a restart, and is erased from the keychain once the server confirms.
    void theCredentialWaitsInTheKeychain()
    {
        FlakyServer server(3);
        MemorySecretStore keychain;
        const QString path = freshPath(QStringLiteral("pending.json"));
        {
            auto queue = queueOver(path, &keychain);
            QSignalSpy failed(queue.get(), &PendingRequests::attemptFailed);
            queue->enqueue(Kind::WithdrawProfile, callTo(server), QStringLiteral("/v1/profile/share"), "w");
            QTRY_VERIFY(failed.count() >= 1);
            QTRY_COMPARE(keychain.values().size(), 1);
            QTRY_VERIFY(readFile(path).value("requests").toArray().first().toObject().value("tokenInKeychain").toBool());
            QVERIFY(!QString::fromUtf8(QJsonDocument(readFile(path)).toJson()).contains(u"gw1.device-secret"));
        }
        auto queue = queueOver(path, &keychain);
        QSignalSpy confirmed(queue.get(), &PendingRequests::confirmed);
        QTRY_COMPARE(confirmed.count(), 1);
        QCOMPARE(server.tokens.last(), QStringLiteral("gw1.device-secret"));
        QTRY_VERIFY(keychain.values().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    // Where no keychain service runs the credential stays in the (owner-only) file, and the
    // request still goes through.
    void withoutAKeychainServiceTheFileKeepsIt()
    {
        FlakyServer server(1);
        MemorySecretStore keychain;
        keychain.setNoService(true);
        const QString path = freshPath(QStringLiteral("pending.json"));
        auto queue = queueOver(path, &keychain);
        QSignalSpy failed(queue.get(), &PendingRequests::attemptFailed);
        QSignalSpy confirmed(queue.get(), &PendingRequests::confirmed);
        // Read when the attempt fails, not after: the retry 20 ms later may already have
        // succeeded and removed the file by the time a loaded machine polls.
        QString tokenWhenFailed;
        connect(queue.get(), &PendingRequests::attemptFailed, this, [&] {
            if (tokenWhenFailed.isEmpty())
                tokenWhenFailed = readFile(path).value("requests").toArray().first().toObject().value("token").toString();
        });
        queue->enqueue(Kind::RevokeDevice, callTo(server), QStringLiteral("/v1/devices/revoke"), "r");
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(tokenWhenFailed, QStringLiteral("gw1.device-secret"));
        QTRY_COMPARE(confirmed.count(), 1);
        QVERIFY(!QFile::exists(path));
    }

    // Nothing is queued without a credential, or when it cannot be written down.
    void refusesWhatItCannotKeep()
    {
        FlakyServer server(0);
        auto queue = queueOver(m_dir.filePath(QStringLiteral("no-such-folder/pending.json")));
        QVERIFY(queue->enqueue(Kind::RevokeDevice, callTo(server), QStringLiteral("/v1/devices/revoke"), "r")
                    .contains(u"could not be written down"));
        QVERIFY(queue->requests().isEmpty());
        QVERIFY(!queue->enqueue(Kind::RevokeDevice, callTo(server, QString()), QStringLiteral("/v1/devices/revoke"), "r")
                     .isEmpty());
        QTest::qWait(50);
        QVERIFY(server.paths.isEmpty());
    }

    // A file that cannot be read is kept aside and said, not overwritten.
    void anUnreadableFileIsKeptAside()
    {
        const QString path = freshPath(QStringLiteral("pending.json"));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        auto queue = queueOver(path);
        QVERIFY(queue->loadError().contains(u"unreadable"));
        QVERIFY(!QFile::exists(path));
        const QStringList aside = QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".unreadable-*")});
        QCOMPARE(aside.size(), 1);
    }

    // Credential: moved from the store into the keychain (stores from before the keychain too),
    // read back by the next start, erased from both on leaving.
    void theDeviceTokenMovesIntoTheKeychain()
    {
        auto store = LearnerStore::open(freshPath(QStringLiteral("learner.db"))).store;
        QVERIFY(store);
        store->setSyncValue(kStoreTokenKey, "gw1.from-before"); // a store from before the keychain
        store->setSyncValue(QStringLiteral("cohort.device_id"), "device-1");
        MemorySecretStore keychain;
        {
            CohortCredentials credentials(*store, &keychain);
            QVERIFY(credentials.joined()); // at once, from the store's copy
            QSignalSpy moved(&credentials, &CohortCredentials::secretPlaceChanged);
            QVERIFY(moved.wait());
            QVERIFY(credentials.credentialInKeychain());
            QCOMPARE(keychain.values().value(StoreSecretStore::kDeviceTokenKey), QStringLiteral("gw1.from-before"));
            QVERIFY(store->syncValue(kStoreTokenKey).isEmpty());
        }
        CohortCredentials again(*store, &keychain);
        QVERIFY(!again.joined());
        QVERIFY(again.credentialLoading());
        QSignalSpy joined(&again, &CohortCredentials::joinedChanged);
        QVERIFY(joined.wait());
        QCOMPARE(again.credential().deviceToken, QStringLiteral("gw1.from-before"));
        QVERIFY(!again.credentialLoading());

        again.save(kCredential); // joined anew: the new token takes the same way
        QVERIFY(again.joined());
        QTRY_COMPARE(keychain.values().value(StoreSecretStore::kDeviceTokenKey), QStringLiteral("gw1.secret"));
        QTRY_VERIFY(store->syncValue(kStoreTokenKey).isEmpty());

        again.forget();
        QTRY_VERIFY(keychain.values().isEmpty());
        CohortCredentials after(*store, &keychain);
        QVERIFY(!after.joined());
        QVERIFY(!after.credentialLoading());
    }

    // No keychain service: the token stays in the store and the credentials say so.
    void withoutAKeychainServiceTheStoreKeepsTheToken()
    {
        auto store = LearnerStore::open(freshPath(QStringLiteral("learner.db"))).store;
        MemorySecretStore keychain;
        keychain.setNoService(true);
        CohortCredentials credentials(*store, &keychain);
        QSignalSpy place(&credentials, &CohortCredentials::secretPlaceChanged);
        credentials.save(kCredential);
        QVERIFY(place.wait());
        QVERIFY(credentials.keychainMissing());
        QVERIFY(!credentials.credentialInKeychain());
        QCOMPARE(store->syncValue(kStoreTokenKey), QByteArray("gw1.secret"));
        CohortCredentials again(*store, &keychain);
        QVERIFY(again.joined());
        QCOMPARE(again.credential().deviceToken, QStringLiteral("gw1.secret"));
    }

    // The keychain lost the token (or refuses it): said in plain words, not a silent logout.
    void aTokenMissingFromTheKeychainIsSaid()
    {
        auto store = LearnerStore::open(freshPath(QStringLiteral("learner.db"))).store;
        MemorySecretStore keychain;
        {
            CohortCredentials credentials(*store, &keychain);
            credentials.save(kCredential);
            QTRY_VERIFY(credentials.credentialInKeychain());
        }
        MemorySecretStore emptyKeychain;
        CohortCredentials again(*store, &emptyKeychain);
        QSignalSpy place(&again, &CohortCredentials::secretPlaceChanged);
        QVERIFY(place.wait());
        QVERIFY(!again.joined());
        QVERIFY(again.keychainError().contains(u"missing from the system keychain"));
    }
};

QTEST_GUILESS_MAIN(TestPendingRequests)
#include "tst_pendingrequests.moc"
