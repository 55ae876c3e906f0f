#pragma once

#include "protocol/wirecodec.h"
#include "server/clock.h"
#include "server/provisioning.h"
#include "server/ratelimiter.h"
#include "server/store.h"

#include <QByteArray>
#include <optional>
#include <QString>

#include <functional>
#include <variant>

namespace groundwork::sync {

namespace v1 {
class CohortRole;
}

struct Reply
{
    int status = 200;
    QByteArray body; // a response message, or a serialised v1::Error
    QString deviceId; // the signed-in device that asked, if any (for the access log)
};

// Quotas, kept in the database so they hold across server processes (the counts are read
// before writing, so concurrent requests may pass a quota by a few).
struct ServiceLimits
{
    qint64 linkCodeLifetimeMs = 10 * 60 * 1000;
    int maxCohortMembers = 1'000;        // learners who may join one cohort
    int maxOpenLinkCodes = 5;            // unexpired link codes per account
    qint64 maxAccountEvents = 200'000;   // events stored per account (years of daily practice)
    qint64 maxAccountBytes = 64LL * 1024 * 1024; // payload bytes stored per account
    int maxJoinsPerAddress = 100;        // joins from one IPv4 address or IPv6 /64 in an hour
    int minGroupSize = 5;                // shared profiles before a lead sees group figures (>= 3)
};

// The cohort server's endpoints, free of HTTP: a path, the bearer token (may be empty), an
// untrusted body and who is calling (for rate limits) go in; a status and a body come out.
// Nothing here throws: storage failures become ERROR_CODE_INTERNAL and change nothing.
class SyncService
{
public:
    SyncService(Store &store, const Clock &clock, RateLimiter &codeGuesses, ServiceLimits limits = {});

    // `contentEncoding` is the request's Content-Encoding header ("deflate" or none).
    Reply handle(const QString &path, const QString &bearerToken, QByteArrayView body,
                 const QString &caller, QByteArrayView contentEncoding = {});

    // As handle(), for a server that answers later: with `commits` set, an upload is judged and
    // stored in the group commit, and `done` runs after that commit (or its failure, or the
    // refusal). Where the store finds devices together (Store::findsDevicesTogether()), uploads
    // are signed in once the event loop has read what else arrived, with one look-up for all;
    // otherwise at once. Every other request is answered before this returns.
    using ReplyHandler = std::function<void(Reply)>;
    void handleLater(const QString &path, const QString &bearerToken, QByteArrayView body,
                     const QString &caller, QByteArrayView contentEncoding, ReplyHandler done);
    void setGroupCommit(class GroupCommit *commits) { m_commits = commits; }

    static QStringList endpoints();

    // A request's body as sent (`contentEncoding`: "deflate" or none) made plain, or the
    // refusal. Needs no store, so an HTTP thread can do it before the request reaches this
    // service's thread; handle() and handleLater() do it for a body still encoded.
    static std::variant<QByteArray, Reply> decodeBody(QByteArrayView contentEncoding, QByteArrayView body);

    // The database answers (reconnecting once if it did not); for /readyz.
    bool storeReachable();

private:
    Reply dispatch(const QString &path, const QString &bearerToken, QByteArrayView body,
                   const QString &caller);
    static std::optional<QByteArray> tokenHash(const QString &bearerToken);
    // The device of the token: looked up in `signedInDevices` when given (found by
    // Store::devicesByToken() for several requests at once), otherwise in the store.
    std::optional<AuthenticatedDevice> authenticate(const QString &bearerToken,
                                                    const QHash<QByteArray, AuthenticatedDevice> *signedInDevices = nullptr);
    // Group commit: uploads wait to be signed in together until the event loop has read what
    // else arrived, then are judged and submitted to the group commit.
    struct AwaitingSignIn
    {
        QString bearerToken;
        QByteArray body; // decoded
        ReplyHandler done;
    };
    void signInWaiting();
    void submitUpload(const QString &bearerToken, QByteArrayView body,
                      const QHash<QByteArray, AuthenticatedDevice> *signedInDevices, const ReplyHandler &done);

    Reply route(const QString &path, const AuthenticatedDevice &device, QByteArrayView body);
    Reply join(QByteArrayView body, const QString &caller);
    Reply linkStart(const AuthenticatedDevice &device, QByteArrayView body);
    Reply linkFinish(QByteArrayView body, const QString &caller);
    Reply revokeDevice(const AuthenticatedDevice &device, QByteArrayView body);
    Reply listDevices(const AuthenticatedDevice &device, QByteArrayView body);
    Reply registerDeviceKey(const AuthenticatedDevice &device, QByteArrayView body);
    Reply deleteAccount(const AuthenticatedDevice &device, QByteArrayView body);
    Reply upload(const AuthenticatedDevice &device, QByteArrayView body);
    // An upload judged acceptable (before any storage), and storing it (inside whichever
    // transaction runs it: its own, or a group commit's savepoint).
    struct PendingUpload
    {
        QString accountId;
        QString deviceId;
        QList<WireEvent> events;
    };
    std::variant<Reply, PendingUpload> judgeUpload(const AuthenticatedDevice &device, QByteArrayView body);
    Reply storeUpload(const PendingUpload &upload);
    // The signed-in device a request to `path` comes from, or the refusal.
    std::variant<Reply, AuthenticatedDevice> signedIn(const QString &path, const QString &bearerToken,
                                                      QByteArrayView body,
                                                      const QHash<QByteArray, AuthenticatedDevice> *signedInDevices = nullptr);
    Reply internalError();
    Reply download(const AuthenticatedDevice &device, QByteArrayView body);
    Reply shareProfile(const AuthenticatedDevice &device, QByteArrayView body);
    Reply cohortProgress(const AuthenticatedDevice &device, QByteArrayView body);
    // The printable recovery key (identityendpoints.cpp).
    Reply setRecovery(const AuthenticatedDevice &device, QByteArrayView body);
    Reply removeRecovery(const AuthenticatedDevice &device, QByteArrayView body);
    Reply restoreRecovery(QByteArrayView body, const QString &caller);
    // The lead's endpoints (leadendpoints.cpp).
    Reply leadRoster(const AuthenticatedDevice &device, QByteArrayView body);
    Reply leadGroupProfile(const AuthenticatedDevice &device, QByteArrayView body);
    Reply leadInvite(const AuthenticatedDevice &device, QByteArrayView body);
    Reply leadRole(const AuthenticatedDevice &device, QByteArrayView body);
    // The cohort's role as stored, with its version and time; nullopt when none is set.
    std::optional<v1::CohortRole> cohortRoleOf(const QString &cohortId);

    Store &m_store;
    const Clock &m_clock;
    RateLimiter &m_codeGuesses;
    ServiceLimits m_limits;
    Provisioning m_provisioning;
    class GroupCommit *m_commits = nullptr;
    QList<AwaitingSignIn> m_awaitingSignIn;
    bool m_signInScheduled = false;
};

} // namespace groundwork::sync
