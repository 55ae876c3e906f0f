#include "inprocessserver.h"

#include <QDir>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>

namespace groundwork::sync::testing {

QString InProcessServer::devCertDir()
{
    return QStringLiteral(GROUNDWORK_SYNC_DEV_CERT_DIR);
}

QList<QSslCertificate> InProcessServer::devCertificate()
{
    return QSslCertificate::fromPath(QDir(devCertDir()).filePath(QStringLiteral("server.crt")));
}

InProcessServer::InProcessServer(Store &store, bool tls, ServiceLimits limits)
    : m_limiter(m_clock, 1000, 60'000), m_service(store, m_clock, m_limiter, limits), m_commits(store),
      m_frontend(m_service), m_provisioning(store, m_clock), m_tls(tls)
{
    m_service.setGroupCommit(&m_commits);
    m_frontend.setAccessLog({}); // keeps test output readable; the log has its own tests
    std::optional<QSslConfiguration> config;
    if (tls) {
        QFile keyFile(QDir(devCertDir()).filePath(QStringLiteral("server.key")));
        if (!keyFile.open(QIODevice::ReadOnly))
            return;
        config = QSslConfiguration::defaultConfiguration();
        config->setLocalCertificateChain(devCertificate());
        config->setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    }
    m_port = m_frontend.serve(QHostAddress::LocalHost, 0, config);
}

QUrl InProcessServer::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? u"https" : u"http").arg(m_port));
}

ServedCohort::ServedCohort(const QString &backend, const QString &dir) : db(backend, dir)
{
    if (!db.skipReason().isEmpty() || !db.failReason().isEmpty())
        return;
    store = db.open();
    if (!store)
        return;
    server = std::make_unique<InProcessServer>(*store, true);
    if (server->listening())
        cohort = server->provisioning().createCohort(QStringLiteral("Platform leads"), QStringLiteral("Dana"), 3'600'000);
}

} // namespace groundwork::sync::testing
