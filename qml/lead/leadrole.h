#pragma once

#include "groundwork/sync/v1/sync.pb.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace groundwork::core {
class ContentPack;
}

namespace groundwork::lead {

// The role's weights on the dimensions, one row per dimension of the pack (0: not weighed).
// Roles: dimensionId, name (string), weight (double).
class RoleWeightsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LeadRole holds the weights.")

public:
    enum Role { DimensionIdRole = Qt::UserRole + 1, NameRole, WeightRole };

    struct Row
    {
        QString id;
        QString name;
        double weight = 0;
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    // false when the row does not exist or the weight is the same.
    bool setWeight(int row, double weight);

private:
    QList<Row> m_rows;
};

// The role the cohort trains for, as the lead edits it: picked from the pack's role templates,
// then adapted (title, decisions owned and not owned, 90-day success, span of control, weights
// on the dimensions). Lists are edited as text, one item a line. LeadSession reads it from and
// saves it to the server.
class LeadRole : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LeadSession holds the cohort's role.")
    // [{templateId, title}] from the content pack
    Q_PROPERTY(QVariantList templates READ templates CONSTANT)
    Q_PROPERTY(QString templateId READ templateId NOTIFY edited)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY edited)
    Q_PROPERTY(QString decisionsOwned READ decisionsOwned WRITE setDecisionsOwned NOTIFY edited)
    Q_PROPERTY(QString decisionsNotOwned READ decisionsNotOwned WRITE setDecisionsNotOwned NOTIFY edited)
    Q_PROPERTY(QString successAt90Days READ successAt90Days WRITE setSuccessAt90Days NOTIFY edited)
    Q_PROPERTY(int spanOfControl READ spanOfControl WRITE setSpanOfControl NOTIFY edited)
    Q_PROPERTY(groundwork::lead::RoleWeightsModel *weights READ weights CONSTANT)
    // Edits not yet saved on the server
    Q_PROPERTY(bool dirty READ dirty NOTIFY edited)
    // What is wrong with the role as edited (empty: it may be saved)
    Q_PROPERTY(QString problem READ problem NOTIFY edited)
    // The server's version of the role (0: none saved yet) and when it was saved
    Q_PROPERTY(int version READ version NOTIFY saved)
    Q_PROPERTY(QDateTime changedAt READ changedAt NOTIFY saved)

public:
    explicit LeadRole(std::shared_ptr<const core::ContentPack> pack, QObject *parent = nullptr);

    QVariantList templates() const;
    QString templateId() const { return m_templateId; }
    QString title() const { return m_title; }
    void setTitle(const QString &title);
    QString decisionsOwned() const { return m_decisionsOwned; }
    void setDecisionsOwned(const QString &text);
    QString decisionsNotOwned() const { return m_decisionsNotOwned; }
    void setDecisionsNotOwned(const QString &text);
    QString successAt90Days() const { return m_successAt90Days; }
    void setSuccessAt90Days(const QString &text);
    int spanOfControl() const { return m_spanOfControl; }
    void setSpanOfControl(int span);
    RoleWeightsModel *weights() { return &m_weights; }
    bool dirty() const { return m_dirty; }
    QString problem() const;
    int version() const { return int(m_version); }
    QDateTime changedAt() const { return m_changedAt; }

    // Starts from a template of the pack: its fields and weights replace the edits.
    Q_INVOKABLE void useTemplate(const QString &templateId);
    Q_INVOKABLE void setWeight(int row, double weight);

    // What is sent (version and time are the server's).
    sync::v1::CohortRole toWire() const;
    // The role as the server holds it; an absent role starts from the pack's first template.
    void setFromServer(const sync::v1::CohortRole *role);

signals:
    void edited();
    void saved();

private:
    QString rarerProblem() const;
    void markEdited();

    std::shared_ptr<const core::ContentPack> m_pack;
    QString m_templateId;
    QString m_title;
    QString m_decisionsOwned;
    QString m_decisionsNotOwned;
    QString m_successAt90Days;
    int m_spanOfControl = 0;
    RoleWeightsModel m_weights;
    bool m_dirty = false;
    quint32 m_version = 0;
    QDateTime m_changedAt;
};

} // namespace groundwork::lead
