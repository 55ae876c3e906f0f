#pragma once

#include <QList>
#include <QStringList>

namespace groundwork::sync {

// One numbered schema step. Steps are only appended, never edited once released: a server
// brings any older database up to date by applying the steps it has not yet recorded.
struct Migration
{
    int version = 0;
    QStringList statements;
};

QList<Migration> sqliteMigrations();
QList<Migration> postgresMigrations();

} // namespace groundwork::sync
