#include "server/servercli.h"

#include "server/clock.h"
#include "server/credentials.h"
#include "server/accountexport.h"
#include "server/backup.h"
#include "server/leadreports.h"
#include "lead/groupfigure.h"
#include "lead/leadexport.h"
#include "server/provisioning.h"
#include "server/servecommand.h"
#include "server/serversettings.h"
#include "server/storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcessEnvironment>
#include <QUrl>

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
    "  revoke-device   --device ID: the device's credential stops working\n"
    "  delete-account  --account ID: deletes the account, its events, shared profile, sharing\n"
    "                  choice, link codes and every device credential, in one transaction\n"
    "  export-account  --account ID [--to FILE]: everything the server holds about the account\n"
    "                  (no credentials or hashes) as JSON, to FILE or standard output\n"
    "  export-roster   --cohort ID [--to FILE]: the lead's roster as CSV (what the lead's screen shows)\n"
    "  export-group-profile --cohort ID [--to FILE]: the group readiness profile as CSV (empty\n"
    "                  below the minimum group size)\n"
    "  export-xapi     --cohort ID --public-url URL [--to FILE]: the cohort's progress as xAPI 1.0.3\n"
    "                  statements (JSON), actors as accounts on URL/cohorts/ID\n"
    "  backup          --to FILE: a consistent copy of an SQLite database, while it serves\n"
    "  restore         --from FILE: replaces the SQLite database with a backup (server stopped)\n"
    "Every option can also come from the environment (GROUNDWORK_DATABASE, ...) or from the\n"
    "file named by --config or GROUNDWORK_CONFIG; see docs/server.md.\n";

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

bool writeExport(const QByteArray &bytes, const QString &to, QTextStream &out, QTextStream &err)
{
    if (to.isEmpty()) {
        out << QString::fromUtf8(bytes);
        return true;
    }
    QFile file(to);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        err << "cannot write " << to << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

// The lead's exports, with the same figures the lead's screens show.
int leadExportCommand(const QString &command, const ServerSettings &settings, const QCommandLineParser &cli,
                      Store &store, QTextStream &out, QTextStream &err)
{
    const QString cohortId = required(cli, "cohort", err);
    if (cohortId.isEmpty())
        return 2;
    const int minGroupSize = settings.value(QStringLiteral("min-group-size")).toInt();
    if (const QString problem = lead::minGroupSizeProblem(minGroupSize); !problem.isEmpty()) {
        err << "--min-group-size: " << problem << '\n';
        return 2;
    }
    const auto cohort = store.cohort(cohortId);
    if (!cohort) {
        err << "no cohort " << cohortId << '\n';
        return 1;
    }
    SystemClock clock;
    LeadReports reports(store, clock, minGroupSize);
    QByteArray bytes;
    if (command == u"export-roster") {
        bytes = lead::rosterCsv(reports.roster(*cohort));
    } else if (command == u"export-group-profile") {
        bytes = lead::groupProfileCsv(reports.groupProfile(*cohort));
    } else {
        const QUrl base(settings.value(QStringLiteral("public-url")));
        if (!base.isValid() || base.scheme() != u"https" || base.host().isEmpty()) {
            err << "export-xapi needs --public-url https://host[:port], the server's address as learners reach it\n";
            return 2;
        }
        bytes = lead::xapiStatements(reports.roster(*cohort), base);
    }
    return writeExport(bytes, settings.value(QStringLiteral("to")), out, err) ? 0 : 1;
}

} // namespace

int runServerCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Groundwork cohort server.\n") + QString::fromLatin1(kUsage));
    cli.addHelpOption();
    cli.addVersionOption();
    cli.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve, migrate, create-cohort, ..."));
    cli.addOptions({
        {QStringLiteral("config"), QStringLiteral("configuration file (INI: name = value)"), QStringLiteral("file")},
        {QStringLiteral("database"),
         QStringLiteral("SQLite file path or postgresql:// URL (a password belongs in PGPASSFILE or PGPASSWORD)"),
         QStringLiteral("spec"), QStringLiteral("groundwork-server.db")},
        {QStringLiteral("listen"), QStringLiteral("address:port to serve on (plain HTTP: 127.0.0.1:8080)"),
         QStringLiteral("address:port"), QStringLiteral("0.0.0.0:8443")},
        {QStringLiteral("cert"), QStringLiteral("TLS certificate chain (PEM); reloaded on SIGHUP"), QStringLiteral("file")},
        {QStringLiteral("key"), QStringLiteral("TLS private key (PEM)"), QStringLiteral("file")},
        {QStringLiteral("plain-http"), QStringLiteral("serve without TLS, on loopback unless listen is set (behind a TLS proxy)")},
        {QStringLiteral("allow-public-plain-http"),
         QStringLiteral("let plain HTTP listen on a non-loopback address (tokens cross the network in clear)")},
        {QStringLiteral("trusted-proxy"),
         QStringLiteral("a reverse proxy's address whose X-Forwarded-For names the caller (repeatable)"),
         QStringLiteral("address")},
        {QStringLiteral("max-code-failures"), QStringLiteral("wrong invite/link codes per caller (IPv4 address or IPv6 /64) per minute"),
         QStringLiteral("n"), QStringLiteral("10")},
        {QStringLiteral("max-cohort-members"), QStringLiteral("learners who may join one cohort"), QStringLiteral("n"),
         QStringLiteral("1000")},
        {QStringLiteral("max-link-codes"), QStringLiteral("unexpired link codes per account"), QStringLiteral("n"),
         QStringLiteral("5")},
        {QStringLiteral("max-account-events"), QStringLiteral("events stored per account"), QStringLiteral("n"),
         QStringLiteral("200000")},
        {QStringLiteral("max-account-mib"), QStringLiteral("answer bytes stored per account"), QStringLiteral("MiB"),
         QStringLiteral("64")},
        {QStringLiteral("max-joins-per-address"),
         QStringLiteral("joins per hour from one caller (IPv4 address or IPv6 /64)"), QStringLiteral("n"),
         QStringLiteral("100")},
        {QStringLiteral("store-connections"),
         QStringLiteral("PostgreSQL connections answering requests side by side (SQLite writes through one)"),
         QStringLiteral("n"), QStringLiteral("2")},
        {QStringLiteral("max-connections"), QStringLiteral("connections open at once"), QStringLiteral("n"),
         QStringLiteral("512")},
        {QStringLiteral("max-buffered-mib"), QStringLiteral("request bytes held for all connections together"),
         QStringLiteral("MiB"), QStringLiteral("32")},
        {QStringLiteral("idle-timeout"), QStringLiteral("seconds a connection may stay silent"), QStringLiteral("s"),
         QStringLiteral("30")},
        {QStringLiteral("read-timeout"), QStringLiteral("seconds one request may take to arrive"), QStringLiteral("s"),
         QStringLiteral("30")},
        {QStringLiteral("min-group-size"),
         QStringLiteral("members who must share a profile before a lead sees group figures (at least 3)"),
         QStringLiteral("n"), QStringLiteral("5")},
        {QStringLiteral("public-url"), QStringLiteral("export-xapi: the server's address as learners reach it"),
         QStringLiteral("url")},
        {QStringLiteral("nonce-retention-days"), QStringLiteral("days join nonces are kept against replays"),
         QStringLiteral("days"), QStringLiteral("90")},
        {QStringLiteral("name"), QStringLiteral("cohort or administrator name"), QStringLiteral("text")},
        {QStringLiteral("lead"), QStringLiteral("the cohort lead's display name"), QStringLiteral("text")},
        {QStringLiteral("cohort"), QStringLiteral("cohort id"), QStringLiteral("id")},
        {QStringLiteral("device"), QStringLiteral("device id"), QStringLiteral("id")},
        {QStringLiteral("account"), QStringLiteral("account id"), QStringLiteral("id")},
        {QStringLiteral("to"), QStringLiteral("backup, export-account: the file to write"), QStringLiteral("file")},
        {QStringLiteral("from"), QStringLiteral("restore: the backup to restore"), QStringLiteral("file")},
        {QStringLiteral("invite-days"), QStringLiteral("days an invite code stays valid"), QStringLiteral("days"),
         QStringLiteral("30")},
    });
    if (!cli.parse(arguments)) {
        err << cli.errorText() << '\n';
        return 2;
    }
    if (cli.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (cli.isSet(QStringLiteral("help")) || cli.positionalArguments().size() != 1) {
        out << cli.helpText();
        return cli.isSet(QStringLiteral("help")) ? 0 : 2;
    }
    const QString command = cli.positionalArguments().constFirst();
    static const QStringList commands{QStringLiteral("serve"), QStringLiteral("migrate"),
                                      QStringLiteral("create-cohort"), QStringLiteral("renew-invite"),
                                      QStringLiteral("create-admin"), QStringLiteral("revoke-device"),
                                      QStringLiteral("backup"), QStringLiteral("restore"),
                                      QStringLiteral("delete-account"), QStringLiteral("export-account"),
                                      QStringLiteral("export-roster"), QStringLiteral("export-group-profile"),
                                      QStringLiteral("export-xapi")};
    if (!commands.contains(command)) {
        err << "unknown command " << command << "\n" << kUsage;
        return 2;
    }
    if (!credentials::initialise()) {
        err << "libsodium failed to initialise\n";
        return 1;
    }
    QString error;
    ServerSettings settings(cli, QProcessEnvironment::systemEnvironment());
    if (!settings.loadFile(&error)) {
        err << error << '\n';
        return 2;
    }
    const QString database = settings.value(QStringLiteral("database"));
    if (isPostgresSpec(database) && !QUrl(database).password().isEmpty() && settings.source(QStringLiteral("database")) == u"command line")
        err << "warning: the database password is on the command line, where every user can read it;\n"
               "         put it in PGPASSFILE or PGPASSWORD, or the URL in the configuration file\n";
    if (command == u"restore")
        return restoreSqlite(database, settings.value(QStringLiteral("from")), out, err);
    const auto store = openStore(database, &error);
    if (!store) {
        err << error << '\n';
        return 1;
    }

    try {
        if (command == u"serve")
            return serve(settings, *store, out, err);
        if (command == u"backup")
            return backupSqlite(*store, settings.value(QStringLiteral("to")), out, err);
        if (command == u"delete-account" || command == u"export-account") {
            const QString account = required(cli, "account", err);
            if (account.isEmpty())
                return 2;
            return command == u"delete-account"
                       ? deleteAccountCommand(*store, account, out, err)
                       : exportAccountCommand(*store, account, settings.value(QStringLiteral("to")), out, err);
        }
        if (command.startsWith(u"export-") && command != u"export-account")
            return leadExportCommand(command, settings, cli, *store, out, err);
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
