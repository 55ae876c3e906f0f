#pragma once

#include "learner/event.h"

#include <QSqlQuery>
#include <QString>
#include <QVector>

// How an Event is laid out in the learner store's `events` table, for LearnerStore only.
namespace groundwork::core::learner::eventrows {

// The columns, in the order insert() binds them.
QString columns();

// The same columns for reading, optionally qualified by a table alias: text columns come as
// their UTF-8 bytes, so SQLite does not convert every value to UTF-16 for QSQLITE (a third of
// a full load's time).
QString readColumns(const QString &table = {});

// Binds the event to an INSERT prepared with columns() and runs it.
bool insert(QSqlQuery &q, const Event &event, QString *error);

// Every row of a query that selected readColumns(). Rows of kinds this app does not know
// (written by a newer app on another device) are left out.
QVector<Event> read(QSqlQuery &q);

} // namespace groundwork::core::learner::eventrows
