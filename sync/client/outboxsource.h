#pragma once

#include "protocol/wireevent.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace groundwork::sync {

// Protocol 3: this device's public key as the other devices need it (POST /v1/devices/key).
struct DeviceKeyRegistration
{
    QByteArray publicKey;
    quint32 epoch = 0;
    QByteArray mac; // DeviceKeyAttestation under the account key of `epoch`
};

// A new epoch of the account key sealed for this device, as a download brings it.
struct ReceivedKeyEnvelope
{
    quint32 epoch = 0;
    QByteArray envelope;
};

// What the sync engine needs from the learner's local store. The learner core implements it
// over its event store and outbox; tests use an in-memory fake. Calls are quick and local.
class OutboxSource
{
public:
    virtual ~OutboxSource() = default;

    // Up to `max` events not yet acknowledged by the server, oldest first.
    virtual QList<WireEvent> pending(int max) = 0;
    virtual int pendingCount() = 0;
    // The server holds these now: they leave the outbox (they stay in the local store).
    virtual void acknowledge(const QStringList &ids) = 0;
    // Private events must never be in the outbox; if some are, the engine hands them back
    // here instead of sending them: take them off the outbox, keep them on the device.
    virtual void keepLocal(const QStringList &ids) = 0;

    // Where this device's pull from the server stands (0: from the beginning).
    virtual quint64 downloadCursor() = 0;
    // Events recorded by the person's other devices. Must be idempotent by event id, and
    // store the new cursor in the same local transaction, so an interrupted pull resumes.
    virtual void applyRemote(const QList<WireEvent> &events, quint64 nextCursor) = 0;

    // End-to-end keys (protocol 3; a source of readable events has none). The device key to
    // send before downloading, when the server does not hold it yet; told once it does.
    virtual std::optional<DeviceKeyRegistration> unregisteredDeviceKey() { return std::nullopt; }
    virtual void deviceKeyRegistered(const DeviceKeyRegistration &) {}
    // The newest epoch held, sent with each download so the server drops envelopes up to it.
    virtual quint32 heldKeyEpoch() { return 0; }
    // Envelopes a download brought, handed over before the page's events (which may be sealed
    // under the new epoch).
    virtual void applyKeyEnvelopes(const QList<ReceivedKeyEnvelope> &) {}
    // A device of the account left holding the key in use: this device should rotate for it.
    virtual void keyRotationDue(const QString &) {}
};

} // namespace groundwork::sync
