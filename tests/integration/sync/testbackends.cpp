#include "testbackends.h"

#include "server/storefactory.h"

#include <QDir>
#include <QRandomGenerator>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace groundwork::sync::testing {

QStringList backendNames()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

QString postgresBaseUrl()
{
    const QString fromEnv = qEnvironmentVariable("GROUNDWORK_TEST_POSTGRES_URL");
    return fromEnv.isEmpty() ? QStringLiteral("postgresql://groundwork:groundwork@127.0.0.1:5432/groundwork_test")
                             : fromEnv;
}

QString execOnTestDatabase(const QString &baseUrl, const QString &sql)
{
    const QUrl url(baseUrl);
    const QString name = QStringLiteral("gw-test-admin-%1").arg(QRandomGenerator::global()->generate());
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=3"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

FreshDatabase::FreshDatabase(const QString &backend, const QString &scratchDir)
{
    if (backend == u"sqlite") {
        m_spec = QDir(scratchDir).filePath(QStringLiteral("server-%1.db").arg(QRandomGenerator::global()->generate()));
        return;
    }
    if (qEnvironmentVariable("GROUNDWORK_NO_POSTGRES") == u"1") {
        m_skip = QStringLiteral("GROUNDWORK_NO_POSTGRES=1: PostgreSQL back end not tested");
        return;
    }
    m_baseUrl = postgresBaseUrl();
    m_schema = QStringLiteral("gw_test_%1_%2")
                   .arg(QCoreApplication::applicationPid())
                   .arg(QRandomGenerator::global()->generate());
    if (const QString error = execOnTestDatabase(m_baseUrl, QStringLiteral("SELECT 1")); !error.isEmpty()) {
        m_fail = QStringLiteral("PostgreSQL is not reachable at %1 (%2). Run `bash scripts/services.sh`, "
                                "or set GROUNDWORK_NO_POSTGRES=1 to skip it locally.")
                     .arg(m_baseUrl, error);
        return;
    }
    QUrl url(m_baseUrl);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("schema"), m_schema);
    url.setQuery(query);
    m_spec = url.toString();
}

FreshDatabase::~FreshDatabase()
{
    if (!m_schema.isEmpty() && m_fail.isEmpty())
        execOnTestDatabase(m_baseUrl, QStringLiteral("SET client_min_messages TO warning; DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
}

std::unique_ptr<Store> FreshDatabase::open() const
{
    QString error;
    auto store = openStore(m_spec, &error);
    if (!store)
        qWarning("cannot open %s: %s", qPrintable(m_spec), qPrintable(error));
    return store;
}

QStringList eventIdsHeld(Store &store, const QString &accountId)
{
    QStringList ids;
    quint64 cursor = 0;
    for (bool more = true; more;) {
        const EventPage page = store.eventsForOtherDevices(accountId, QStringLiteral("no-such-device"), cursor, 500);
        for (const StoredEvent &e : page.events) {
            ids << e.event.id;
            cursor = e.seq;
        }
        more = page.more;
    }
    return ids;
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : backendNames())
        QTest::newRow(qPrintable(b)) << b;
}

} // namespace groundwork::sync::testing
