#pragma once

#include "protocol/wirecodec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
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

// A request's bytes, starting with the hello every request carries (this app's version).
template <class Request>
QByteArray requestBody(Request &request)
{
    return withHello(request, QCoreApplication::applicationVersion());
}

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

// One such request at a time (joining, a link code, the device list): start() takes the reply
// and calls back with its answer, unless the request was abandoned meanwhile (abort(), or the
// slot going away).
class CohortRequestSlot
{
public:
    CohortRequestSlot() = default;
    CohortRequestSlot(const CohortRequestSlot &) = delete;
    CohortRequestSlot &operator=(const CohortRequestSlot &) = delete;
    ~CohortRequestSlot() { abort(); }

    bool busy() const { return m_reply != nullptr; }
    // `onAnswer` runs in `context`, with the slot free again.
    void start(QNetworkReply *reply, QObject *context, std::function<void(const CohortAnswer &)> onAnswer);
    // Abandons the request under way; true when there was one.
    bool abort();

private:
    QPointer<QNetworkReply> m_reply;
};

} // namespace groundwork::sync
