#include "client/cohortrequest.h"

#include "protocol/wirecodec.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <utility>

namespace groundwork::sync {

namespace {

constexpr int kTimeoutMs = 20'000;
constexpr qint64 kMaxAnswerBytes = 8 * 1024;

} // namespace

// The texts below are shown on the Cohort screen; their translation context is this file's.

QUrl cohortServerBase(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    QUrl url = QUrl::fromUserInput(trimmed);
    if (!trimmed.contains(QStringLiteral("://")))
        url.setScheme(QStringLiteral("https"));
    url.setPath(QString());
    return url;
}

QNetworkReply *postToCohort(QNetworkAccessManager &network, const CohortCall &call, const QString &path,
                            const QByteArray &body)
{
    QUrl url = call.base;
    url.setPath(path);
    QNetworkRequest http(url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    if (!call.token.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + call.token.toLatin1());
    http.setTransferTimeout(kTimeoutMs);
    http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == u"https" && !call.extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(call.extraCa);
        http.setSslConfiguration(tls);
    }
    return network.post(http, body);
}

CohortAnswer readCohortAnswer(QNetworkReply &reply)
{
    const QByteArray body = reply.isOpen() ? reply.read(kMaxAnswerBytes) : QByteArray();
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply.error() == QNetworkReply::NoError && status == 200)
        return {body, {}};
    if (const auto failure = status >= 400 ? decodeError(body) : std::nullopt)
        return {{}, failure->message};
    if (status >= 400)
        return {{}, QCoreApplication::translate("groundwork::sync::CohortRequest",
                                                "The cohort server had a problem (HTTP %1). Try again later.")
                        .arg(status)};
    return {{}, QCoreApplication::translate("groundwork::sync::CohortRequest",
                                            "Could not reach the cohort server. Check the address and your "
                                            "connection, then try again. (%1)")
                    .arg(reply.errorString())};
}

void CohortRequestSlot::start(QNetworkReply *reply, QObject *context,
                              std::function<void(const CohortAnswer &)> onAnswer)
{
    m_reply = reply;
    QObject::connect(reply, &QNetworkReply::finished, context, [this, reply, onAnswer = std::move(onAnswer)] {
        reply->deleteLater();
        if (m_reply != reply)
            return; // abandoned
        m_reply = nullptr;
        onAnswer(readCohortAnswer(*reply));
    });
}

bool CohortRequestSlot::abort()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return false;
    reply->abort(); // forgotten first, so that its finished() is taken as abandoned
    return true;
}

} // namespace groundwork::sync
