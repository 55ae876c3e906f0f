#include "server/storefactory.h"

#include "server/migrations.h"
#include "server/sqlstore.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace groundwork::sync {

namespace {

QString uniqueConnectionName(const char *backend)
{
    static QAtomicInt counter;
    return QStringLiteral("groundwork-sync-%1-%2").arg(QLatin1String(backend)).arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

// The database holds hashed credentials and every learner's answers: readable by the
// server's user only. Created so before SQLite opens it (the WAL and SHM files SQLite makes
// take this file's mode), and tightened if it already existed looser.
bool makePrivate(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        *error = QStringLiteral("cannot make %1 private (mode 0600)").arg(path);
        return false;
    }
    return true;
}

std::unique_ptr<Store> openSqlite(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return nullptr;
    }
    if (!makePrivate(info.absoluteFilePath(), error))
        return nullptr;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), uniqueConnectionName("sqlite"));
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    // 16 KiB pages, for a new file only (an existing file keeps its size; a WAL database cannot
    // change it). An upload adds a few rows to two indexes, each at its account's place, and
    // SQLite rebalances a full leaf with its neighbours: with 4 KiB pages a group of 80 uploads
    // wrote 546 pages to the log, with 16 KiB pages 272 (more bytes, half the frames), and the
    // writer served about 6% more uploads a second with a p99 5 ms lower (bench-load.sh at
    // 200 clients, six runs each).
    if (!exec(db, QStringLiteral("PRAGMA page_size=16384"), error))
        return nullptr;
    // FULL: an upload is acknowledged only after it is on disk, and the device then deletes its
    // copy; NORMAL could lose the last transactions to a power cut, and with them answers that
    // exist nowhere else any more. (A serving process keeps that promise another way: see
    // SqlStore::syncInBackground().)
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON"}) {
        if (!exec(db, QString::fromLatin1(pragma), error))
            return nullptr;
    }
    try {
        return std::make_unique<SqlStore>(db, QStringLiteral("sqlite"), sqliteMigrations(),
                                          QStringList{QStringLiteral("PRAGMA synchronous=FULL"),
                                                      QStringLiteral("PRAGMA foreign_keys=ON")});
    } catch (const StoreError &e) {
        *error = QString::fromStdString(e.what());
        return nullptr;
    }
}

std::unique_ptr<Store> openPostgres(const QString &spec, QString *error)
{
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QStringLiteral("not a valid PostgreSQL URL: %1").arg(url.errorString());
        return nullptr;
    }
    const QUrlQuery query(url);
    const QString schema = query.queryItemValue(QStringLiteral("schema"));
    static const QRegularExpression safeName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!schema.isEmpty() && !safeName.match(schema).hasMatch()) {
        *error = QStringLiteral("schema names are lower-case letters, digits and _");
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), uniqueConnectionName("postgres"));
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt PostgreSQL driver (libqt6sql6-psql) is not installed");
        return nullptr;
    }
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(postgresConnectOptions(url));
    if (!db.open()) {
        *error = QStringLiteral("cannot connect to PostgreSQL at %1:%2: %3")
                     .arg(url.host())
                     .arg(url.port(5432))
                     .arg(db.lastError().text());
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return nullptr;
    }
    if (!schema.isEmpty() && !exec(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema), error))
        return nullptr;
    QStringList session{QStringLiteral("SET client_min_messages TO warning")};
    if (!schema.isEmpty())
        session << QStringLiteral("SET search_path TO %1").arg(schema);
    try {
        return std::make_unique<SqlStore>(db, QStringLiteral("postgresql"), postgresMigrations(), session);
    } catch (const StoreError &e) {
        *error = QString::fromStdString(e.what());
        return nullptr;
    }
}

} // namespace

QString postgresConnectOptions(const QUrl &url)
{
    QStringList options{QStringLiteral("connect_timeout=5")};
    static const QRegularExpression mode(QStringLiteral("^(disable|allow|prefer|require|verify-ca|verify-full)$"));
    const QString sslmode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (mode.match(sslmode).hasMatch())
        options << QStringLiteral("sslmode=%1").arg(sslmode);
    else if (!qEnvironmentVariableIsSet("PGSSLMODE"))
        options << QStringLiteral("sslmode=%1").arg(defaultSslMode(url.host()));
    return options.join(u';');
}

QString defaultSslMode(const QString &host)
{
    // Over the network the password and every answer must travel encrypted to the right
    // server. Loopback never leaves the machine, and a certificate naming 127.0.0.1 is rare.
    const QHostAddress address(host);
    const bool loopback = host == u"localhost" || (!address.isNull() && address.isLoopback());
    return loopback ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

bool isPostgresSpec(const QString &spec)
{
    return spec.startsWith(u"postgresql://") || spec.startsWith(u"postgres://");
}

std::unique_ptr<Store> openStore(const QString &spec, QString *error)
{
    if (isPostgresSpec(spec))
        return openPostgres(spec, error);
    QString path = spec;
    if (path.startsWith(u"sqlite:"))
        path = path.mid(7);
    if (path.isEmpty()) {
        *error = QStringLiteral("no database path given");
        return nullptr;
    }
    return openSqlite(path, error);
}

} // namespace groundwork::sync
