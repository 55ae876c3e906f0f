#include "client/cohortviewmodel.h"

#include "client/cohortrequest.h"
#include "client/sharedprofile.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "learner/learnerstore.h"
#include "protocol/limits.h"
#include "protocol/protocolversion.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSysInfo>

#include <utility>

namespace groundwork::sync {

namespace {

// Keys in the learner store's sync values. The device token is a secret: it lives only there.
const QString kServerUrl = QStringLiteral("cohort.server_url");
const QString kToken = QStringLiteral("cohort.device_token");
const QString kAccountId = QStringLiteral("cohort.account_id");
const QString kDeviceId = QStringLiteral("cohort.device_id");
const QString kCohortId = QStringLiteral("cohort.cohort_id");
const QString kCohortName = QStringLiteral("cohort.cohort_name");
const QString kDisplayName = QStringLiteral("cohort.display_name");
const QString kLastSynced = QStringLiteral("sync.last_synced_ms");
// The learner's choice to share their readiness profile ("1" or empty: not shared), for all
// of their devices, and when it was made (device time, Unix ms; the last choice made wins) ...
const QString kProfileShared = QStringLiteral("cohort.profile_shared");
const QString kProfileChosenAt = QStringLiteral("cohort.profile_chosen_ms");
// ("1" while the choice came from another device and this one has not sent a copy yet) ...
const QString kProfileSharedElsewhere = QStringLiteral("cohort.profile_shared_elsewhere");
// ... and whether the server may hold a copy: "1" from the moment sharing is chosen (a reply
// can be lost after the server stored the copy) until a withdrawal is confirmed.
const QString kProfileOnServer = QStringLiteral("cohort.profile_on_server");
const QString kProfileSentAt = QStringLiteral("cohort.profile_sent_ms");

double random01()
{
    return QRandomGenerator::global()->generateDouble();
}

QString deviceName()
{
    QString name = QSysInfo::machineHostName();
    if (name.isEmpty())
        name = QSysInfo::prettyProductName();
    return name.left(kMaxNameLength);
}

} // namespace

CohortViewModel::CohortViewModel(core::learner::LearnerStore &store, QNetworkAccessManager *network,
                                 QObject *parent)
    : QObject(parent), m_store(store), m_outbox(store), m_network(network)
{
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownNetwork.get();
    }
    m_devices = std::make_unique<CohortDevices>(*m_network, [this] {
        return joined() ? CohortCall{cohortServerBase(m_serverUrl), m_token, m_extraCa} : CohortCall{};
    });
    connect(&m_outbox, &LearnerOutbox::remoteEventsApplied, this, &CohortViewModel::remoteEventsApplied);

    m_periodic.setInterval(15 * 60'000);
    connect(&m_periodic, &QTimer::timeout, this, &CohortViewModel::syncNow);
    m_soon.setSingleShot(true);
    m_soon.setInterval(5'000);
    connect(&m_soon, &QTimer::timeout, this, &CohortViewModel::syncNow);
    m_countdown.setInterval(1'000);
    connect(&m_countdown, &QTimer::timeout, this, &CohortViewModel::statusChanged);
    m_linkExpiry.setSingleShot(true);
    connect(&m_linkExpiry, &QTimer::timeout, this, &CohortViewModel::forgetLinkCode);

    loadCredential();
    refreshPending();
    // Started from the event loop, so that what the owner sets right after construction
    // (certificates, tuning, the readiness source) applies to the very first request: a TLS
    // connection opened without a private CA would be reused and fail.
    QTimer::singleShot(0, this, [this] {
        if (joined() && !m_engine)
            startEngine();
    });
}

CohortViewModel::~CohortViewModel()
{
    // Forgotten before they are aborted, so that their finished() is taken as abandoned.
    if (QNetworkReply *reply = std::exchange(m_joinReply, nullptr))
        reply->abort();
    if (QNetworkReply *reply = std::exchange(m_linkReply, nullptr))
        reply->abort();
    m_devices.reset();
    m_engine.reset(); // before the outbox and network it refers to
}

QString CohortViewModel::syncValue(const QString &key) const
{
    return QString::fromUtf8(m_store.syncValue(key));
}

void CohortViewModel::setSyncValue(const QString &key, const QString &value)
{
    m_store.setSyncValue(key, value.toUtf8());
}

void CohortViewModel::loadCredential()
{
    m_token = syncValue(kToken);
    m_cohortName = syncValue(kCohortName);
    const QString url = syncValue(kServerUrl);
    if (!url.isEmpty())
        m_serverUrl = url;
    const QString name = syncValue(kDisplayName);
    if (!name.isEmpty())
        m_displayName = name;
    bool ok = false;
    const qint64 ms = m_store.syncValue(kLastSynced).toLongLong(&ok);
    m_lastSynced = ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    m_profileShared = m_store.syncValue(kProfileShared) == "1";
    m_profileOnServer = m_store.syncValue(kProfileOnServer) == "1";
    const qint64 sentMs = m_store.syncValue(kProfileSentAt).toLongLong(&ok);
    m_profileSentAt = ok && sentMs > 0 ? QDateTime::fromMSecsSinceEpoch(sentMs, Qt::UTC) : QDateTime();
    const qint64 chosenMs = m_store.syncValue(kProfileChosenAt).toLongLong(&ok);
    m_profileChosenAt = ok && chosenMs > 0 ? chosenMs : 0;
    m_sharedElsewhere = m_store.syncValue(kProfileSharedElsewhere) == "1";
}

void CohortViewModel::setReadinessSource(ReadinessSource source, const QString &contentVersion)
{
    m_readiness = std::move(source);
    m_contentVersion = contentVersion;
}

void CohortViewModel::setProfileShared(bool shared)
{
    if (shared == m_profileShared)
        return;
    m_profileShared = shared;
    m_store.setSyncValue(kProfileShared, shared ? QByteArray("1") : QByteArray());
    // Later than any choice this device has seen, even one stamped by a device whose clock is
    // ahead: the learner made it after that one.
    setProfileChosenAt(std::max(QDateTime::currentMSecsSinceEpoch(), m_profileChosenAt + 1));
    setSharedElsewhere(false);
    if (shared)
        setProfileOnServer(true);
    // Either way the next copy is sent afresh: re-sharing after a withdrawal must not be
    // skipped as "unchanged".
    m_confirmedBasis.clear();
    emit profileSharingChanged();
    if (m_engine)
        m_engine->syncNow(); // a round under way asks again at its end
}

void CohortViewModel::setProfileChosenAt(qint64 ms)
{
    if (ms == m_profileChosenAt)
        return;
    m_profileChosenAt = ms;
    m_store.setSyncValue(kProfileChosenAt, ms > 0 ? QByteArray::number(ms) : QByteArray());
}

void CohortViewModel::setSharedElsewhere(bool elsewhere)
{
    if (elsewhere == m_sharedElsewhere)
        return;
    m_sharedElsewhere = elsewhere;
    m_store.setSyncValue(kProfileSharedElsewhere, elsewhere ? QByteArray("1") : QByteArray());
}

// The current profile as pendingProfileShare() compares it (without its time); empty when
// there is none.
QByteArray CohortViewModel::currentProfileBasis() const
{
    if (!m_readiness)
        return {};
    const std::optional<core::learner::ReadinessProfile> profile = m_readiness();
    return profile ? encodeSharedProfile(*profile, m_contentVersion, 0) : QByteArray();
}

void CohortViewModel::setProfileOnServer(bool onServer)
{
    if (onServer == m_profileOnServer)
        return;
    m_profileOnServer = onServer;
    m_store.setSyncValue(kProfileOnServer, onServer ? QByteArray("1") : QByteArray());
}

// Asked by the engine during each round. No side effects: it may be asked and not sent.
std::optional<ProfileShare> CohortViewModel::pendingProfileShare()
{
    if (!m_profileShared) {
        if (m_profileOnServer)
            return ProfileShare{false, {}, m_profileChosenAt};
        return std::nullopt;
    }
    if (!m_readiness)
        return std::nullopt;
    const std::optional<core::learner::ReadinessProfile> profile = m_readiness();
    if (!profile)
        return std::nullopt;
    // Unchanged since the server confirmed it: nothing to send (a few bytes saved per round).
    if (encodeSharedProfile(*profile, m_contentVersion, 0) == m_confirmedBasis)
        return std::nullopt;
    return ProfileShare{true, encodeSharedProfile(*profile, m_contentVersion, QDateTime::currentMSecsSinceEpoch()),
                        m_profileChosenAt};
}

void CohortViewModel::onProfileShareConfirmed(bool share, const QByteArray &profile)
{
    if (share) {
        // Remember the confirmed copy without its time, as pendingProfileShare() compares.
        std::optional<v1::SharedProfile> copy = decodeSharedProfile(profile);
        if (copy) {
            copy->set_generated_at_ms(0);
            m_confirmedBasis = serialize(*copy);
        }
        m_profileSentAt = QDateTime::currentDateTimeUtc();
        m_store.setSyncValue(kProfileSentAt, QByteArray::number(m_profileSentAt.toMSecsSinceEpoch()));
        setSharedElsewhere(false);
    } else {
        m_confirmedBasis.clear();
        m_profileSentAt = QDateTime();
        m_store.setSyncValue(kProfileSentAt, QByteArray());
        if (!m_profileShared)
            setProfileOnServer(false);
    }
    emit profileSharingChanged();
}

// The account's choice as the server holds it: the last one made on any of the learner's
// devices. A newer one than this device's is adopted as it is (nothing is sent back); an
// older one means this device's choice has not been applied yet, so it is (re)sent.
void CohortViewModel::onProfileShareState(bool shared, qint64 chosenAtMs)
{
    const bool newer = chosenAtMs > m_profileChosenAt
                       // the same moment on two devices: the server's (the one it applied last)
                       || (chosenAtMs == m_profileChosenAt && chosenAtMs > 0 && shared != m_profileShared);
    if (!newer) {
        if (chosenAtMs < m_profileChosenAt && shared != m_profileShared) {
            if (m_profileShared)
                m_confirmedBasis.clear(); // the server holds no copy: send one
            else
                setProfileOnServer(true); // the server holds a copy: withdraw it
        }
        return;
    }
    setProfileChosenAt(chosenAtMs);
    const bool changed = shared != m_profileShared || (!shared && m_profileOnServer);
    if (!changed)
        return; // the same choice, made again elsewhere: nothing to do here
    if (shared != m_profileShared) {
        m_profileShared = shared;
        m_store.setSyncValue(kProfileShared, shared ? QByteArray("1") : QByteArray());
        m_profileSentAt = QDateTime();
        m_store.setSyncValue(kProfileSentAt, QByteArray());
    }
    if (shared) {
        // The other device sent a copy and keeps it fresh; this one sends its own only once its
        // profile changes (e.g. after answers recorded here).
        setProfileOnServer(true);
        setSharedElsewhere(true);
        m_confirmedBasis = currentProfileBasis();
    } else {
        setProfileOnServer(false); // the server deleted its copy already
        setSharedElsewhere(false);
        m_confirmedBasis.clear();
    }
    emit profileSharingChanged();
}

QString CohortViewModel::profileShareText() const
{
    if (m_profileShared) {
        if (m_sharedElsewhere && !m_profileSentAt.isValid())
            return tr("Shared: you chose this on another of your devices. Your lead's copy is updated when you sync.");
        if (m_profileSentAt.isValid())
            return tr("Shared. Your lead sees the copy sent %1; it is updated when you sync.")
                .arg(QLocale().toString(m_profileSentAt.toLocalTime(), QLocale::ShortFormat));
        return tr("Shared. Your profile is sent at the next sync.");
    }
    if (m_profileOnServer && joined())
        return tr("Not shared. Your lead's copy is deleted at the next sync.");
    return QString();
}

void CohortViewModel::setServerUrl(const QString &url)
{
    if (url == m_serverUrl || joined())
        return;
    m_serverUrl = url;
    emit serverUrlChanged();
}

void CohortViewModel::setDisplayName(const QString &name)
{
    if (name == m_displayName)
        return;
    m_displayName = name;
    emit displayNameChanged();
}

void CohortViewModel::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCa = certificates;
    if (joined())
        startEngine();
}

void CohortViewModel::setTuning(const SyncTuning &tuning)
{
    m_tuning = tuning;
    if (joined())
        startEngine();
}

void CohortViewModel::setIntervals(int periodicMs, int afterChangeMs)
{
    m_periodic.setInterval(periodicMs);
    m_soon.setInterval(afterChangeMs);
}

// Whether the address can be used, saying what is wrong if not.
bool CohortViewModel::serverAddressUsable()
{
    const QUrl base = cohortServerBase(m_serverUrl);
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

void CohortViewModel::join(const QString &inviteCode)
{
    if (busy() || joined() || !serverAddressUsable())
        return;
    const QString name = m_displayName.trimmed();
    if (inviteCode.trimmed().isEmpty()) {
        setError(tr("Enter the invite code from your cohort lead."));
        return;
    }
    if (name.isEmpty() || name.size() > kMaxNameLength) {
        setError(tr("Enter your name as your cohort lead should see it (up to %1 characters).").arg(kMaxNameLength));
        return;
    }
    setError(QString());

    v1::JoinRequest request;
    request.set_invite_code(inviteCode.trimmed().left(64).toStdString());
    request.set_display_name(name.toStdString());
    request.set_device_name(deviceName().toStdString());
    QByteArray nonce(kMinNonceBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
    request.set_request_nonce(nonce.constData(), std::size_t(nonce.size()));
    askForCredential(QStringLiteral("/v1/join"), withHello(request, QCoreApplication::applicationVersion()));
}

void CohortViewModel::joinWithLinkCode(const QString &linkCode)
{
    if (busy() || joined() || !serverAddressUsable())
        return;
    if (linkCode.trimmed().isEmpty()) {
        setError(tr("Enter the link code shown on your other device."));
        return;
    }
    setError(QString());
    v1::LinkFinishRequest request;
    request.set_link_code(linkCode.trimmed().left(64).toStdString());
    request.set_device_name(deviceName().toStdString());
    askForCredential(QStringLiteral("/v1/link/finish"), withHello(request, QCoreApplication::applicationVersion()));
}

void CohortViewModel::askForCredential(const QString &path, const QByteArray &body)
{
    QNetworkReply *reply = postToCohort(*m_network, {cohortServerBase(m_serverUrl), {}, m_extraCa}, path, body);
    m_joinReply = reply;
    emit busyChanged();
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onCredentialReply(reply); });
}

void CohortViewModel::onCredentialReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_joinReply != reply)
        return; // abandoned
    m_joinReply = nullptr;
    emit busyChanged();

    const CohortAnswer answer = readCohortAnswer(*reply);
    if (!answer.ok()) {
        setError(answer.error);
        return;
    }
    v1::DeviceCredential credential;
    if (!credential.ParseFromArray(answer.body.constData(), int(answer.body.size()))
        || credential.device_token().empty()) {
        setError(tr("The cohort server sent an answer this app does not understand."));
        return;
    }
    // A linked device learns the name from the account; a joining one chose it.
    const QString name = credential.display_name().empty() ? m_displayName.trimmed()
                                                           : QString::fromStdString(credential.display_name());
    // The credential goes into the learner's store, next to the events it syncs.
    setSyncValue(kServerUrl, cohortServerBase(m_serverUrl).toString());
    setSyncValue(kAccountId, QString::fromStdString(credential.account_id()));
    setSyncValue(kDeviceId, QString::fromStdString(credential.device_id()));
    setSyncValue(kCohortId, QString::fromStdString(credential.cohort_id()));
    setSyncValue(kCohortName, QString::fromStdString(credential.cohort_name()));
    setSyncValue(kDisplayName, name);
    setSyncValue(kToken, QString::fromStdString(credential.device_token()));
    // A new credential starts downloading from the beginning: a linked device gets everything
    // the learner's other devices recorded.
    m_store.setSyncValue(LearnerOutbox::cursorKey(), QByteArray("0"));
    loadCredential();
    emit serverUrlChanged();
    emit displayNameChanged();
    emit joinedChanged();
    startEngine();
}

void CohortViewModel::startLink()
{
    if (!joined() || m_linkReply)
        return;
    setError(QString());
    v1::LinkStartRequest request;
    QNetworkReply *reply = postToCohort(*m_network, {cohortServerBase(m_serverUrl), m_token, m_extraCa},
                                        QStringLiteral("/v1/link/start"), withHello(request, QCoreApplication::applicationVersion()));
    m_linkReply = reply;
    emit linkCodeChanged();
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onLinkCodeReply(reply); });
}

void CohortViewModel::onLinkCodeReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_linkReply != reply)
        return; // abandoned (left the cohort meanwhile)
    m_linkReply = nullptr;
    const CohortAnswer answer = readCohortAnswer(*reply);
    v1::LinkStartResponse code;
    if (!answer.ok()) {
        setError(answer.error);
    } else if (!code.ParseFromArray(answer.body.constData(), int(answer.body.size())) || code.link_code().empty()) {
        setError(tr("The cohort server sent an answer this app does not understand."));
    } else {
        m_linkCode = QString::fromStdString(code.link_code());
        m_linkCodeExpires = QDateTime::fromMSecsSinceEpoch(code.expires_at_ms(), Qt::UTC);
        // The code is hidden once the server would refuse it. The server's clock decides; a few
        // seconds of difference are harmless.
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_linkCodeExpires);
        m_linkExpiry.start(int(std::clamp<qint64>(left, 0, 24LL * 3600 * 1000)));
    }
    emit linkCodeChanged();
}

void CohortViewModel::forgetLinkCode()
{
    if (QNetworkReply *reply = std::exchange(m_linkReply, nullptr))
        reply->abort(); // its finished() is then taken as abandoned
    m_linkExpiry.stop();
    if (m_linkCode.isEmpty())
        return;
    m_linkCode.clear();
    m_linkCodeExpires = QDateTime();
    emit linkCodeChanged();
}

void CohortViewModel::startEngine()
{
    m_engine.reset();
    SyncEndpoint endpoint{cohortServerBase(m_serverUrl), m_token, m_extraCa, QCoreApplication::applicationVersion()};
    m_engine = std::make_unique<SyncEngine>(m_outbox, *m_network, endpoint, m_tuning, random01);
    SyncEngine *engine = m_engine.get();
    engine->setProfileShareProvider([this] { return pendingProfileShare(); });
    connect(engine, &SyncEngine::profileShareConfirmed, this, &CohortViewModel::onProfileShareConfirmed);
    connect(engine, &SyncEngine::profileShareStateReceived, this, &CohortViewModel::onProfileShareState);
    connect(engine, &SyncEngine::stateChanged, this, [this, engine] {
        if (engine->state() == SyncEngine::State::WaitingToRetry)
            m_countdown.start();
        else
            m_countdown.stop();
        refreshPending();
        emit statusChanged();
    });
    connect(engine, &SyncEngine::pendingCountChanged, this, &CohortViewModel::refreshPending);
    connect(engine, &SyncEngine::errorTextChanged, this, [this, engine] { setError(engine->errorText()); });
    connect(engine, &SyncEngine::lastSyncedChanged, this, [this, engine] {
        m_lastSynced = engine->lastSynced();
        m_store.setSyncValue(kLastSynced, QByteArray::number(m_lastSynced.toMSecsSinceEpoch()));
        emit lastSyncedChanged();
    });
    m_periodic.start();
    emit statusChanged();
    engine->syncNow();
}

void CohortViewModel::syncNow()
{
    m_soon.stop();
    if (!m_engine)
        return;
    m_engine->syncNow();
}

void CohortViewModel::noteLocalChange()
{
    refreshPending();
    if (m_engine && !m_soon.isActive())
        m_soon.start();
}

void CohortViewModel::leave()
{
    if (QNetworkReply *reply = std::exchange(m_joinReply, nullptr)) {
        reply->abort(); // its finished() is then taken as abandoned
        emit busyChanged();
    }
    forgetLinkCode();
    m_devices->clear();
    m_engine.reset();
    m_periodic.stop();
    m_soon.stop();
    m_countdown.stop();
    if (m_profileOnServer)
        withdrawBeforeLeaving();
    for (const QString &key : {kToken, kAccountId, kDeviceId, kCohortId, kCohortName, kLastSynced,
                               kProfileShared, kProfileOnServer, kProfileSentAt, kProfileChosenAt,
                               kProfileSharedElsewhere})
        m_store.setSyncValue(key, QByteArray());
    m_profileShared = false;
    m_profileOnServer = false;
    m_profileSentAt = QDateTime();
    m_profileChosenAt = 0;
    m_sharedElsewhere = false;
    m_confirmedBasis.clear();
    emit profileSharingChanged();
    m_store.setSyncValue(LearnerOutbox::cursorKey(), QByteArray());
    m_token.clear();
    m_cohortName.clear();
    m_lastSynced = QDateTime();
    setError(QString());
    emit joinedChanged();
    emit lastSyncedChanged();
    emit statusChanged();
}

// One withdrawal request with the credential that is about to be forgotten. Not retried: once
// the credential is gone this device can no longer speak for the account.
void CohortViewModel::withdrawBeforeLeaving()
{
    if (m_token.isEmpty())
        return;
    v1::ShareProfileRequest request;
    request.set_share(false);
    // Leaving withdraws for the account: the learner's other devices adopt it as they sync.
    request.set_chosen_at_ms(std::max(QDateTime::currentMSecsSinceEpoch(), m_profileChosenAt + 1));
    QNetworkReply *reply = postToCohort(*m_network, {cohortServerBase(m_serverUrl), m_token, m_extraCa},
                                        QStringLiteral("/v1/profile/share"), withHello(request, QCoreApplication::applicationVersion()));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

bool CohortViewModel::syncing() const
{
    return m_engine && m_engine->state() == SyncEngine::State::Syncing;
}

bool CohortViewModel::needsUpdate() const
{
    return m_engine && m_engine->state() == SyncEngine::State::UpdateRequired;
}

QString CohortViewModel::statusText() const
{
    if (!joined())
        return tr("Not in a cohort");
    if (!m_engine)
        return QString();
    switch (m_engine->state()) {
    case SyncEngine::State::Syncing:
        return tr("Syncing…");
    case SyncEngine::State::WaitingToRetry: {
        const int seconds = std::max(1, (m_engine->retryInMs() + 999) / 1000);
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
    if (m_pendingCount == 1)
        return tr("1 answer waiting to sync");
    if (m_pendingCount > 1)
        return tr("%1 answers waiting to sync").arg(m_pendingCount);
    if (!m_lastSynced.isValid())
        return tr("Not synced yet");
    return tr("Up to date");
}

void CohortViewModel::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void CohortViewModel::refreshPending()
{
    const int count = m_outbox.pendingCount();
    if (count == m_pendingCount)
        return;
    m_pendingCount = count;
    emit statusChanged();
}

} // namespace groundwork::sync
