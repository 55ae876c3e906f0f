#include "client/sealedoutbox.h"

#include "client/learneroutbox.h"
#include "crypto/eventsealer.h"
#include "crypto/keyenvelope.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "learner/learnerstore.h"

#include <QDateTime>
#include <QSet>

#include <sodium.h>

#include <algorithm>

namespace groundwork::sync {

using crypto::AccountKeyring;
using crypto::EventBinding;
using crypto::EventSealer;

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;

struct CoarseName
{
    const char *kind;
    v1::CoarseKind coarse;
};
constexpr CoarseName kCoarseKinds[] = {
    {"lesson.started", v1::COARSE_KIND_LESSON_STARTED},
    {"lesson.finished", v1::COARSE_KIND_LESSON_FINISHED},
    {"quickcheck.answered", v1::COARSE_KIND_QUICK_CHECK},
    {"drill.decision", v1::COARSE_KIND_DRILL_PRACTISED},
    {"goal.changed", v1::COARSE_KIND_GOAL_SET},
};
// A public track's "completed" milestone: its coarse kind travels only with its track id.
constexpr char kTrackCompletedKind[] = "track.completed";

EventBinding bindingOf(const WireEvent &clear, const QString &accountId)
{
    EventBinding b;
    b.accountId = accountId;
    b.eventId = clear.id;
    b.epoch = clear.epoch;
    b.coarseKind = clear.coarseKind;
    b.day = clear.utcDay;
    b.publicTrackId = clear.publicTrackId;
    return b;
}

} // namespace

SealedOutbox::SealedOutbox(OutboxSource &inner, core::learner::LearnerStore &store, KeyringStore &keys,
                           std::function<QString()> accountId, QObject *parent)
    : QObject(parent), m_inner(inner), m_store(store), m_keys(keys), m_accountId(std::move(accountId))
{
}

int SealedOutbox::coarseKindOf(const WireEvent &event)
{
    if (event.isPrivate || isReflectionKind(event.kind))
        return v1::COARSE_KIND_UNSPECIFIED;
    if (event.kind == QLatin1StringView(kTrackCompletedKind))
        return publicTrackIdOf(event).isEmpty() ? v1::COARSE_KIND_UNSPECIFIED : v1::COARSE_KIND_TRACK_COMPLETED;
    for (const CoarseName &c : kCoarseKinds)
        if (event.kind == QLatin1StringView(c.kind))
            return c.coarse;
    return v1::COARSE_KIND_UNSPECIFIED;
}

QString SealedOutbox::publicTrackIdOf(const WireEvent &event)
{
    if (event.isPrivate || event.kind != QLatin1StringView(kTrackCompletedKind))
        return {};
    // The recorder writes the milestone for public tracks only; the id must also be one the
    // server accepts, or the milestone stays without a clear kind (and is counted nowhere).
    const auto payload = core::learner::decodeTrackCompleted(event.payload);
    if (!payload || !isValidPublicTrackId(payload->trackId.toStdString()))
        return {};
    return payload->trackId;
}

int SealedOutbox::utcDayOf(const WireEvent &event)
{
    if (coarseKindOf(event) == v1::COARSE_KIND_UNSPECIFIED || event.deviceTimeMs < kMsPerDay)
        return 0;
    return int(event.deviceTimeMs / kMsPerDay);
}

WireEvent SealedOutbox::seal(const WireEvent &event, const AccountKeyring &keyring, const QString &accountId)
{
    v1::SealedEventContent content;
    content.set_kind(event.kind.toStdString());
    content.set_device_time_ms(event.deviceTimeMs);
    content.set_content_version(event.contentVersion.toStdString());
    content.set_payload(event.payload.constData(), std::size_t(event.payload.size()));
    content.set_is_private(event.isPrivate);
    content.set_origin_device(event.originDevice.toStdString());
    content.set_utc_offset_minutes(event.utcOffsetMinutes);
    std::string plain = content.SerializeAsString();

    WireEvent out;
    out.id = event.id;
    out.coarseKind = coarseKindOf(event);
    out.utcDay = utcDayOf(event);
    out.publicTrackId = publicTrackIdOf(event);
    EventBinding binding = bindingOf(out, accountId);
    const crypto::SealedBox box = EventSealer::seal(keyring, QByteArrayView(plain.data(), qsizetype(plain.size())), binding);
    sodium_memzero(plain.data(), plain.size());
    out.epoch = box.epoch;
    out.sealed = box.box;
    return out;
}

std::optional<WireEvent> SealedOutbox::open(const WireEvent &sealed, const AccountKeyring &keyring,
                                            const QString &accountId)
{
    const auto plain = EventSealer::open(keyring, sealed.sealed, bindingOf(sealed, accountId));
    v1::SealedEventContent content;
    if (!plain || !content.ParseFromArray(plain->constData(), int(plain->size())))
        return std::nullopt;
    WireEvent e;
    e.id = sealed.id;
    e.kind = QString::fromStdString(content.kind());
    e.deviceTimeMs = content.device_time_ms();
    e.contentVersion = QString::fromStdString(content.content_version());
    e.payload = QByteArray(content.payload().data(), qsizetype(content.payload().size()));
    e.isPrivate = content.is_private();
    e.originDevice = QString::fromStdString(content.origin_device());
    e.utcOffsetMinutes = content.utc_offset_minutes();
    e.epoch = sealed.epoch; // tells the learner outbox it arrived sealed, from the learner's own devices
    e.coarseKind = sealed.coarseKind;
    e.utcDay = sealed.utcDay;
    e.publicTrackId = sealed.publicTrackId;
    // The clear kind beside it must be what the content says: the server cannot relabel.
    if (coarseKindOf(e) != sealed.coarseKind || utcDayOf(e) != sealed.utcDay
        || publicTrackIdOf(e) != sealed.publicTrackId)
        return std::nullopt;
    return e;
}

QList<WireEvent> SealedOutbox::unsealedEvents(int max)
{
    const QStringList held = m_keys.sealedOnServer();
    const QSet<QString> sealed(held.begin(), held.end());
    QList<WireEvent> out;
    for (const core::learner::Event &e : m_store.events()) {
        if (max >= 0 && out.size() >= max)
            break;
        if (!sealed.contains(e.id))
            out.append(LearnerOutbox::toWire(e));
    }
    return out;
}

QList<WireEvent> SealedOutbox::pending(int max)
{
    const auto keyring = m_keys.keyringOrCreate();
    if (!keyring)
        return {}; // nothing leaves the device unsealed
    QList<WireEvent> out;
    const QString account = m_accountId();
    for (const WireEvent &e : unsealedEvents(max))
        out.append(seal(e, *keyring, account));
    return out;
}

int SealedOutbox::pendingCount()
{
    return int(unsealedEvents(-1).size());
}

void SealedOutbox::acknowledge(const QStringList &ids)
{
    m_keys.markSealedOnServer(ids);
    m_inner.acknowledge(ids);
}

void SealedOutbox::keepLocal(const QStringList &ids)
{
    m_inner.keepLocal(ids);
}

quint64 SealedOutbox::downloadCursor()
{
    return m_inner.downloadCursor();
}

void SealedOutbox::applyRemote(const QList<WireEvent> &events, quint64 nextCursor)
{
    const auto keyring = m_keys.keyring();
    const QString account = m_accountId();
    QList<WireEvent> readable;
    QStringList sealedIds;
    int refused = 0;
    int awaitingKey = 0;
    quint32 missingEpoch = 0;
    const quint32 newestHeld = keyring ? keyring->newestEpoch() : 0;
    for (const WireEvent &w : events) {
        if (!w.isSealed()) {
            readable.append(w); // from a device not yet updated: folds in, is re-sealed from here
            continue;
        }
        if (w.epoch > newestHeld) { // envelopes came first: this device was left out
            ++awaitingKey;
            missingEpoch = std::max(missingEpoch, w.epoch);
            continue;
        }
        const auto opened = open(w, *keyring, account);
        if (!opened) {
            ++refused;
            continue;
        }
        readable.append(*opened);
        sealedIds.append(w.id);
    }
    m_inner.applyRemote(readable, nextCursor);
    m_keys.markSealedOnServer(sealedIds);
    noteTrouble(refused, missingEpoch);
    if (refused + awaitingKey > 0) {
        qWarning("groundwork: %d downloaded events failed verification and %d need a key this device was not "
                 "given; none were applied",
                 refused, awaitingKey);
        emit eventsRefused(refused + awaitingKey);
    }
}

void SealedOutbox::noteTrouble(int refused, quint32 missingEpoch)
{
    if (refused == 0 && missingEpoch == 0)
        return;
    if (refused > 0 && !m_keys.addRefusedEvents(refused))
        qWarning("groundwork: the count of refused downloads could not be saved");
    if (missingEpoch > 0 && !m_keys.noteMissingEpoch(missingEpoch, QDateTime::currentDateTimeUtc()))
        qWarning("groundwork: a missing key epoch could not be noted");
    emit downloadTroubleChanged();
}

namespace {

QByteArray registrationMark(const DeviceKeyRegistration &r)
{
    return r.publicKey + QByteArray::number(r.epoch) + r.mac;
}

} // namespace

std::optional<DeviceKeyRegistration> SealedOutbox::unregisteredDeviceKey()
{
    const QString deviceId = m_deviceId ? m_deviceId() : QString();
    const auto keyring = m_keys.keyring();
    if (deviceId.isEmpty() || !keyring || keyring->isEmpty())
        return std::nullopt;
    const auto device = m_keys.deviceKeys();
    if (!device)
        return std::nullopt;
    const auto vouch = crypto::DeviceKeyAttestation::make(*keyring, deviceId, device->publicKey());
    DeviceKeyRegistration registration{device->publicKey(), vouch.epoch, vouch.mac};
    if (m_keys.registeredDeviceKey() == registrationMark(registration))
        return std::nullopt;
    return registration;
}

void SealedOutbox::deviceKeyRegistered(const DeviceKeyRegistration &registration)
{
    m_keys.setRegisteredDeviceKey(registrationMark(registration));
}

quint32 SealedOutbox::heldKeyEpoch()
{
    const auto keyring = m_keys.keyring();
    return keyring ? keyring->newestEpoch() : 0;
}

// Each envelope is opened with this device's secret key and must be vouched for by an epoch
// already held (the server cannot hand out a key of its own); the keyring is saved before the
// events of the page are opened.
void SealedOutbox::applyKeyEnvelopes(const QList<ReceivedKeyEnvelope> &envelopes)
{
    auto keyring = m_keys.keyring();
    const auto device = m_keys.deviceKeys();
    if (!keyring || !device)
        return;
    int refused = 0;
    bool added = false;
    for (const ReceivedKeyEnvelope &e : envelopes) {
        if (keyring->key(e.epoch))
            continue; // already held (this device made it, or a page before brought it)
        auto epoch = crypto::KeyEnvelope::open(e.envelope, *device, *keyring);
        if (!epoch || epoch->epoch != e.epoch || !keyring->add(epoch->epoch, std::move(epoch->key))) {
            ++refused;
            continue;
        }
        added = true;
    }
    if (added && !m_keys.saveKeyring(*keyring))
        qWarning("groundwork: a new account key epoch could not be saved");
    const quint32 missing = m_keys.downloadTrouble().missingEpoch;
    if (added && missing > 0 && keyring->newestEpoch() >= missing && m_keys.clearMissingEpoch())
        emit downloadTroubleChanged(); // a late envelope brought the key after all
    if (refused > 0) {
        qWarning("groundwork: %d key envelopes did not open and were ignored", refused);
        emit keyEnvelopesRefused(refused);
    }
}

} // namespace groundwork::sync
