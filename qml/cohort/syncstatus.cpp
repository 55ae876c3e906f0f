#include "syncstatus.h"

#include "client/cohortcredentials.h"
#include "client/syncscheduler.h"

#include <QLocale>

#include <algorithm>

namespace groundwork::cohort {

using sync::SyncEngine;

SyncStatus::SyncStatus(const sync::CohortCredentials &credentials, sync::SyncScheduler &scheduler,
                       sync::OutboxSource &outbox, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_scheduler(scheduler), m_outbox(outbox)
{
    connect(&credentials, &sync::CohortCredentials::joinedChanged, this, [this] {
        emit joinedChanged();
        emit statusChanged();
        emit credentialNoteChanged();
    });
    connect(&credentials, &sync::CohortCredentials::secretPlaceChanged, this, &SyncStatus::credentialNoteChanged);
    connect(&credentials, &sync::CohortCredentials::lastSyncedChanged, this, [this] {
        emit lastSyncedChanged();
        emit statusChanged(); // "Not synced yet" or "Up to date"
    });
    connect(&scheduler, &sync::SyncScheduler::stateChanged, this, [this] {
        refreshPending();
        emit statusChanged();
    });
    connect(&scheduler, &sync::SyncScheduler::pendingChanged, this, &SyncStatus::refreshPending);
    connect(&scheduler, &sync::SyncScheduler::retryCountdown, this, &SyncStatus::statusChanged);
    connect(&scheduler, &sync::SyncScheduler::errorTextChanged, this, &SyncStatus::errorTextChanged);
}

int SyncStatus::pendingCount() const
{
    if (!m_pendingCount)
        m_pendingCount = m_outbox.pendingCount();
    return *m_pendingCount;
}

QString SyncStatus::credentialNote() const
{
    if (!m_credentials.keychainError().isEmpty())
        return m_credentials.keychainError();
    if (m_credentials.joined() && m_credentials.keychainMissing())
        return tr("No system keychain is available here, so this device's sign-in to the cohort server is kept in "
                  "Groundwork's own data on this device, where anyone who can read your files could read it.");
    return QString();
}

bool SyncStatus::joined() const
{
    return m_credentials.joined();
}

QString SyncStatus::cohortName() const
{
    return m_credentials.credential().cohortName;
}

bool SyncStatus::syncing() const
{
    const SyncEngine *engine = m_scheduler.engine();
    return engine && engine->state() == SyncEngine::State::Syncing;
}

bool SyncStatus::needsUpdate() const
{
    const SyncEngine *engine = m_scheduler.engine();
    return engine && engine->state() == SyncEngine::State::UpdateRequired;
}

bool SyncStatus::signedOut() const
{
    const SyncEngine *engine = m_scheduler.engine();
    return engine && engine->state() == SyncEngine::State::SignedOut;
}

QString SyncStatus::statusText() const
{
    if (!joined())
        return tr("Not in a cohort");
    const SyncEngine *engine = m_scheduler.engine();
    if (!engine)
        return QString();
    switch (engine->state()) {
    case SyncEngine::State::Syncing:
        return tr("Syncing…");
    case SyncEngine::State::WaitingToRetry: {
        const int seconds = std::max(1, (engine->retryInMs() + 999) / 1000);
        if (seconds >= 120)
            return tr("Offline — will retry in %1 min").arg((seconds + 59) / 60);
        return tr("Offline — will retry in %1 s").arg(seconds);
    }
    case SyncEngine::State::UpdateRequired:
        return tr("This app needs an update to sync");
    case SyncEngine::State::SignedOut:
        return tr("This device is signed out of the cohort");
    case SyncEngine::State::Failed:
        return tr("Sync stopped — the cohort server refused a request");
    case SyncEngine::State::Idle:
        break;
    }
    if (pendingCount() > 0)
        return pendingText();
    if (!lastSynced().isValid())
        return tr("Not synced yet");
    return tr("Up to date");
}

QString SyncStatus::pendingText() const
{
    const int pending = pendingCount();
    if (pending == 0)
        return tr("Nothing waiting to sync");
    return tr("%n answer(s) waiting to sync", "", pending);
}

QDateTime SyncStatus::lastSynced() const
{
    return m_credentials.lastSynced();
}

QString SyncStatus::lastSyncedText() const
{
    const QDateTime when = lastSynced();
    if (!when.isValid())
        return tr("Not synced yet");
    return tr("Last synced %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
}

QString SyncStatus::errorText() const
{
    const SyncEngine *engine = m_scheduler.engine();
    return engine ? engine->errorText() : QString();
}

void SyncStatus::syncNow()
{
    m_scheduler.syncNow();
}

void SyncStatus::refreshPending()
{
    if (!m_pendingCount)
        return; // not shown yet: counted when it is
    const int count = m_outbox.pendingCount();
    if (count == m_pendingCount)
        return;
    m_pendingCount = count;
    emit statusChanged();
}

} // namespace groundwork::cohort
