#pragma once

#include "client/cohortrequest.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace groundwork::sync {

// The learner's devices that may sync for their account, as the cohort server lists them.
// Roles:
//   deviceId    string    the server's id of the device
//   name        string    what the device called itself when it joined or was linked
//   addedAt     date      when it joined or was linked
//   thisDevice  bool      the device showing the list
class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT
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
// the Cohort screen. `call` gives the server, credential and trust of the moment (empty base:
// not joined). Nothing here blocks.
class CohortDevices : public QObject
{
    Q_OBJECT
    Q_PROPERTY(groundwork::sync::DeviceListModel *model READ model CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    CohortDevices(QNetworkAccessManager &network, std::function<CohortCall()> call, QObject *parent = nullptr);
    ~CohortDevices() override;

    DeviceListModel *model() { return &m_model; }
    bool busy() const { return m_reply != nullptr; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void refresh();
    // Signs out another of the learner's devices: its credential stops working at once, and
    // it says so at its next sync. This device signs out with "Leave cohort" instead.
    Q_INVOKABLE void signOut(const QString &deviceId);
    // Forgets the list (after leaving the cohort).
    void clear();

signals:
    void busyChanged();
    void errorTextChanged();

private:
    void post(const QString &path, const QByteArray &body, std::function<void(const QByteArray &)> onAnswer);
    void setError(const QString &text);

    QNetworkAccessManager &m_network;
    std::function<CohortCall()> m_call;
    DeviceListModel m_model;
    QPointer<QNetworkReply> m_reply;
    QString m_errorText;
};

} // namespace groundwork::sync
