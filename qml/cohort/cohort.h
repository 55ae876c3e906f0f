#pragma once

#include "client/cohortconnection.h"
#include "client/cohortcredentials.h"
#include "client/cohortdeparture.h"
#include "client/keyringstore.h"
#include "client/learneroutbox.h"
#include "client/pendingrequests.h"
#include "client/sealedoutbox.h"
#include "client/syncscheduler.h"
#include "cohortdevices.h"
#include "cohortenrolment.h"
#include "profilesharingmodel.h"
#include "recoverykeymodel.h"
#include "syncproblems.h"
#include "syncstatus.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace groundwork::core::learner {
class LearnerStore;
}

namespace groundwork::cohort {

// What the cohort feature shares with the rest of the app and outlives it: the durable queue of
// requests for the server (it survives deleting the learner's data) and the system keychain.
struct CohortServices
{
    sync::PendingRequests *pending = nullptr; // null: a queue in memory only
    sync::SecretStore *keychain = nullptr;    // null: the credential stays in the learner's store
    // Argon2id cost of the key wrap for a linked device (tests pass the minimum).
    sync::crypto::PwhashLimits linkCost = sync::crypto::PwhashLimits::interactive();
};

// The cohort feature over one learner's store, for the Cohort and Settings screens: it makes
// the parts and wires them to each other, and does nothing else. The screens use the parts
// (properties); the app and tests reach the ones without QML through the accessors (syncing's
// tuning and trust, noteLocalChange(), the outbox's remoteEventsApplied()).
class Cohort : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app (AppShell) over the learner's store.")
    Q_PROPERTY(groundwork::cohort::CohortEnrolment *enrolment READ enrolment CONSTANT)
    Q_PROPERTY(groundwork::cohort::SyncStatus *status READ status CONSTANT)
    Q_PROPERTY(groundwork::cohort::ProfileSharingModel *sharing READ sharing CONSTANT)
    Q_PROPERTY(groundwork::cohort::CohortDevices *devices READ devices CONSTANT)
    Q_PROPERTY(groundwork::cohort::SyncProblems *problems READ problems CONSTANT)
    Q_PROPERTY(groundwork::cohort::RecoveryKeyModel *recovery READ recovery CONSTANT)

public:
    // `store` outlives this; `network` may be null (one is made).
    explicit Cohort(core::learner::LearnerStore &store, QNetworkAccessManager *network = nullptr,
                    QObject *parent = nullptr);
    Cohort(core::learner::LearnerStore &store, const CohortServices &services,
           QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~Cohort() override;

    CohortEnrolment *enrolment() { return &m_enrolment; }
    SyncStatus *status() { return &m_status; }
    ProfileSharingModel *sharing() { return &m_sharing; }
    CohortDevices *devices() { return &m_devices; }
    SyncProblems *problems() { return &m_problems; }
    RecoveryKeyModel *recovery() { return &m_recovery; }

    sync::CohortCredentials &credentials() { return m_credentials; }
    sync::CohortConnection &connection() { return m_connection; }
    // Deleting the learner's account on the server (deleteAccount()), and the requests sent on
    // the way out of the cohort.
    sync::CohortDeparture &departure() { return m_departure; }
    sync::LearnerOutbox &outbox() { return m_outbox; }
    sync::PendingRequests &pending() { return m_pending; }
    sync::KeyringStore &keys() { return m_keys; }
    sync::SealedOutbox &sealedOutbox() { return m_sealed; }
    sync::SyncScheduler &scheduler() { return m_scheduler; }

private:
    // In the order they depend on each other; destroyed the other way round.
    std::unique_ptr<sync::PendingRequests> m_ownPending;
    sync::PendingRequests &m_pending;
    sync::CohortCredentials m_credentials;
    sync::CohortConnection m_connection;
    sync::CohortDeparture m_departure;
    sync::LearnerOutbox m_outbox;
    sync::KeyringStore m_keys;
    sync::SealedOutbox m_sealed; // what the scheduler sends: m_outbox's events, sealed
    sync::SyncScheduler m_scheduler;
    CohortEnrolment m_enrolment;
    SyncStatus m_status;
    ProfileSharingModel m_sharing;
    CohortDevices m_devices;
    SyncProblems m_problems;
    RecoveryKeyModel m_recovery;
};

} // namespace groundwork::cohort
