#include "cohortenrolment.h"

#include "client/cohortconnection.h"
#include "client/cohortcredentials.h"
#include "client/cohortdeparture.h"
#include "client/keyringstore.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/limits.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHostAddress>
#include <QLocale>
#include <QRandomGenerator>
#include <QSysInfo>

#include <algorithm>
#include <utility>

namespace groundwork::cohort {

namespace {

QString deviceName()
{
    QString name = QSysInfo::machineHostName();
    if (name.isEmpty())
        name = QSysInfo::prettyProductName();
    return name.left(sync::kMaxNameLength);
}

} // namespace

CohortEnrolment::CohortEnrolment(sync::CohortCredentials &credentials, sync::CohortConnection &connection,
                                 sync::CohortDeparture &departure, sync::KeyringStore &keys,
                                 sync::crypto::PwhashLimits linkCost, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_connection(connection), m_departure(departure),
      m_keys(keys), m_linkWrap(linkCost),
      m_serverUrl(credentials.credential().serverUrl), m_displayName(credentials.credential().displayName)
{
    m_linkExpiry.setSingleShot(true);
    connect(&m_linkExpiry, &QTimer::timeout, this, &CohortEnrolment::forgetLinkCode);
    connect(&departure.pending(), &sync::PendingRequests::confirmed, this,
            [this](const QString &id) { onDepartureAnswered(id, true, false); });
    connect(&departure.pending(), &sync::PendingRequests::attemptFailed, this,
            [this](const QString &id, sync::PendingRequest::Kind, const QString &, bool willRetry) {
                onDepartureAnswered(id, false, willRetry);
            });
}

void CohortEnrolment::setServerUrl(const QString &url)
{
    if (url == m_serverUrl || m_credentials.joined())
        return;
    m_serverUrl = url;
    emit serverUrlChanged();
}

void CohortEnrolment::setDisplayName(const QString &name)
{
    if (name == m_displayName)
        return;
    m_displayName = name;
    emit displayNameChanged();
}

QString CohortEnrolment::linkCodeExpiryText() const
{
    if (m_linkCode.isEmpty() || !m_linkCodeExpires.isValid())
        return QString();
    return tr("Works once, until %1.").arg(QLocale().toString(m_linkCodeExpires.toLocalTime().time(), QLocale::ShortFormat));
}

// Whether the address can be used, saying what is wrong if not.
bool CohortEnrolment::serverAddressUsable()
{
    const QUrl base = sync::cohortServerBase(m_serverUrl);
    if (m_serverUrl.trimmed().isEmpty() || !base.isValid() || base.host().isEmpty()) {
        setError(tr("Enter the cohort server's address, as your cohort lead gave it to you."));
        return false;
    }
    // The device token travels in every request: plain http only to this machine itself (a
    // development server, or a local TLS proxy), never across a network.
    const bool loopback = base.host() == u"localhost" || QHostAddress(base.host()).isLoopback();
    if (base.scheme() != u"https" && !(base.scheme() == u"http" && loopback)) {
        setError(tr("The server address should start with https://."));
        return false;
    }
    return true;
}

void CohortEnrolment::join(const QString &inviteCode)
{
    if (busy() || m_credentials.joined() || !serverAddressUsable())
        return;
    const QString name = m_displayName.trimmed();
    if (inviteCode.trimmed().isEmpty()) {
        setError(tr("Enter the invite code from your cohort lead."));
        return;
    }
    if (name.isEmpty() || name.size() > sync::kMaxNameLength) {
        setError(tr("Enter your name as your cohort lead should see it (up to %1 characters).").arg(sync::kMaxNameLength));
        return;
    }
    setError(QString());
    m_linkSecret.clear();

    sync::v1::JoinRequest request;
    request.set_invite_code(inviteCode.trimmed().left(64).toStdString());
    request.set_display_name(name.toStdString());
    request.set_device_name(deviceName().toStdString());
    QByteArray nonce(sync::kMinNonceBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
    request.set_request_nonce(nonce.constData(), std::size_t(nonce.size()));
    askForCredential(QStringLiteral("/v1/join"), sync::requestBody(request));
}

void CohortEnrolment::joinWithLinkCode(const QString &linkCode)
{
    if (busy() || m_credentials.joined() || !serverAddressUsable())
        return;
    if (linkCode.trimmed().isEmpty()) {
        setError(tr("Enter the link code shown on your other device."));
        return;
    }
    // The first part is the server's code; the rest is the secret that unlocks the keys.
    const auto parts = sync::crypto::LinkKeyWrap::splitCode(linkCode, sync::kLinkCodeCharacters);
    if (!parts) {
        setError(tr("Type the whole code shown on your other device: %1 letters and digits.")
                     .arg(sync::kLinkCodeCharacters + sync::crypto::LinkKeyWrap::kSecretCharacters));
        return;
    }
    setError(QString());
    m_linkSecret = parts->secret;
    sync::v1::LinkFinishRequest request;
    request.set_link_code(parts->serverLinkCode.toStdString());
    request.set_device_name(deviceName().toStdString());
    askForCredential(QStringLiteral("/v1/link/finish"), sync::requestBody(request));
}

void CohortEnrolment::joinWithRecoveryKey(const QString &typed)
{
    if (busy() || m_credentials.joined() || !serverAddressUsable())
        return;
    sync::crypto::RecoveryKey::ParseError why = sync::crypto::RecoveryKey::ParseError::None;
    auto key = sync::crypto::RecoveryKey::parse(typed, &why);
    if (!key) {
        switch (why) {
        case sync::crypto::RecoveryKey::ParseError::Mistyped:
            setError(tr("One or more characters of this recovery key are not right. Compare it with your printout, "
                        "group by group."));
            break;
        case sync::crypto::RecoveryKey::ParseError::ForeignCharacter:
            setError(tr("A recovery key has only letters and digits (dashes and spaces are fine)."));
            break;
        default:
            setError(tr("Type the whole recovery key: %1 letters and digits.").arg(sync::crypto::RecoveryKey::kCharacters));
        }
        return;
    }
    setError(QString());
    sync::v1::RestoreRecoveryRequest request;
    const QByteArray verifier = key->verifier();
    request.set_verifier(verifier.constData(), std::size_t(verifier.size()));
    request.set_device_name(deviceName().toStdString());
    m_recoveryKey = std::move(key);
    m_joining.start(m_connection.post(m_connection.anonymous(m_serverUrl), QStringLiteral("/v1/recovery/restore"),
                                      sync::requestBody(request)),
                    this, [this](const sync::CohortAnswer &answer) {
                        emit busyChanged();
                        onRestored(answer);
                    });
    emit busyChanged();
}

void CohortEnrolment::onRestored(const sync::CohortAnswer &answer)
{
    const auto key = std::exchange(m_recoveryKey, std::nullopt);
    if (!answer.ok()) {
        setError(answer.error);
        return;
    }
    sync::v1::RestoreRecoveryResponse restored;
    if (!restored.ParseFromArray(answer.body.constData(), int(answer.body.size()))
        || restored.credential().device_token().empty() || !key) {
        setError(tr("The cohort server sent an answer this app does not understand."));
        return;
    }
    QList<QByteArray> envelopes;
    for (const std::string &e : restored.envelopes())
        envelopes.append(QByteArray::fromStdString(e));
    const auto keyring = sync::crypto::RecoveryWrap::restore(QByteArray::fromStdString(restored.wrapped_keyring()),
                                                             envelopes, *key,
                                                             QString::fromStdString(restored.credential().account_id()));
    // The verifier matched, so the copy should open; one that does not was altered on the
    // server. This device then stays out rather than sync under keys of the server's choosing.
    m_keys.forget();
    if (!keyring || !m_keys.saveKeyring(*keyring)) {
        setError(tr("The cohort server knew this recovery key, but the copy of your keys it holds did not open "
                    "with it, so this device did not sign in. Nothing was changed here."));
        return;
    }
    saveCredential(restored.credential());
}

void CohortEnrolment::askForCredential(const QString &path, const QByteArray &body)
{
    m_joining.start(m_connection.post(m_connection.anonymous(m_serverUrl), path, body), this,
                    [this](const sync::CohortAnswer &answer) {
                        emit busyChanged();
                        onCredential(answer);
                    });
    emit busyChanged();
}

void CohortEnrolment::onCredential(const sync::CohortAnswer &answer)
{
    if (!answer.ok()) {
        setError(answer.error);
        return;
    }
    sync::v1::DeviceCredential credential;
    if (!credential.ParseFromArray(answer.body.constData(), int(answer.body.size()))
        || credential.device_token().empty()) {
        setError(tr("The cohort server sent an answer this app does not understand."));
        return;
    }
    if (!adoptKeys(credential))
        return;
    saveCredential(credential);
}

void CohortEnrolment::saveCredential(const sync::v1::DeviceCredential &credential)
{
    // A linked device learns the name from the account; a joining one chose it.
    const QString name = credential.display_name().empty() ? m_displayName.trimmed()
                                                           : QString::fromStdString(credential.display_name());
    const sync::CohortCredential saved{sync::cohortServerBase(m_serverUrl).toString(),
                                       QString::fromStdString(credential.device_token()),
                                       QString::fromStdString(credential.account_id()),
                                       QString::fromStdString(credential.device_id()),
                                       QString::fromStdString(credential.cohort_id()),
                                       QString::fromStdString(credential.cohort_name()),
                                       name};
    m_serverUrl = saved.serverUrl;
    m_displayName = saved.displayName;
    emit serverUrlChanged();
    emit displayNameChanged();
    setLeftText(QString());
    m_credentials.save(saved); // joined: syncing starts
}

bool CohortEnrolment::adoptKeys(const sync::v1::DeviceCredential &credential)
{
    const QString secret = std::exchange(m_linkSecret, QString());
    m_keys.forget(); // a new account, or this device joins one: no keys of another stay
    if (secret.isEmpty())
        return m_keys.keyringOrCreate().has_value(); // joined: the account's first device
    const QByteArray wrapped(credential.wrapped_keyring().data(), qsizetype(credential.wrapped_keyring().size()));
    const auto keyring = m_linkWrap.unwrap(wrapped, secret, QString::fromStdString(credential.account_id()));
    if (!keyring || !m_keys.saveKeyring(*keyring)) {
        setError(tr("This code did not unlock your private answers. Make a new code on your other device "
                    "and type it exactly as shown."));
        return false;
    }
    return true;
}

void CohortEnrolment::startLink()
{
    if (!m_credentials.joined() || m_fetchingLinkCode.busy())
        return;
    setError(QString());
    const auto keyring = m_keys.keyringOrCreate();
    m_linkSecret = sync::crypto::LinkKeyWrap::newSecret();
    const QByteArray wrapped = keyring ? m_linkWrap.wrap(*keyring, m_linkSecret, m_credentials.credential().accountId)
                                       : QByteArray();
    if (wrapped.isEmpty()) {
        setError(tr("This device could not prepare its keys for another device."));
        return;
    }
    sync::v1::LinkStartRequest request;
    request.set_wrapped_keyring(wrapped.constData(), std::size_t(wrapped.size()));
    m_fetchingLinkCode.start(
        m_connection.post(m_connection.signedIn(), QStringLiteral("/v1/link/start"), sync::requestBody(request)), this,
        [this](const sync::CohortAnswer &answer) { onLinkCode(answer); });
    emit linkCodeChanged();
}

void CohortEnrolment::onLinkCode(const sync::CohortAnswer &answer)
{
    sync::v1::LinkStartResponse code;
    if (!answer.ok()) {
        setError(answer.error);
    } else if (!code.ParseFromArray(answer.body.constData(), int(answer.body.size())) || code.link_code().empty()) {
        setError(tr("The cohort server sent an answer this app does not understand."));
    } else {
        m_linkCode = sync::crypto::LinkKeyWrap::combinedCode(QString::fromStdString(code.link_code()), m_linkSecret);
        m_linkCodeExpires = QDateTime::fromMSecsSinceEpoch(code.expires_at_ms(), Qt::UTC);
        // The code is hidden once the server would refuse it. The server's clock decides; a few
        // seconds of difference are harmless.
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_linkCodeExpires);
        m_linkExpiry.start(int(std::clamp<qint64>(left, 0, 24LL * 3600 * 1000)));
    }
    emit linkCodeChanged();
}

void CohortEnrolment::forgetLinkCode()
{
    const bool fetching = m_fetchingLinkCode.abort();
    m_linkExpiry.stop();
    if (m_linkCode.isEmpty()) {
        if (fetching)
            emit linkCodeChanged(); // no longer fetching
        return;
    }
    m_linkCode.clear();
    m_linkCodeExpires = QDateTime();
    emit linkCodeChanged();
}

void CohortEnrolment::leave()
{
    if (m_joining.abort())
        emit busyChanged();
    forgetLinkCode();
    const sync::CohortCall call = m_connection.signedIn();
    const QString deviceId = m_credentials.credential().deviceId;
    const bool wasJoined = m_credentials.joined();
    m_credentials.forget(); // a shared profile's withdrawal goes first (aboutToForget)
    setError(QString());
    if (!wasJoined)
        return;
    sync::v1::RevokeDeviceRequest request;
    request.set_device_id(deviceId.toStdString());
    QString error;
    m_revokeId = m_departure.send(sync::PendingRequest::Kind::RevokeDevice, call, QStringLiteral("/v1/devices/revoke"),
                                  sync::requestBody(request), &error);
    if (m_revokeId.isEmpty())
        setLeftText(tr("This device left the cohort, but the request to sign it out of the cohort server could "
                       "not be kept: %1 The server keeps this device's sign-in and your answers until you sign it "
                       "out from another device or its administrator deletes your account.")
                        .arg(error));
    else
        setLeftText(tr("Signing this device out of the cohort server…"));
}

void CohortEnrolment::onDepartureAnswered(const QString &id, bool confirmed, bool willRetry)
{
    if (id != m_revokeId || m_credentials.joined())
        return; // not ours, or joined again meanwhile: old news
    if (confirmed)
        setLeftText(tr("This device is signed out of the cohort server. The answers it sent stay there until "
                       "your account is deleted."));
    else if (willRetry)
        setLeftText(tr("This device left the cohort. The cohort server could not be reached yet to sign it out; "
                       "Groundwork keeps trying whenever it runs, and Settings shows the request until the server "
                       "confirms."));
    else
        setLeftText(tr("This device left the cohort, but the cohort server refused to sign it out. Settings "
                       "shows why."));
    if (confirmed || !willRetry)
        m_revokeId.clear();
}

void CohortEnrolment::setLeftText(const QString &text)
{
    if (text == m_leftText)
        return;
    m_leftText = text;
    emit leftTextChanged();
}

void CohortEnrolment::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void CohortEnrolment::copyLinkCode() const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard(); clipboard && !m_linkCode.isEmpty())
        clipboard->setText(m_linkCode);
}

} // namespace groundwork::cohort
