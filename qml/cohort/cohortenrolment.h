#pragma once

#include "client/cohortrequest.h"
#include "crypto/linkkeywrap.h"
#include "crypto/recoverykey.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace groundwork::sync {
namespace v1 {
class DeviceCredential;
}
class CohortConnection;
class CohortCredentials;
class CohortDeparture;
class KeyringStore;
}

namespace groundwork::cohort {

// Joining a cohort and leaving it, and bringing another device of the same learner in. Joining
// redeems an invite code at the server for an account and a device credential; a second device
// redeems a link code that a joined one asked for (startLink()). The credential goes to
// CohortCredentials. Nothing here blocks.
class CohortEnrolment : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Cohort over the learner's store.")
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString displayName READ displayName WRITE setDisplayName NOTIFY displayNameChanged)
    // Joining or redeeming a link code.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Why the last join, link or link-code request did not work, in plain words.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // A code that links another device to this learner: the server's link code and a secret
    // the server never sees, as one string in groups of four. "" until asked for, while it is
    // being fetched and once it has expired. Single use.
    Q_PROPERTY(QString linkCode READ linkCode NOTIFY linkCodeChanged)
    Q_PROPERTY(QDateTime linkCodeExpires READ linkCodeExpires NOTIFY linkCodeChanged)
    // "Works once, until 14:32." while a code is shown.
    Q_PROPERTY(QString linkCodeExpiryText READ linkCodeExpiryText NOTIFY linkCodeChanged)
    Q_PROPERTY(bool fetchingLinkCode READ fetchingLinkCode NOTIFY linkCodeChanged)
    // After leave(): whether the server signed this device out, and what stays there, in plain
    // words; "" until then and once joined again.
    Q_PROPERTY(QString leftText READ leftText NOTIFY leftTextChanged)

public:
    // The arguments outlive this.
    // `linkCost`: the Argon2id cost of wrapping the account keys for a linked device.
    CohortEnrolment(sync::CohortCredentials &credentials, sync::CohortConnection &connection,
                    sync::CohortDeparture &departure, sync::KeyringStore &keys,
                    sync::crypto::PwhashLimits linkCost, QObject *parent = nullptr);

    QString serverUrl() const { return m_serverUrl; }
    // Ignored while joined.
    void setServerUrl(const QString &url);
    QString displayName() const { return m_displayName; }
    void setDisplayName(const QString &name);
    bool busy() const { return m_joining.busy(); }
    QString errorText() const { return m_errorText; }
    QString linkCode() const { return m_linkCode; }
    QDateTime linkCodeExpires() const { return m_linkCodeExpires; }
    QString linkCodeExpiryText() const;
    bool fetchingLinkCode() const { return m_fetchingLinkCode.busy(); }
    QString leftText() const { return m_leftText; }

    // Redeems the invite code at serverUrl with displayName (what the lead sees); syncing
    // follows (SyncScheduler).
    Q_INVOKABLE void join(const QString &inviteCode);
    // On a device of a learner who already joined elsewhere: redeems the link code shown on
    // that device at serverUrl, for a credential of the same account; the first sync then
    // brings this device everything the other devices recorded.
    Q_INVOKABLE void joinWithLinkCode(const QString &linkCode);
    // Every device was lost: signs this device in to the account at serverUrl with the printed
    // recovery key, and unlocks the account's keys with it (private writing included). The
    // server sees only a verifier derived from the key, never the key.
    Q_INVOKABLE void joinWithRecoveryKey(const QString &recoveryKey);
    // Asks the server for a short-lived link code for another device (see linkCode).
    Q_INVOKABLE void startLink();
    // Puts the link code on the clipboard, for another device that shares it (or a password
    // manager); nothing when there is none. It stays single-use and expires as shown.
    Q_INVOKABLE void copyLinkCode() const;
    // Forgets the credential, the cohort and the download position on this device. Events
    // stay; answers already sent stay on the server until the account is deleted there. On the
    // way out a shared profile is withdrawn (ProfileSharingModel) and then this device signs
    // itself out of the server (/v1/devices/revoke), both through the durable queue
    // (CohortDeparture) until the server confirms; leftText says how that stands.
    Q_INVOKABLE void leave();

signals:
    void serverUrlChanged();
    void displayNameChanged();
    void busyChanged();
    void errorTextChanged();
    void linkCodeChanged();
    void leftTextChanged();

private:
    bool serverAddressUsable();
    void askForCredential(const QString &path, const QByteArray &body);
    void onCredential(const sync::CohortAnswer &answer);
    void onRestored(const sync::CohortAnswer &answer);
    void saveCredential(const sync::v1::DeviceCredential &credential);
    // Joined: this account's first keys; linked: the keys the other device wrapped for this one.
    bool adoptKeys(const sync::v1::DeviceCredential &credential);
    void onLinkCode(const sync::CohortAnswer &answer);
    void forgetLinkCode();
    void setError(const QString &text);
    void setLeftText(const QString &text);
    void onDepartureAnswered(const QString &id, bool confirmed, bool willRetry);

    sync::CohortCredentials &m_credentials;
    sync::CohortConnection &m_connection;
    sync::CohortDeparture &m_departure;
    sync::KeyringStore &m_keys;
    sync::crypto::LinkKeyWrap m_linkWrap;
    // The link secret of the code being fetched (this device) or redeemed (a new device); the
    // server never sees it.
    QString m_linkSecret;
    // The recovery key being redeemed; the server never sees it.
    std::optional<sync::crypto::RecoveryKey> m_recoveryKey;
    sync::CohortRequestSlot m_joining; // joining, or redeeming a link code
    sync::CohortRequestSlot m_fetchingLinkCode;
    QTimer m_linkExpiry;
    QString m_serverUrl;
    QString m_displayName;
    QString m_errorText;
    QString m_leftText;
    QString m_revokeId; // this device's sign-out, while its answer matters to leftText
    QString m_linkCode;
    QDateTime m_linkCodeExpires;
};

} // namespace groundwork::cohort
