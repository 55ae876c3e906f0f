#include "profilesharingmodel.h"

#include "client/cohortconnection.h"
#include "client/cohortcredentials.h"
#include "client/cohortdeparture.h"
#include "client/syncscheduler.h"
#include "groundwork/sync/v1/sync.pb.h"

#include <QLocale>

namespace groundwork::cohort {

ProfileSharingModel::ProfileSharingModel(sync::CohortCredentials &credentials, sync::CohortConnection &connection,
                                         sync::SyncScheduler &scheduler, sync::CohortDeparture &departure,
                                         QObject *parent)
    : QObject(parent), m_credentials(credentials), m_connection(connection), m_scheduler(scheduler), m_departure(departure),
      m_choice(credentials)
{
    scheduler.setProfileShareProvider([this] { return m_choice.pending(); });
    connect(&scheduler, &sync::SyncScheduler::profileShareConfirmed, this,
            [this](bool share, const QByteArray &profile) {
                m_choice.confirmed(share, profile);
                emit changed();
            });
    connect(&scheduler, &sync::SyncScheduler::profileShareStateReceived, this, [this](bool shared, qint64 chosenAtMs) {
        if (m_choice.serverHolds(shared, chosenAtMs))
            emit changed();
    });
    connect(&credentials, &sync::CohortCredentials::aboutToForget, this, &ProfileSharingModel::withdrawBeforeLeaving);
    // After leaving, sharing is off again for whichever cohort comes next.
    connect(&credentials, &sync::CohortCredentials::joinedChanged, this, [this] {
        if (!m_credentials.joined())
            m_choice.forget();
        emit changed();
    });
}

ProfileSharingModel::~ProfileSharingModel()
{
    m_scheduler.setProfileShareProvider({}); // the scheduler outlives this
}

void ProfileSharingModel::setReadinessSource(sync::ProfileShareChoice::ReadinessSource source,
                                             const QString &contentVersion)
{
    m_choice.setReadinessSource(std::move(source), contentVersion);
}

void ProfileSharingModel::setAssessmentSource(sync::ProfileShareChoice::AssessmentSource source)
{
    m_choice.setAssessmentSource(std::move(source));
}

void ProfileSharingModel::setShared(bool shared)
{
    if (!m_choice.choose(shared))
        return;
    emit changed();
    if (sync::SyncEngine *engine = m_scheduler.engine())
        engine->syncNow(); // a round under way asks again at its end
}

QString ProfileSharingModel::statusText() const
{
    const sync::ProfileSharingRecord &r = m_choice.record();
    if (r.shared) {
        if (r.sharedElsewhere && !r.sentAt.isValid())
            return tr("Shared: you chose this on another of your devices. Your lead's copy is updated when you sync.");
        if (r.sentAt.isValid())
            return tr("Shared. Your lead sees the copy sent %1; it is updated when you sync.")
                .arg(QLocale().toString(r.sentAt.toLocalTime(), QLocale::ShortFormat));
        return tr("Shared. Your profile is sent at the next sync.");
    }
    if (r.onServer && m_credentials.joined())
        return tr("Not shared. Your lead's copy is deleted at the next sync.");
    return QString();
}

// One withdrawal request with the credential that is about to be forgotten, queued before this
// device signs itself out (the durable queue keeps the order and retries until the server
// confirms). Deleting the account deletes the copy with it: nothing to send then.
void ProfileSharingModel::withdrawBeforeLeaving()
{
    const std::optional<qint64> chosenAt = m_choice.withdrawalOnLeaving();
    const sync::CohortCall call = m_connection.signedIn();
    if (!chosenAt || call.token.isEmpty() || m_departure.forgettingForDeletion())
        return;
    sync::v1::ShareProfileRequest request;
    request.set_share(false);
    request.set_chosen_at_ms(*chosenAt);
    m_departure.send(sync::PendingRequest::Kind::WithdrawProfile, call, QStringLiteral("/v1/profile/share"),
                     sync::requestBody(request));
}

} // namespace groundwork::cohort
