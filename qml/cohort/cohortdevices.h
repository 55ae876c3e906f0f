#pragma once

#include "client/keyringstore.h"
#include "client/cohortrequest.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace groundwork::sync {
class CohortConnection;
class CohortCredentials;
}

namespace groundwork::cohort {

// The learner's devices that may sync for their account, as the cohort server lists them.
// Roles:
//   deviceId    string    the server's id of the device
//   name        string    what the device called itself when it joined or was linked
//   addedAt     date      when it joined or was linked
//   thisDevice  bool      the device showing the list
class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CohortDevices lists the devices.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { DeviceIdRole = Qt::UserRole + 1, NameRole, AddedAtRole, ThisDeviceRole };

    struct Row
    {
        QString deviceId;
        QString name;
        QDateTime addedAt;
        bool thisDevice = false;
        friend bool operator==(const Row &, const Row &) = default;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    void setRows(QList<Row> rows);

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

// Lists the learner's devices and signs one out (revokes its credential on the server), for
// the Cohort screen, with the credential of the moment; forgets the list on leaving. Nothing
// here blocks.
class CohortDevices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Cohort over the learner's store.")
    Q_PROPERTY(groundwork::cohort::DeviceListModel *model READ model CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    // The arguments outlive this.
    CohortDevices(const sync::CohortCredentials &credentials, sync::CohortConnection &connection,
                  sync::KeyringStore &keys, QObject *parent = nullptr);

    DeviceListModel *model() { return &m_model; }
    bool busy() const { return m_request.busy(); }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void refresh();
    // Signs out another of the learner's devices: its credential stops working at once, and
    // it says so at its next sync. With end-to-end keys, the account key is rotated in the
    // same request: the next epoch goes sealed to every remaining device the account key
    // vouches for, and this device seals with it once the server confirms. This device signs
    // out with "Leave cohort" instead.
    Q_INVOKABLE void signOut(const QString &deviceId);

signals:
    void busyChanged();
    void errorTextChanged();

private:
    void post(const QString &path, const QByteArray &body, std::function<void(const QByteArray &)> onAnswer);
    void clear();
    void setError(const QString &text);
    void revokeWithRotation(const QString &deviceId, const QByteArray &deviceList);

    sync::CohortConnection &m_connection;
    sync::KeyringStore &m_keys;
    DeviceListModel m_model;
    sync::CohortRequestSlot m_request;
    QString m_errorText;
};

} // namespace groundwork::cohort
