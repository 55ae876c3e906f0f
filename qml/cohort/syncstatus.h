#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace groundwork::sync {
class CohortCredentials;
class OutboxSource;
class SyncScheduler;
}

namespace groundwork::cohort {

// How syncing with the cohort stands, in plain words, for the Cohort and Settings screens:
// "Up to date", "3 answers waiting to sync", "Offline — will retry in 30 s", "This app needs an
// update to sync". Every such text is built here, once.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Cohort over the learner's store.")
    Q_PROPERTY(bool joined READ joined NOTIFY joinedChanged)
    Q_PROPERTY(QString cohortName READ cohortName NOTIFY joinedChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY statusChanged)
    Q_PROPERTY(bool needsUpdate READ needsUpdate NOTIFY statusChanged)
    // The server refused this device's credential: another device signed it out (or the account
    // is gone). It still counts as joined until the learner leaves or links it again.
    Q_PROPERTY(bool signedOut READ signedOut NOTIFY statusChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY statusChanged)
    // "Nothing waiting to sync", "1 answer waiting to sync", ...
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY lastSyncedChanged)
    // "Last synced <date and time>", or "Not synced yet".
    Q_PROPERTY(QString lastSyncedText READ lastSyncedText NOTIFY lastSyncedChanged)
    // Why the last round failed, in plain words ("" when it did not).
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // Where this device's sign-in is kept, when that is worth knowing: no keychain service runs
    // (so it is in Groundwork's own data), or the keychain would not give it back; "" otherwise.
    Q_PROPERTY(QString credentialNote READ credentialNote NOTIFY credentialNoteChanged)

public:
    // The arguments outlive this.
    SyncStatus(const sync::CohortCredentials &credentials, sync::SyncScheduler &scheduler, sync::OutboxSource &outbox,
               QObject *parent = nullptr);

    bool joined() const;
    QString cohortName() const;
    QString statusText() const;
    bool syncing() const;
    bool needsUpdate() const;
    bool signedOut() const;
    int pendingCount() const;
    QString pendingText() const;
    QDateTime lastSynced() const;
    QString lastSyncedText() const;
    QString errorText() const;
    QString credentialNote() const;

    Q_INVOKABLE void syncNow();

signals:
    void joinedChanged();
    void statusChanged();
    void lastSyncedChanged();
    void errorTextChanged();
    void credentialNoteChanged();

private:
    void refreshPending();

    const sync::CohortCredentials &m_credentials;
    sync::SyncScheduler &m_scheduler;
    sync::OutboxSource &m_outbox;
    // Counted when first shown, not at start: counting reads every event of the store, and
    // Today (the first screen) does not show it.
    mutable std::optional<int> m_pendingCount;
};

} // namespace groundwork::cohort
