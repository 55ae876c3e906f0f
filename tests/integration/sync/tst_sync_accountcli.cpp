// The administrator's data-rights commands of the real groundwork-server, on both back ends:
// export-account writes everything the server holds about one account as JSON (no secrets),
// delete-account deletes it all in one transaction and leaves everyone else alone.
#include "server/credentials.h"
#include "server/provisioning.h"
#include "serverprocess.h"
#include "testbackends.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace groundwork::sync;
using namespace groundwork::sync::testing;

namespace {

WireEvent wireEvent(const QString &id, const QByteArray &payload)
{
    WireEvent e;
    e.id = id;
    e.deviceTimeMs = 1'700'000'123'456;
    e.kind = QStringLiteral("drill.decision");
    e.contentVersion = QStringLiteral("2026.11.0+3f9a2c1d");
    e.payload = payload;
    e.originDevice = QStringLiteral("origin-1");
    e.utcOffsetMinutes = 60;
    return e;
}

} // namespace

class TestSyncAccountCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private slots:
    void initTestCase()
    {
        QVERIFY(credentials::initialise());
        QVERIFY(m_scratch.isValid());
    }

    void exportThenDelete_data() { addBackendRows(); }
    void exportThenDelete()
    {
        QFETCH(QString, backend);
        FreshDatabase db(backend, m_scratch.path());
        GW_REQUIRE_BACKEND(db);

        // A cohort with two learners: Ada (two devices, one of them signed out, two events and
        // a shared profile) and Bo (one event).
        FakeClock clock;
        IssuedDevice ada, adaLaptop, bo;
        QString cohortId;
        {
            auto store = db.open();
            QVERIFY(store);
            Provisioning provisioning(*store, clock);
            const NewCohort cohort = provisioning.createCohort(QStringLiteral("Platform leads"), QStringLiteral("Lee"), 3'600'000);
            cohortId = cohort.cohort.id;
            ada = provisioning.createAccountWithDevice(cohortId, Role::Learner, QStringLiteral("Ada"), QStringLiteral("phone"));
            adaLaptop = provisioning.addDevice(*store->account(ada.accountId), QStringLiteral("laptop"));
            QVERIFY(store->revokeDevice(adaLaptop.deviceId, clock.now + 5));
            bo = provisioning.createAccountWithDevice(cohortId, Role::Learner, QStringLiteral("Bo"), QStringLiteral("phone"));
            store->storeEvents(ada.accountId, ada.deviceId,
                               {wireEvent(QStringLiteral("ada-1"), QByteArray("\x08\x01\x00\xff", 4)), wireEvent(QStringLiteral("ada-2"), "two")},
                               clock.now);
            store->storeEvents(bo.accountId, bo.deviceId, {wireEvent(QStringLiteral("bo-1"), "bo")}, clock.now);
            store->chooseProfileSharing(ada.accountId, QByteArray("ada's profile"), 42);
            store->createLinkCode(QByteArray(32, 'L'), ada.accountId, clock.now + 600'000);
        }
        const QStringList database{QStringLiteral("--database"), db.spec()};
        const QStringList adaAccount{QStringLiteral("--account"), ada.accountId};

        // Export to a file, readable by its owner only.
        const QString file = m_scratch.filePath(backend + QStringLiteral("-ada.json"));
        const Run exported = runCli(QStringList{QStringLiteral("export-account")} + database + adaAccount
                                    + QStringList{QStringLiteral("--to"), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(u"2 events"));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"account").toObject().value(u"id").toString(), ada.accountId);
        QCOMPARE(root.value(u"account").toObject().value(u"display_name").toString(), QStringLiteral("Ada"));
        QCOMPARE(root.value(u"account").toObject().value(u"role").toString(), QStringLiteral("learner"));
        QCOMPARE(root.value(u"cohort").toObject().value(u"name").toString(), QStringLiteral("Platform leads"));
        const QJsonArray devices = root.value(u"devices").toArray();
        QCOMPARE(devices.size(), 2); // the signed-out laptop too
        QJsonObject phone, laptop; // added at the same time: in either order
        for (const QJsonValue &d : devices)
            (d.toObject().value(u"id").toString() == ada.deviceId ? phone : laptop) = d.toObject();
        QCOMPARE(phone.value(u"name").toString(), QStringLiteral("phone"));
        QVERIFY(phone.value(u"revoked").isNull());
        QCOMPARE(laptop.value(u"id").toString(), adaLaptop.deviceId);
        QVERIFY(laptop.value(u"revoked").isString());
        const QJsonArray events = root.value(u"events").toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.value(u"id").toString(), QStringLiteral("ada-1"));
        QCOMPARE(first.value(u"kind").toString(), QStringLiteral("drill.decision"));
        QCOMPARE(first.value(u"device_time_ms").toInteger(), 1'700'000'123'456);
        QCOMPARE(first.value(u"utc_offset_minutes").toInt(), 60);
        QCOMPARE(first.value(u"uploaded_by_device").toString(), ada.deviceId);
        QCOMPARE(QByteArray::fromBase64(first.value(u"payload_base64").toString().toLatin1()),
                 QByteArray("\x08\x01\x00\xff", 4));
        const QJsonObject sharing = root.value(u"profile_sharing").toObject();
        QVERIFY(sharing.value(u"shared").toBool());
        QCOMPARE(QByteArray::fromBase64(sharing.value(u"shared_profile_base64").toString().toLatin1()),
                 QByteArray("ada's profile"));
        // No secret and no hash of one: neither the tokens, nor their hashes in any spelling.
        for (const IssuedDevice &d : {ada, adaLaptop}) {
            const QByteArray hash = credentials::hashSecret(d.token);
            QVERIFY(!bytes.contains(d.token.toLatin1()));
            QVERIFY(!bytes.contains(hash.toHex()));
            QVERIFY(!bytes.contains(hash.toBase64()));
        }
        QVERIFY(!bytes.contains("bo-1")); // nobody else's data

        // To standard output, the same document.
        const Run toStdout = runCli(QStringList{QStringLiteral("export-account")} + database + adaAccount);
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(toStdout.out.toUtf8()).object(), root);

        // Delete: everything of Ada's goes, Bo stays.
        const Run deleted = runCli(QStringList{QStringLiteral("delete-account")} + database + adaAccount);
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QVERIFY2(deleted.out.contains(u"2 events, 2 device credentials"), qPrintable(deleted.out));
        const Run again = runCli(QStringList{QStringLiteral("delete-account")} + database + adaAccount);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"no account"));
        QCOMPARE(runCli(QStringList{QStringLiteral("export-account")} + database + adaAccount).exitCode, 1);
        QCOMPARE(runCli(QStringList{QStringLiteral("delete-account")} + database).exitCode, 2); // no --account

        auto store = db.open();
        QVERIFY(store);
        QVERIFY(!store->account(ada.accountId));
        QVERIFY(!store->deviceByToken(credentials::hashSecret(ada.token)));
        QVERIFY(store->allDevices(ada.accountId).isEmpty());
        QVERIFY(store->heldEvents(ada.accountId).isEmpty());
        QVERIFY(!store->takeLinkCode(QByteArray(32, 'L')));
        QVERIFY(store->deviceByToken(credentials::hashSecret(bo.token)));
        QCOMPARE(eventIdsHeld(*store, bo.accountId), QStringList{"bo-1"});
        const QList<MemberSummary> members = store->cohortMembers(cohortId);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().displayName, QStringLiteral("Bo"));
    }
};

QTEST_GUILESS_MAIN(TestSyncAccountCli)
#include "tst_sync_accountcli.moc"
