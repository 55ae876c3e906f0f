#pragma once

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>
#include <QVariant>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace groundwork::ui {

// What every list model of the screens shares: a row count QML can bind to.
class RowListModelBase : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    virtual int count() const = 0;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : count();
    }

signals:
    void countChanged();
};

// A list model over a vector of plain rows, its roles given as a table: each role's name (as
// QML sees it) and how a row gives its value. Roles are numbered from Qt::UserRole + 1 in
// table order; Qt::DisplayRole reads the role named in displayRole.
//
// Row::sameItem(other) tells whether two rows show the same item (its values may differ), so
// that a refresh with the same items is reported as changed values and keeps the views'
// delegates (and their focus), not as a reset.
template <typename Row>
class RowListModel : public RowListModelBase
{
public:
    struct Role
    {
        QByteArray name;
        QVariant (*value)(const Row &row);
    };

    RowListModel(QList<Role> roles, const QByteArray &displayRole, QObject *parent = nullptr)
        : RowListModelBase(parent), m_roles(std::move(roles))
    {
        for (qsizetype i = 0; i < m_roles.size(); ++i)
            if (m_roles.at(i).name == displayRole)
                m_display = int(i);
    }

    int count() const override { return int(m_rows.size()); }
    const QVector<Row> &rows() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        if (role == Qt::DisplayRole)
            role = Qt::UserRole + 1 + m_display;
        const qsizetype at = role - (Qt::UserRole + 1);
        return at >= 0 && at < m_roles.size() ? m_roles.at(at).value(m_rows.at(index.row())) : QVariant();
    }

    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names;
        for (qsizetype i = 0; i < m_roles.size(); ++i)
            names.insert(Qt::UserRole + 1 + int(i), m_roles.at(i).name);
        return names;
    }

    void setRows(QVector<Row> rows)
    {
        bool same = rows.size() == m_rows.size();
        for (qsizetype i = 0; same && i < rows.size(); ++i)
            same = rows[i].sameItem(m_rows[i]);
        if (same) {
            m_rows = std::move(rows);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0), index(count() - 1));
            return;
        }
        const int old = count();
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        if (old != count())
            emit countChanged();
    }

private:
    QList<Role> m_roles;
    int m_display = -1;
    QVector<Row> m_rows;
};

} // namespace groundwork::ui
