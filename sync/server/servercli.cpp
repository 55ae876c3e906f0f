#include "server/servercli.h"

#include "server/clock.h"
#include "server/credentials.h"
#include "server/httpfrontend.h"
#include "server/provisioning.h"
#include "server/ratelimiter.h"
#include "server/storefactory.h"
#include "server/syncservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace groundwork::sync {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

const char *kUsage =
    "Commands:\n"
    "  serve           run the cohort server (HTTPS unless --plain-http)\n"
    "  migrate         create or upgrade the database, then exit\n"
    "  create-cohort   --name NAME --lead LEAD_NAME: prints the lead's credential and the invite code\n"
    "  renew-invite    --cohort ID: prints a new invite code (the old one stops working)\n"
    "  create-admin    --name NAME: prints an administrator credential\n"
    "  revoke-device   --device ID: the device's credential stops working\n";

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

int serve(const QCommandLineParser &cli, Store &store, QTextStream &out, QTextStream &err)
{
    SystemClock clock;
    RateLimiter codeGuesses(clock, cli.value(QStringLiteral("max-code-failures")).toInt(), 60 * 1000);
    SyncService service(store, clock, codeGuesses);
    HttpFrontend frontend(service);

    QList<QHostAddress> proxies;
    for (const QString &value : cli.values(QStringLiteral("trusted-proxy"))) {
        const QHostAddress proxy(value);
        if (proxy.isNull()) {
            err << "--trusted-proxy wants an IP address, not " << value << '\n';
            return 2;
        }
        proxies << proxy;
    }
    frontend.setTrustedProxies(proxies);

    const bool plain = cli.isSet(QStringLiteral("plain-http"));
    std::optional<QSslConfiguration> tlsIfAny;
    if (!plain) {
        if (!cli.isSet(QStringLiteral("cert")) || !cli.isSet(QStringLiteral("key"))) {
            err << "serve needs --cert and --key (TLS is on by default); see sync/README.md for a\n"
                   "development certificate, or --plain-http behind a TLS-terminating proxy\n";
            return 2;
        }
        QSslConfiguration tls;
        QString error;
        if (!loadTls(cli.value(QStringLiteral("cert")), cli.value(QStringLiteral("key")), &tls, &error)) {
            err << error << '\n';
            return 2;
        }
        tlsIfAny = tls;
    }

    const QString listen = cli.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    QHostAddress address(colon > 0 ? listen.left(colon) : listen);
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    if (address.isNull() || !portOk || port < 0 || port > 65535) {
        err << "--listen wants ADDRESS:PORT, e.g. 0.0.0.0:8443\n";
        return 2;
    }
    const quint16 bound = frontend.serve(address, quint16(port), tlsIfAny);
    if (bound == 0) {
        err << "cannot listen on " << listen << '\n';
        return 1;
    }
    out << "groundwork-server: " << store.backendName() << " schema v" << store.schemaVersion()
        << ", listening on " << (plain ? "http" : "https") << "://"
        << (address.protocol() == QAbstractSocket::IPv6Protocol ? "[" + address.toString() + "]" : address.toString())
        << ':' << bound << Qt::endl;
    return QCoreApplication::exec();
}

QString required(const QCommandLineParser &cli, const char *name, QTextStream &err)
{
    const QString value = cli.value(QString::fromLatin1(name)).trimmed();
    if (value.isEmpty())
        err << "missing --" << name << '\n';
    return value;
}

void printCredential(QTextStream &out, const IssuedDevice &issued)
{
    out << "account_id:   " << issued.accountId << '\n'
        << "device_id:    " << issued.deviceId << '\n'
        << "device_token: " << issued.token << "   (shown once; keep it secret)\n";
}

} // namespace

int runServerCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Groundwork cohort server.\n") + QString::fromLatin1(kUsage));
    cli.addHelpOption();
    cli.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve, migrate, create-cohort, ..."));
    cli.addOptions({
        {QStringLiteral("database"), QStringLiteral("SQLite file path or postgresql:// URL"), QStringLiteral("spec"),
         QStringLiteral("groundwork-server.db")},
        {QStringLiteral("listen"), QStringLiteral("address:port to serve on"), QStringLiteral("address:port"),
         QStringLiteral("0.0.0.0:8443")},
        {QStringLiteral("cert"), QStringLiteral("TLS certificate chain (PEM)"), QStringLiteral("file")},
        {QStringLiteral("key"), QStringLiteral("TLS private key (PEM)"), QStringLiteral("file")},
        {QStringLiteral("plain-http"), QStringLiteral("serve without TLS (only behind a TLS-terminating proxy)")},
        {QStringLiteral("trusted-proxy"),
         QStringLiteral("a reverse proxy's address whose X-Forwarded-For names the caller (repeatable)"),
         QStringLiteral("address")},
        {QStringLiteral("max-code-failures"), QStringLiteral("wrong invite/link codes per caller per minute"),
         QStringLiteral("n"), QStringLiteral("10")},
        {QStringLiteral("name"), QStringLiteral("cohort or administrator name"), QStringLiteral("text")},
        {QStringLiteral("lead"), QStringLiteral("the cohort lead's display name"), QStringLiteral("text")},
        {QStringLiteral("cohort"), QStringLiteral("cohort id"), QStringLiteral("id")},
        {QStringLiteral("device"), QStringLiteral("device id"), QStringLiteral("id")},
        {QStringLiteral("invite-days"), QStringLiteral("days an invite code stays valid"), QStringLiteral("days"),
         QStringLiteral("30")},
    });
    if (!cli.parse(arguments)) {
        err << cli.errorText() << '\n';
        return 2;
    }
    if (cli.isSet(QStringLiteral("help")) || cli.positionalArguments().size() != 1) {
        out << cli.helpText();
        return cli.isSet(QStringLiteral("help")) ? 0 : 2;
    }
    const QString command = cli.positionalArguments().constFirst();
    static const QStringList commands{QStringLiteral("serve"), QStringLiteral("migrate"),
                                      QStringLiteral("create-cohort"), QStringLiteral("renew-invite"),
                                      QStringLiteral("create-admin"), QStringLiteral("revoke-device")};
    if (!commands.contains(command)) {
        err << "unknown command " << command << "\n" << kUsage;
        return 2;
    }
    if (!credentials::initialise()) {
        err << "libsodium failed to initialise\n";
        return 1;
    }
    QString error;
    const auto store = openStore(cli.value(QStringLiteral("database")), &error);
    if (!store) {
        err << error << '\n';
        return 1;
    }

    try {
        if (command == u"serve")
            return serve(cli, *store, out, err);
        if (command == u"migrate") {
            out << store->backendName() << " schema is at version " << store->schemaVersion() << '\n';
            return 0;
        }
        SystemClock clock;
        Provisioning provisioning(*store, clock);
        const qint64 inviteLifetime = qMax(1, cli.value(QStringLiteral("invite-days")).toInt()) * kDayMs;
        if (command == u"create-cohort") {
            const QString name = required(cli, "name", err);
            const QString lead = required(cli, "lead", err);
            if (name.isEmpty() || lead.isEmpty())
                return 2;
            const NewCohort created = provisioning.createCohort(name, lead, inviteLifetime);
            out << "cohort_id:    " << created.cohort.id << '\n'
                << "invite_code:  " << created.inviteCode << "   (valid until "
                << QDateTime::fromMSecsSinceEpoch(created.cohort.inviteExpiresMs, Qt::UTC).toString(Qt::ISODate)
                << ")\n"
                << "lead:\n";
            printCredential(out, created.lead);
            return 0;
        }
        if (command == u"renew-invite") {
            const QString cohort = required(cli, "cohort", err);
            if (cohort.isEmpty())
                return 2;
            if (!store->cohort(cohort)) {
                err << "no cohort " << cohort << '\n';
                return 1;
            }
            out << "invite_code:  " << provisioning.renewInvite(cohort, inviteLifetime) << '\n';
            return 0;
        }
        if (command == u"create-admin") {
            const QString name = required(cli, "name", err);
            if (name.isEmpty())
                return 2;
            printCredential(out, provisioning.createAdmin(name));
            return 0;
        }
        const QString device = required(cli, "device", err);
        if (device.isEmpty())
            return 2;
        if (!store->revokeDevice(device, clock.nowMs())) {
            err << "no active device " << device << '\n';
            return 1;
        }
        out << "revoked " << device << '\n';
        return 0;
    } catch (const StoreError &e) {
        err << "database error: " << e.what() << '\n';
        return 1;
    }
}

} // namespace groundwork::sync
