// The end-to-end encryption library (sync/crypto): account key epochs, sealing events,
// wrapping the keyring for a linked device, device keys and the envelopes of a rotation.
#include "crypto/accountkeyring.h"
#include "crypto/devicekeypair.h"
#include "crypto/eventsealer.h"
#include "crypto/keyenvelope.h"
#include "crypto/linkkeywrap.h"
#include "crypto/recoverykey.h"

#include <QTest>

#include <sodium.h>

using namespace groundwork::sync::crypto;

namespace {

EventBinding binding(const QString &eventId = QStringLiteral("dev.0001"))
{
    EventBinding b;
    b.accountId = QStringLiteral("acct-1");
    b.eventId = eventId;
    b.coarseKind = 2;
    b.day = 20'000;
    return b;
}

} // namespace

class TestSyncCrypto : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void keyringEpochsAscendAndRoundTrip()
    {
        AccountKeyring ring = AccountKeyring::createFirst();
        QCOMPARE(ring.newestEpoch(), 1u);
        QCOMPARE(ring.rotate(), 2u);
        QCOMPARE(ring.epochs(), (QList<quint32>{1, 2}));
        QVERIFY(!ring.key(1)->equals(*ring.key(2)));
        const auto parsed = AccountKeyring::parse(ring.serialize().view());
        QVERIFY(parsed);
        QCOMPARE(parsed->epochs(), ring.epochs());
        QVERIFY(parsed->key(2)->equals(*ring.key(2)));
        // A held epoch is not replaced by another key; a wrong size is refused.
        QVERIFY(!ring.add(1, randomSecret(32)));
        QVERIFY(ring.add(1, ring.key(1)->clone()));
        QVERIFY(!ring.add(3, randomSecret(16)));
        QVERIFY(!AccountKeyring::parse(QByteArray(35, 'x')));
    }

    void sealOpensOnlyWithTheSameBindingAndKey()
    {
        const AccountKeyring ring = AccountKeyring::createFirst();
        EventBinding b = binding();
        const QByteArray plain("drill answer with canary-123");
        const SealedBox sealed = EventSealer::seal(ring, plain, b);
        QCOMPARE(sealed.epoch, 1u);
        QCOMPARE(b.epoch, 1u);
        QVERIFY(!sealed.box.contains("canary"));
        QCOMPARE(EventSealer::open(ring, sealed.box, b).value_or(QByteArray()), plain);

        EventBinding otherEvent = b;
        otherEvent.eventId = QStringLiteral("dev.0002");
        QVERIFY(!EventSealer::open(ring, sealed.box, otherEvent));
        EventBinding otherKind = b;
        otherKind.coarseKind = 3;
        QVERIFY(!EventSealer::open(ring, sealed.box, otherKind));
        EventBinding otherAccount = b;
        otherAccount.accountId = QStringLiteral("acct-2");
        QVERIFY(!EventSealer::open(ring, sealed.box, otherAccount));
        QByteArray tampered = sealed.box;
        tampered[40] = char(tampered[40] ^ 1);
        QVERIFY(!EventSealer::open(ring, tampered, b));
        QVERIFY(!EventSealer::open(AccountKeyring::createFirst(), sealed.box, b));
    }

    void sizesArePaddedToBuckets()
    {
        QCOMPARE(EventSealer::paddedSize(0), std::size_t(128));
        QCOMPARE(EventSealer::paddedSize(127), std::size_t(128));
        QCOMPARE(EventSealer::paddedSize(128), std::size_t(512));
        QCOMPARE(EventSealer::paddedSize(3000), std::size_t(8192));
        QCOMPARE(EventSealer::paddedSize(9000), std::size_t(16384));
        const AccountKeyring ring = AccountKeyring::createFirst();
        EventBinding b = binding();
        const auto shortBox = EventSealer::seal(ring, QByteArray(10, 'a'), b).box;
        const auto longerBox = EventSealer::seal(ring, QByteArray(100, 'a'), b).box;
        QCOMPARE(shortBox.size(), longerBox.size());
        for (int size : {0, 127, 128, 511, 2047, 8191, 8192, 20000}) {
            const QByteArray plain(size, 'z');
            const auto box = EventSealer::seal(ring, plain, b).box;
            QCOMPARE(EventSealer::open(ring, box, b).value_or(QByteArray("x")), plain);
        }
    }

    void rotationLocksOutAnOlderKeyring()
    {
        AccountKeyring ring = AccountKeyring::createFirst();
        const AccountKeyring revoked = ring.clone();
        ring.rotate();
        EventBinding b = binding();
        const SealedBox later = EventSealer::seal(ring, QByteArray("written after"), b);
        QCOMPARE(later.epoch, 2u);
        QVERIFY(!EventSealer::open(revoked, later.box, b));
        QVERIFY(EventSealer::open(ring, later.box, b));
    }

    void linkWrapNeedsTheSecretAndTheAccount()
    {
        const LinkKeyWrap wrap(PwhashLimits::minimum());
        AccountKeyring ring = AccountKeyring::createFirst();
        ring.rotate();
        const QString secret = LinkKeyWrap::newSecret();
        QCOMPARE(secret.size(), LinkKeyWrap::kSecretCharacters);
        const QByteArray blob = wrap.wrap(ring, secret, QStringLiteral("acct-1"));
        QVERIFY(!blob.isEmpty());
        const auto back = wrap.unwrap(blob, secret.toLower(), QStringLiteral("acct-1"));
        QVERIFY(back);
        QCOMPARE(back->epochs(), ring.epochs());
        QVERIFY(back->key(2)->equals(*ring.key(2)));
        QString wrong = secret;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!wrap.unwrap(blob, wrong, QStringLiteral("acct-1")));
        QVERIFY(!wrap.unwrap(blob, secret, QStringLiteral("acct-2")));
    }

    void combinedCodeSplitsBack()
    {
        const QString combined = LinkKeyWrap::combinedCode(QStringLiteral("ABCD-EFGH-JK"), QStringLiteral("MNPQRSTVWXYZ0"));
        QCOMPARE(combined, QStringLiteral("ABCD-EFGH-JKMN-PQRS-TVWX-YZ0"));
        const auto parts = LinkKeyWrap::splitCode(QStringLiteral("abcd efgh jkmn-pqrs tvwx yzo"), 10);
        QVERIFY(parts);
        QCOMPARE(parts->serverLinkCode, QStringLiteral("ABCDEFGHJK"));
        QCOMPARE(parts->secret, QStringLiteral("MNPQRSTVWXYZ0"));
        QVERIFY(!LinkKeyWrap::splitCode(QStringLiteral("ABCD-EFGH-JK"), 10));
        QVERIFY(!LinkKeyWrap::splitCode(QStringLiteral("ABCD-EFGH-JKMN-PQRS-TVWX-YZ!"), 10));
    }

    void deviceKeysAreAttestedByTheAccountKey()
    {
        const AccountKeyring ring = AccountKeyring::createFirst();
        const DeviceKeyPair device = DeviceKeyPair::generate();
        const auto parsed = DeviceKeyPair::parse(device.serialize().view());
        QVERIFY(parsed);
        QCOMPARE(parsed->publicKey(), device.publicKey());
        const auto att = DeviceKeyAttestation::make(ring, QStringLiteral("dev-b"), device.publicKey());
        QVERIFY(att.verify(ring, QStringLiteral("dev-b"), device.publicKey()));
        QVERIFY(!att.verify(ring, QStringLiteral("dev-c"), device.publicKey()));
        const DeviceKeyPair servers = DeviceKeyPair::generate();
        QVERIFY(!att.verify(ring, QStringLiteral("dev-b"), servers.publicKey()));
        QVERIFY(!att.verify(AccountKeyring::createFirst(), QStringLiteral("dev-b"), device.publicKey()));
        // A damaged record (public key not the secret key's) is refused.
        SecretBytes record = device.serialize();
        record.data()[0] ^= 1;
        QVERIFY(!DeviceKeyPair::parse(record.view()));
    }

    void envelopeCarriesTheNewEpochToItsDeviceOnly()
    {
        AccountKeyring a = AccountKeyring::createFirst();
        const AccountKeyring b = a.clone();
        const DeviceKeyPair bKeys = DeviceKeyPair::generate();
        a.rotate();
        const QByteArray envelope = KeyEnvelope::seal(a, bKeys.publicKey());
        QVERIFY(!envelope.isEmpty());
        const auto epoch = KeyEnvelope::open(envelope, bKeys, b);
        QVERIFY(epoch);
        QCOMPARE(epoch->epoch, 2u);
        QVERIFY(epoch->key.equals(*a.key(2)));
        QVERIFY(!KeyEnvelope::open(envelope, DeviceKeyPair::generate(), b));
        // The server cannot hand out a key of its own: without epoch 1 it cannot vouch for it.
        AccountKeyring forged = AccountKeyring::createFirst();
        forged.rotate();
        QVERIFY(!KeyEnvelope::open(KeyEnvelope::seal(forged, bKeys.publicKey()), bKeys, b));
        QByteArray tampered = envelope;
        tampered[10] = char(tampered[10] ^ 1);
        QVERIFY(!KeyEnvelope::open(tampered, bKeys, b));
    }

    void recoveryKeyPrintsAndParsesBack()
    {
        const RecoveryKey key = RecoveryKey::generate();
        const QString printed = key.printable();
        QCOMPARE(printed.size(), RecoveryKey::kCharacters + RecoveryKey::kCharacters / 4 - 1); // 14 groups
        QCOMPARE(printed.count(QLatin1Char('-')), 13);
        RecoveryKey::ParseError why = RecoveryKey::ParseError::Mistyped;
        const auto parsed = RecoveryKey::parse(printed.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')), &why);
        QVERIFY(parsed);
        QCOMPARE(why, RecoveryKey::ParseError::None);
        QVERIFY(parsed->secret().equals(key.secret()));
        QVERIFY(RecoveryKey::generate().printable() != printed); // random each time
        QVERIFY(!RecoveryKey::generate().secret().equals(key.secret()));
    }

    void recoveryKeyRefusesTyposWithAReason()
    {
        const QString printed = RecoveryKey::generate().printable();
        RecoveryKey::ParseError why = RecoveryKey::ParseError::None;
        QVERIFY(!RecoveryKey::parse(printed.left(printed.size() - 2), &why));
        QCOMPARE(why, RecoveryKey::ParseError::WrongLength);
        QVERIFY(!RecoveryKey::parse(printed + QStringLiteral("#"), &why));
        QCOMPARE(why, RecoveryKey::ParseError::ForeignCharacter);
        // Each single character changed is caught by the checksum (or the padding bits).
        int caught = 0;
        int tried = 0;
        for (qsizetype i = 0; i < printed.size(); ++i) {
            if (printed.at(i) == QLatin1Char('-'))
                continue;
            QString typo = printed;
            typo[i] = printed.at(i) == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
            ++tried;
            if (!RecoveryKey::parse(typo, &why) && why == RecoveryKey::ParseError::Mistyped)
                ++caught;
        }
        QCOMPARE(caught, tried);
    }

    void recoveryWrapNeedsTheRightKeyAndAccount()
    {
        const AccountKeyring ring = AccountKeyring::createFirst();
        const RecoveryKey key = RecoveryKey::generate();
        const QString account = QStringLiteral("acct-1");
        const QByteArray wrapped = RecoveryWrap::wrap(ring, key, account);
        QVERIFY(!wrapped.isEmpty());
        const auto restored = RecoveryWrap::restore(wrapped, {}, key, account);
        QVERIFY(restored);
        QVERIFY(restored->key(1)->equals(*ring.key(1)));
        // The wrong recovery key, another account, an altered byte: refused.
        QVERIFY(!RecoveryWrap::restore(wrapped, {}, RecoveryKey::generate(), account));
        QVERIFY(!RecoveryWrap::restore(wrapped, {}, key, QStringLiteral("acct-2")));
        for (qsizetype i = 0; i < wrapped.size(); i += 7) {
            QByteArray altered = wrapped;
            altered[i] = char(altered[i] ^ 0x01);
            QVERIFY2(!RecoveryWrap::restore(altered, {}, key, account), qPrintable(QString::number(i)));
        }
        QVERIFY(!RecoveryWrap::restore(wrapped.left(20), {}, key, account));
    }

    void recoveryFollowsRotationsThroughEnvelopes()
    {
        AccountKeyring ring = AccountKeyring::createFirst();
        const RecoveryKey key = RecoveryKey::generate();
        const QString account = QStringLiteral("acct-1");
        const QByteArray wrapped = RecoveryWrap::wrap(ring, key, account); // made at epoch 1
        const QByteArray recoveryPublic = key.envelopeKeys().publicKey();
        QList<QByteArray> envelopes;
        for (int i = 0; i < 3; ++i) { // three sign-outs later, made by devices without the secret
            ring.rotate();
            envelopes.prepend(KeyEnvelope::seal(ring, recoveryPublic)); // order does not matter
        }
        const auto restored = RecoveryWrap::restore(wrapped, envelopes, key, account);
        QVERIFY(restored);
        QCOMPARE(restored->epochs(), (QList<quint32>{1, 2, 3, 4}));
        QVERIFY(restored->key(4)->equals(*ring.key(4)));
        // An envelope the server made itself (a key of its choosing) is not vouched for.
        AccountKeyring forged = AccountKeyring::createFirst();
        forged.rotate();
        forged.rotate();
        forged.rotate();
        forged.rotate();
        const auto withForgery = RecoveryWrap::restore(wrapped, {KeyEnvelope::seal(forged, recoveryPublic)}, key,
                                                       account);
        QVERIFY(withForgery);
        QCOMPARE(withForgery->epochs(), (QList<quint32>{1}));
    }

    void whatTheServerHoldsDoesNotUnwrap()
    {
        const AccountKeyring ring = AccountKeyring::createFirst();
        const RecoveryKey key = RecoveryKey::generate();
        const QString account = QStringLiteral("acct-1");
        const QByteArray wrapped = RecoveryWrap::wrap(ring, key, account);
        const QByteArray verifier = key.verifier();
        const QByteArray stored = RecoveryKey::verifierHash(verifier);
        const QByteArray publicKey = key.envelopeKeys().publicKey();
        // Each is derived apart: none equals the secret or the wrapping key.
        const QByteArray secret = key.secret().view().toByteArray();
        const QByteArray wrapping = key.wrappingKey().view().toByteArray();
        for (const QByteArray &held : {verifier, stored, publicKey, wrapped}) {
            QVERIFY(!held.contains(secret));
            QVERIFY(!held.contains(wrapping));
        }
        QVERIFY(stored != verifier);
        // Treating any of them as the recovery secret opens nothing.
        for (const QByteArray &held : {verifier, stored, publicKey}) {
            const RecoveryKey guess = RecoveryKey::fromSecret(SecretBytes(held));
            QVERIFY(!RecoveryWrap::restore(wrapped, {}, guess, account));
        }
        // The printable form never reaches the server: not in what it stores either.
        const QByteArray printed = key.printable().toLatin1();
        for (const QByteArray &held : {verifier, stored, publicKey, wrapped})
            QVERIFY(!held.contains(printed.left(16)));
    }
};

QTEST_GUILESS_MAIN(TestSyncCrypto)
#include "tst_synccrypto.moc"
