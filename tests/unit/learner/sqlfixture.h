#pragma once

#include <QString>

namespace groundwork::core::learner::testing {

// Creates the SQLite file `dbPath` by running the statements of the SQL script `sqlPath`.
bool createDatabaseFromSql(const QString &dbPath, const QString &sqlPath, QString *error);
// Runs one statement on the file (its own connection) and returns the first column of the
// first row as text.
QString queryOne(const QString &dbPath, const QString &sql);
// The file's bytes (empty when it cannot be read).
QByteArray fileBytes(const QString &path);

} // namespace groundwork::core::learner::testing
