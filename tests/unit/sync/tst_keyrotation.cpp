// KeyRotation: signing a device out seals the next epoch only for the remaining devices whose
// public key the account key vouches for (a key the server slipped in gets nothing).
#include "client/keyrotation.h"
#include "crypto/devicekeypair.h"
#include "crypto/keyenvelope.h"

#include <QTest>

using namespace groundwork::sync;
using namespace groundwork::sync::crypto;

namespace {

DeviceKeyInfo vouchedFor(const AccountKeyring &keyring, const QString &id, const DeviceKeyPair &pair)
{
    const auto vouch = DeviceKeyAttestation::make(keyring, id, pair.publicKey());
    return {id, pair.publicKey(), vouch.epoch, vouch.mac};
}

} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT

private slots:
    void withoutKeysNothingRotates()
    {
        QVERIFY(!KeyRotation::make(AccountKeyring(), QStringLiteral("c"), {}));
    }

    void sealsOnlyForVouchedRemainingDevices()
    {
        const AccountKeyring held = AccountKeyring::createFirst();
        const AccountKeyring serversOwn = AccountKeyring::createFirst();
        const DeviceKeyPair a = DeviceKeyPair::generate(), b = DeviceKeyPair::generate(),
                            c = DeviceKeyPair::generate(), d = DeviceKeyPair::generate();
        const QList<DeviceKeyInfo> devices{
            vouchedFor(held, QStringLiteral("a"), a),
            vouchedFor(held, QStringLiteral("b"), b),
            vouchedFor(held, QStringLiteral("c"), c),       // the one signed out
            vouchedFor(serversOwn, QStringLiteral("d"), d), // a key the account key never vouched for
            {QStringLiteral("e"), {}, 0, {}},                // no key registered yet
        };
        auto rotation = KeyRotation::make(held, QStringLiteral("c"), devices);
        QVERIFY(rotation);
        QCOMPARE(rotation->keyring.newestEpoch(), 2u);
        QCOMPARE(held.newestEpoch(), 1u); // the held keyring is left as it was
        QStringList sealedFor;
        for (const OutgoingKeyEnvelope &e : rotation->envelopes) {
            QCOMPARE(e.epoch, 2u);
            sealedFor << e.deviceId;
        }
        QCOMPARE(sealedFor, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(rotation->leftOut, (QStringList{QStringLiteral("d"), QStringLiteral("e")}));

        // B opens its envelope and holds the same epoch 2 key; C's key pair opens nothing.
        const auto opened = KeyEnvelope::open(rotation->envelopes.at(1).envelope, b, held);
        QVERIFY(opened);
        QCOMPARE(opened->epoch, 2u);
        QVERIFY(opened->key.view() == rotation->keyring.key(2)->view());
        QVERIFY(!KeyEnvelope::open(rotation->envelopes.at(1).envelope, c, held));
    }
};

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
