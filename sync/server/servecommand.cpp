#include "server/servecommand.h"

#include "lead/groupfigure.h"
#include "server/clock.h"
#include "server/groupcommit.h"
#include "server/frontendthread.h"
#include "server/storefactory.h"
#include "server/storeshard.h"
#include "server/ratelimiter.h"
#include "server/syncservice.h"
#include "server/unixsignals.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QScopeGuard>
#include <QTimer>

namespace groundwork::sync {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kPurgeIntervalMs = 3600 * 1000;
constexpr int kShutdownGraceMs = 10'000;
constexpr int kCheckpointIntervalMs = 200;

bool loadTls(const QString &certPath, const QString &keyPath, QSslConfiguration *config, QString *error)
{
    const auto chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no certificate found in %1").arg(certPath);
        return false;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key %1").arg(keyPath);
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no EC or RSA private key").arg(keyPath);
        return false;
    }
    *config = QSslConfiguration::defaultConfiguration();
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(key);
    config->setProtocol(QSsl::TlsV1_2OrLater);
    config->setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    return true;
}

bool parseListen(const QString &listen, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = listen.lastIndexOf(u':');
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int p = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : -1;
    *address = QHostAddress(host);
    *port = quint16(p);
    return !address->isNull() && ok && p >= 0 && p <= 65535;
}

int intSetting(const ServerSettings &settings, const char *name, int minimum)
{
    return qMax(minimum, settings.value(QString::fromLatin1(name)).toInt());
}

ConnectionLimits connectionLimits(const ServerSettings &settings)
{
    ConnectionLimits limits;
    limits.maxConnections = intSetting(settings, "max-connections", 1);
    limits.maxBufferedBytes = qint64(intSetting(settings, "max-buffered-mib", 8)) * 1024 * 1024;
    limits.idleTimeoutMs = intSetting(settings, "idle-timeout", 1) * 1000;
    limits.readTimeoutMs = intSetting(settings, "read-timeout", 1) * 1000;
    return limits;
}

QString urlHost(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? "[" + address.toString() + "]" : address.toString();
}

} // namespace

int serve(const ServerSettings &settings, Store &store, QTextStream &out, QTextStream &err)
{
    SystemClock clock;
    ServiceLimits quotas;
    quotas.maxCohortMembers = intSetting(settings, "max-cohort-members", 1);
    quotas.maxOpenLinkCodes = intSetting(settings, "max-link-codes", 1);
    quotas.maxAccountEvents = intSetting(settings, "max-account-events", 1);
    quotas.minGroupSize = settings.value(QStringLiteral("min-group-size")).toInt();
    if (const QString problem = lead::minGroupSizeProblem(quotas.minGroupSize); !problem.isEmpty()) {
        err << "--min-group-size: " << problem << Qt::endl;
        return 2;
    }
    quotas.maxAccountBytes = qint64(intSetting(settings, "max-account-mib", 1)) * 1024 * 1024;
    quotas.maxJoinsPerAddress = intSetting(settings, "max-joins-per-address", 1);
    const int maxCodeFailures = intSetting(settings, "max-code-failures", 1);
    ServiceStack stack(store, clock, maxCodeFailures, quotas);
    SyncService &service = stack.service;
    GroupCommit &commits = stack.commits;
    FrontendThread frontend(service, connectionLimits(settings));
    // PostgreSQL: more connections, each answering its share of the devices (SQLite has one writer).
    const QString database = settings.value(QStringLiteral("database"));
    std::vector<std::unique_ptr<StoreShard>> shards;
    const int connections = isPostgresSpec(database) ? intSetting(settings, "store-connections", 1) : 1;
    for (int i = 1; i < connections; ++i) {
        auto shard = std::make_unique<StoreShard>(database, clock, maxCodeFailures, quotas);
        if (!shard->error().isEmpty()) {
            err << "store connection " << i + 1 << " of " << connections << ": " << shard->error() << Qt::endl;
            return 1;
        }
        frontend.addService(shard->service(), shard->context());
        shards.push_back(std::move(shard));
    }

    QList<QHostAddress> proxies;
    for (const QString &value : settings.values(QStringLiteral("trusted-proxy"))) {
        const QHostAddress proxy(value);
        if (proxy.isNull()) {
            err << "--trusted-proxy wants an IP address, not " << value << Qt::endl;
            return 2;
        }
        proxies << proxy;
    }
    frontend.setTrustedProxies(proxies);

    const bool plain = settings.flag(QStringLiteral("plain-http"));
    const QString certPath = settings.value(QStringLiteral("cert"));
    const QString keyPath = settings.value(QStringLiteral("key"));
    std::optional<QSslConfiguration> tlsIfAny;
    if (!plain) {
        if (certPath.isEmpty() || keyPath.isEmpty()) {
            err << "serve needs --cert and --key (TLS is on by default); see docs/server.md for a\n"
                   "development certificate, or --plain-http behind a TLS-terminating proxy" << Qt::endl;
            return 2;
        }
        QSslConfiguration tls;
        QString error;
        if (!loadTls(certPath, keyPath, &tls, &error)) {
            err << error << Qt::endl;
            return 2;
        }
        tlsIfAny = tls;
    }

    // Plain HTTP carries bearer tokens in clear: it listens on loopback, for a TLS-terminating
    // proxy on the same machine, unless an address is chosen on purpose.
    const bool listenChosen = settings.isSet(QStringLiteral("listen"));
    const QString listen = plain && !listenChosen ? QStringLiteral("127.0.0.1:8080") : settings.value(QStringLiteral("listen"));
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(listen, &address, &port)) {
        err << "listen wants ADDRESS:PORT, e.g. 0.0.0.0:8443 or [::]:8443" << Qt::endl;
        return 2;
    }
    if (plain && !address.isLoopback() && !settings.flag(QStringLiteral("allow-public-plain-http"))) {
        err << "plain HTTP would carry device tokens in clear on " << urlHost(address)
            << ": listen on loopback behind a TLS proxy, or set --allow-public-plain-http if the network "
               "between the proxy and this server is private" << Qt::endl;
        return 2;
    }
    const quint16 bound = frontend.serve(address, port, tlsIfAny);
    if (bound == 0) {
        err << "cannot listen on " << listen << Qt::endl;
        return 1;
    }
    if (plain && address.isLoopback())
        err << "plain HTTP on loopback only (" << urlHost(address) << ':' << bound
            << "): put a TLS-terminating proxy in front" << Qt::endl;
    else if (plain)
        err << "warning: plain HTTP on " << urlHost(address) << ':' << bound
            << ": device tokens cross the network in clear unless a TLS proxy is in front" << Qt::endl;

    UnixSignals signals_;
    QObject::connect(&signals_, &UnixSignals::terminate, qApp, [&](int signal) {
        err << "signal " << signal << ": stopping (" << frontend.openConnections() << " connections open)" << Qt::endl;
        frontend.shutDown();
        QTimer::singleShot(kShutdownGraceMs, qApp, &QCoreApplication::quit); // whatever is left
    });
    QObject::connect(&frontend.frontend(), &HttpFrontend::drained, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(&signals_, &UnixSignals::hangUp, qApp, [&] {
        QSslConfiguration tls;
        QString error;
        if (plain)
            return;
        if (loadTls(certPath, keyPath, &tls, &error)) {
            frontend.setTls(tls);
            err << "SIGHUP: certificate reloaded from " << certPath << Qt::endl;
        } else {
            err << "SIGHUP: keeping the old certificate: " << error << Qt::endl;
        }
    });

    const qint64 nonceRetentionMs = qint64(intSetting(settings, "nonce-retention-days", 1)) * kDayMs;
    const auto purge = [&] {
        try {
            const qint64 now = clock.nowMs();
            const int deleted = store.purgeExpired(now, now - nonceRetentionMs);
            if (deleted > 0)
                err << "purged " << deleted << " expired link codes and join nonces" << Qt::endl;
        } catch (const StoreError &e) {
            err << "purge failed: " << e.what() << Qt::endl;
        }
    };
    purge();
    // Answers are released on the group commit's thread; stopped before it goes.
    const auto stopSyncing = qScopeGuard([&store] { store.syncInBackground(nullptr); });
    try {
        store.checkpointInBackground(kCheckpointIntervalMs);
        store.syncInBackground(&commits);
    } catch (const StoreError &e) {
        err << "cannot set up the database's log: " << e.what() << Qt::endl;
        return 1;
    }
    QTimer purgeTimer;
    QObject::connect(&purgeTimer, &QTimer::timeout, purge);
    purgeTimer.start(kPurgeIntervalMs);

    out << "groundwork-server: " << store.backendName() << " schema v" << store.schemaVersion() << ", listening on "
        << (plain ? "http" : "https") << "://" << urlHost(address) << ':' << bound << Qt::endl;
    const int code = QCoreApplication::exec();
    frontend.stop(); // no new requests for the services below
    commits.commitWaiting(); // what was judged but not yet stored: stored before closing
    quint64 stored = commits.writesCommitted();
    for (const auto &shard : shards)
        stored += shard->stop();
    err << "stopped (" << stored << " uploads stored over " << connections << " database connection"
        << (connections == 1 ? "" : "s") << ")" << Qt::endl;
    return code;
}

} // namespace groundwork::sync
