#include "client/syncscheduler.h"

#include "client/cohortconnection.h"
#include "client/cohortcredentials.h"

#include <QRandomGenerator>

namespace groundwork::sync {

namespace {

double random01()
{
    return QRandomGenerator::global()->generateDouble();
}

} // namespace

SyncScheduler::SyncScheduler(CohortCredentials &credentials, CohortConnection &connection, OutboxSource &outbox,
                             QObject *parent)
    : QObject(parent), m_credentials(credentials), m_connection(connection), m_outbox(outbox)
{
    m_periodic.setInterval(15 * 60'000);
    connect(&m_periodic, &QTimer::timeout, this, &SyncScheduler::syncNow);
    m_soon.setSingleShot(true);
    m_soon.setInterval(5'000);
    connect(&m_soon, &QTimer::timeout, this, &SyncScheduler::syncNow);
    m_countdown.setInterval(1'000);
    connect(&m_countdown, &QTimer::timeout, this, &SyncScheduler::retryCountdown);

    // Leaving stops at once, before anything else lets go of the credential.
    connect(&m_credentials, &CohortCredentials::aboutToForget, this, &SyncScheduler::stop);
    connect(&m_credentials, &CohortCredentials::joinedChanged, this, [this] {
        if (m_credentials.joined())
            start();
    });
    connect(&m_connection, &CohortConnection::trustChanged, this, [this] {
        if (m_credentials.joined())
            start();
    });
    // Started from the event loop, so that what the owner sets right after construction
    // (certificates, tuning, the share provider) applies to the very first request: a TLS
    // connection opened without a private CA would be reused and fail.
    QTimer::singleShot(0, this, [this] {
        if (m_credentials.joined() && !m_engine)
            start();
    });
}

SyncScheduler::~SyncScheduler()
{
    // The engine goes first: aborting its request on the way out still reaches the timers.
    m_engine.reset();
}

void SyncScheduler::setTuning(const SyncTuning &tuning)
{
    m_tuning = tuning;
    if (m_credentials.joined())
        start();
}

void SyncScheduler::setIntervals(int periodicMs, int afterChangeMs)
{
    m_periodic.setInterval(periodicMs);
    m_soon.setInterval(afterChangeMs);
}

void SyncScheduler::setProfileShareProvider(ProfileShareProvider provider)
{
    m_shareProvider = std::move(provider);
    if (m_engine)
        m_engine->setProfileShareProvider(m_shareProvider);
}

void SyncScheduler::start()
{
    m_engine.reset();
    m_engine = std::make_unique<SyncEngine>(m_outbox, m_connection.network(), m_connection.endpoint(), m_tuning,
                                            random01);
    SyncEngine *engine = m_engine.get();
    engine->setProfileShareProvider(m_shareProvider);
    connect(engine, &SyncEngine::profileShareConfirmed, this, &SyncScheduler::profileShareConfirmed);
    connect(engine, &SyncEngine::profileShareStateReceived, this, &SyncScheduler::profileShareStateReceived);
    connect(engine, &SyncEngine::cohortRoleReceived, this, &SyncScheduler::cohortRoleReceived);
    connect(engine, &SyncEngine::stateChanged, this, [this, engine] {
        if (engine->state() == SyncEngine::State::WaitingToRetry)
            m_countdown.start();
        else
            m_countdown.stop();
        emit stateChanged();
    });
    connect(engine, &SyncEngine::pendingCountChanged, this, &SyncScheduler::pendingChanged);
    connect(engine, &SyncEngine::errorTextChanged, this, &SyncScheduler::errorTextChanged);
    connect(engine, &SyncEngine::lastSyncedChanged, this,
            [this, engine] { m_credentials.setLastSynced(engine->lastSynced()); });
    m_periodic.start();
    emit stateChanged();
    emit errorTextChanged();
    engine->syncNow();
}

void SyncScheduler::stop()
{
    m_engine.reset();
    m_periodic.stop();
    m_soon.stop();
    m_countdown.stop();
    emit stateChanged();
    emit errorTextChanged();
}

void SyncScheduler::syncNow()
{
    m_soon.stop();
    if (m_engine)
        m_engine->syncNow();
}

void SyncScheduler::noteLocalChange()
{
    emit pendingChanged();
    if (m_engine && !m_soon.isActive())
        m_soon.start();
}

} // namespace groundwork::sync
