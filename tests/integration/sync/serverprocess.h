#pragma once

// The real groundwork-server executable driven from a test: its command line, a serving
// process on a free loopback port, plain requests to it, and its memory.
#include "inprocessserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace groundwork::sync::testing {

inline const QString kServer = QStringLiteral(GROUNDWORK_SERVER_EXE);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a command of groundwork-server to its end; `environment` is added to the test's own.
Run runCli(const QStringList &args, const QStringList &environment = {});

// `create-cohort` over the database at `databaseSpec`, with a lead named `lead`.
Run createCohortWithCli(const QString &databaseSpec, const QString &name = QStringLiteral("Platform leads"),
                        const QString &lead = QStringLiteral("Dana"));

// The value printed as `name: value` at the start of a line of `text`.
QString field(const QString &text, const QString &name);

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

HttpResult post(QNetworkAccessManager &network, const QUrl &base, const QString &path, const QByteArray &body,
                const QString &token = {}, const QByteArray &contentEncoding = {}, const QByteArray &forwardedFor = {});
HttpResult get(QNetworkAccessManager &network, const QUrl &base, const QString &path);

// `groundwork-server serve` on a free loopback port with the development certificate.
struct ServerProcess
{
    QProcess process;
    QUrl base;
    QString problem;

    // With the development certificate, unless `extra` holds --plain-http.
    bool start(const QString &databaseSpec, const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("serve"), QStringLiteral("--database"), databaseSpec,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
        if (!extra.contains(QStringLiteral("--plain-http")))
            args << QStringLiteral("--cert") << QDir(InProcessServer::devCertDir()).filePath(QStringLiteral("server.crt"))
                 << QStringLiteral("--key") << QDir(InProcessServer::devCertDir()).filePath(QStringLiteral("server.key"));
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(kServer, args + extra);
        if (!process.waitForStarted()) {
            problem = process.errorString();
            return false;
        }
        QElapsedTimer waited;
        waited.start();
        while (!process.canReadLine() && process.state() == QProcess::Running && waited.elapsed() < 15'000)
            process.waitForReadyRead(100);
        const QString banner = QString::fromUtf8(process.readLine());
        const auto found = QRegularExpression(QStringLiteral("(https?)://127\\.0\\.0\\.1:(\\d+)")).match(banner);
        if (!found.hasMatch()) {
            problem = banner + QString::fromUtf8(process.readAllStandardError());
            return false;
        }
        base = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(found.captured(1), found.captured(2)));
        return true;
    }

    // Still running after everything it was sent, and stops when asked.
    bool stop()
    {
        if (process.state() != QProcess::Running)
            return false;
        process.terminate();
        return process.waitForFinished(10'000);
    }
    ~ServerProcess()
    {
        if (process.state() == QProcess::Running) {
            process.kill();
            process.waitForFinished(5'000);
        }
    }
};

// The most memory the process has held so far (VmHWM), in KiB; -1 when it cannot be read.
qint64 peakMemoryKib(qint64 pid);

} // namespace groundwork::sync::testing
