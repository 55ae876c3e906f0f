#pragma once

#include "client/cohortrequest.h"
#include "groupprofilemodel.h"
#include "leadrole.h"
#include "rostermodel.h"
#include "weeklyactivitymodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace groundwork::core::learner {
class LearnerStore;
}
namespace groundwork::sync {
class CohortConnection;
}

namespace groundwork::lead {

// Lead mode: a cohort lead signs in with the credential `groundwork-server create-cohort`
// printed for them, then reads the roster, the stalled members and why, the cohort's weeks,
// the group readiness profile (or why it is hidden), renews the learners' invite code and
// exports what the screens show. The credential is kept in the learner's store, beside the
// learner's own cohort credential and apart from it. Nothing here blocks.
class LeadSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app (AppShell).")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY signedInChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString cohortName READ cohortName NOTIFY rosterChanged)
    Q_PROPERTY(QString today READ today NOTIFY rosterChanged)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY rosterChanged)
    Q_PROPERTY(int activeThisWeek READ activeThisWeek NOTIFY rosterChanged)
    // The public track the summary reports on ("Ready to lead") and how many members finished it
    Q_PROPERTY(QString leadTrackTitle READ leadTrackTitle CONSTANT)
    Q_PROPERTY(int leadTrackCompletions READ leadTrackCompletions NOTIFY rosterChanged)
    Q_PROPERTY(groundwork::lead::RosterModel *roster READ roster CONSTANT)
    Q_PROPERTY(groundwork::lead::RosterModel *stalled READ stalled CONSTANT)
    Q_PROPERTY(groundwork::lead::WeeklyActivityModel *weeks READ weeks CONSTANT)
    Q_PROPERTY(groundwork::lead::GroupProfileModel *group READ group CONSTANT)
    Q_PROPERTY(GroupState groupState READ groupState NOTIFY groupChanged)
    Q_PROPERTY(int groupContributors READ groupContributors NOTIFY groupChanged)
    Q_PROPERTY(int groupSharingNow READ groupSharingNow NOTIFY groupChanged)
    Q_PROPERTY(int minGroupSize READ minGroupSize NOTIFY groupChanged)
    Q_PROPERTY(int changesUntilUpdate READ changesUntilUpdate NOTIFY groupChanged)
    Q_PROPERTY(QString inviteCode READ inviteCode NOTIFY inviteChanged)
    Q_PROPERTY(QDateTime inviteValidUntil READ inviteValidUntil NOTIFY inviteChanged)
    Q_PROPERTY(QString exportedTo READ exportedTo NOTIFY exportedToChanged)
    // The role the cohort trains for, as the lead edits it
    Q_PROPERTY(groundwork::lead::LeadRole *role READ role CONSTANT)
    // The role was saved on the server (until the next edit): "Saved as version N"
    Q_PROPERTY(bool roleSaved READ roleSaved NOTIFY roleSavedChanged)

public:
    enum class GroupState { Unknown, Shown, TooFewShared, ContributorLeft };
    Q_ENUM(GroupState)

    // The arguments outlive this. Exports are written into `exportDir`; `titleOf` names a
    // dimension id (the content pack's names).
    LeadSession(core::learner::LearnerStore &store, sync::CohortConnection &connection, QString exportDir,
                std::function<QString(const QString &)> titleOf = {}, QObject *parent = nullptr,
                std::shared_ptr<const core::ContentPack> pack = {});

    bool signedIn() const { return !m_token.isEmpty(); }
    QString serverUrl() const { return m_serverUrl; }
    bool busy() const
    {
        return m_rosterRequest.busy() || m_groupRequest.busy() || m_inviteRequest.busy() || m_roleRequest.busy();
    }
    QString errorText() const { return m_errorText; }
    QString cohortName() const;
    QString today() const;
    int memberCount() const { return m_rosterAnswer.members_size(); }
    int activeThisWeek() const { return int(m_rosterAnswer.active_this_week()); }
    QString leadTrackTitle() const;
    int leadTrackCompletions() const;
    RosterModel *roster() { return &m_roster; }
    RosterModel *stalled() { return &m_stalled; }
    WeeklyActivityModel *weeks() { return &m_weeks; }
    GroupProfileModel *group() { return &m_group; }
    GroupState groupState() const { return m_groupState; }
    int groupContributors() const { return int(m_groupAnswer.contributors()); }
    int groupSharingNow() const { return int(m_groupAnswer.sharing_now()); }
    int minGroupSize() const { return int(m_groupAnswer.min_group_size()); }
    int changesUntilUpdate() const { return int(m_groupAnswer.changes_until_update()); }
    QString inviteCode() const { return m_inviteCode; }
    QDateTime inviteValidUntil() const { return m_inviteValidUntil; }
    QString exportedTo() const { return m_exportedTo; }
    LeadRole *role() { return &m_role; }
    bool roleSaved() const { return m_roleSaved; }

    // Checks the credential by reading the roster; keeps it once the server accepts it.
    Q_INVOKABLE void signIn(const QString &serverAddress, const QString &credential);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void refresh();
    // A new learner invite code; the old one stops working.
    Q_INVOKABLE void renewInvite();
    // The roster and group profile as CSV and the progress as xAPI statements, with the figures
    // on screen; false (and errorText) when a file could not be written.
    Q_INVOKABLE bool exportFiles();
    // Saves the role as edited (a new version on the server); refused here first when the
    // server would refuse it, with the reason in errorText.
    Q_INVOKABLE void saveRole();

    // The answers behind the screens, for exports and tests.
    const sync::v1::LeadRosterResponse &rosterAnswer() const { return m_rosterAnswer; }
    const sync::v1::LeadGroupProfileResponse &groupAnswer() const { return m_groupAnswer; }

signals:
    void signedInChanged();
    void busyChanged();
    void errorTextChanged();
    void rosterChanged();
    void groupChanged();
    void inviteChanged();
    void exportedToChanged();
    void roleSavedChanged();

private:
    sync::CohortCall call() const;
    void fetchRoster(std::function<void()> onAccepted = {});
    void fetchGroup();
    void fetchRole();
    void sendRole(sync::v1::LeadRoleRequest request);
    void setRoleSaved(bool saved);
    void setError(const QString &text);
    void remember(const QString &serverUrl, const QString &token);

    core::learner::LearnerStore &m_store;
    sync::CohortConnection &m_connection;
    QString m_exportDir;
    QString m_serverUrl;
    QString m_token;
    RosterModel m_roster;
    RosterModel m_stalled{true};
    WeeklyActivityModel m_weeks;
    GroupProfileModel m_group;
    sync::v1::LeadRosterResponse m_rosterAnswer;
    sync::v1::LeadGroupProfileResponse m_groupAnswer;
    GroupState m_groupState = GroupState::Unknown;
    QString m_inviteCode;
    QDateTime m_inviteValidUntil;
    QString m_exportedTo;
    QString m_errorText;
    sync::CohortRequestSlot m_rosterRequest;
    sync::CohortRequestSlot m_groupRequest;
    sync::CohortRequestSlot m_inviteRequest;
    sync::CohortRequestSlot m_roleRequest;
    LeadRole m_role;
    bool m_roleSaved = false;
};

} // namespace groundwork::lead
