#include "cohortdevices.h"

#include "client/cohortconnection.h"
#include "client/cohortcredentials.h"
#include "client/keyrotation.h"
#include "groundwork/sync/v1/sync.pb.h"
#include "protocol/protocolversion.h"
#include "protocol/wirecodec.h"

#include <memory>
#include <utility>

namespace groundwork::cohort {

namespace v1 = sync::v1;
using sync::requestBody;

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

CohortDevices::CohortDevices(const sync::CohortCredentials &credentials, sync::CohortConnection &connection,
                             sync::KeyringStore &keys, QObject *parent)
    : QObject(parent), m_connection(connection), m_keys(keys)
{
    connect(&credentials, &sync::CohortCredentials::aboutToForget, this, &CohortDevices::clear);
}

void CohortDevices::refresh()
{
    v1::ListDevicesRequest request;
    post(QStringLiteral("/v1/devices/list"), requestBody(request), [this](const QByteArray &body) {
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
    const auto keyring = m_keys.keyring();
    if (!keyring || keyring->isEmpty()) { // no end-to-end keys on this account: nothing to rotate
        v1::RevokeDeviceRequest request;
        request.set_device_id(deviceId.toStdString());
        post(QStringLiteral("/v1/devices/revoke"), requestBody(request), [this](const QByteArray &) { refresh(); });
        return;
    }
    // The devices' keys as the server holds them now, then the revoke with the new epoch.
    v1::ListDevicesRequest list;
    post(QStringLiteral("/v1/devices/list"), requestBody(list),
         [this, deviceId](const QByteArray &body) { revokeWithRotation(deviceId, body); });
}

void CohortDevices::revokeWithRotation(const QString &deviceId, const QByteArray &deviceList)
{
    v1::ListDevicesResponse listed;
    const auto keyring = m_keys.keyring();
    if (!listed.ParseFromArray(deviceList.constData(), int(deviceList.size())) || !keyring) {
        setError(tr("The cohort server sent an answer this app does not understand."));
        return;
    }
    QList<sync::DeviceKeyInfo> devices;
    for (const v1::DeviceInfo &d : listed.devices())
        devices.append({QString::fromStdString(d.device_id()), QByteArray::fromStdString(d.public_key()),
                        d.key_epoch(), QByteArray::fromStdString(d.key_mac())});
    std::optional<sync::DeviceKeyInfo> recovery;
    if (listed.has_recovery() && listed.recovery().enabled())
        recovery = sync::DeviceKeyInfo{QString(), QByteArray::fromStdString(listed.recovery().public_key()),
                                       listed.recovery().key_epoch(),
                                       QByteArray::fromStdString(listed.recovery().key_mac())};
    auto rotation = sync::KeyRotation::make(*keyring, deviceId, devices, recovery);
    if (!rotation)
        return;
    if (!rotation->leftOut.isEmpty())
        qWarning("groundwork: %lld devices have no vouched-for key and get no new account key",
                 qlonglong(rotation->leftOut.size()));
    if (rotation->recoveryLeftOut)
        qWarning("groundwork: the recovery key's public key is not vouched for; it will not open the new epoch");
    v1::RevokeDeviceRequest request;
    request.set_device_id(deviceId.toStdString());
    for (const sync::OutgoingKeyEnvelope &e : rotation->envelopes) {
        v1::KeyEnvelope *out = request.add_envelopes();
        out->set_device_id(e.deviceId.toStdString());
        out->set_epoch(e.epoch);
        out->set_envelope(e.envelope.toStdString());
    }
    if (!rotation->recoveryEnvelope.isEmpty()) {
        request.mutable_recovery_envelope()->set_epoch(rotation->keyring.newestEpoch());
        request.mutable_recovery_envelope()->set_envelope(rotation->recoveryEnvelope.toStdString());
    }
    // Kept only once the server holds the sign-out and the envelopes: sealing with an epoch
    // the other devices never received would hide this device's answers from them.
    auto rotated = std::make_shared<sync::crypto::AccountKeyring>(std::move(rotation->keyring));
    post(QStringLiteral("/v1/devices/revoke"), requestBody(request), [this, rotated](const QByteArray &) {
        if (!m_keys.saveKeyring(*rotated))
            qWarning("groundwork: the new account key could not be saved; it arrives again with the next sync");
        refresh();
    });
}

void CohortDevices::clear()
{
    if (m_request.abort())
        emit busyChanged();
    m_model.setRows({});
    setError(QString());
}

// One request at a time: a second ask while one is under way is dropped (the buttons that ask
// are disabled meanwhile).
void CohortDevices::post(const QString &path, const QByteArray &body, std::function<void(const QByteArray &)> onAnswer)
{
    const sync::CohortCall call = m_connection.signedIn();
    if (m_request.busy() || call.base.isEmpty() || call.token.isEmpty())
        return;
    setError(QString());
    m_request.start(m_connection.post(call, path, body), this,
                    [this, onAnswer = std::move(onAnswer)](const sync::CohortAnswer &answer) {
                        emit busyChanged();
                        if (!answer.ok()) {
                            setError(answer.error);
                            return;
                        }
                        onAnswer(answer.body);
                    });
    emit busyChanged();
}

void CohortDevices::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace groundwork::cohort
