#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace groundwork::sync {

// A single request to the cohort server outside a sync round (joining, linking a device,
// withdrawing a profile on the way out): where it goes, with what credential, trusting what.
struct CohortCall
{
    QUrl base;                      // https://host:port, no path
    QString token;                  // device credential; empty for join and link/finish
    QList<QSslCertificate> extraCa; // a private CA (tests, self-hosted servers)
};

// A server address as typed: "cohort.example.org" means https://cohort.example.org.
QUrl cohortServerBase(const QString &typed);

// Posts a protobuf body to `path` (e.g. "/v1/join"). The reply belongs to the caller.
QNetworkReply *postToCohort(QNetworkAccessManager &network, const CohortCall &call, const QString &path,
                            const QByteArray &body);

// A finished reply: the body of a 200 answer, or what went wrong in plain words.
struct CohortAnswer
{
    QByteArray body;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
CohortAnswer readCohortAnswer(QNetworkReply &reply);

} // namespace groundwork::sync
