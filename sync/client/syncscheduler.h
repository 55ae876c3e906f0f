#pragma once

#include "client/syncengine.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace groundwork::sync {

class CohortConnection;
class CohortCredentials;

// When this device syncs. While it is joined, a SyncEngine runs a round at start, every 15
// minutes, a few seconds after a local change (once a burst of answers is over) and when asked.
// The engine is made anew whenever the credential, the trust or the tuning change; what the
// parts that show it need is passed on from here, so they connect once.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    // The arguments outlive this.
    SyncScheduler(CohortCredentials &credentials, CohortConnection &connection, OutboxSource &outbox,
                  QObject *parent = nullptr);
    ~SyncScheduler() override;

    // Null while not joined.
    SyncEngine *engine() const { return m_engine.get(); }

    void setTuning(const SyncTuning &tuning);
    // Milliseconds between automatic rounds while joined, and after a local change.
    void setIntervals(int periodicMs, int afterChangeMs);
    // Given to every engine (see SyncEngine::setProfileShareProvider).
    void setProfileShareProvider(ProfileShareProvider provider);

    void syncNow();
    // The learner recorded something (e.g. Recorder::recorded): a round follows a little later.
    void noteLocalChange();

signals:
    // The engine started, stopped or changed state.
    void stateChanged();
    // What waits in the outbox may have changed (a round's progress, or a local change).
    void pendingChanged();
    void errorTextChanged();
    // Every second while waiting to retry, for "will retry in N s".
    void retryCountdown();
    void profileShareConfirmed(bool share, const QByteArray &profile);
    void profileShareStateReceived(bool shared, qint64 chosenAtMs);
    void cohortRoleReceived(const groundwork::core::learner::CohortRole &role);

private:
    void start();
    void stop();

    CohortCredentials &m_credentials;
    CohortConnection &m_connection;
    OutboxSource &m_outbox;
    SyncTuning m_tuning;
    ProfileShareProvider m_shareProvider;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer m_periodic;
    QTimer m_soon;
    QTimer m_countdown;
};

} // namespace groundwork::sync
