#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace groundwork::core::learner {

// One numbered step of the local schema. Steps are applied in order; the schema version is
// kept in PRAGMA user_version.
struct Migration
{
    int version = 0;            // the user_version after this step
    QString description;
    QStringList statements;     // SQL, executed in order inside one transaction
};

// Applies numbered migrations, each in its own transaction that rolls back on any error (the
// user_version is set inside that transaction, so a step is either wholly there or not at all).
class Migrator
{
public:
    explicit Migrator(QList<Migration> migrations);

    // The learner store's schema history.
    static Migrator learnerSchema();

    int latestVersion() const;
    // Brings db up to latestVersion(). Returns an empty string on success, else the reason
    // (the database is left at the last step that committed).
    QString migrate(QSqlDatabase &db) const;

    static int userVersion(QSqlDatabase &db, QString *error = nullptr);

private:
    QList<Migration> m_migrations;
};

} // namespace groundwork::core::learner
