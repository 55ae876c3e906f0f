#pragma once

#include "client/keyringstore.h"
#include "client/outboxsource.h"

#include <QObject>

#include <functional>

namespace groundwork::core::learner {
class LearnerStore;
}

namespace groundwork::sync {

// The outbox as protocol 3 sends it: every event of the learner's store the server does not
// yet hold sealed (new ones, private ones, and those an older app sent readable) goes up
// sealed under the newest account key; downloaded sealed events are verified and opened
// before `inner` folds them in, and one that does not open is refused and reported.
// What stays in clear: the id, the epoch and, for public-track events only, a coarse kind and
// the UTC day (sync/README.md, "Threat model").
class SealedOutbox : public QObject, public OutboxSource
{
    Q_OBJECT

public:
    // `accountId` names the account the credential belongs to (bound into every seal).
    SealedOutbox(OutboxSource &inner, core::learner::LearnerStore &store, KeyringStore &keys,
                 std::function<QString()> accountId, QObject *parent = nullptr);

    QList<WireEvent> pending(int max) override;
    int pendingCount() override;
    void acknowledge(const QStringList &ids) override;
    void keepLocal(const QStringList &ids) override;
    quint64 downloadCursor() override;
    void applyRemote(const QList<WireEvent> &events, quint64 nextCursor) override;
    std::optional<DeviceKeyRegistration> unregisteredDeviceKey() override;
    void deviceKeyRegistered(const DeviceKeyRegistration &registration) override;
    quint32 heldKeyEpoch() override;
    void applyKeyEnvelopes(const QList<ReceivedKeyEnvelope> &envelopes) override;
    void keyRotationDue(const QString &departedDeviceId) override { emit rotationDue(departedDeviceId); }

    // The server's id of this device (bound into its key attestation); empty until joined.
    void setDeviceId(std::function<QString()> deviceId) { m_deviceId = std::move(deviceId); }

    // What the server may see of an event: its coarse kind (v1::CoarseKind) and UTC day, or
    // 0 and 0 for a private-track event or a reflection.
    static int coarseKindOf(const WireEvent &event);
    static int utcDayOf(const WireEvent &event);
    // The public track a "track completed" milestone names, told in clear beside it; empty for
    // every other event (and for a milestone of a private track, which the recorder never makes).
    static QString publicTrackIdOf(const WireEvent &event);
    // The sealed form of a readable event, and back (nullopt: refused).
    static WireEvent seal(const WireEvent &event, const crypto::AccountKeyring &keyring, const QString &accountId);
    static std::optional<WireEvent> open(const WireEvent &sealed, const crypto::AccountKeyring &keyring,
                                         const QString &accountId);

signals:
    // Downloaded events that failed verification (altered, wrong binding) or are sealed under
    // an epoch this device does not hold: never folded in. Both are kept in the KeyringStore
    // until the learner has seen them (downloadTroubleChanged).
    void eventsRefused(int count);
    // What KeyringStore::downloadTrouble() holds changed (SyncProblems shows it).
    void downloadTroubleChanged();
    // Key envelopes that did not open or were not vouched for by an epoch held: ignored.
    void keyEnvelopesRefused(int count);
    // A device left the account holding the key in use (it signed itself out): rotate for it.
    void rotationDue(const QString &departedDeviceId);

private:
    QList<WireEvent> unsealedEvents(int max);
    void noteTrouble(int refused, quint32 missingEpoch);

    OutboxSource &m_inner;
    core::learner::LearnerStore &m_store;
    KeyringStore &m_keys;
    std::function<QString()> m_accountId;
    std::function<QString()> m_deviceId;
};

} // namespace groundwork::sync
