#include "client/syncengine.h"

#include "client/cohortrolewire.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/bodyencoding.h"
#include "protocol/limits.h"
#include "protocol/protocolversion.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <QSet>

#include <utility>

namespace groundwork::sync {

namespace {

// A provider that keeps asking (e.g. a learner toggling while requests fly) cannot hold a
// round open for ever; what is left goes in the next round.
constexpr int kMaxSharesPerRound = 3;

} // namespace

SyncEngine::SyncEngine(OutboxSource &source, QNetworkAccessManager &network, SyncEndpoint endpoint,
                       SyncTuning tuning, std::function<double()> random01, QObject *parent)
    : QObject(parent), m_source(source), m_network(network), m_endpoint(std::move(endpoint)),
      m_tuning(tuning), m_backoff(tuning.backoffBaseMs, tuning.backoffCapMs, std::move(random01))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_pendingCount = m_source.pendingCount();
}

SyncEngine::~SyncEngine()
{
    if (m_inFlight)
        m_inFlight->abort();
}

void SyncEngine::syncNow()
{
    if (m_state == State::Syncing)
        return;
    m_retryTimer.stop();
    m_uploaded = 0;
    m_downloaded = 0;
    emit progressChanged();
    setState(State::Syncing);
    m_sharesThisRound = 0;
    if (sendProfileShare(true, AfterShare::Upload))
        return;
    uploadNext();
}

void SyncEngine::setProfileShareProvider(ProfileShareProvider provider)
{
    m_shareProvider = std::move(provider);
}

bool SyncEngine::sendProfileShare(bool withdrawalsOnly, AfterShare then)
{
    if (!m_shareProvider || m_sharesThisRound >= kMaxSharesPerRound)
        return false;
    std::optional<ProfileShare> wanted = m_shareProvider();
    if (!wanted || (withdrawalsOnly && wanted->share))
        return false;
    if (!wanted->share)
        wanted->profile.clear(); // a withdrawal carries nothing
    if (wanted->profile.size() > kMaxProfileBytes) {
        // The server would refuse it (TOO_LARGE); encodeSharedProfile's caps make this moot.
        qWarning("groundwork: the shared profile is larger than the server accepts; not sent");
        return false;
    }
    ++m_sharesThisRound;
    m_shareInFlight = std::move(wanted);
    m_afterShare = then;
    v1::ShareProfileRequest request;
    request.set_share(m_shareInFlight->share);
    request.set_profile(m_shareInFlight->profile.constData(), std::size_t(m_shareInFlight->profile.size()));
    request.set_chosen_at_ms(m_shareInFlight->chosenAtMs);
    post(QStringLiteral("/v1/profile/share"), withHello(request, m_endpoint.appVersion, m_endpoint.protocolVersion), &SyncEngine::onProfileShared);
    return true;
}

void SyncEngine::onProfileShared(const QByteArray &body)
{
    v1::ShareProfileResponse response;
    if (!response.ParseFromArray(body.constData(), int(body.size())) || !m_shareInFlight) {
        retryLater(tr("The cohort server sent an answer this app does not understand."));
        return;
    }
    const ProfileShare sent = *std::exchange(m_shareInFlight, std::nullopt);
    // A choice older than the one the server holds (made on another device in between) is
    // not applied; the answer then carries the newer choice, for the owner to adopt. A server
    // that predates choice times answers nothing and always applies.
    const bool applied = !response.has_state() || sent.chosenAtMs == 0
                         || response.state().chosen_at_ms() <= sent.chosenAtMs;
    if (applied)
        emit profileShareConfirmed(sent.share, sent.profile);
    if (response.has_state())
        emit profileShareStateReceived(response.state().shared(), response.state().chosen_at_ms());
    if (m_afterShare == AfterShare::Upload) {
        uploadNext();
        return;
    }
    // The learner may have changed their mind while this was on the way.
    if (sendProfileShare(false, AfterShare::Finish))
        return;
    finishRound();
}

void SyncEngine::uploadNext()
{
    v1::UploadRequest request;
    m_sentIds.clear();
    // Defence in depth: private events and reflections never go on the wire, whatever the
    // outbox holds (a store may hold reflections recorded before every reflection was private;
    // the server would refuse their whole batch).
    while (true) {
        const QList<WireEvent> batch = m_source.pending(m_tuning.uploadBatch);
        QStringList privateIds;
        QList<WireEvent> sending;
        for (const WireEvent &e : batch) {
            if (e.isPrivate || isReflectionKind(e.kind)) {
                privateIds << e.id;
                continue;
            }
            sending.append(e);
            m_sentIds << e.id;
        }
        encodeEvents(sending, request.mutable_events());
        if (privateIds.isEmpty())
            break;
        m_source.keepLocal(privateIds);
        if (!m_sentIds.isEmpty())
            break;
    }
    if (m_sentIds.isEmpty()) {
        registerKeyThenDownload();
        return;
    }
    post(QStringLiteral("/v1/upload"), withHello(request, m_endpoint.appVersion, m_endpoint.protocolVersion), &SyncEngine::onUploaded);
}

void SyncEngine::onUploaded(const QByteArray &body)
{
    v1::UploadResponse response;
    if (!response.ParseFromArray(body.constData(), int(body.size()))) {
        retryLater(tr("The cohort server sent an answer this app does not understand."));
        return;
    }
    // Clear only what this batch sent and the server says it holds.
    const QSet<QString> sent(m_sentIds.cbegin(), m_sentIds.cend());
    QStringList acknowledged;
    for (const std::string &id : response.stored_ids()) {
        const QString qid = QString::fromStdString(id);
        if (sent.contains(qid))
            acknowledged << qid;
    }
    m_source.acknowledge(acknowledged);
    m_uploaded += int(acknowledged.size());
    emit progressChanged();
    refreshPending();
    if (acknowledged.isEmpty()) {
        retryLater(tr("The cohort server did not confirm what it received."));
        return;
    }
    uploadNext();
}

// The other devices seal new account keys to this device's public key: the server must hold
// it (once per key and epoch) before this device could be left out of a rotation.
void SyncEngine::registerKeyThenDownload()
{
    m_keyInFlight = m_source.unregisteredDeviceKey();
    if (!m_keyInFlight || m_endpoint.protocolVersion < kSealedEventsProtocolVersion) {
        downloadNext();
        return;
    }
    v1::RegisterDeviceKeyRequest request;
    request.set_public_key(m_keyInFlight->publicKey.toStdString());
    request.set_key_epoch(m_keyInFlight->epoch);
    request.set_key_mac(m_keyInFlight->mac.toStdString());
    post(QStringLiteral("/v1/devices/key"), withHello(request, m_endpoint.appVersion, m_endpoint.protocolVersion),
         &SyncEngine::onKeyRegistered);
}

void SyncEngine::onKeyRegistered(const QByteArray &)
{
    if (m_keyInFlight)
        m_source.deviceKeyRegistered(*std::exchange(m_keyInFlight, std::nullopt));
    downloadNext();
}

void SyncEngine::downloadNext()
{
    v1::DownloadRequest request;
    request.set_cursor(m_source.downloadCursor());
    request.set_max_events(quint32(m_tuning.downloadBatch));
    request.set_held_key_epoch(m_source.heldKeyEpoch());
    post(QStringLiteral("/v1/download"), withHello(request, m_endpoint.appVersion, m_endpoint.protocolVersion), &SyncEngine::onDownloaded);
}

void SyncEngine::onDownloaded(const QByteArray &body)
{
    v1::DownloadResponse response;
    if (!response.ParseFromArray(body.constData(), int(body.size()))) {
        retryLater(tr("The cohort server sent an answer this app does not understand."));
        return;
    }
    // New epochs first: this page's events may be sealed under them.
    QList<ReceivedKeyEnvelope> envelopes;
    for (const v1::KeyEnvelope &e : response.key_envelopes())
        envelopes.append({e.epoch(), QByteArray::fromStdString(e.envelope())});
    if (!envelopes.isEmpty())
        m_source.applyKeyEnvelopes(envelopes);
    if (!response.key_rotation_due().empty() && !response.more())
        m_source.keyRotationDue(QString::fromStdString(response.key_rotation_due()));
    QList<WireEvent> events;
    events.reserve(response.events_size());
    for (DecodedEvent &d : decodeEvents(response.events())) {
        if (!d.problem.isEmpty() || d.event.isPrivate)
            continue; // never let a bad server write junk into the local store
        events.append(std::move(d.event));
    }
    m_source.applyRemote(events, response.next_cursor());
    m_downloaded += int(events.size());
    emit progressChanged();
    // Before the share that may end the round: a newer choice from another device is adopted
    // rather than overwritten.
    if (response.has_profile_share())
        emit profileShareStateReceived(response.profile_share().shared(), response.profile_share().chosen_at_ms());
    if (response.has_cohort_role())
        emit cohortRoleReceived(cohortRoleFromWire(response.cohort_role()));
    if (response.more()) {
        downloadNext();
        return;
    }
    if (sendProfileShare(false, AfterShare::Finish))
        return;
    finishRound();
}

void SyncEngine::finishRound()
{
    m_attempt = 0;
    m_lastSynced = QDateTime::currentDateTimeUtc();
    emit lastSyncedChanged();
    setError(QString());
    refreshPending();
    setState(State::Idle);
    emit roundFinished();
}

void SyncEngine::post(const QString &path, const QByteArray &body,
                      void (SyncEngine::*onSuccess)(const QByteArray &))
{
    QUrl url = m_endpoint.baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    request.setRawHeader("Authorization", "Bearer " + m_endpoint.deviceToken.toLatin1());
    request.setTransferTimeout(m_tuning.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == u"https" && !m_endpoint.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_endpoint.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    // Compressed only when that is smaller: a day's upload shrinks by about a third, a tiny
    // request would grow by zlib's few bytes of framing.
    QByteArray sent = deflateBody(body);
    if (!sent.isEmpty() && sent.size() < body.size())
        request.setRawHeader("Content-Encoding", kDeflateEncoding);
    else
        sent = body;
    QNetworkReply *reply = m_network.post(request, sent);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, onSuccess] {
        reply->deleteLater();
        if (m_inFlight == reply)
            m_inFlight = nullptr;
        if (reply->size() > m_tuning.maxResponseBytes) {
            retryLater(tr("The cohort server sent an answer that is too large."));
            return;
        }
        const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            (this->*onSuccess)(answer);
            return;
        }
        handleFailure(reply, answer);
    });
}

void SyncEngine::handleFailure(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto failure = status >= 400 ? decodeError(body) : std::nullopt;
    if (!failure) {
        if (status >= 400)
            retryLater(tr("The cohort server had a problem (HTTP %1).").arg(status));
        else
            retryLater(tr("Could not reach the cohort server: %1").arg(reply->errorString()));
        return;
    }
    switch (failure->code) {
    case WireError::UpdateRequired:
        setError(failure->message);
        setState(State::UpdateRequired);
        return;
    case WireError::Unauthorized:
        setError(tr("This device is no longer signed in to your cohort. Link it again from another device."));
        setState(State::SignedOut);
        return;
    case WireError::Internal:
    case WireError::RateLimited:
        retryLater(failure->message);
        return;
    default:
        setError(failure->message);
        setState(State::Failed);
        return;
    }
}

void SyncEngine::retryLater(const QString &why)
{
    const int delay = m_backoff.delayMs(m_attempt);
    ++m_attempt;
    setError(why);
    setState(State::WaitingToRetry);
    m_retryTimer.start(delay);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void SyncEngine::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void SyncEngine::refreshPending()
{
    const int count = m_source.pendingCount();
    if (count == m_pendingCount)
        return;
    m_pendingCount = count;
    emit pendingCountChanged();
}

} // namespace groundwork::sync
