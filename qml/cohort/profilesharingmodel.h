#pragma once

#include "client/profilesharechoice.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace groundwork::sync {
class CohortConnection;
class CohortCredentials;
class CohortDeparture;
class SyncScheduler;
}

namespace groundwork::cohort {

// The switch that shares the learner's readiness profile with the cohort lead, and where the
// shared copy stands. The choice and its rules are ProfileShareChoice's; this sends it with
// the sync rounds (SyncScheduler) and says how things stand in plain words.
class ProfileSharingModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Cohort over the learner's store.")
    // Off unless the learner turns it on; one choice for all of the learner's devices.
    Q_PROPERTY(bool shared READ shared NOTIFY changed)
    // Where the shared copy stands ("" while not shared and nothing to undo).
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)

public:
    // The arguments outlive this.
    ProfileSharingModel(sync::CohortCredentials &credentials, sync::CohortConnection &connection,
                        sync::SyncScheduler &scheduler, sync::CohortDeparture &departure,
                        QObject *parent = nullptr);
    ~ProfileSharingModel() override;

    bool shared() const { return m_choice.shared(); }
    QString statusText() const;

    // Sharing sends the current profile at once (a sync round) and again after every round in
    // which it changed; withdrawing asks the server to delete its copy, first thing in the next
    // round, retried until the server confirms. Either applies to all of the learner's devices
    // unless a later choice made on another device reaches the server first.
    Q_INVOKABLE void setShared(bool shared);
    // Where the profile comes from (e.g. ProfileViewModel::profile()), and the content pack
    // version it is measured with.
    void setReadinessSource(sync::ProfileShareChoice::ReadinessSource source, const QString &contentVersion);
    // The readiness assessment results the learner chose to include (none by default).
    void setAssessmentSource(sync::ProfileShareChoice::AssessmentSource source);

signals:
    void changed();

private:
    void withdrawBeforeLeaving();

    sync::CohortCredentials &m_credentials;
    sync::CohortConnection &m_connection;
    sync::SyncScheduler &m_scheduler;
    sync::CohortDeparture &m_departure;
    sync::ProfileShareChoice m_choice;
};

} // namespace groundwork::cohort
