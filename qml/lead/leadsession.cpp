#include "leadsession.h"

#include "client/cohortconnection.h"
#include "lead/leadexport.h"
#include "lead/leadtrack.h"
#include "learner/learnerstore.h"

#include <QDir>
#include <QSaveFile>

namespace groundwork::lead {

namespace v1 = sync::v1;
using sync::requestBody;

namespace {

const QString kServerKey = QStringLiteral("lead.server_url");
const QString kTokenKey = QStringLiteral("lead.device_token");

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

LeadSession::GroupState groupStateOf(v1::GroupProfileHidden hidden)
{
    switch (hidden) {
    case v1::GROUP_PROFILE_HIDDEN_NOT:
        return LeadSession::GroupState::Shown;
    case v1::GROUP_PROFILE_HIDDEN_CONTRIBUTOR_LEFT:
        return LeadSession::GroupState::ContributorLeft;
    default:
        return LeadSession::GroupState::TooFewShared; // and any reason a newer server adds
    }
}

} // namespace

LeadSession::LeadSession(core::learner::LearnerStore &store, sync::CohortConnection &connection, QString exportDir,
                         std::function<QString(const QString &)> titleOf, QObject *parent,
                         std::shared_ptr<const core::ContentPack> pack)
    : QObject(parent), m_store(store), m_connection(connection), m_exportDir(std::move(exportDir)),
      m_group(std::move(titleOf)), m_role(std::move(pack))
{
    connect(&m_role, &LeadRole::edited, this, [this] {
        if (m_role.dirty())
            setRoleSaved(false);
    });
    m_serverUrl = QString::fromUtf8(m_store.syncValue(kServerKey));
    m_token = QString::fromUtf8(m_store.syncValue(kTokenKey));
}

QString LeadSession::leadTrackTitle() const
{
    return sync::lead::leadTrackTitle();
}

int LeadSession::leadTrackCompletions() const
{
    return int(sync::lead::leadTrackCompletions(m_rosterAnswer));
}

QString LeadSession::cohortName() const
{
    return QString::fromStdString(m_rosterAnswer.cohort_name());
}

QString LeadSession::today() const
{
    return QString::fromStdString(m_rosterAnswer.today());
}

sync::CohortCall LeadSession::call() const
{
    sync::CohortCall c = m_connection.anonymous(m_serverUrl);
    c.token = m_token;
    return c;
}

void LeadSession::signIn(const QString &serverAddress, const QString &credential)
{
    const QString token = credential.trimmed();
    if (serverAddress.trimmed().isEmpty() || token.isEmpty()) {
        setError(tr("Type the server address and the lead credential the administrator gave you."));
        return;
    }
    const QString previousUrl = m_serverUrl, previousToken = m_token;
    m_serverUrl = sync::cohortServerBase(serverAddress).toString();
    m_token = token;
    fetchRoster([this] {
        remember(m_serverUrl, m_token);
        emit signedInChanged();
        fetchGroup();
        fetchRole();
    });
    if (!m_rosterRequest.busy()) { // not sent: keep what was there
        m_serverUrl = previousUrl;
        m_token = previousToken;
    }
}

void LeadSession::signOut()
{
    m_rosterRequest.abort();
    m_groupRequest.abort();
    m_inviteRequest.abort();
    m_roleRequest.abort();
    remember(QString(), QString());
    m_role.setFromServer(nullptr);
    setRoleSaved(false);
    m_rosterAnswer.Clear();
    m_groupAnswer.Clear();
    m_roster.setRoster(m_rosterAnswer);
    m_stalled.setRoster(m_rosterAnswer);
    m_weeks.setWeeks(m_rosterAnswer);
    m_group.setProfile(m_groupAnswer);
    m_groupState = GroupState::Unknown;
    m_inviteCode.clear();
    emit rosterChanged();
    emit groupChanged();
    emit inviteChanged();
    emit busyChanged();
    emit signedInChanged();
}

void LeadSession::refresh()
{
    if (!signedIn())
        return;
    fetchRoster();
    fetchGroup();
    if (!m_role.dirty()) // the lead's unsaved edits are not overwritten
        fetchRole();
}

void LeadSession::fetchRoster(std::function<void()> onAccepted)
{
    if (m_rosterRequest.busy())
        return;
    setError(QString());
    v1::LeadRosterRequest request;
    m_rosterRequest.start(m_connection.post(call(), QStringLiteral("/v1/lead/roster"), requestBody(request)), this,
                          [this, onAccepted = std::move(onAccepted)](const sync::CohortAnswer &answer) {
                              emit busyChanged();
                              v1::LeadRosterResponse roster;
                              if (!answer.ok()) {
                                  setError(answer.error);
                                  if (onAccepted) { // a refused sign-in keeps nothing
                                      m_token = QString::fromUtf8(m_store.syncValue(kTokenKey));
                                      m_serverUrl = QString::fromUtf8(m_store.syncValue(kServerKey));
                                  }
                                  return;
                              }
                              if (!roster.ParseFromArray(answer.body.constData(), int(answer.body.size()))) {
                                  setError(tr("The cohort server sent an answer this app does not understand."));
                                  return;
                              }
                              m_rosterAnswer = roster;
                              m_roster.setRoster(roster);
                              m_stalled.setRoster(roster);
                              m_weeks.setWeeks(roster);
                              emit rosterChanged();
                              if (onAccepted)
                                  onAccepted();
                          });
    emit busyChanged();
}

void LeadSession::fetchGroup()
{
    if (m_groupRequest.busy())
        return;
    v1::LeadGroupProfileRequest request;
    m_groupRequest.start(m_connection.post(call(), QStringLiteral("/v1/lead/group-profile"), requestBody(request)), this,
                         [this](const sync::CohortAnswer &answer) {
                             emit busyChanged();
                             v1::LeadGroupProfileResponse group;
                             if (!answer.ok()) {
                                 setError(answer.error);
                                 return;
                             }
                             if (!group.ParseFromArray(answer.body.constData(), int(answer.body.size()))) {
                                 setError(tr("The cohort server sent an answer this app does not understand."));
                                 return;
                             }
                             m_groupAnswer = group;
                             m_group.setProfile(group);
                             m_groupState = groupStateOf(group.hidden());
                             emit groupChanged();
                         });
    emit busyChanged();
}

void LeadSession::renewInvite()
{
    if (!signedIn() || m_inviteRequest.busy())
        return;
    setError(QString());
    v1::LeadInviteRequest request;
    m_inviteRequest.start(m_connection.post(call(), QStringLiteral("/v1/lead/invite"), requestBody(request)), this,
                          [this](const sync::CohortAnswer &answer) {
                              emit busyChanged();
                              v1::LeadInviteResponse invite;
                              if (!answer.ok()) {
                                  setError(answer.error);
                                  return;
                              }
                              if (!invite.ParseFromArray(answer.body.constData(), int(answer.body.size()))) {
                                  setError(tr("The cohort server sent an answer this app does not understand."));
                                  return;
                              }
                              m_inviteCode = QString::fromStdString(invite.invite_code());
                              m_inviteValidUntil = QDateTime::fromMSecsSinceEpoch(invite.expires_at_ms(), Qt::UTC);
                              emit inviteChanged();
                          });
    emit busyChanged();
}

void LeadSession::fetchRole()
{
    sendRole(v1::LeadRoleRequest());
}

void LeadSession::saveRole()
{
    if (!signedIn() || m_roleRequest.busy())
        return;
    if (const QString problem = m_role.problem(); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    setError(QString());
    v1::LeadRoleRequest request;
    *request.mutable_role() = m_role.toWire();
    sendRole(request);
}

void LeadSession::sendRole(v1::LeadRoleRequest request)
{
    if (m_roleRequest.busy())
        return;
    const bool saving = request.has_role();
    m_roleRequest.start(m_connection.post(call(), QStringLiteral("/v1/lead/role"), requestBody(request)), this,
                        [this, saving](const sync::CohortAnswer &answer) {
                            emit busyChanged();
                            v1::LeadRoleResponse response;
                            if (!answer.ok()) {
                                setError(answer.error);
                                return;
                            }
                            if (!response.ParseFromArray(answer.body.constData(), int(answer.body.size()))) {
                                setError(tr("The cohort server sent an answer this app does not understand."));
                                return;
                            }
                            m_role.setFromServer(response.has_role() ? &response.role() : nullptr);
                            setRoleSaved(saving);
                        });
    emit busyChanged();
}

void LeadSession::setRoleSaved(bool saved)
{
    if (saved == m_roleSaved)
        return;
    m_roleSaved = saved;
    emit roleSavedChanged();
}

bool LeadSession::exportFiles()
{
    if (m_rosterAnswer.cohort_id().empty()) {
        setError(tr("Nothing to export yet: the roster has not arrived."));
        return false;
    }
    if (!QDir().mkpath(m_exportDir)) {
        setError(tr("Could not create the folder %1.").arg(m_exportDir));
        return false;
    }
    const QString stem = QDir(m_exportDir).filePath(QStringLiteral("groundwork-%1-%2")
                                                        .arg(QString::fromStdString(m_rosterAnswer.cohort_id()).left(8),
                                                             today()));
    QString error;
    const bool written = writeFile(stem + QStringLiteral("-roster.csv"), sync::lead::rosterCsv(m_rosterAnswer), &error)
                         && writeFile(stem + QStringLiteral("-group-profile.csv"), sync::lead::groupProfileCsv(m_groupAnswer), &error)
                         && writeFile(stem + QStringLiteral("-progress.xapi.json"),
                                      sync::lead::xapiStatements(m_rosterAnswer, QUrl(m_serverUrl)), &error);
    if (!written) {
        setError(tr("The export could not be written: %1").arg(error));
        return false;
    }
    m_exportedTo = QDir::toNativeSeparators(m_exportDir);
    emit exportedToChanged();
    return true;
}

void LeadSession::remember(const QString &serverUrl, const QString &token)
{
    m_store.setSyncValue(kServerKey, serverUrl.toUtf8());
    m_store.setSyncValue(kTokenKey, token.toUtf8());
    m_serverUrl = serverUrl;
    m_token = token;
}

void LeadSession::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace groundwork::lead
