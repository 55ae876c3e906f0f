#include "client/cohortdevices.h"

#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/protocolversion.h"
#include "protocol/wirecodec.h"

#include <QCoreApplication>
#include <QNetworkReply>

#include <utility>

namespace groundwork::sync {

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case DeviceIdRole:
        return row.deviceId;
    case AddedAtRole:
        return row.addedAt;
    case ThisDeviceRole:
        return row.thisDevice;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return {{DeviceIdRole, "deviceId"}, {NameRole, "name"}, {AddedAtRole, "addedAt"}, {ThisDeviceRole, "thisDevice"}};
}

void DeviceListModel::setRows(QList<Row> rows)
{
    if (rows == m_rows)
        return;
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (count() != before)
        emit countChanged();
}

CohortDevices::CohortDevices(QNetworkAccessManager &network, std::function<CohortCall()> call, QObject *parent)
    : QObject(parent), m_network(network), m_call(std::move(call))
{
}

CohortDevices::~CohortDevices()
{
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr))
        reply->abort();
}

void CohortDevices::refresh()
{
    v1::ListDevicesRequest request;
    post(QStringLiteral("/v1/devices/list"), withHello(request, QCoreApplication::applicationVersion()), [this](const QByteArray &body) {
        v1::ListDevicesResponse response;
        if (!response.ParseFromArray(body.constData(), int(body.size()))) {
            setError(tr("The cohort server sent an answer this app does not understand."));
            return;
        }
        QList<DeviceListModel::Row> rows;
        for (const v1::DeviceInfo &d : response.devices())
            rows.append({QString::fromStdString(d.device_id()), QString::fromStdString(d.name()),
                         QDateTime::fromMSecsSinceEpoch(d.added_at_ms(), Qt::UTC), d.this_device()});
        m_model.setRows(std::move(rows));
    });
}

void CohortDevices::signOut(const QString &deviceId)
{
    v1::RevokeDeviceRequest request;
    request.set_device_id(deviceId.toStdString());
    post(QStringLiteral("/v1/devices/revoke"), withHello(request, QCoreApplication::applicationVersion()), [this](const QByteArray &) { refresh(); });
}

void CohortDevices::clear()
{
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->abort(); // its finished() is then taken as abandoned
        emit busyChanged();
    }
    m_model.setRows({});
    setError(QString());
}

// One request at a time: a second ask while one is under way is dropped (the buttons that ask
// are disabled meanwhile).
void CohortDevices::post(const QString &path, const QByteArray &body, std::function<void(const QByteArray &)> onAnswer)
{
    const CohortCall call = m_call();
    if (m_reply || call.base.isEmpty() || call.token.isEmpty())
        return;
    setError(QString());
    QNetworkReply *reply = postToCohort(m_network, call, path, body);
    m_reply = reply;
    emit busyChanged();
    connect(reply, &QNetworkReply::finished, this, [this, reply, onAnswer = std::move(onAnswer)] {
        reply->deleteLater();
        if (m_reply != reply)
            return; // abandoned
        m_reply = nullptr;
        emit busyChanged();
        const CohortAnswer answer = readCohortAnswer(*reply);
        if (!answer.ok()) {
            setError(answer.error);
            return;
        }
        onAnswer(answer.body);
    });
}

void CohortDevices::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace groundwork::sync
