#pragma once

// A QNetworkAccessManager that keeps a copy of every request and response body the app
// exchanges (request bodies inflated when sent deflated), for tests that assert what never
// travels.
#include <QBuffer>
#include <QByteArrayList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "protocol/bodyencoding.h"

namespace groundwork::sync::testing {

class RecordingNetwork : public QNetworkAccessManager
{
public:
    QByteArrayList bodies; // every request and response body seen, in order

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        QIODevice *send = outgoing;
        if (outgoing) {
            const QByteArray raw = outgoing->readAll();
            bodies.append(raw);
            const QByteArray encoding = request.rawHeader("Content-Encoding");
            if (!encoding.isEmpty()) {
                const auto inflated = decodeContentEncoding(encoding, raw, 64 * 1024 * 1024);
                if (const QByteArray *plain = std::get_if<QByteArray>(&inflated))
                    bodies.append(*plain);
            }
            auto *copy = new QBuffer(this);
            copy->setData(raw);
            copy->open(QIODevice::ReadOnly);
            send = copy;
        }
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, send);
        if (send != outgoing)
            connect(reply, &QObject::destroyed, send, &QObject::deleteLater);
        // Connected before the caller's own slot: the body is still unread here.
        connect(reply, &QNetworkReply::finished, this,
                [this, reply] { bodies.append(reply->peek(reply->bytesAvailable())); });
        return reply;
    }
};

} // namespace groundwork::sync::testing
