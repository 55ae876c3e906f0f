#include "serverprocess.h"

#include "inprocessserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>

namespace groundwork::sync::testing {

Run runCli(const QStringList &args, const QStringList &environment)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(kServer, args);
    p.waitForFinished(30'000);
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run createCohortWithCli(const QString &databaseSpec, const QString &name, const QString &lead)
{
    return runCli({QStringLiteral("create-cohort"), QStringLiteral("--database"), databaseSpec, QStringLiteral("--name"),
                   name, QStringLiteral("--lead"), lead});
}

QString field(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s+(\\S+)").arg(name), QRegularExpression::MultilineOption);
    return re.match(text).captured(1);
}

HttpResult post(QNetworkAccessManager &network, const QUrl &base, const QString &path, const QByteArray &body,
                const QString &token, const QByteArray &contentEncoding, const QByteArray &forwardedFor)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!contentEncoding.isEmpty())
        request.setRawHeader("Content-Encoding", contentEncoding);
    if (!forwardedFor.isEmpty())
        request.setRawHeader("X-Forwarded-For", forwardedFor);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(InProcessServer::devCertificate());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15'000);
    HttpResult r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

HttpResult get(QNetworkAccessManager &network, const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(InProcessServer::devCertificate());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15'000);
    HttpResult r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

qint64 peakMemoryKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace groundwork::sync::testing
