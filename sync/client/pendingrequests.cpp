#include "client/pendingrequests.h"

#include "client/secretstore.h"
#include "protocol/wirecodec.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

namespace groundwork::sync {

namespace {

const QString kFormat = QStringLiteral("groundwork-pending-requests");
constexpr int kFormatVersion = 1;
constexpr int kBaseDelayMs = 5'000;
constexpr int kCapDelayMs = 30 * 60'000;
constexpr qint64 kMaxAnswerBytes = 8 * 1024;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

double random01()
{
    return QRandomGenerator::global()->generateDouble();
}

QString keychainKey(const QString &id)
{
    return QStringLiteral("pending-request-") + id;
}

QJsonObject toJson(const PendingRequest &r)
{
    QJsonObject o{{"id", r.id},
                  {"kind", kindName(r.kind)},
                  {"base", r.base.toString()},
                  {"path", r.path},
                  {"body", QString::fromLatin1(r.body.toBase64())},
                  {"tokenInKeychain", r.tokenInKeychain},
                  {"queuedAtMs", double(r.queuedAtMs)},
                  {"attempts", r.attempts},
                  {"lastError", r.lastError},
                  {"refused", r.refused}};
    if (!r.tokenInKeychain)
        o.insert("token", r.token);
    return o;
}

std::optional<PendingRequest::Kind> kindNamed(const QString &name)
{
    using Kind = PendingRequest::Kind;
    for (Kind k : {Kind::WithdrawProfile, Kind::RevokeDevice, Kind::DeleteAccount})
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

std::optional<PendingRequest> fromJson(const QJsonObject &o)
{
    const auto kind = kindNamed(o.value("kind").toString());
    PendingRequest r;
    r.id = o.value("id").toString();
    r.base = QUrl(o.value("base").toString());
    r.path = o.value("path").toString();
    r.body = QByteArray::fromBase64(o.value("body").toString().toLatin1());
    r.token = o.value("token").toString();
    r.tokenInKeychain = o.value("tokenInKeychain").toBool();
    r.queuedAtMs = qint64(o.value("queuedAtMs").toDouble());
    r.attempts = o.value("attempts").toInt();
    r.lastError = o.value("lastError").toString();
    r.refused = o.value("refused").toBool();
    if (!kind || r.id.isEmpty() || !r.base.isValid() || r.path.isEmpty()
        || (r.token.isEmpty() && !r.tokenInKeychain))
        return std::nullopt;
    r.kind = *kind;
    return r;
}

} // namespace

QString kindName(PendingRequest::Kind kind)
{
    switch (kind) {
    case PendingRequest::Kind::WithdrawProfile: return QStringLiteral("withdraw-profile");
    case PendingRequest::Kind::RevokeDevice: return QStringLiteral("revoke-device");
    case PendingRequest::Kind::DeleteAccount: return QStringLiteral("delete-account");
    }
    return {};
}

PendingRequests::PendingRequests(const QString &filePath, QNetworkAccessManager *network, SecretStore *keychain,
                                 QObject *parent)
    : QObject(parent), m_path(filePath), m_network(network), m_keychain(keychain),
      m_backoff(kBaseDelayMs, kCapDelayMs, random01)
{
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownNetwork.get();
    }
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PendingRequests::sendFirst);
    load();
    // Tokens a keychain refused earlier get another chance; then the first request goes.
    for (const PendingRequest &r : std::as_const(m_requests))
        if (!r.tokenInKeychain)
            moveTokenToKeychain(r.id);
    if (waiting())
        QMetaObject::invokeMethod(this, &PendingRequests::sendFirst, Qt::QueuedConnection);
}

PendingRequests::~PendingRequests()
{
    // Closing the app is not a failed attempt: the request is sent again at the next start.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

void PendingRequests::setBackoff(int baseMs, int capMs)
{
    m_backoff = Backoff(baseMs, capMs, random01);
}

void PendingRequests::load()
{
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return;
    QFile file(m_path);
    QJsonParseError parseError;
    const QJsonDocument doc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                                             : QJsonDocument();
    const QJsonObject root = doc.object();
    if (root.value("format").toString() != kFormat || root.value("formatVersion").toInt() != kFormatVersion) {
        // Kept aside, not overwritten: what it holds may still be needed.
        const QString aside = m_path + QStringLiteral(".unreadable-")
                              + QString::number(QDateTime::currentMSecsSinceEpoch());
        file.close();
        QFile::rename(m_path, aside);
        m_loadError = tr("Requests waiting for the cohort server could not be read; the file was kept as %1.")
                          .arg(aside);
        return;
    }
    m_accountDeletedAtMs = qint64(root.value("accountDeletedAtMs").toDouble());
    for (const QJsonValue &value : root.value("requests").toArray()) {
        if (auto request = fromJson(value.toObject()))
            m_requests.append(*request);
        else
            m_loadError = tr("A request waiting for the cohort server was incomplete and could not be sent.");
    }
}

bool PendingRequests::save()
{
    if (m_path.isEmpty())
        return true;
    if (m_requests.isEmpty() && m_accountDeletedAtMs == 0) {
        QFile::remove(m_path);
        return !QFileInfo::exists(m_path);
    }
    QJsonArray requests;
    for (const PendingRequest &r : std::as_const(m_requests))
        requests.append(toJson(r));
    const QJsonObject root{{"format", kFormat},
                           {"formatVersion", kFormatVersion},
                           {"accountDeletedAtMs", double(m_accountDeletedAtMs)},
                           {"requests", requests}};
    if (!QFileInfo::exists(m_path)) {
        // Created empty and private first: the atomic replacement keeps these permissions.
        QFile create(m_path);
        if (!create.open(QIODevice::WriteOnly) || !create.setPermissions(kOwnerOnly))
            return false;
    }
    QSaveFile file(m_path);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QString PendingRequests::enqueue(Kind kind, const CohortCall &call, const QString &path, const QByteArray &body,
                                 QString *id)
{
    if (call.token.isEmpty() || !call.base.isValid())
        return tr("This device is not signed in to a cohort server.");
    PendingRequest request;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.kind = kind;
    request.base = call.base;
    request.path = path;
    request.body = body;
    request.token = call.token;
    request.queuedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_requests.append(request);
    if (!save()) {
        m_requests.removeLast();
        return tr("The request could not be written down in %1, so it was not sent.").arg(m_path);
    }
    if (id)
        *id = request.id;
    emit changed();
    moveTokenToKeychain(request.id);
    if (!m_reply && !m_readingToken) {
        m_retry.stop();
        m_nextAttempt = QDateTime();
        m_failuresInARow = 0;
        sendFirst();
    }
    return {};
}

bool PendingRequests::contains(Kind kind) const
{
    return std::any_of(m_requests.cbegin(), m_requests.cend(), [kind](const PendingRequest &r) { return r.kind == kind; });
}

bool PendingRequests::waiting() const
{
    return std::any_of(m_requests.cbegin(), m_requests.cend(), [](const PendingRequest &r) { return !r.refused; });
}

void PendingRequests::forgetAccountDeleted()
{
    m_accountDeletedAtMs = 0;
    save();
    emit changed();
}

PendingRequest *PendingRequests::find(const QString &id)
{
    for (PendingRequest &r : m_requests)
        if (r.id == id)
            return &r;
    return nullptr;
}

QDateTime PendingRequests::nextAttempt() const
{
    return m_retry.isActive() ? m_nextAttempt : QDateTime();
}

// With a keychain, the credential leaves the file once the keychain holds it; without one it
// stays in the file (owner-only), which is no weaker than the store it came from.
void PendingRequests::moveTokenToKeychain(const QString &id)
{
    const PendingRequest *request = find(id);
    if (!m_keychain || !request || request->tokenInKeychain || m_path.isEmpty())
        return;
    m_keychain->write(keychainKey(id), request->token, this, [this, id](const SecretStore::Result &result) {
        PendingRequest *r = find(id);
        if (!r || !result.ok())
            return; // gone meanwhile, or the file keeps it
        r->tokenInKeychain = true;
        if (!save())
            r->tokenInKeychain = false;
    });
}

void PendingRequests::eraseKeychainToken(const PendingRequest &request)
{
    if (m_keychain && request.tokenInKeychain)
        m_keychain->remove(keychainKey(request.id), this, [](const SecretStore::Result &) {});
}

void PendingRequests::retryNow()
{
    if (m_reply || m_readingToken || !waiting())
        return;
    m_retry.stop();
    sendFirst();
}

void PendingRequests::sendFirst()
{
    m_nextAttempt = QDateTime();
    if (m_reply || m_readingToken)
        return;
    const auto first = std::find_if(m_requests.cbegin(), m_requests.cend(),
                                    [](const PendingRequest &r) { return !r.refused; });
    if (first == m_requests.cend())
        return;
    if (!first->token.isEmpty() || !first->tokenInKeychain)
        return send(*first);
    // The credential is in the keychain: read it first.
    if (!m_keychain)
        return finish(first->id, {Outcome::Refused, {},
                                  tr("This device's sign-in for the request is in the system keychain, which this "
                                     "build cannot reach.")});
    m_readingToken = true;
    m_keychain->read(keychainKey(first->id), this, [this, id = first->id](const SecretStore::Result &result) {
        m_readingToken = false;
        PendingRequest *r = find(id);
        if (!r)
            return sendFirst();
        if (!result.ok())
            return finish(id, {Outcome::Retry, {},
                               tr("The system keychain did not give back this device's sign-in (%1).")
                                   .arg(result.error.isEmpty() ? tr("not found") : result.error)});
        r->token = result.value;
        send(*r);
    });
}

void PendingRequests::send(PendingRequest request)
{
    const CohortCall call{request.base, request.token, m_extraCa};
    QNetworkReply *reply = postToCohort(*m_network, call, request.path, request.body);
    m_reply = reply;
    m_sendingId = request.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id = request.id] { onReply(reply, id); });
    emit changed();
}

void PendingRequests::onReply(QNetworkReply *reply, const QString &id)
{
    reply->deleteLater();
    if (m_reply != reply)
        return;
    m_reply = nullptr;
    m_sendingId.clear();
    const PendingRequest *request = find(id);
    if (!request)
        return sendFirst(); // dismissed meanwhile
    finish(id, judge(*reply, request->kind));
}

PendingRequests::Answer PendingRequests::judge(QNetworkReply &reply, Kind kind) const
{
    const QByteArray body = reply.isOpen() ? reply.read(kMaxAnswerBytes) : QByteArray();
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply.error() == QNetworkReply::NoError && status == 200)
        return {Outcome::Confirmed, body, {}};
    const auto failure = status >= 400 ? decodeError(body) : std::nullopt;
    if (!failure)
        return {Outcome::Retry, {},
                status >= 400 ? tr("The cohort server had a problem (HTTP %1).").arg(status)
                              : tr("The cohort server could not be reached (%1).").arg(reply.errorString())};
    const WireError code = failure->code;
    if (code == WireError::Unauthorized) {
        // The server no longer knows this credential. For signing out that is the goal (an
        // earlier attempt may have worked and its answer been lost); for anything else, no
        // retry from this device can change it.
        if (kind == Kind::RevokeDevice)
            return {Outcome::Confirmed, {}, {}};
        return {Outcome::Refused, {},
                tr("The cohort server no longer accepts this device's sign-in: your account there is already "
                   "deleted, or this device was signed out from another one. If your account still exists, "
                   "delete it from another of your devices or ask the server's administrator.")};
    }
    if (code == WireError::Forbidden || code == WireError::NotFound || code == WireError::Malformed)
        return {Outcome::Refused, {}, failure->message};
    return {Outcome::Retry, {}, failure->message};
}

void PendingRequests::finish(const QString &id, const Answer &answer)
{
    PendingRequest *request = find(id);
    if (!request)
        return sendFirst();
    const Kind kind = request->kind;
    if (answer.outcome == Outcome::Confirmed) {
        eraseKeychainToken(*request);
        m_requests.removeIf([&id](const PendingRequest &r) { return r.id == id; });
        if (kind == Kind::DeleteAccount)
            m_accountDeletedAtMs = QDateTime::currentMSecsSinceEpoch();
        save();
        m_failuresInARow = 0;
        emit confirmed(id, kind, answer.body);
        emit changed();
        return sendFirst();
    }
    ++request->attempts;
    request->lastError = answer.error;
    request->refused = answer.outcome == Outcome::Refused;
    save();
    emit attemptFailed(id, kind, answer.error, !request->refused);
    emit changed();
    if (answer.outcome == Outcome::Refused)
        return sendFirst(); // the others may still go through
    waitBeforeRetry();
}

void PendingRequests::waitBeforeRetry()
{
    const int delay = m_backoff.delayMs(m_failuresInARow++);
    m_nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    m_retry.start(delay);
    emit changed();
}

void PendingRequests::dismiss(const QString &id)
{
    const PendingRequest *request = find(id);
    if (!request || id == m_sendingId)
        return; // under way: its answer decides
    eraseKeychainToken(*request);
    m_requests.removeIf([&id](const PendingRequest &r) { return r.id == id; });
    save();
    emit changed();
}

} // namespace groundwork::sync
