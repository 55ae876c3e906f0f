#pragma once

#include <QAbstractListModel>
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

// A list model over a vector of plain rows. Row::sameItem(other) tells whether two rows show
// the same item (its values may differ), so that a refresh with the same items is reported as
// changed values and keeps the views' delegates (and their focus), not as a reset.
template <typename Row>
class RowListModel : public RowListModelBase
{
public:
    using RowListModelBase::RowListModelBase;

    int count() const override { return int(m_rows.size()); }
    const QVector<Row> &rows() const { return m_rows; }

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

protected:
    // The row at index, or nullptr for an index that is not one of this model's rows.
    const Row *rowAt(const QModelIndex &index) const
    {
        return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
                   ? &m_rows.at(index.row())
                   : nullptr;
    }

private:
    QVector<Row> m_rows;
};

} // namespace groundwork::ui
