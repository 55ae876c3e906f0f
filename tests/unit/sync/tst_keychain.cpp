// The device credential in a real system keychain through QtKeychain (KeychainSecretStore),
// run twice by CTest: inside a private D-Bus session with gnome-keyring's Secret Service
// (with-keyring.sh; GW_KEYCHAIN=present), and where no session bus exists at all
// (GW_KEYCHAIN=absent), where the credential must fall back to the learner's store and say so.
#include "client/cohortcredentials.h"
#include "client/keychainsecretstore.h"
#include "learner/learnerstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace groundwork::sync;
using namespace groundwork::core::learner;

namespace {

SecretStore::Result await(const std::function<void(QObject *, SecretStore::Done)> &call)
{
    QObject context;
    std::optional<SecretStore::Result> result;
    call(&context, [&result](const SecretStore::Result &r) { result = r; });
    QElapsedTimer waited;
    waited.start();
    while (!result && waited.elapsed() < 30'000)
        QTest::qWait(10);
    return result.value_or(SecretStore::Result{SecretStore::Status::Failed, {}, QStringLiteral("no answer in 30 s")});
}

const CohortCredential kCredential{QStringLiteral("https://cohort.example.org"), QStringLiteral("gw1.keychain-secret"),
                                   QStringLiteral("account-1"),   QStringLiteral("device-1"),
                                   QStringLiteral("cohort-1"),    QStringLiteral("Platform leads"),
                                   QStringLiteral("Ada")};

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_present = qgetenv("GW_KEYCHAIN") == "present";

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(qEnvironmentVariableIsSet("GW_KEYCHAIN"), "run through CTest (GW_KEYCHAIN=present or absent)");
    }

    void roundTrip()
    {
        KeychainSecretStore keychain(m_dir.path());
        QElapsedTimer timer;
        timer.start();
        const auto written = await([&](QObject *c, SecretStore::Done d) {
            keychain.write(QStringLiteral("probe"), QStringLiteral("s3cret"), c, std::move(d));
        });
        qInfo("keychain write answered in %lld ms: %s", timer.elapsed(), qPrintable(written.error));
        if (!m_present) {
            // QtKeychain says "no backend", or that it could not connect to the session bus.
            QVERIFY(!written.ok());
            QVERIFY2(timer.elapsed() < 5'000, "an absent keychain must answer quickly");
            return;
        }
        QVERIFY2(written.ok(), qPrintable(written.error));
        KeychainSecretStore again(m_dir.path()); // another instance: it is really in the keychain
        const auto read = await([&](QObject *c, SecretStore::Done d) { again.read(QStringLiteral("probe"), c, std::move(d)); });
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value, QStringLiteral("s3cret"));
        KeychainSecretStore elsewhere(m_dir.filePath(QStringLiteral("other")));
        QCOMPARE(await([&](QObject *c, SecretStore::Done d) { elsewhere.read(QStringLiteral("probe"), c, std::move(d)); })
                     .status,
                 SecretStore::Status::NotFound); // another data folder has its own entries
        QVERIFY(await([&](QObject *c, SecretStore::Done d) { again.remove(QStringLiteral("probe"), c, std::move(d)); }).ok());
        QCOMPARE(await([&](QObject *c, SecretStore::Done d) { again.read(QStringLiteral("probe"), c, std::move(d)); }).status,
                 SecretStore::Status::NotFound);
    }

    // A store from before the keychain: its token moves into the keychain (or, with none,
    // stays and is said), and the next start finds it.
    void theStoreTokenMoves()
    {
        auto store = LearnerStore::open(m_dir.filePath(QStringLiteral("learner.db"))).store;
        QVERIFY(store);
        CohortCredentials(*store).save(kCredential); // as the app before the keychain kept it
        QCOMPARE(store->syncValue(QStringLiteral("cohort.device_token")), QByteArray("gw1.keychain-secret"));
        KeychainSecretStore keychain(m_dir.path());
        {
            CohortCredentials credentials(*store, &keychain);
            QVERIFY(credentials.joined());
            QSignalSpy place(&credentials, &CohortCredentials::secretPlaceChanged);
            QVERIFY(place.wait(30'000));
            QCOMPARE(credentials.credentialInKeychain(), m_present);
            QCOMPARE(credentials.keychainMissing(), !m_present);
            QCOMPARE(store->syncValue(QStringLiteral("cohort.device_token")).isEmpty(), m_present);
        }
        CohortCredentials again(*store, &keychain);
        QSignalSpy joined(&again, &CohortCredentials::joinedChanged);
        if (m_present)
            QVERIFY(joined.wait(30'000));
        QCOMPARE(again.credential().deviceToken, QStringLiteral("gw1.keychain-secret"));
        again.forget();
        if (m_present) {
            const auto read = await([&](QObject *c, SecretStore::Done d) {
                keychain.read(StoreSecretStore::kDeviceTokenKey, c, std::move(d));
            });
            QCOMPARE(read.status, SecretStore::Status::NotFound); // erased on leaving
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
